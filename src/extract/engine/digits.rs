//! One reader of numbers written in digits, for every language.
//!
//! Every script writes numbers with the same few devices: a run of decimal
//! digits (ASCII `0-9`, Arabic-Indic `٠-٩`, Extended Arabic-Indic `۰-۹`, …),
//! separators that group thousands, and a mark before the decimals. What
//! changes from one locale to the next is only which characters play which
//! role, so a language hands [`parse`] a [`Notation`] and gets back the
//! value, where it ends, how many decimals were written (its precision) and
//! whether it was grouped.
//!
//! # How ambiguity is resolved
//!
//! A separator between two digit runs is read, left to right, by these rules
//! (they are the same for every notation; a notation only says which
//! characters group and which mark decimals):
//!
//! 1. **Groups have exactly three digits** and follow a leading run of one to
//!    three digits: `1,500,000` is grouped, `2019,2020` and `1,50` are not.
//! 2. **One separator kind per number**: once `,` has grouped, a `.` can only
//!    be the decimal mark (`1,500.25`), and a second `,` with a group of other
//!    than three digits makes the whole number malformed (`1,500,00` → none).
//! 3. **A character that may both group and mark decimals** (`.` in English,
//!    `,` in Hebrew) groups when the group repeats (`1.500.000` is 1,500,000,
//!    never 1.5 million), when the number goes on with another decimal mark
//!    (`1.500,25`), or when it is not the notation's primary decimal mark
//!    (Hebrew `3,500` is 3500 but `3,5` is 3.5). A lone `.500` after a
//!    primary-point notation stays a decimal: English `1.500` is 1.5.
//! 4. **Only one decimal mark**: `3.5.2015`, `14.12.2016` and `1.2.3` are
//!    dates or versions, not numbers, so they give none.
//! 5. **Spaces are weak separators** (U+0020, U+00A0, U+202F, U+2009, one of
//!    them, once): a space group is taken only when it is exactly three digits
//!    not run on by more digits, and only as two groups or more or a lone
//!    `000`: `10 000` and `1 500 000` are one number each, but `2 3`,
//!    `245 23`, `5 100 m sprinters` (five 100 m sprinters) and the year list
//!    `2019 2020` are two.
//! 6. **One script per number**: digits of another script end it.
//!
//! A separator that cannot be read by these rules simply ends the number
//! before it (`3,5` in English is 3, then a comma), except where rule 2 or 4
//! says the whole is malformed: then [`parse`] returns `None`, because any
//! value read out of `1,500,00` or `3.5.2015` would be a guess.

/// Which characters group thousands and which mark decimals in one locale.
///
/// A character may be in both lists; see the module documentation for how a
/// number using it is read. The first decimal mark is the primary one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Notation {
    /// Characters that may separate groups of three digits.
    pub group: &'static [char],
    /// Characters that may mark the decimals, the usual one first.
    pub decimal: &'static [char],
}

/// The spaces that may group thousands: space, no-break space, narrow
/// no-break space and thin space.
pub const SPACES: [char; 4] = [' ', '\u{00A0}', '\u{202F}', '\u{2009}'];

impl Notation {
    /// A point before the decimals; commas, dots (repeated) and spaces group.
    /// English, and most text with ASCII digits.
    pub const POINT: Notation = Notation {
        group: &[',', '.', ' ', '\u{00A0}', '\u{202F}', '\u{2009}'],
        decimal: &['.'],
    };

    /// A point, or a comma not followed by exactly three digits, before the
    /// decimals (Hebrew press writes both `3.5` and `3,5`).
    pub const POINT_OR_COMMA: Notation = Notation {
        group: &[',', '.', ' ', '\u{00A0}', '\u{202F}', '\u{2009}'],
        decimal: &['.', ','],
    };

    /// A comma before the decimals, dots, spaces and apostrophes group
    /// (`1.500.000,25`, `3,5`).
    pub const COMMA: Notation = Notation {
        group: &['.', ' ', '\u{00A0}', '\u{202F}', '\u{2009}', '\''],
        decimal: &[','],
    };

    /// Arabic: the Arabic decimal separator `٫` or a point, the Arabic
    /// thousands separator `٬`, commas, dots (repeated) and spaces group.
    pub const ARABIC: Notation = Notation {
        group: &[
            '\u{066C}', ',', '.', ' ', '\u{00A0}', '\u{202F}', '\u{2009}',
        ],
        decimal: &['\u{066B}', '.'],
    };

