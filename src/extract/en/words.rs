//! Numbers in words: "seven hundred twenty-one thousand and twelve", "a
//! dozen", "three hundred and two dozens", "one hundred and three and two
//! thirds", "two hundred point seventy-one", "one twenty-fifth".

use super::number::{over, scale, scale_words, scaled_by, small, tens, Num};
use super::ordinal::{article_fraction, denominator};
use super::tokens::Ctx;
use crate::extract::lang::en as t;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Last {
    None,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
}

/// The most tokens one number in words may span. The longest real ones
/// ("nine hundred and ninety-nine thousand nine hundred and ninety-nine")
/// take about fifteen; without a bound, a line of repeated number words was
/// read as one number from every token, quadratic in its length (issue 8).
const MAX_WORDS: usize = 32;

/// Number words ("seven hundred twenty-one thousand and twelve").
pub(super) fn words_number(cx: &Ctx, i: usize) -> Option<Num> {
    words_number_before(cx, i, i + MAX_WORDS)
}

/// [`words_number`] stopping at token `limit`, which the look-ahead after
/// "and" shares so that the bound holds for the whole phrase.
fn words_number_before(cx: &Ctx, i: usize, limit: usize) -> Option<Num> {
    if let Some(n) = fraction_of_scale(cx, i) {
        return Some(n);
    }
    if let Some((f, e)) = article_fraction(cx, i) {
        return Some(Num {
            value: f,
            start: i,
            end: e,
            words: true,
            plain_digits: None,
            scaled: false,
            word_fraction: true,
            scale: 1.0,
        });
    }
    let mut total = 0.0_f64; // committed scales
    let mut current = 0.0_f64; // below the last scale
    let mut since_and = 0.0_f64; // the part of `current` after the last "and"
    let mut last = Last::None;
    let mut top_scale = 0.0_f64;
    let mut last_scale = 0.0_f64;
    let mut j = i;
    let mut end = i;
    let mut any = false;
    // "a hundred", "a dozen", "a million"
    if t::ARTICLES.contains(&cx.low(j)) {
        let next = cx.low(j + 1);
        if t::HUNDRED.contains(&next) || t::DOZEN.contains(&next) || scale(next).is_some() {
            current = 1.0;
            since_and = 1.0;
            last = Last::Unit;
            j += 1;
        } else {
            return None;
        }
    }
    loop {
        if j >= limit || cx.is_blocked(j) {
            break;
        }
        let w = cx.low(j).to_string();
        // A hyphen between "twenty" and "one" (also spaced: "fifty - two").
        if w == "-"
            && last == Last::Tens
            && cx.glued(j) == cx.glued(j + 1)
            && small(cx.low(j + 1)).is_some_and(|v| v < 10.0 && v > 0.0)
        {
            j += 1;
            continue;
        }
        if w == t::AND && any {
            let after = cx.low(j + 1);
            // "and a half", "and two thirds"
            if let Some((f, e)) = article_fraction(cx, j + 1) {
                current += f;
                end = e;
                break;
            }
            if let Some(sub) = words_number_before(cx, j + 1, limit) {
                if sub.word_fraction {
                    current += sub.value;
                    end = sub.end;
                    break;
                }
                let ok = match last {
                    // "two hundred and two thousand" scales the whole.
                    Last::Hundred => {
                        sub.value < 100.0
                            || (total == 0.0
                                && sub.value >= 1000.0
                                && sub.scale >= 1000.0
                                && sub.value < sub.scale * 100.0)
                    }
                    Last::Scale => sub.value < last_scale,
                    Last::Tens => small(after).is_some_and(|v| v < 10.0),
                    _ => false,
                };
                if ok {
                    since_and = 0.0;
                    j += 1;
                    last = Last::None;
                    continue;
                }
            }
            break;
        }
        if let Some(v) = small(&w) {
            let ok = match last {
                Last::None | Last::Hundred | Last::Scale => true,
                Last::Tens => v > 0.0 && v < 10.0,
                _ => false,
            };
            if !ok {
                break;
            }
            current += v;
            since_and += v;
            last = if v < 10.0 { Last::Unit } else { Last::Teen };
        } else if let Some(v) = tens(&w) {
            if !matches!(last, Last::None | Last::Hundred | Last::Scale) {
                break;
            }
            // "one twenty-fifth" is a fraction: let the caller see the ordinal.
            current += v;
            since_and += v;
            last = Last::Tens;
        } else if t::HUNDRED.contains(&w.as_str()) {
            // "hundred people": a bare singular hundred is one hundred.
            if last == Last::None && !any && w == t::HUNDRED[0] {
                current = 1.0;
            } else if !matches!(last, Last::Unit | Last::Teen) {
                break;
            }
            current *= 100.0;
            since_and = current;
            last = Last::Hundred;
        } else if let Some(sv) = scale(&w) {
            // A bare singular scale stands for one of it ("thousand liters").
            if last == Last::None && !any && !w.ends_with('s') {
                // Abbreviations ("cr", "lkh") scale only a numeral before them.
                if t::SCALE_ABBREVIATIONS.contains(&w.as_str()) {
                    break;
                }
                current = 1.0;
            } else if last == Last::None {
                break;
            }
            if w.ends_with('s') && !any {
                break;
            }
            if sv > top_scale && top_scale > 0.0 {
                total = scaled_by(total + current, sv);
            } else {
                total += scaled_by(current, sv);
            }
            top_scale = top_scale.max(sv);
            last_scale = sv;
            current = 0.0;
            since_and = 0.0;
            last = Last::Scale;
        } else if t::DOZEN.contains(&w.as_str()) {
            if last == Last::None {
                break;
            }
            let part = if since_and > 0.0 { since_and } else { current };
            current = current - part + part * 12.0;
            since_and = 0.0;
            last = Last::Scale;
        } else if w == t::POINT && any {
            // "two hundred point seventy-one", "one point three"
            if let Some((frac, e)) = decimal_part(cx, j + 1) {
                current += frac;
                end = e;
                // "two point two million"
                if total == 0.0 {
                    let (v, e2, sc) = scale_words(cx, end, current);
                    if sc && current != 0.0 {
                        top_scale = v / current;
                        current = v;
                        end = e2;
                    }
                }
            }
            break;
        } else {
            break;
        }
        any = true;
        j += 1;
        end = j;
    }
    if !any {
        return None;
    }
    let mut value = total + current;
    let mut word_fraction = false;
    // Fractions: "two thirds", "one twenty-fifth", "twenty-three fifths", "one-quarter".
    if current.fract() == 0.0 && end > i {
        let k = if cx.is(end, "-") && cx.glued(end) && cx.glued(end + 1) {
            end + 1
        } else {
            end
        };
        let singular = value == 1.0;
        if let Some((d, e)) = denominator(cx, k, singular) {
            value /= d;
            end = e;
            word_fraction = value < 1.0;
        } else if let Some((d, e)) = over(cx, k, value) {
            value /= d;
            end = e;
        }
    }
    Some(Num {
        value,
        start: i,
        end,
        words: true,
        plain_digits: None,
        scaled: top_scale > 0.0,
        word_fraction,
        scale: if top_scale > 0.0 { top_scale } else { 1.0 },
    })
}

