//! Numbers: digits ("1,500,000", ".08", "-4/5", "5k"), number words ("one
//! hundred and three and two thirds", "a dozen", "12 lakhs"), fractions,
//! ordinals and multipliers.
//!
//! [`number`] parses the longest number starting at a token and says how it
//! was written, so that callers can tell "2016" (maybe a year) from "2,016".

use super::ordinal::article_fraction;
use super::tokens::{Ctx, TokKind};
use super::words::words_number;
use crate::extract::engine::digits;
use crate::extract::lang::en as t;

/// A parsed number and the tokens it covers.
#[derive(Clone, Debug, PartialEq)]
pub struct Num {
    /// The value.
    pub value: f64,
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Written with words (at least in part).
    pub words: bool,
    /// Plain digits with no separator, decimal, sign or scale: the digit count.
    pub plain_digits: Option<usize>,
    /// A scale word or letter multiplied it ("4.7 billion", "5k").
    pub scaled: bool,
    /// A fraction below one written as words ("two thirds", "a quarter").
    pub word_fraction: bool,
    /// The factor scale words or letters applied (1 when none).
    pub scale: f64,
}

pub(super) fn small(w: &str) -> Option<f64> {
    t::SMALL
        .iter()
        .find(|(s, _)| *s == w)
        .map(|&(_, v)| f64::from(v))
}

pub(super) fn tens(w: &str) -> Option<f64> {
    t::TENS
        .iter()
        .find(|(s, _)| *s == w)
        .map(|&(_, v)| f64::from(v))
}

pub(super) fn scale(w: &str) -> Option<f64> {
    t::SCALES.iter().find(|(s, _)| *s == w).map(|&(_, v)| v)
}

/// `v * f` for a scale `f`; powers of ten are applied in decimal so that
/// "16.4 million" is exactly 16 400 000, not 16 399 999.999 999 998.
pub fn scaled_by(v: f64, f: f64) -> f64 {
    let exp = f.log10();
    if f > 0.0 && exp.fract() == 0.0 {
        if let Ok(x) = format!("{v}e{}", exp as i32).parse::<f64>() {
            return x;
        }
    }
    v * f
}

/// The number starting at token `i`, if any.
pub fn number(cx: &Ctx, i: usize) -> Option<Num> {
    if cx.is_blocked(i) {
        return None;
    }
    // "at one point 40 protesters": an idiom, neither 1.40 nor one point.
    if cx.is(i, "one") && i > 0 && cx.is(i - 1, "at") && cx.is(i + 1, t::POINT) {
        return None;
    }
    // Spelled-out sign.
    if t::NEGATIVE.contains(&cx.low(i)) {
        let mut n = number(cx, i + 1)?;
        n.value = -n.value;
        n.start = i;
        n.plain_digits = None;
        return Some(n);
    }
    // A spaced minus sign opening a text that is only the number:
    // "- 1,200,000", "- 10 k". Elsewhere a spaced hyphen is a dash.
    if i == 0 && cx.is(i, "-") && !cx.glued(i + 1) && cx.is_digits(i + 1) {
        if let Some(mut n) = digits_number(cx, i + 1) {
            if only_punctuation_after(cx, n.end) {
                n.value = -n.value;
                n.start = i;
                n.plain_digits = None;
                return Some(n);
            }
        }
    }
    // "point 77" at the start of a text or after a non-word: 0.77 (not
    // "Point 3 of the plan", a numbered item).
    if cx.raw(i) == t::POINT
        && cx.is_digits(i + 1)
        && !cx.glued(i + 1)
        && (i == 0 || !(cx.is_word(i - 1) || cx.is_digits(i - 1)))
    {
        let v: f64 = format!("0.{}", cx.raw(i + 1)).parse().ok()?;
        return Some(Num {
            value: v,
            start: i,
            end: i + 2,
            words: true,
            plain_digits: None,
            scaled: false,
            word_fraction: false,
            scale: 1.0,
        });
    }
    let n = if cx.is_digits(i) || cx.is(i, "-") || cx.is(i, ".") {
        digits_number(cx, i)?
    } else {
        words_number(cx, i)?
    };
    Some(n)
}