    fn groups(&self, c: char) -> bool {
        self.group.contains(&c)
    }

    fn marks_decimals(&self, c: char) -> bool {
        self.decimal.contains(&c)
    }

    fn primary_decimal(&self, c: char) -> bool {
        self.decimal.first() == Some(&c)
    }
}

/// A number read from digits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Digits {
    /// The value.
    pub value: f64,
    /// Byte offset one past the last digit read.
    pub end: usize,
    /// Digits written after the decimal mark (0 without one): the precision
    /// the writer claimed ("3.50" has two).
    pub decimals: usize,
    /// Digits written before the decimal mark, separators not counted: a
    /// plain four-digit run may be a year, a grouped one never is.
    pub int_digits: usize,
    /// Whether thousands separators were read.
    pub grouped: bool,
}

impl Digits {
    /// Whether the number is a bare run of digits: no separator, no decimals.
    pub fn is_plain(&self) -> bool {
        !self.grouped && self.decimals == 0
    }
}

/// The zero of each block of ten decimal digits we read. Unicode lays every
/// script's decimal digits out as ten consecutive code points from zero.
const ZEROS: [u32; 12] = [
    0x0030, // ASCII
    0x0660, // Arabic-Indic
    0x06F0, // Extended Arabic-Indic (Persian, Urdu)
    0x07C0, // NKo
    0x0966, // Devanagari
    0x09E6, // Bengali
    0x0A66, // Gurmukhi
    0x0AE6, // Gujarati
    0x0BE6, // Tamil
    0x0E50, // Thai
    0x1040, // Myanmar
    0xFF10, // Fullwidth
];

/// The value of a decimal digit of any script we read and the zero of its
/// script, or `None` when `c` is no decimal digit.
pub fn digit_value(c: char) -> Option<(u32, u32)> {
    let u = u32::from(c);
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&u))
        .map(|&z| (u - z, z))
}

/// Whether `c` is a decimal digit of a script we read.
pub fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// A run of digits of one script at `at`: its end and, as ASCII, its digits.
struct Run {
    end: usize,
    ascii: String,
}

fn run_at(text: &str, at: usize, zero: u32) -> Option<Run> {
    let mut ascii = String::new();
    let mut end = at;
    for c in text.get(at..)?.chars() {
        match digit_value(c) {
            Some((v, z)) if z == zero => {
                ascii.push(char::from(b'0' + v as u8));
                end += c.len_utf8();
            }
            _ => break,
        }
    }
    (!ascii.is_empty()).then_some(Run { end, ascii })
}

/// One separator after a run and the run of digits after it.
struct Sep {
    c: char,
    run: Run,
}

impl Sep {
    fn is_space(&self) -> bool {
        SPACES.contains(&self.c)
    }

    /// Separators of one kind: all spaces count as one.
    fn same_kind(&self, other: char) -> bool {
        self.c == other || (self.is_space() && SPACES.contains(&other))
    }
}

/// The separators and digit runs following the first run, as far as they go.
fn separators(text: &str, mut pos: usize, zero: u32, n: &Notation) -> Vec<Sep> {
    let mut out = Vec::new();
    while let Some(c) = text[pos..].chars().next() {
        if !n.groups(c) && !n.marks_decimals(c) {
            break;
        }
        let Some(run) = run_at(text, pos + c.len_utf8(), zero) else {
            break;
        };
        pos = run.end;
        out.push(Sep { c, run });
    }
    out
}

/// What the separators say, once read.
struct Reading {
    /// How many separators belong to the number.
    taken: usize,
    /// The index of the decimal mark among them, if any.
    decimal: Option<usize>,
}

