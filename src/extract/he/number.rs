//! Number phrases: digits (with `,` thousands and `.` decimals, a following
//! scale word: 2.5 מיליארד, 12 אלף), cardinals in words of both genders with
//! construct and dual forms (שלושת אלפים, מאתיים, אלפיים), teens (שתים עשרה),
//! ו-joined compounds (אלף תשע מאות תשעים ושבע), fractions (חצי, X וחצי,
//! שלושה רבעים, X חלקי Y) and vague plurals (עשרות מיליוני → 2e7..1e8).

use super::token::{Tok, TokKind};
use crate::extract::engine::digits;
use crate::extract::lang::he::{self as t, NumClass};

/// A parsed number phrase.
#[derive(Clone, Debug, PartialEq)]
pub struct NumPhrase {
    /// The value.
    pub value: f64,
    /// First token index.
    pub first: usize,
    /// One past the last token index.
    pub next: usize,
    /// Written in words (at least in part).
    pub words: bool,
    /// A single word that is a number only in context (שבע, שמונה, שני).
    pub ambiguous: bool,
    /// Ends with a construct form (שלושת, שתי): a noun must follow.
    pub construct: bool,
    /// A plain integer written in digits, with its digit count (for years).
    pub int_digits: Option<usize>,
    /// A scale word was part of the phrase (מיליון, אלף).
    pub scaled: bool,
    /// The multiplier of the last scale word (1 without one): in
    /// "בין 10 ל-20 מיליון" the lower end borrows it.
    pub scale: f64,
}

/// Parses the digits of a number token by the Hebrew notation
/// (`engine::digits`): `,` or `.` before three digits groups thousands when
/// the group repeats (`1.500.000`), a point or a lone comma before other
/// digits marks decimals (`3.5`, `3,5`), spaces group as `10 000`. Dates
/// (`14.12.2016`), times and fractions are not numbers here.
pub fn digits_value(s: &str) -> Option<f64> {
    if s.contains(['e', 'E']) {
        return s.parse::<f64>().ok();
    }
    if s.starts_with('.') {
        // ".77": a leading decimal point.
        return digits::parse_whole(&format!("0{s}"), &t::DIGIT_NOTATION).map(|d| d.value);
    }
    digits::parse_whole(s, &t::DIGIT_NOTATION).map(|d| d.value)
}

/// A simple fraction `a/b` (3/4), when it is one.
pub fn slash_fraction(s: &str) -> Option<f64> {
    let (a, b) = s.split_once('/')?;
    if b.contains('/') || a.is_empty() || b.is_empty() {
        return None;
    }
    let (a, b): (f64, f64) = (a.parse().ok()?, b.parse().ok()?);
    (b != 0.0 && a < b && b <= 100.0).then(|| a / b)
}

fn num_word(tok: &Tok<'_>) -> Option<t::NumWord> {
    tok.lex.and_then(|e| e.num)
}