/// "24/7" at `i`: an idiom, consumed with no claim.
pub fn idiom(cx: &Ctx, i: usize) -> Option<super::Found> {
    let slashed = cx.is_digits(i)
        && cx.is(i + 1, "/")
        && cx.glued(i + 1)
        && cx.glued(i + 2)
        && cx.is_digits(i + 2)
        && !(cx.glued(i + 3) && (cx.is_digits(i + 3) || cx.is(i + 3, "/")));
    // "on 9/11" is a date; "the 9/11 attacks" an idiom.
    let dated = i > 0 && t::DAY_CONTEXT.contains(&cx.low(i - 1));
    let idiom = slashed && !dated && t::NOT_FRACTIONS.contains(&(cx.raw(i), cx.raw(i + 2)));
    // "1/0" divides by zero: no value at all.
    let by_zero = slashed && cx.raw(i + 2).bytes().all(|b| b == b'0');
    let idiom = idiom || by_zero;
    idiom.then_some(super::Found {
        end: i + 3,
        mention: None,
    })
}

/// Whether nothing but punctuation follows token `j`.
fn only_punctuation_after(cx: &Ctx, j: usize) -> bool {
    (j..cx.len()).all(|k| !cx.is_word(k) && !cx.is_digits(k))
}

/// Digits, with separators, decimals, sign, fraction and scale.
fn digits_number(cx: &Ctx, i: usize) -> Option<Num> {
    let mut j = i;
    let mut neg = false;
    if cx.is(j, "-") {
        // A sign, not a range dash: nothing glued before it.
        let prev_glued_digit = i > 0 && cx.glued(i) && cx.is_digits(i - 1);
        let prev_word_glued = i > 0 && cx.glued(i) && cx.is_word(i - 1);
        if prev_glued_digit || prev_word_glued || !cx.glued(i + 1) {
            return None;
        }
        if !(cx.is_digits(i + 1) || (cx.is(i + 1, ".") && cx.is_digits(i + 2))) {
            return None;
        }
        neg = true;
        j += 1;
    }
    let (mut value, mut j, mut plain, digits_len) = digits_at(cx, j)?;
    // A fraction "3/4", "-4/5" (dates are recognized before numbers).
    if plain
        && cx.is(j, "/")
        && cx.glued(j)
        && cx.glued(j + 1)
        && cx.is_digits(j + 1)
        && !cx.is(j + 2, "/")
        && !t::NOT_FRACTIONS.contains(&(cx.raw(j - 1), cx.raw(j + 1)))
    {
        let d: f64 = cx.raw(j + 1).parse().ok()?;
        if d == 0.0 {
            return None;
        }
        value /= d;
        j += 2;
        plain = false;
    }
    // "10 1/2": a whole number and a glued fraction after it.
    if plain
        && !cx.glued(j)
        && cx.is_digits(j)
        && cx.is(j + 1, "/")
        && cx.glued(j + 1)
        && cx.glued(j + 2)
        && cx.is_digits(j + 2)
        && !cx.is(j + 3, "/")
    {
        let a: f64 = cx.raw(j).parse().ok()?;
        let b: f64 = cx.raw(j + 2).parse().ok()?;
        if a < b && b > 0.0 {
            value += a / b;
            j += 3;
            plain = false;
        }
    }
    // "1 point 1"
    if plain && cx.is(j, t::POINT) && cx.is_digits(j + 1) {
        let v: f64 = format!("{}.{}", cx.raw(j - 1), cx.raw(j + 1))
            .parse()
            .ok()?;
        value = v;
        j += 2;
        plain = false;
    }
    // "1 over 3"
    if plain {
        if let Some((d, e)) = over(cx, j, value) {
            value /= d;
            j = e;
            plain = false;
        }
    }
    let mut scaled = false;
    let unscaled = value;
    // Scientific notation: "1e10", "2.5e-3".
    if cx.is(j, "e") && cx.glued(j) && cx.glued(j + 1) {
        let (neg_exp, k) = if cx.is(j + 1, "-") && cx.glued(j + 2) {
            (true, j + 2)
        } else if cx.is(j + 1, "+") && cx.glued(j + 2) {
            (false, j + 2)
        } else {
            (false, j + 1)
        };
        if cx.is_digits(k) && cx.raw(k).len() <= 3 {
            let exp = format!("{}{}", if neg_exp { "-" } else { "" }, cx.raw(k));
            if let Ok(v) = format!("{value}e{exp}").parse::<f64>() {
                value = v;
                j = k + 1;
                plain = false;
            }
        }
    }
    // Glued scale letter: "5k", "1.2M", "$2bn".
    if cx.glued(j) && cx.is_word(j) {
        if let Some(&(_, f)) = t::NUMBER_SUFFIXES.iter().find(|(w, _)| *w == cx.raw(j)) {
            value = scaled_by(value, f);
            j += 1;
            scaled = true;
        }
    }
    // A spaced lower-case "k" closing the number: "2.33 k" (not "5 K",
    // which may be kelvins, nor "10 k people").
    if !scaled && !cx.glued(j) && cx.raw(j) == "k" && !cx.is_word(j + 1) && !cx.is_digits(j + 1) {
        value = scaled_by(value, 1e3);
        j += 1;
        scaled = true;
    }
    // Scale words: "34.6 million", "3 dozens", "12 lakhs", "5 hundred".
    if !scaled {
        let (v, e, sc) = scale_words(cx, j, value);
        value = v;
        j = e;
        scaled = sc;
    }
    let scale_factor = if unscaled != 0.0 {
        value / unscaled
    } else {
        1.0
    };
    // "2 and a half"
    if !scaled && plain && cx.is(j, t::AND) {
        if let Some((f, e)) = article_fraction(cx, j + 1) {
            value += f;
            j = e;
            plain = false;
        }
    }
    if neg {
        value = -value;
    }
    Some(Num {
        value,
        start: i,
        end: j,
        words: false,
        plain_digits: (plain && !neg && !scaled).then_some(digits_len),
        scaled,
        word_fraction: false,
        scale: scale_factor,
    })
}