/// "half a billion", "a quarter of a million", "quarter of a million": a
/// fraction of one scale word (0.5e9, 250 000).
fn fraction_of_scale(cx: &Ctx, i: usize) -> Option<Num> {
    let (e, f) = cx.longest(i, t::FRACTIONS_OF_SCALE)?;
    if !t::ARTICLES.contains(&cx.low(e)) {
        return None;
    }
    let w = cx.low(e + 1);
    let sv = if t::HUNDRED[0] == w {
        Some(100.0)
    } else {
        scale(w)
    }?;
    if w.ends_with('s') || t::SCALE_ABBREVIATIONS.contains(&w) || cx.is_blocked(e + 1) {
        return None;
    }
    Some(Num {
        value: f * sv,
        start: i,
        end: e + 2,
        words: true,
        plain_digits: None,
        scaled: true,
        word_fraction: false,
        scale: sv,
    })
}

/// Digits after "point": "seventy-one" → .71, "two five" → .25, "14" → .14.
fn decimal_part(cx: &Ctx, i: usize) -> Option<(f64, usize)> {
    if cx.is_digits(i) {
        let v: f64 = format!("0.{}", cx.raw(i)).parse().ok()?;
        return Some((v, i + 1));
    }
    let mut digits = String::new();
    let mut j = i;
    while let Some(v) = small(cx.low(j)) {
        if v >= 10.0 {
            break;
        }
        digits.push_str(&format!("{}", v as u32));
        j += 1;
    }
    if digits.is_empty() {
        let n = words_number(cx, i)?;
        if n.value.fract() != 0.0 || n.value <= 0.0 {
            return None;
        }
        digits = format!("{}", n.value as u64);
        j = n.end;
    }
    let v: f64 = format!("0.{digits}").parse().ok()?;
    Some((v, j))
}
