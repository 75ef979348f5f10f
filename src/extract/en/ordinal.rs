//! Ordinals ("14th", "fifth", "twenty-fifth"), fraction denominators ("two
//! thirds", "a quarter", "one twenty-fifth") and multipliers ("twice",
//! "threefold", "3-fold").

use super::number::{number, tens};
use super::tokens::Ctx;
use crate::extract::lang::en as t;

/// An ordinal word ("fifth", "twenty-fifth") at `i`: (value, end).
pub fn ordinal_word(cx: &Ctx, i: usize) -> Option<(u64, usize)> {
    let w = cx.low(i);
    if let Some(&(_, v)) = t::ORDINALS.iter().find(|(s, _)| *s == w) {
        return Some((v, i + 1));
    }
    // "twenty-fifth", "twenty fifth"
    let tv = tens(w)?;
    let j = if cx.is(i + 1, "-") && cx.glued(i + 1) && cx.glued(i + 2) {
        i + 2
    } else {
        i + 1
    };
    let &(_, v) = t::ORDINALS.iter().find(|(s, v)| {
        let w = cx.low(j);
        // "twenty-firsts" as a denominator
        (*s == w || w.strip_suffix('s') == Some(s)) && *v < 10
    })?;
    Some((tv as u64 + v, j + 1))
}

/// A digit ordinal ("14th") at `i`: (value, end).
pub fn ordinal_digits(cx: &Ctx, i: usize) -> Option<(u64, usize)> {
    if !cx.is_digits(i) || cx.is_blocked(i) || !cx.glued(i + 1) {
        return None;
    }
    if !t::ORDINAL_SUFFIXES.contains(&cx.low(i + 1)) {
        return None;
    }
    let v: u64 = cx.raw(i).parse().ok()?;
    Some((v, i + 2))
}

/// Whether the ordinal word at `k` comes after an article and before a noun
/// ("a second earthquake", "a second time"): an ordinal, not "a second" of
/// time, and a claim even for a weak ordinal.
pub fn ordinal_before_noun(cx: &Ctx, k: usize) -> bool {
    let n = k + 1;
    k > 0
        && t::ARTICLES.contains(&cx.low(k - 1))
        && ordinal_word(cx, k).is_some_and(|(_, e)| e == n)
        && cx.is_word(n)
        && !cx.is_blocked(n)
        && !t::FUNCTION_WORDS.contains(&cx.low(n))
        && !t::TIME_UNITS.iter().any(|(u, _)| *u == cx.low(n))
        && !t::NOT_ORDINAL_NOUN_AFTER.contains(&cx.low(n))
}

/// A plural (or, after "one"/"a", singular) fraction denominator at `i`.
pub(super) fn denominator(cx: &Ctx, i: usize, singular: bool) -> Option<(f64, usize)> {
    let w = cx.low(i);
    if let Some(&(_, d)) = t::DENOMINATORS.iter().find(|(s, _)| *s == w) {
        let plural = w.ends_with('s');
        if plural != singular || w == "half" {
            return Some((d as f64, i + 1));
        }
        return None;
    }
    // Plural ordinal: "thirds", "fifths", "twenty-fifths".
    if let Some(stem) = w.strip_suffix('s') {
        if !singular {
            if let Some(&(_, v)) = t::ORDINALS.iter().find(|(s, v)| *s == stem && *v > 2) {
                return Some((v as f64, i + 1));
            }
        }
    }
    let (v, e) = ordinal_word(cx, i)?;
    if v <= 2 {
        return None;
    }
    if singular && !cx.low(e - 1).ends_with('s') {
        return Some((v as f64, e));
    }
    if !singular && cx.low(e - 1).ends_with('s') {
        return Some((v as f64, e));
    }
    // "twenty-fifths": the last word carries the plural.
    let last = cx.low(e - 1);
    if !singular {
        if let Some(stem) = last.strip_suffix('s') {
            if t::ORDINALS.iter().any(|(s, _)| *s == stem) {
                return Some((v as f64, e));
            }
        }
    }
    None
}

/// "a half", "a quarter", "a trillionth" at `i` (an article then a denominator).
pub(super) fn article_fraction(cx: &Ctx, i: usize) -> Option<(f64, usize)> {
    if !t::ARTICLES.contains(&cx.low(i)) {
        return None;
    }
    let (d, e) = denominator(cx, i + 1, true)?;
    // "a fifth term" is an ordinal, not a fraction.
    let half_or_quarter = t::DENOMINATORS.iter().any(|(s, _)| *s == cx.low(i + 1));
    if !half_or_quarter && cx.is_word(e) && !cx.is(e, t::OF) && !cx.is(e, t::AND) {
        return None;
    }
    Some((1.0 / d, e))
}

/// A multiplier at `i` ("twice", "threefold", "3-fold"): (value, end).
pub fn multiplier(cx: &Ctx, i: usize) -> Option<(f64, usize)> {
    if let Some(&(_, v)) = t::MULTIPLIERS.iter().find(|(w, _)| *w == cx.low(i)) {
        return Some((v, i + 1));
    }
    let n = number(cx, i)?;
    let k = if cx.is(n.end, "-") && cx.glued(n.end) {
        n.end + 1
    } else {
        n.end
    };
    if cx.is(k, t::FOLD) && cx.glued(k) {
        return Some((n.value, k + 1));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals() {
        let cx = Ctx::new("the twenty-fifth and 3rd", None);
        assert_eq!(ordinal_word(&cx, 1), Some((25, 4)));
        assert_eq!(ordinal_digits(&cx, 5), Some((3, 7)));
    }

    #[test]
    fn multipliers() {
        let cx = Ctx::new("twice", None);
        assert_eq!(multiplier(&cx, 0), Some((2.0, 1)));
        let cx = Ctx::new("3-fold", None);
        assert_eq!(multiplier(&cx, 0), Some((3.0, 3)));
    }
}