/// The digits at token `j` as `engine::digits` reads them in English
/// notation ("1,500,000", "1.500.000", "10 000", "3.5"), or after a leading
/// point (".08"): (value, the token after them, plain, digit count). A
/// glued ordinal suffix ("25th") makes it no number.
fn digits_at(cx: &Ctx, j: usize) -> Option<(f64, usize, bool, usize)> {
    if cx.is(j, ".") {
        // ".08": a leading point, not a sentence end.
        if !cx.is_digits(j + 1) || !cx.glued(j + 1) || (j > 0 && cx.glued(j) && cx.is_digits(j - 1))
        {
            return None;
        }
        let v: f64 = format!("0.{}", cx.raw(j + 1)).parse().ok()?;
        return Some((v, j + 2, false, cx.raw(j + 1).len() + 2));
    }
    if !cx.is_digits(j) || inside_malformed(cx, j) {
        return None;
    }
    let d = digits::parse(cx.text, cx.toks[j].start, &t::DIGIT_NOTATION)?;
    let mut k = j + 1;
    while k < cx.len() && cx.toks[k].end <= d.end {
        k += 1;
    }
    // "25th" is an ordinal.
    if d.decimals == 0 && cx.glued(k) && t::ORDINAL_SUFFIXES.contains(&cx.low(k)) {
        return None;
    }
    Some((d.value, k, d.is_plain(), d.int_digits))
}

/// Whether the digits at `j` continue a run of digits and glued separators
/// that, read from its start, is malformed ("1,500,00"): its tail is no
/// number of its own either.
fn inside_malformed(cx: &Ctx, j: usize) -> bool {
    let sep = |k: usize| cx.is(k, ",") || cx.is(k, ".");
    let mut s = j;
    while s >= 2 && sep(s - 1) && cx.glued(s - 1) && cx.glued(s) && cx.is_digits(s - 2) {
        s -= 2;
    }
    s < j && digits::parse(cx.text, cx.toks[s].start, &t::DIGIT_NOTATION).is_none()
}

