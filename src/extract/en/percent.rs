//! Percentages: "10%", "10 percent", "ten per cent", and fractions of
//! something ("one-quarter of", "half of", "two thirds of"), which state a
//! share and so are percent claims (25, 50, 66.7).

use super::measure::{Measure, Tag};
use super::number::number;
use super::tokens::Ctx;
use crate::extract::lang::en as t;

/// A percent sign or word at `k`: its end.
pub fn suffix(cx: &Ctx, k: usize) -> Option<usize> {
    if cx.is_blocked(k) {
        return None;
    }
    cx.longest_of(k, t::PERCENT)
}

/// "of" after a fraction word ("a quarter of the vote"): the end of "of".
pub fn fraction_of(cx: &Ctx, k: usize) -> Option<usize> {
    cx.is(k, t::OF).then_some(k + 1)
}

/// "half of" at `i`: 50 percent (the fraction grammar needs a numeral or an
/// article before "half"; alone it is only a share when "of" follows).
pub fn half_of(cx: &Ctx, i: usize) -> Option<Measure> {
    if !cx.is(i, t::HALF) || !cx.is(i + 1, t::OF) {
        return None;
    }
    Some(Measure {
        end: i + 1,
        value: 50.0,
        tag: Tag::Percent,
        scale: 1.0,
        vague: None,
    })
}

/// "percent of 10", "per cent of twenty-two" at `i`: the percentage named
/// after the word. Only at the start of a text or after a non-word, so that
/// "50 percent of 10 companies" stays a share of a count.
pub fn of_number(cx: &Ctx, i: usize) -> Option<Measure> {
    if i > 0 && (cx.is_word(i - 1) || cx.is_digits(i - 1)) {
        return None;
    }
    let e = suffix(cx, i)?;
    if !cx.is_word(i) || !cx.is(e, t::OF) {
        return None;
    }
    let n = number(cx, e + 1)?;
    // A trailing noun makes it "percent of N things": not a percentage.
    if cx.is_word(n.end) {
        return None;
    }
    Some(Measure {
        end: n.end,
        value: n.value,
        tag: Tag::Percent,
        scale: 1.0,
        vague: None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use crate::extract::Kind;
    use crate::value::Value;

    fn pct(text: &str) -> f64 {
        let ms = extract(text, None);
        assert_eq!(ms.len(), 1, "{text:?}: {ms:#?}");
        assert_eq!(ms[0].kind, Kind::Percent, "{text:?}");
        match &ms[0].value {
            Value::Scalar { point: Some(p), .. } => *p,
            v => panic!("{v:?}"),
        }
    }

    #[test]
    fn signs_and_words() {
        assert_eq!(pct("up 10% on the year"), 10.0);
        assert_eq!(pct("240 percent"), 240.0);
        assert_eq!(pct("ten per cent"), 10.0);
        assert_eq!(pct("minus five percent"), -5.0);
        assert_eq!(pct("a 12-percent cut"), 12.0);
        assert_eq!(pct("inflation of 3pc"), 3.0);
        assert_eq!(pct("percent of 15"), 15.0);
        assert_eq!(pct("per cent of thirty-one"), 31.0);
    }

    #[test]
    fn fractions_of_something() {
        assert_eq!(pct("one-quarter of the budget"), 25.0);
        assert_eq!(pct("half of the voters"), 50.0);
        assert!((pct("two thirds of them") - 200.0 / 3.0).abs() < 1e-9);
    }
}
