//! Money: currency signs and codes before or after the amount ("$5m",
//! "US$4.7 billion", "USD34.6 million", "20€", "42 KWD"), currency names
//! ("10 dollars", "197 pence", "42 Lebanese pounds"), cents ("$20 and 43c")
//! and vague plurals ("billions of dollars", "tens of millions of dollars").

use std::sync::LazyLock;

use super::measure::{count_noun, Measure, Tag};
use super::number::number;
use super::tokens::Ctx;
use crate::extract::lang::en as t;
use crate::extract::units::currency_code;

/// A currency sign or code before an amount at `i`: (ISO code, end).
fn sign(cx: &Ctx, i: usize) -> Option<(&'static str, usize)> {
    if let Some((e, code)) = cx.longest(i, t::CURRENCY_SIGNS) {
        // Letter signs ("Rs", "RM", "US$") must be written as in the table.
        // Letters before "$" ("hk $", "C$") are safe in any case.
        let letters = cx.is_word(i) && e == i + 1;
        if !letters || t::CURRENCY_LETTER_SIGNS.contains(&cx.raw(i)) {
            return Some((code, e));
        }
    }
    None
}

/// An ISO code written in capitals ("USD", "EUR", "NIS") at `i`.
fn code(cx: &Ctx, i: usize) -> Option<&'static str> {
    let raw = cx.raw(i);
    if raw.len() == 3 && cx.is_word(i) && raw.chars().all(|c| c.is_ascii_uppercase()) {
        return currency_code(raw);
    }
    None
}

/// A currency name written before digits ("ringgit 42", "rupees 500"):
/// only the names in [`t::CURRENCY_NAMES_BEFORE`], which are not also
/// event or product names ("Euro 2016").
fn name_before_digits(cx: &Ctx, i: usize) -> Option<(&'static str, usize)> {
    let (e, code) = cx.longest(i, t::CURRENCY_NAMES_BEFORE)?;
    cx.is_digits(e).then_some((code, e))
}

/// Money with the currency first: "$5m", "US$4.7 billion", "USD34.6 million", "EUR 5".
pub fn prefixed(cx: &Ctx, i: usize) -> Option<Measure> {
    let (cur, e) = match sign(cx, i) {
        Some(x) => x,
        None => match code(cx, i) {
            Some(c) => (c, i + 1),
            None => name_before_digits(cx, i)?,
        },
    };
    if cx.is_blocked(e) {
        return None;
    }
    let n = number(cx, e)?;
    let mut value = n.value;
    let mut end = n.end;
    let mut scale = n.scale;
    // "$5m", "$2b": scale letters allowed only after a currency.
    if !n.scaled && cx.glued(end) {
        if let Some(&(_, f)) = t::MONEY_SUFFIXES.iter().find(|(w, _)| *w == cx.raw(end)) {
            value = super::number::scaled_by(value, f);
            scale = f;
            end += 1;
        }
    }
    // A currency named again after ("$5 dollars") is part of the amount.
    if let Some((c2, _, e2)) = suffix(cx, end) {
        if c2 == cur && cx.is_word(end) {
            end = e2;
        }
    }
    let m = Measure {
        end,
        value,
        tag: Tag::Money(cur, 1.0),
        scale,
        vague: None,
    };
    Some(cents(cx, m))
}

/// A currency after an amount at `k`: (ISO code, factor to it, end).
pub fn suffix(cx: &Ctx, k: usize) -> Option<(&'static str, f64, usize)> {
    if cx.is_blocked(k) {
        return None;
    }
    if let Some((c, e)) = sign(cx, k) {
        if !cx.is_word(k) || cx.raw(k) == "US" || t::CURRENCY_GLUED_SIGNS.contains(&cx.raw(k)) {
            return Some((c, 1.0, e));
        }
    }
    if let Some(c) = code(cx, k) {
        return Some((c, 1.0, k + 1));
    }
    let (e, (cur, f)) = cx.longest(k, &WORDS)?;
    // "200 pounds" near "weigh" is a weight; "6 pounds of meat" too.
    if cur == "GBP" && f == 1.0 && cx.low(k).starts_with("pound") && weight_context(cx, k, e) {
        return None;
    }
    Some((cur, f, e))
}