/// "over 20" after a small whole numerator at `k`: (denominator, end).
pub(super) fn over(cx: &Ctx, k: usize, numerator: f64) -> Option<(f64, usize)> {
    if !cx.is(k, t::OVER) || numerator.fract() != 0.0 || !(1.0..100.0).contains(&numerator) {
        return None;
    }
    let den = number(cx, k + 1)?;
    (den.value > numerator && den.value.fract() == 0.0).then_some((den.value, den.end))
}

/// Scale words after a number: returns (value, end, scaled).
pub(super) fn scale_words(cx: &Ctx, mut j: usize, mut value: f64) -> (f64, usize, bool) {
    let mut scaled = false;
    loop {
        // "a 1.5-million-strong army"
        if cx.is(j, "-") && cx.glued(j) && cx.glued(j + 1) && scale(cx.low(j + 1)).is_some() {
            j += 1;
        }
        let w = cx.low(j);
        if cx.is_blocked(j) {
            break;
        }
        if t::HUNDRED.contains(&w) {
            value = scaled_by(value, 100.0);
        } else if t::DOZEN.contains(&w) {
            value *= 12.0;
        } else if let Some(f) = scale(w) {
            value = scaled_by(value, f);
        } else {
            break;
        }
        scaled = true;
        j += 1;
    }
    (value, j, scaled)
}