/// Reads the separators by the rules of the module documentation; `None`
/// when the number is malformed.
fn read(lead: usize, seps: &[Sep], n: &Notation) -> Option<Reading> {
    let mut group: Option<char> = None;
    let mut decimal = None;
    let mut i = 0;
    while i < seps.len() {
        let s = &seps[i];
        let three = s.run.ascii.len() == 3;
        if let Some(d) = decimal {
            // Another decimal mark, or more of the same: "3.5.2015".
            let after: &Sep = &seps[d];
            if s.same_kind(after.c) || n.marks_decimals(s.c) && !n.groups(s.c) {
                return None;
            }
            break;
        }
        let same_group = group.is_none_or(|g| s.same_kind(g));
        if n.groups(s.c) && three && (group.is_some() || lead <= 3) && same_group {
            if s.is_space() {
                let k = space_groups(seps, i);
                if k == 1 && s.run.ascii != "000" && group.is_none() {
                    break;
                }
                group = Some(s.c);
                i += k;
                continue;
            }
            if !n.marks_decimals(s.c) || groups_here(seps, i, group, n) {
                group = Some(s.c);
                i += 1;
                continue;
            }
        }
        if n.marks_decimals(s.c) && !s.is_space() && group.is_none_or(|g| !s.same_kind(g)) {
            // A non-primary mark before exactly three digits groups or is nothing.
            if three && !n.primary_decimal(s.c) {
                break;
            }
            decimal = Some(i);
            i += 1;
            continue;
        }
        if !s.is_space() && group.is_some_and(|g| s.same_kind(g)) {
            return None; // "1,500,00": a broken group.
        }
        break;
    }
    Some(Reading { taken: i, decimal })
}

/// How many space groups of exactly three digits run from `i`.
fn space_groups(seps: &[Sep], i: usize) -> usize {
    seps[i..]
        .iter()
        .take_while(|s| s.is_space() && s.run.ascii.len() == 3)
        .count()
}

/// Whether a separator that may both group and mark decimals groups at `i`
/// (rule 3): a group is already set, the same separator repeats with three
/// digits, another decimal mark follows, or it is not the primary mark.
fn groups_here(seps: &[Sep], i: usize, group: Option<char>, n: &Notation) -> bool {
    let s = &seps[i];
    if group.is_some() || !n.primary_decimal(s.c) {
        return true;
    }
    match seps.get(i + 1) {
        Some(next) if next.c == s.c => next.run.ascii.len() == 3,
        Some(next) => n.marks_decimals(next.c) && !next.is_space(),
        None => false,
    }
}

/// Reads the number written in digits at byte `at` of `text`.
///
/// `at` must be where a digit starts (of any script [`digit_value`] knows);
/// a sign, a leading decimal point or a scale word around the digits are the
/// caller's. Returns `None` when no digit starts at `at` or the digits are
/// malformed (see the module documentation).
pub fn parse(text: &str, at: usize, notation: &Notation) -> Option<Digits> {
    let first = text.get(at..)?.chars().next()?;
    let (_, zero) = digit_value(first)?;
    let lead = run_at(text, at, zero)?;
    let seps = separators(text, lead.end, zero, notation);
    let reading = read(lead.ascii.len(), &seps, notation)?;
    let mut int = lead.ascii.clone();
    let mut frac = String::new();
    let mut end = lead.end;
    for (k, s) in seps[..reading.taken].iter().enumerate() {
        if Some(k) == reading.decimal {
            frac.push_str(&s.run.ascii);
        } else {
            int.push_str(&s.run.ascii);
        }
        end = s.run.end;
    }
    let literal = if frac.is_empty() {
        int.clone()
    } else {
        format!("{int}.{frac}")
    };
    Some(Digits {
        value: literal.parse().ok()?,
        end,
        decimals: frac.len(),
        int_digits: int.len(),
        grouped: reading.taken > usize::from(reading.decimal.is_some()),
    })
}

