//! One number and what it measures: a currency ("$5m", "10 dollars"), a unit
//! ("70 km", "a 45-acre farm"), a time unit ("six hours"), a percent sign, a
//! counted noun ("four agreements") or nothing. [`super::range`] wraps
//! measures in bounds and ranges.

use super::number::{number, Num};
use super::tokens::Ctx;
use super::{duration, money, percent, quantity};
use crate::extract::lang::en as t;

/// What a number measures.
#[derive(Clone, Debug, PartialEq)]
pub enum Tag {
    /// Nothing: a plain number.
    Plain,
    /// Money in a currency; `factor` converts minor units (pence).
    Money(&'static str, f64),
    /// A physical unit: canonical unit and the factor to it.
    Unit(&'static str, f64),
    /// Time, in seconds per stated unit.
    Time(f64),
    /// A percentage.
    Percent,
    /// A count of a noun (lower-cased head noun).
    Noun(String),
    /// A person's age in years ("a 31-year-old", "47 years old", "aged 47"):
    /// a number, never a count of anything.
    Age,
}

/// One number and what it measures.
#[derive(Clone, Debug)]
pub struct Measure {
    /// One past the last token.
    pub end: usize,
    /// The number as stated (before the tag's factor).
    pub value: f64,
    /// What it measures.
    pub tag: Tag,
    /// The scale word's factor (1 when none): "5 to 10 million" scales the 5.
    pub scale: f64,
    /// A vague amount ("billions of dollars"): the interval, already in the tag's unit.
    pub vague: Option<(f64, f64)>,
}

impl Measure {
    /// The value in the tag's canonical unit.
    pub fn canonical(&self) -> f64 {
        self.value * factor(&self.tag)
    }
}

fn factor(tag: &Tag) -> f64 {
    match tag {
        Tag::Money(_, f) | Tag::Unit(_, f) | Tag::Time(f) => *f,
        _ => 1.0,
    }
}

/// Whether `i` holds a counted noun (after up to two adjectives): (noun, end).
pub fn count_noun(cx: &Ctx, i: usize) -> Option<(String, usize)> {
    for skip in 0..3 {
        let k = i + skip;
        if !cx.is_word(k) || cx.is_blocked(k) {
            return None;
        }
        let w = cx.low(k);
        if t::FUNCTION_WORDS.contains(&w) && !t::IRREGULAR_PLURALS.contains(&w) {
            return None;
        }
        if t::MONTHS.iter().any(|(m, _)| *m == w) || t::WEEKDAYS.iter().any(|(d, _)| *d == w) {
            return None;
        }
        let plural = t::IRREGULAR_PLURALS.contains(&w)
            || (w.len() > 2
                && w.ends_with('s')
                && !t::NOT_PLURAL_NOUNS.contains(&w)
                && !t::NOT_PLURAL_ENDINGS.iter().any(|e| w.ends_with(e)));
        if plural {
            return Some((w.to_string(), k + 1));
        }
        // An adjective may precede the noun ("three official visits").
        if cx.is(k + 1, "-") {
            return None;
        }
    }
    None
}

/// The singular noun after "one" ("one official visit"): the last of up to
/// three lower-case content words.
fn singular_noun(cx: &Ctx, i: usize) -> Option<(String, usize)> {
    let mut last = None;
    for k in i..i + 3 {
        let w = cx.low(k);
        let content = cx.is_word(k)
            && !cx.is_blocked(k)
            && !cx.capitalized(k)
            && !t::FUNCTION_WORDS.contains(&w)
            && !t::MONTHS.iter().any(|(m, _)| *m == w);
        if !content {
            break;
        }
        last = Some((w.to_string(), k + 1));
    }
    last
}

/// The measure starting at token `i`.
pub fn measure(cx: &Ctx, i: usize) -> Option<Measure> {
    if cx.is_blocked(i) {
        return None;
    }
    if let Some(m) = money::vague(cx, i) {
        return Some(m);
    }
    if let Some(m) = money::prefixed(cx, i) {
        return Some(m);
    }
    if let Some(m) = duration::special(cx, i) {
        return Some(m);
    }
    if let Some(m) = percent::half_of(cx, i) {
        return Some(m);
    }
    if let Some(m) = percent::of_number(cx, i) {
        return Some(m);
    }
    // "a dollar and 42 cents"
    if t::ARTICLES.contains(&cx.low(i)) && t::ONE_CURRENCY.contains(&cx.low(i + 1)) {
        if let Some((code, f, e)) = money::suffix(cx, i + 1) {
            let m = Measure {
                end: e,
                value: 1.0,
                tag: Tag::Money(code, f),
                scale: 1.0,
                vague: None,
            };
            return Some(money::cents(cx, m));
        }
    }
    // "half a liter", "quarter-litre": a fraction of a physical unit.
    if let Some((e0, frac)) = cx.longest(i, t::UNIT_FRACTIONS) {
        let k = if t::ARTICLES.contains(&cx.low(e0)) || (cx.is(e0, "-") && cx.glued(e0)) {
            e0 + 1
        } else {
            e0
        };
        if let Some((canon, f, e)) = quantity::unit(cx, k, false).filter(|_| cx.low(k).len() > 1) {
            return Some(Measure {
                end: e,
                value: frac,
                tag: Tag::Unit(canon, f),
                scale: 1.0,
                vague: None,
            });
        }
    }
    // "a kilogram", "a mile": one of the unit.
    if t::ARTICLES.contains(&cx.low(i)) && cx.is_word(i + 1) && cx.low(i + 1).len() > 1 {
        if let Some((canon, f, e)) = quantity::unit(cx, i + 1, false) {
            if !cx.low(e - 1).ends_with('s') {
                return Some(Measure {
                    end: e,
                    value: 1.0,
                    tag: Tag::Unit(canon, f),
                    scale: 1.0,
                    vague: None,
                });
            }
        }
    }
    let (n, couple_end) = match number(cx, i) {
        Some(n) => {
            let e = n.end;
            (n, e)
        }
        None => {
            // "a couple of days" is two, "half a dozen" six.
            let (value, e) = match cx.longest_of(i, t::COUPLE) {
                Some(e) => (2.0, e),
                None => (6.0, cx.longest_of(i, t::HALF_DOZEN)?),
            };
            (
                Num {
                    value,
                    start: i,
                    end: e,
                    words: true,
                    plain_digits: None,
                    scaled: false,
                    word_fraction: false,
                    scale: 1.0,
                },
                e,
            )
        }
    };
    let k = couple_end;
    let base = |tag: Tag, end: usize| Measure {
        end,
        value: n.value,
        tag,
        scale: n.scale,
        vague: None,
    };
    // Hyphenated adjectives: "a 7-hour stay", "45-acre", "three-foot".
    if cx.is(k, "-") && cx.glued(k) && cx.glued(k + 1) {
        if let Some((secs, e)) = duration::unit(cx, k + 1, true) {
            // "a 22-year-old" is an age (in years; "a 6-month-old" is a
            // plain number), over the whole word.
            if cx.is(e, "-") && cx.glued(e) && t::OLD.contains(&cx.low(e + 1)) {
                let tag = if secs == t::YEAR_SECONDS {
                    Tag::Age
                } else {
                    Tag::Plain
                };
                return Some(base(tag, e + 2));
            }
            return Some(duration::compound(cx, base(Tag::Time(secs), e)));
        }
        if let Some((canon, f, e)) = quantity::unit(cx, k + 1, true) {
            return Some(base(Tag::Unit(canon, f), e));
        }
        // "a 10-percent rise"
        if let Some(e) = percent::suffix(cx, k + 1) {
            return Some(base(Tag::Percent, e));
        }
        // "a one-yen bid", "a 10-dollar bill"
        if let Some((code, f, e)) = money::suffix(cx, k + 1) {
            if cx.is_word(k + 1) {
                return Some(base(Tag::Money(code, f), e));
            }
        }
    }
    if let Some(e) = percent::suffix(cx, k) {
        return Some(base(Tag::Percent, e));
    }
    if n.word_fraction || (n.words && n.value < 1.0 && n.value > 0.0) {
        if let Some(e) = percent::fraction_of(cx, k) {
            let mut m = base(Tag::Percent, e);
            m.value = super::number::scaled_by(m.value, 100.0);
            m.end = k;
            return Some(m);
        }
    }
    if let Some((code, f, e)) = money::suffix(cx, k) {
        return Some(money::cents(cx, base(Tag::Money(code, f), e)));
    }
    // "47 years old": an age.
    if let Some(e) = duration::years_old(cx, k) {
        return Some(base(Tag::Age, e));
    }
    // "the twenty second" is an ordinal: "second" after a plural number is no unit.
    let ordinal_second = cx.is(k, "second") && n.words && n.value != 1.0 && n.value.fract() == 0.0;
    if let Some((secs, e)) = duration::unit(cx, k, cx.glued(k)).filter(|_| !ordinal_second) {
        return Some(duration::compound(cx, base(Tag::Time(secs), e)));
    }
    if let Some((canon, f, e)) = quantity::unit(cx, k, cx.glued(k)) {
        return Some(quantity::compound(cx, base(Tag::Unit(canon, f), e)));
    }
    if n.value.fract() == 0.0 && !cx.glued(k) {
        let noun =
            count_noun(cx, k).or_else(|| (n.value == 1.0).then(|| singular_noun(cx, k)).flatten());
        if let Some((noun, e)) = noun {
            // The span takes the noun in: "four agreements".
            return Some(base(Tag::Noun(noun), e));
        }
    }
    // "one of his trips", "the one who": a pronoun, not a number.
    if n.words && n.value == 1.0 && n.end == i + 1 {
        let prev = if i > 0 { cx.low(i - 1) } else { "" };
        if cx.is(k, t::OF) || t::PRONOUN_ONE_BEFORE.contains(&prev) {
            return None;
        }
    }
    Some(base(Tag::Plain, k))
}