/// `CURRENCY_WORDS` in the shape `Ctx::longest` reads, built once.
static WORDS: LazyLock<Vec<(&'static str, (&'static str, f64))>> = LazyLock::new(|| {
    t::CURRENCY_WORDS
        .iter()
        .map(|&(w, c, f)| (w, (c, f)))
        .collect()
});

/// Whether "pounds" at `k..e` reads as a weight.
fn weight_context(cx: &Ctx, k: usize, e: usize) -> bool {
    if cx.is(e, t::OF) {
        return true;
    }
    let from = k.saturating_sub(12);
    (from..(k + 4).min(cx.len())).any(|j| t::WEIGHT_CONTEXT.contains(&cx.low(j)))
}

/// Adds "and 43 cents" / "and 43c" to an amount in a major currency.
pub fn cents(cx: &Ctx, mut m: Measure) -> Measure {
    let Tag::Money(_, 1.0) = m.tag else {
        return m;
    };
    let and = cx.is(m.end, t::AND);
    let k = if and { m.end + 1 } else { m.end };
    let Some(n) = number(cx, k) else {
        return m;
    };
    if n.value >= 100.0 || n.value < 0.0 || n.value.fract() != 0.0 {
        return m;
    }
    // "$20 and 43c", "20 dollars 43 cents", "3 GBP 1 pence"; a bare two-digit
    // "$20 43" only at the end of a phrase. Not "$20 and 43 people".
    let minor = cx.longest_of(n.end, t::CENTS);
    let two_digits = n.plain_digits == Some(2) || (n.words && n.value >= 10.0);
    let bare_end = two_digits && !cx.is_word(n.end) && !cx.is_digits(n.end);
    match minor {
        Some(e) => m.end = e,
        None if bare_end && (and || cx.is(n.end, ".") || n.end >= cx.len()) => m.end = n.end,
        None => return m,
    }
    m.value += n.value / 100.0;
    m
}