/// Reads `s` as one whole number in digits: `None` unless the number is all
/// of `s`.
pub fn parse_whole(s: &str, notation: &Notation) -> Option<Digits> {
    parse(s, 0, notation).filter(|d| d.end == s.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(s: &str) -> Option<(f64, &str)> {
        parse(s, 0, &Notation::POINT).map(|d| (d.value, &s[d.end..]))
    }

    fn he(s: &str) -> Option<(f64, &str)> {
        parse(s, 0, &Notation::POINT_OR_COMMA).map(|d| (d.value, &s[d.end..]))
    }

    #[test]
    fn space_groups_of_three() {
        assert_eq!(en("10 000 dollars"), Some((10_000.0, " dollars")));
        assert_eq!(en("1 500 000 tons"), Some((1_500_000.0, " tons")));
        assert_eq!(en("1\u{202F}500\u{00A0}000"), Some((1_500_000.0, "")));
        assert_eq!(he("10 000 דולר"), Some((10_000.0, " דולר")));
        assert_eq!(en("10 000.5"), Some((10_000.5, "")));
        assert_eq!(en("paid 10 000.").map(|x| x.0), None);
        assert_eq!(
            parse("paid 10 000.", 5, &Notation::POINT).unwrap().value,
            10_000.0
        );
    }

    #[test]
    fn weak_spaces_keep_numbers_apart() {
        assert_eq!(en("2 3"), Some((2.0, " 3")));
        assert_eq!(en("2019 2020"), Some((2019.0, " 2020")));
        assert_eq!(en("245 23 yen"), Some((245.0, " 23 yen")));
        assert_eq!(en("5 100 m"), Some((5.0, " 100 m")));
        assert_eq!(en("10 0001"), Some((10.0, " 0001")));
        assert_eq!(en("10  000"), Some((10.0, "  000")));
        assert_eq!(en("1 500 000 2"), Some((1_500_000.0, " 2")));
    }

    #[test]
    fn commas_and_repeated_dots_group() {
        assert_eq!(en("1,500,000"), Some((1_500_000.0, "")));
        assert_eq!(en("1.500.000"), Some((1_500_000.0, "")));
        assert_eq!(he("1.500.000 דולר"), Some((1_500_000.0, " דולר")));
        assert_eq!(en("1,500.25"), Some((1500.25, "")));
        assert_eq!(en("3,500"), Some((3500.0, "")));
        let d = parse("1,500", 0, &Notation::POINT).unwrap();
        assert!(d.grouped && !d.is_plain() && d.int_digits == 4);
    }

    #[test]
    fn decimals_and_precision() {
        assert_eq!(en("1.5"), Some((1.5, "")));
        assert_eq!(en("1.500"), Some((1.5, "")));
        assert_eq!(parse("3.50", 0, &Notation::POINT).unwrap().decimals, 2);
        assert_eq!(he("3,5"), Some((3.5, "")));
        assert_eq!(he("3,500"), Some((3500.0, "")));
        assert_eq!(parse("3,5", 0, &Notation::COMMA).unwrap().value, 3.5);
        let d = parse("1.500.000,25", 0, &Notation::COMMA).unwrap();
        assert_eq!((d.value, d.decimals, d.grouped), (1_500_000.25, 2, true));
        assert_eq!(en("1.500,25").map(|x| x.0), Some(1.5));
        assert_eq!(he("1.500,25").map(|x| x.0), Some(1500.25));
    }

    #[test]
    fn unreadable_separators_end_the_number() {
        assert_eq!(en("3,5"), Some((3.0, ",5")));
        assert_eq!(en("2019,2020"), Some((2019.0, ",2020")));
        assert_eq!(en("5."), Some((5.0, ".")));
        assert_eq!(en("12345678901234"), Some((12_345_678_901_234.0, "")));
        let d = parse("2016", 0, &Notation::POINT).unwrap();
        assert!(d.is_plain() && d.int_digits == 4);
    }

    #[test]
    fn malformed_numbers_give_none() {
        assert_eq!(en("1,500,00"), None);
        assert_eq!(en("3.5.2015"), None);
        assert_eq!(he("14.12.2016"), None);
        assert_eq!(en("1.2.3"), None);
        assert_eq!(en("x1"), None);
        assert_eq!(en(""), None);
    }

    #[test]
    fn any_script_digits() {
        let ar = Notation::ARABIC;
        let d = parse("١٢٬٥٠٠ دولار", 0, &ar).unwrap();
        assert_eq!((d.value, d.grouped), (12_500.0, true));
        assert_eq!(parse("٣٫٥", 0, &ar).unwrap().value, 3.5);
        assert_eq!(parse("۱۴۰۲", 0, &ar).unwrap().value, 1402.0);
        assert_eq!(parse("١٢3", 0, &ar).unwrap().value, 12.0);
        assert_eq!(digit_value('٧'), Some((7, 0x0660)));
        assert!(!is_digit('a'));
        assert_eq!(parse_whole("١٬٥٠٠٬٠٠٠", &ar).unwrap().value, 1_500_000.0);
        assert!(parse_whole("12 דולר", &Notation::POINT).is_none());
    }
}