/// Whether token `i` is a symbol (not a word or digits).
pub fn is_sym(cx: &Ctx, i: usize) -> bool {
    cx.kind_is(i, TokKind::Sym)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> f64 {
        let cx = Ctx::new(s, None);
        let n = number(&cx, 0).expect(s);
        assert_eq!(n.end, cx.len(), "whole of {s:?}");
        n.value
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn digits() {
        assert_eq!(num("1,500,000"), 1_500_000.0);
        assert_eq!(num("1.500.000"), 1_500_000.0);
        assert_eq!(num(".08"), 0.08);
        assert_eq!(num("-504"), -504.0);
        assert_eq!(num("-4/5"), -0.8);
        assert_eq!(num("100k"), 100_000.0);
        assert_eq!(num("3000K"), 3_000_000.0);
        assert_eq!(num("1.2M"), 1_200_000.0);
        assert_eq!(num("34.6 million"), 34_600_000.0);
        assert_eq!(num("12 lakhs"), 1_200_000.0);
        assert_eq!(num("3 dozens"), 36.0);
        assert_eq!(num("1 point 5"), 1.5);
        assert_eq!(num("1e10"), 1e10);
        assert_eq!(num("2.5e-3"), 0.0025);
        assert_eq!(num("fifty - two"), 52.0);
        assert_eq!(num("three hundred and four thousand"), 304_000.0);
    }

    #[test]
    fn words() {
        assert_eq!(
            num("seven hundred twenty-one thousand and twelve"),
            721_012.0
        );
        assert!(close(
            num("one hundred and three and two thirds"),
            103.0 + 2.0 / 3.0
        ));
        assert_eq!(num("a dozen"), 12.0);
        assert_eq!(num("two hundred dozens"), 2400.0);
        assert_eq!(num("three hundred and two dozens"), 324.0);
        assert_eq!(num("three thousand millions"), 3e9);
        assert_eq!(num("twenty-one trillion three hundred"), 21e12 + 300.0);
        assert_eq!(num("two  thousand  and  two hundred"), 2200.0);
        assert!(close(num("two hundred point seventy-one"), 200.71));
        assert_eq!(num("minus one"), -1.0);
        assert_eq!(num("negative 1200000"), -1_200_000.0);
    }

    #[test]
    fn fractions() {
        assert_eq!(num("a half"), 0.5);
        assert_eq!(num("one-quarter"), 0.25);
        assert!(close(num("twenty-three fifths"), 4.6));
        assert!(close(num("one twenty-fifth"), 0.04));
        assert_eq!(num("one and a fourth"), 1.25);
        assert!(close(num("a trillionth"), 1e-12));
        assert_eq!(num("one over twenty"), 0.05);
        assert_eq!(num("1 over 4"), 0.25);
        assert!(close(num("two twenty-firsts"), 2.0 / 21.0));
        assert_eq!(num("two and a half"), 2.5);
    }

    #[test]
    fn fractions_of_a_scale() {
        assert_eq!(num("half a billion"), 5e8);
        assert_eq!(num("a quarter of a million"), 250_000.0);
        assert_eq!(num("quarter of a million"), 250_000.0);
        assert_eq!(num("three quarters of a million"), 750_000.0);
        assert_eq!(num("half a million"), 500_000.0);
        // Not a scale: "half a day" is a duration.
        let cx = Ctx::new("half a day", None);
        assert!(number(&cx, 0).is_none());
    }

    #[test]
    fn spaced_signs_scales_and_points() {
        assert_eq!(num("- 2,500,000"), -2_500_000.0);
        assert_eq!(num("- 7  k"), -7000.0);
        assert!(close(num("- 3 1/4"), -3.25));
        assert!(close(num("4.75 k"), 4750.0));
        assert_eq!(num("point 25"), 0.25);
        let cx = Ctx::new("Point 3 of the plan", None);
        assert_ne!(number(&cx, 0).map(|n| n.value), Some(0.3));
        assert_eq!(num("40 lkhs"), 4_000_000.0);
        assert_eq!(num("7 cr"), 70_000_000.0);
        assert_eq!(num("two krores"), 20_000_000.0);
    }

    #[test]
    fn thousands_with_spaces() {
        assert_eq!(num("10 000"), 10_000.0);
        assert_eq!(num("1 500 000"), 1_500_000.0);
        let cx = Ctx::new("5 100 m sprinters", None);
        assert_eq!(number(&cx, 0).unwrap().value, 5.0);
        let cx = Ctx::new("245 23 yen", None);
        assert_eq!(number(&cx, 0).unwrap().value, 245.0);
    }

    #[test]
    fn malformed_groups_give_no_number_at_all() {
        let cx = Ctx::new("about 1,500,00 people", None);
        assert!((0..cx.len()).all(|i| number(&cx, i).is_none()));
        let cx = Ctx::new("3,5 and 7", None);
        assert_eq!(number(&cx, 2).map(|n| n.value), Some(5.0));
        // A sentence end after space groups does not undo them.
        let cx = Ctx::new("paid 10 000.", None);
        assert_eq!(
            number(&cx, 1).map(|n| (n.value, n.end)),
            Some((10_000.0, 3))
        );
    }

    #[test]
    fn around_the_clock_is_no_fraction() {
        let cx = Ctx::new("open 24/7 now", None);
        assert_eq!(number(&cx, 1).unwrap().value, 24.0);
    }

    #[test]
    fn a_spaced_hyphen_in_a_sentence_is_a_dash() {
        // A bullet or a dash before a number that goes on: no sign.
        let cx = Ctx::new("- 12 people were hurt", None);
        assert!(number(&cx, 0).is_none_or(|n| n.value > 0.0));
        let cx = Ctx::new("at 10 k people", None);
        assert_eq!(number(&cx, 1).unwrap().value, 10.0);
        // "point" after a word is not a leading decimal point, and "at one
        // point" is an idiom.
        let cx = Ctx::new("at one point 77 people", None);
        assert_ne!(number(&cx, 2).map(|n| n.value), Some(0.77));
        assert!(number(&cx, 1).is_none());
        assert_eq!(num("one point 5"), 1.5);
        let cx = Ctx::new("the cr 5 model", None);
        assert!(number(&cx, 1).is_none());
    }

    #[test]
    fn and_does_not_join_a_range() {
        let cx = Ctx::new("twenty and thirty", None);
        assert_eq!(number(&cx, 0).unwrap().value, 20.0);
        let cx = Ctx::new("one hundred and two hundred", None);
        assert_eq!(number(&cx, 0).unwrap().value, 100.0);
    }
}