/// A vague plural amount: "billions of dollars", "tens of millions of
/// dollars", "thousands of people", "dozens of homes".
pub fn vague(cx: &Ctx, i: usize) -> Option<Measure> {
    let w = cx.low(i);
    let &(_, first) = t::VAGUE_PLURALS.iter().find(|(v, _)| *v == w)?;
    // A plural scale after a numeral is a multiplier ("three thousand millions").
    if i > 0 && number(cx, i - 1).is_some_and(|n| n.end > i) {
        return None;
    }
    let mut base = first;
    let mut j = i + 1;
    while cx.is(j, t::OF) {
        match t::VAGUE_PLURALS.iter().find(|(v, _)| *v == cx.low(j + 1)) {
            Some(&(_, f)) if f > base || f >= 1e3 => {
                base *= f;
                j += 2;
            }
            _ => break,
        }
    }
    let step = if first >= 1e3 { 1e3 } else { 10.0 };
    let (lo, hi) = (2.0 * base, base * step);
    let mut tag = Tag::Plain;
    let mut end = j;
    if cx.is(j, t::OF) {
        if let Some((cur, f, e)) = suffix(cx, j + 1) {
            if f == 1.0 {
                tag = Tag::Money(cur, 1.0);
                end = e;
            }
        } else if let Some((noun, e)) = count_noun(cx, j + 1) {
            tag = Tag::Noun(noun);
            end = e;
        }
    } else if let Some((cur, 1.0, e)) = suffix(cx, j) {
        tag = Tag::Money(cur, 1.0);
        end = e;
    }
    // A bare "tens" or "dozens" with nothing counted is not an amount.
    if tag == Tag::Plain && base < 1e3 {
        return None;
    }
    if let Tag::Noun(_) = tag {
        // keep the span on the amount and its noun
    }
    Some(Measure {
        end,
        value: lo,
        tag,
        scale: 1.0,
        vague: Some((lo, hi)),
    })
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use crate::extract::Kind;
    use crate::value::{Axis, Qualifier, Value};

    fn money(text: &str) -> (String, Option<f64>, Option<f64>, Option<f64>) {
        let ms = extract(text, None);
        assert_eq!(ms.len(), 1, "{text:?}: {ms:#?}");
        assert_eq!(ms[0].kind, Kind::Money, "{text:?}");
        match &ms[0].value {
            Value::Scalar {
                axis: Axis::Money(c),
                interval,
                point,
            } => (c.clone(), *point, interval.min, interval.max),
            v => panic!("{v:?}"),
        }
    }

    #[test]
    fn more_currency_names() {
        assert_eq!(money("it paid 12 million finnish markka").0, "FIM");
        assert_eq!(money("fined 3,000 norwegian kroner").0, "NOK");
        assert_eq!(money("a loan of 7 billion rupiah").0, "IDR");
    }

    #[test]
    fn names_before_digits() {
        assert_eq!(money("paid ringgit 300 for it").0, "MYR");
        assert_eq!(money("malaysian ringgits 15").1, Some(15.0));
        // "Euro 2016" is a tournament, not an amount.
        assert!(extract("tickets for Euro 2016", None)
            .iter()
            .all(|m| m.kind != Kind::Money));
    }

    #[test]
    fn regression_codes_glued_to_amounts() {
        assert_eq!(
            money("a USD34.6 million loan"),
            ("USD".into(), Some(34.6e6), Some(34.6e6), Some(34.6e6))
        );
        assert_eq!(
            money("worth US$4.7 billion"),
            ("USD".into(), Some(4.7e9), Some(4.7e9), Some(4.7e9))
        );
    }

    #[test]
    fn signs_words_and_scales() {
        assert_eq!(money("it cost $5m").1, Some(5e6));
        assert_eq!(money("a £3.8bn deal").0, "GBP");
        assert_eq!(money("a £3.8bn deal").1, Some(3.8e9));
        assert_eq!(money("paid 20€").0, "EUR");
        assert_eq!(money("EUR 5 each").1, Some(5.0));
        assert_eq!(money("pay 197 pence").1, Some(1.97));
        assert_eq!(money("pay 30 shekels").0, "ILS");
        assert_eq!(money("pay 30 NIS").0, "ILS");
        assert_eq!(
            money("thirteen dollars and forty-five cents").1,
            Some(13.45)
        );
        assert_eq!(money("$20 and 43c").1, Some(20.43));
        assert_eq!(money("the $-99.99 fee").1, Some(-99.99));
    }

    #[test]
    fn minor_units_and_more_signs() {
        assert_eq!(money("just 7 dollars 25 cents").1, Some(7.25));
        assert_eq!(money("costs eleven dollars sixty").1, Some(11.6));
        assert_eq!(money("a 300元 ticket").0, "CNY");
        assert_eq!(money("won 50 chinese yuan").0, "CNY");
        assert_eq!(money("paid c $ 12").0, "CAD");
        let ms = extract("$ 5.00 $ 6.50 totals", None);
        assert_eq!(ms.len(), 2, "{ms:#?}");
    }

    #[test]
    fn vague_plurals() {
        assert_eq!(
            money("billions of dollars"),
            ("USD".into(), None, Some(2e9), Some(1e12))
        );
        assert_eq!(
            money("tens of millions of dollars"),
            ("USD".into(), None, Some(2e7), Some(1e8))
        );
        let ms = extract("thousands of people", None);
        assert_eq!(
            (ms[0].kind, ms[0].qualifier),
            (Kind::Count, Qualifier::Vague)
        );
    }

    #[test]
    fn pounds_of_weight_are_not_money() {
        let ms = extract("he weighed 200 pounds", None);
        assert_eq!(ms[0].kind, Kind::Quantity);
    }
}