fn scale_after(toks: &[Tok<'_>], j: usize) -> Option<f64> {
    let tk = toks.get(j)?;
    if tk.kind != TokKind::Word || !tk.prefix.is_empty() {
        return None;
    }
    let n = num_word(tk)?;
    matches!(
        n.class,
        NumClass::Scale | NumClass::Thousand | NumClass::Dozen
    )
    .then_some(n.value)
}

/// Whether token `j` is `וחצי`/`ורבע`, returning the fraction.
pub fn and_fraction(toks: &[Tok<'_>], j: usize) -> Option<f64> {
    let tk = toks.get(j)?;
    if tk.kind != TokKind::Word || tk.prefix_text != "ו" {
        return None;
    }
    // וחצי, ורבע, ושליש, וחמישית: a singular fraction.
    let f = tk.lex.and_then(|e| e.frac)?;
    (!is_plural_fraction(tk.stem())).then_some(f)
}

fn is_plural_fraction(stem: &str) -> bool {
    stem.ends_with("ים") || stem.ends_with("יות") || stem == "רבעי"
}

/// A plural fraction (רבעים, שמיניות, רבעי) that multiplies the number before it.
pub fn plural_fraction(tok: &Tok<'_>) -> Option<f64> {
    let f = tok.lex.and_then(|e| e.frac)?;
    (tok.prefix.is_empty() && is_plural_fraction(tok.stem())).then_some(f)
}

/// Parses a number phrase starting at token `i`.
pub fn parse(toks: &[Tok<'_>], i: usize) -> Option<NumPhrase> {
    let tk = toks.get(i)?;
    let mut p = match tk.kind {
        TokKind::Num => parse_digits(toks, i)?,
        TokKind::Word => parse_words(toks, i)?,
        TokKind::Punct | TokKind::Trapped => return None,
    };
    // X חלקי Y, X חלקים מתוך Y: a quotient.
    let j = p.next;
    if let Some(d) = toks.get(j) {
        let over = if d.kind == TokKind::Word && t::DIVIDED_BY.contains(&d.key()) {
            Some(j + 1)
        } else if d.is(t::PARTS_OF.0) && toks.get(j + 1).is_some_and(|x| x.is(t::PARTS_OF.1)) {
            Some(j + 2)
        } else {
            None
        };
        if let Some(k) = over {
            if let Some(q) = toks
                .get(k)
                .filter(|x| x.prefix.is_empty())
                .and_then(|_| parse(toks, k))
            {
                if q.value != 0.0 {
                    p.value /= q.value;
                    p.next = q.next;
                    p.int_digits = None;
                    p.ambiguous = false;
                }
            }
        }
    }
    Some(p)
}

fn parse_digits(toks: &[Tok<'_>], i: usize) -> Option<NumPhrase> {
    let tk = &toks[i];
    let mut int_digits = None;
    let mut value = if let Some(v) = digits_value(tk.text) {
        if tk.text.bytes().all(|b| b.is_ascii_digit()) {
            int_digits = Some(tk.text.len());
        }
        v
    } else {
        slash_fraction(tk.text)?
    };
    let mut next = i + 1;
    // 2 1/4
    if int_digits.is_some() {
        if let Some(f) = toks
            .get(next)
            .filter(|x| x.kind == TokKind::Num && x.prefix.is_empty())
            .and_then(|x| slash_fraction(x.text))
        {
            value += f;
            next += 1;
            int_digits = None;
        }
    }
    // 3 חמישיות: three fifths.
    if let Some(f) = toks.get(next).and_then(plural_fraction) {
        value *= f;
        next += 1;
        int_digits = None;
    }
    // 100 וחמש: digits continued in words.
    if let Some(w) = toks
        .get(next)
        .filter(|x| x.kind == TokKind::Word && x.prefix_text == "ו")
    {
        if let Some(n) = num_word(w).filter(|n| matches!(n.class, NumClass::Unit | NumClass::Ten)) {
            if value >= 100.0 && value % 100.0 == 0.0 && n.value < 100.0 {
                value += n.value;
                next += 1;
                int_digits = None;
            }
        }
    }
    let mut scaled = false;
    let mut scale = 1.0;
    // 3 וחצי, 2 ורבע מיליון: a fraction joined to the digits.
    if int_digits.is_some() {
        if let Some(f) = and_fraction(toks, next) {
            value += f;
            next += 1;
            int_digits = None;
        }
    }
    // 15K, 2.5M, 3B: a Latin scale letter glued to the digits.
    if let Some(&(_, s)) = toks
        .get(next)
        .filter(|x| x.kind == TokKind::Word && !x.space_before)
        .and_then(|x| t::LATIN_SCALES.iter().find(|(w, _)| x.text == *w))
    {
        value *= s;
        scale = s;
        next += 1;
        scaled = true;
        int_digits = None;
    }
    while let Some(s) = scale_after(toks, next) {
        value *= s;
        scale *= s;
        next += 1;
        scaled = true;
        int_digits = None;
        if let Some(f) = and_fraction(toks, next) {
            value += f * s;
            next += 1;
        }
    }
    // 2 מיליון ו-300 אלף: a smaller scaled part joined with ו.
    if scaled
        && toks
            .get(next)
            .is_some_and(|x| x.kind == TokKind::Num && x.prefix_text == "ו")
    {
        if let Some(q) = parse_digits(toks, next).filter(|q| q.scaled && q.scale < scale) {
            value += q.value;
            next = q.next;
        }
    }
    Some(NumPhrase {
        value,
        first: i,
        next,
        words: false,
        ambiguous: false,
        construct: false,
        int_digits,
        scaled,
        scale,
    })
}

fn parse_words(toks: &[Tok<'_>], i: usize) -> Option<NumPhrase> {
    parse_words_from(toks, i, false)
}

/// A number in words written with the article (השלושה, התשעה עשר, העשרים
/// ואחד): the same phrase [`parse`] reads without it.
pub fn parse_definite(toks: &[Tok<'_>], i: usize) -> Option<NumPhrase> {
    let first = toks.get(i)?;
    if first.kind != TokKind::Word || first.prefix_text != "ה" {
        return None;
    }
    parse_words_from(toks, i, true)
}

fn parse_words_from(toks: &[Tok<'_>], i: usize, definite: bool) -> Option<NumPhrase> {
    let first = &toks[i];
    if first.prefix.he && !definite {
        return None; // definite: השלושה, המאה (the century)
    }
    let lex = first.lex?;
    let two_teen = t::TWO_BEFORE_TEEN.contains(&first.stem()) && first.prefix.only_vav();
    // A fraction first: חצי, רבע מיליון, חצי תריסר.
    if num_word(first).is_none() && !two_teen {
        let f = lex.frac?;
        if plural_fraction(first).is_some()
            || lex.ordinal.is_some() && first.stem().ends_with('ת') && !first.prefix.is_empty()
        {
            return None;
        }
        let mut value = f;
        let mut next = i + 1;
        let mut scaled = false;
        let mut scale = 1.0;
        if let Some(s) = scale_after(toks, next) {
            value *= s;
            next += 1;
            scaled = true;
            scale = s;
        } else if toks.get(next).is_some_and(|x| x.is("אחת") || x.is("אחד")) {
            next += 1; // רביעית אחת: one quarter
        }
        return Some(NumPhrase {
            value,
            first: i,
            next,
            words: true,
            ambiguous: false,
            construct: false,
            int_digits: None,
            scaled,
            scale,
        });
    }
    let mut total = 0.0;
    let mut cur = 0.0;
    let mut last: Option<NumClass> = None;
    let mut last_unit = 0.0;
    let mut last_scale = 1.0;
    let mut j = i;
    let mut construct = false;
    let mut count = 0;
    let mut ambiguous = false;
    let mut scaled = false;
    // The last component added to `cur` (a plural fraction multiplies it:
    // מאה ושלושה רבעי = 100 + 3/4).
    let mut last_add = 0.0;
    while let Some(tk) = toks.get(j) {
        if tk.kind == TokKind::Num && j > i && tk.prefix_text == "ו" {
            // אלף ו-500; שלושה מיליון ו-200 אלף.
            match digits_value(tk.text) {
                Some(v) if v < last_scale && last_scale >= 1000.0 => {
                    j += 1;
                    count += 1;
                    match scale_after(toks, j).filter(|s| *s < last_scale) {
                        Some(s) => {
                            total += v * s;
                            j += 1;
                        }
                        None => cur += v,
                    }
                    break;
                }
                _ => break,
            }
        }
        if tk.kind != TokKind::Word {
            // שנים-עשר: a dash inside a compound (שניים-שלושה is a range).
            if tk.is_punct('-')
                && j > i
                && !tk.space_before
                && toks.get(j + 1).is_some_and(|x| {
                    !x.space_before
                        && x.kind == TokKind::Word
                        && (x.is("עשר") || x.is("עשרה") || num_word(x).is_none())
                })
            {
                j += 1;
                continue;
            }
            break;
        }
        if j > i && !tk.prefix.only_vav() {
            break;
        }
        if j > i {
            if let Some(f) = and_fraction(toks, j) {
                if matches!(
                    last,
                    Some(
                        NumClass::Scale
                            | NumClass::Thousand
                            | NumClass::Thousands
                            | NumClass::TwoThousand
                    )
                ) {
                    total += f * last_scale;
                } else {
                    cur += f;
                    // שניים וחצי מיליון: the fraction belongs to the group a scale multiplies.
                    if total == 0.0 {
                        if let Some(s) = scale_after(toks, j + 1) {
                            cur *= s;
                            j += 1;
                            scaled = true;
                            last_scale = s;
                        }
                    }
                }
                j += 1;
                count += 1;
                break;
            }
            if let Some(f) = plural_fraction(tk) {
                cur += last_add * f - last_add;
                j += 1;
                count += 1;
                construct = false;
                break;
            }
        }
        // שנים = 2 only before עשר/עשרה.
        let nw = if j == i && t::TWO_BEFORE_TEEN.contains(&tk.stem()) && num_word(tk).is_none() {
            let is_teen = |x: &Tok<'_>| x.is("עשר") || x.is("עשרה");
            // שנים עשר, שנים-עשר
            let teen = toks.get(j + 1).is_some_and(is_teen)
                || toks
                    .get(j + 1)
                    .is_some_and(|x| x.is_punct('-') && !x.space_before)
                    && toks
                        .get(j + 2)
                        .is_some_and(|x| is_teen(x) && !x.space_before);
            if !teen {
                return None;
            }
            t::NumWord {
                value: 2.0,
                class: NumClass::Unit,
                construct: false,
                ambiguous: false,
            }
        } else {
            match num_word(tk) {
                Some(n) => n,
                None => break,
            }
        };
        use NumClass::*;
        // עשרים ושלוש ושלוש חמישיות: a second unit with a plural fraction.
        if j > i && tk.prefix.vav && nw.class == Unit && matches!(last, Some(Unit | Ten)) {
            if let Some(f) = toks.get(j + 1).and_then(plural_fraction) {
                cur += nw.value * f;
                j += 2;
                count += 2;
                break;
            }
        }
        let ok = match nw.class {
            Unit if nw.value == 10.0
                && last == Some(Unit)
                && (1.0..10.0).contains(&last_unit)
                && !tk.prefix.vav =>
            {
                cur += 10.0;
                last_add = last_unit + 10.0;
                last_unit = 10.0;
                true
            }
            // טריליון אחד: "one trillion".
            Unit if nw.value == 1.0 && matches!(last, Some(Scale | Thousand)) && !tk.prefix.vav => {
                true
            }
            Unit => {
                if matches!(
                    last,
                    None | Some(
                        Ten | Hundred | Hundreds | Thousand | Thousands | TwoThousand | Scale
                    )
                ) {
                    cur += nw.value;
                    last_unit = nw.value;
                    last_add = nw.value;
                    true
                } else {
                    false
                }
            }
            Ten => {
                if matches!(
                    last,
                    None | Some(Hundred | Hundreds | Thousand | Thousands | TwoThousand | Scale)
                ) {
                    cur += nw.value;
                    last_add = nw.value;
                    true
                } else {
                    false
                }
            }
            Hundred => {
                if matches!(
                    last,
                    None | Some(Thousand | Thousands | TwoThousand | Scale)
                ) {
                    cur += nw.value;
                    last_add = nw.value;
                    true
                } else {
                    false
                }
            }
            Hundreds => {
                if last == Some(Unit) && (3.0..10.0).contains(&last_unit) && cur == last_unit {
                    cur = last_unit * 100.0;
                    last_add = cur;
                    true
                } else {
                    false
                }
            }
            Thousand => {
                if matches!(last, Some(Thousand | Thousands | TwoThousand))
                    || (last == Some(Scale) && cur == 0.0)
                {
                    false
                } else {
                    total += if cur == 0.0 { 1.0 } else { cur } * 1000.0;
                    cur = 0.0;
                    last_scale = 1000.0;
                    scaled = true;
                    true
                }
            }
            Thousands => {
                if last == Some(Unit) && (3.0..=10.0).contains(&cur) {
                    total += cur * 1000.0;
                    cur = 0.0;
                    last_scale = 1000.0;
                    scaled = true;
                    true
                } else {
                    false
                }
            }
            TwoThousand => {
                if matches!(last, None | Some(Scale)) {
                    total += 2000.0;
                    last_scale = 1000.0;
                    true
                } else {
                    false
                }
            }
            Scale => {
                if last == Some(Scale) {
                    false
                } else {
                    if total > 0.0 && nw.value < last_scale {
                        // שני מיליארד ושלוש מאות מיליון: a lower scale adds.
                        total += if cur == 0.0 { 1.0 } else { cur } * nw.value;
                    } else {
                        let group = total + cur;
                        total = if group == 0.0 { 1.0 } else { group } * nw.value;
                    }
                    cur = 0.0;
                    last_scale = nw.value;
                    scaled = true;
                    true
                }
            }
            Dozen => {
                // שלושה תריסר = 36; שלוש מאות ושניים תריסר = 300 + 24.
                let base = if last_add == 0.0 { 1.0 } else { last_add };
                cur += base * 12.0 - last_add;
                last_add = base * 12.0;
                true
            }
        };
        if !ok {
            break;
        }
        construct = nw.construct;
        ambiguous = nw.ambiguous;
        last = Some(nw.class);
        count += 1;
        j += 1;
    }
    if count == 0 {
        return None;
    }
    // חצי תריסר handled above; a trailing dozen after a fraction is rare.
    Some(NumPhrase {
        value: total + cur,
        first: i,
        next: j,
        words: true,
        ambiguous: ambiguous && count == 1,
        construct,
        int_digits: None,
        scaled,
        scale: if scaled { last_scale } else { 1.0 },
    })
}

/// A vague plural phrase (עשרות, מאות אלפי, מיליארדי): `(min, max, next)`.
pub fn parse_vague(toks: &[Tok<'_>], i: usize) -> Option<(f64, f64, usize)> {
    let tk = toks.get(i)?;
    if tk.kind != TokKind::Word || tk.prefix.he {
        return None;
    }
    let (mut lo, mut hi) = tk.lex?.vague?;
    let mut j = i + 1;
    while let Some(s) = toks
        .get(j)
        .filter(|x| x.kind == TokKind::Word && x.prefix.is_empty())
        .and_then(|x| x.lex)
        .and_then(|e| e.vague_scale)
    {
        lo *= s;
        hi *= s;
        j += 1;
    }
    Some((lo, hi, j))
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    fn val(s: &str) -> f64 {
        let t = tokenize(s);
        parse(&t, 0).unwrap().value
    }

    #[test]
    fn digits_and_scales() {
        assert_eq!(val("12,500"), 12500.0);
        assert_eq!(val("2.5 מיליארד"), 2.5e9);
        assert_eq!(val("12 אלף"), 12000.0);
        assert_eq!(val("0033"), 33.0);
        assert_eq!(val("2 1/4"), 2.25);
        assert_eq!(val("1,200,000"), 1_200_000.0);
        assert_eq!(val("3,5"), 3.5);
        assert_eq!(val("שני מיליארד ושלוש מאות מיליון"), 2.3e9);
        assert_eq!(val("מיליון ומאתיים אלף"), 1.2e6);
        assert_eq!(val("2 מיליון ו-300 אלף"), 2.3e6);
        assert_eq!(val("שלושה מיליון ו-200 אלף"), 3.2e6);
        assert_eq!(val("אלף ו-500"), 1500.0);
    }

    #[test]
    fn words_both_genders_and_construct() {
        assert_eq!(val("שלושה"), 3.0);
        assert_eq!(val("שלוש"), 3.0);
        assert_eq!(val("שלושת אלפים"), 3000.0);
        assert_eq!(val("מאתיים"), 200.0);
        assert_eq!(val("אלפיים"), 2000.0);
        assert_eq!(val("שלוש מאות וחמישים"), 350.0);
        assert_eq!(val("אלף תשע מאות תשעים ושבע"), 1997.0);
        assert_eq!(val("עשרים וחמישה"), 25.0);
        assert_eq!(val("ושמונת אלפים תשע מאות שמונים ושבע"), 8987.0);
    }

    #[test]
    fn teens_and_the_two_that_means_years() {
        assert_eq!(val("שתים עשרה"), 12.0);
        assert_eq!(val("שנים עשר"), 12.0);
        assert_eq!(val("חמש עשרה"), 15.0);
        assert_eq!(val("שתים עשרה מיליארד"), 12e9);
        let t = tokenize("שנים רבות");
        assert_eq!(parse(&t, 0), None);
    }

    #[test]
    fn fractions() {
        assert_eq!(val("מיליון וחצי"), 1.5e6);
        assert_eq!(val("רבע מיליון"), 250_000.0);
        assert_eq!(val("שלושה רבעים"), 0.75);
        assert_eq!(val("חצי"), 0.5);
        assert_eq!(val("9500 חלקי חמש"), 1900.0);
        assert_eq!(val("אחד וחצי"), 1.5);
    }

    #[test]
    fn vague_plurals_multiply() {
        let t = tokenize("עשרות מיליוני דולרים");
        assert_eq!(parse_vague(&t, 0), Some((2e7, 1e8, 2)));
        let t = tokenize("מאות אלפי שקלים");
        assert_eq!(parse_vague(&t, 0), Some((2e5, 1e6, 2)));
    }

    #[test]
    fn ambiguous_single_words_are_marked() {
        let t = tokenize("שמונה לתפקיד");
        assert!(parse(&t, 0).unwrap().ambiguous);
        let t = tokenize("שמונה עשרה");
        assert!(!parse(&t, 0).unwrap().ambiguous);
    }
}

#[cfg(test)]
mod more_tests {
    use super::super::tests::{exact, only, point};
    use crate::extract::Kind;

    #[test]
    fn fractions_multiply_the_last_component() {
        exact("קראו שני שלישים מהחומר", Kind::Number, 2.0 / 3.0);
        exact("ארבעים ושתיים ושלוש חמישיות", Kind::Number, 42.6);
        exact("ארבע וחמישית", Kind::Number, 4.2);
        exact("2 שמיניות", Kind::Number, 0.25);
        exact("ארבעה תריסר", Kind::Number, 48.0);
    }

    #[test]
    fn ratios_and_quotients() {
        exact("אחד לחמישה", Kind::Number, 0.2);
        exact("אחד מכל עשרה", Kind::Number, 0.1);
        exact("3 מתוך 4", Kind::Number, 0.75);
    }

    #[test]
    fn scientific_and_signed() {
        exact("2.5e3", Kind::Number, 2500.0);
        exact("- 7,000", Kind::Number, -7000.0);
        assert_eq!(point(&only("מיליארד אחד")), 1e9);
    }
}
