//! Amounts with their unit, bounds and ranges: "more than 5", "at least
//! fourteen people", "between 20 and 30", "$10-$20", "8- to 16-meter",
//! "larger than twenty and less or equal than thirty five", "500 or less".
//!
//! [`expression`] wraps one or two [`Measure`]s in a bound or range and turns
//! the result into a mention of the kind its unit says.

use super::measure::{measure, Measure, Tag};
use super::number::number;
use super::ordinal::{multiplier, ordinal_before_noun, ordinal_digits, ordinal_word};
use super::tokens::Ctx;
use super::{mention, Found};
use crate::extract::lang::en::{self as t, Bound};
use crate::extract::{Kind, AGE_NOUN};
use crate::value::{Axis, Interval, Qualifier, Value};

/// Whether two measures can be the two ends of one range.
fn unify(a: &mut Measure, b: &mut Measure) -> bool {
    match (&a.tag, &b.tag) {
        (Tag::Plain, Tag::Plain) => {}
        (Tag::Plain, _) => a.tag = b.tag.clone(),
        (_, Tag::Plain) => b.tag = a.tag.clone(),
        (Tag::Noun(_), Tag::Noun(_)) => {}
        (x, y) => {
            let same = match (x, y) {
                (Tag::Money(c1, _), Tag::Money(c2, _)) => c1 == c2,
                (Tag::Unit(u1, _), Tag::Unit(u2, _)) => u1 == u2,
                (Tag::Time(_), Tag::Time(_))
                | (Tag::Percent, Tag::Percent)
                | (Tag::Age, Tag::Age) => true,
                _ => false,
            };
            if !same {
                return false;
            }
        }
    }
    // "5 to 10 million": the scale of the second end applies to the first.
    if a.scale == 1.0 && b.scale > 1.0 && a.value * b.scale <= b.value {
        a.value *= b.scale;
    }
    a.vague.is_none() && b.vague.is_none() && a.canonical() <= b.canonical()
}

/// The kind and axis of a tag.
fn kind_axis(tag: &Tag) -> (Kind, Axis) {
    match tag {
        Tag::Plain | Tag::Age => (Kind::Number, Axis::Count),
        Tag::Money(c, _) => (Kind::Money, Axis::Money((*c).to_string())),
        Tag::Unit(u, _) => (Kind::Quantity, Axis::Unit((*u).to_string())),
        Tag::Time(_) => (Kind::Duration, Axis::Seconds),
        Tag::Percent => (Kind::Percent, Axis::Percent),
        Tag::Noun(_) => (Kind::Count, Axis::Count),
    }
}

fn noun_of(tag: &Tag) -> Option<String> {
    match tag {
        Tag::Noun(n) => Some(n.clone()),
        Tag::Age => Some(AGE_NOUN.to_string()),
        _ => None,
    }
}

/// Applies a bound to a value `x`: the interval, qualifier and stated point.
fn bounded(b: Bound, x: f64) -> (Interval, Qualifier, Option<f64>) {
    match b {
        Bound::Approx => (Interval::point(x).widen(0.1), Qualifier::Approx, Some(x)),
        Bound::Nearly => {
            let lo = x - x.abs() * 0.1;
            (Interval::closed(lo, x), Qualifier::Approx, Some(x))
        }
        Bound::Above => (Interval::above(x, false), Qualifier::AtLeast, None),
        Bound::AtLeast => (Interval::above(x, true), Qualifier::AtLeast, None),
        Bound::Below => (Interval::below(x, false, None), Qualifier::AtMost, None),
        Bound::AtMost => (Interval::below(x, true, None), Qualifier::AtMost, None),
        // "Up to 70 km" leaves the lower side open, like "at most": the
        // suites' gold values do, and for amounts that cannot be negative an
        // open side and a floor at 0 overlap the same values anyway.
        Bound::UpTo => (Interval::below(x, true, None), Qualifier::AtMost, None),
        Bound::Exactly => (Interval::point(x), Qualifier::Exact, Some(x)),
    }
}

fn is_lower(b: Bound) -> bool {
    matches!(b, Bound::Above | Bound::AtLeast)
}

fn is_upper(b: Bound) -> bool {
    matches!(b, Bound::Below | Bound::AtMost | Bound::UpTo)
}

/// A bounded, ranged or plain amount starting at `i`.
pub fn expression(cx: &Ctx, i: usize) -> Option<Found> {
    let (bound, j) = match cx.longest(i, t::BOUND_PREFIXES) {
        Some((e, b)) => (Some(b), e),
        None => (None, i),
    };
    let hedge = bound.map(|_| cx.slice(i, j).to_string());
    let opener = t::RANGE_OPEN.iter().find(|w| cx.is(j, w)).copied();
    let m_start = if opener.is_some() { j + 1 } else { j };
    let ranked_ok = bound.is_some() || opener.is_some();
    let (mut m1, ranked) = match measure(cx, m_start) {
        Some(m) => (m, false),
        None if ranked_ok => (rank(cx, m_start)?, true),
        None => return None,
    };
    // "passed 3 bills", "passed 5 years in prison": a verb's object, not a
    // bound; read from the number.
    let object = matches!(m1.tag, Tag::Noun(_) | Tag::Time(_));
    if bound.is_some() && object && t::WEAK_BOUND_VERBS.contains(&cx.low(i)) {
        return expression(cx, j);
    }
    if !ranked && is_age(cx, i, &m1, bound.is_none() && opener.is_none()) {
        m1.tag = Tag::Age;
    }
    // Ranges: "20-30", "between 20 and 30", "from 2 to 7 g", "8- to 16-meter".
    if let Some(f) = range_tail(cx, i, &m1, ranked, opener.is_some(), hedge.clone()) {
        return Some(f);
    }
    if opener.is_some() && bound.is_none() {
        return None; // "between" alone is not part of a single value
    }
    let x = m1.canonical();
    let (kind, axis) = kind_axis(&m1.tag);
    if let Some((lo, hi)) = m1.vague {
        let v = Value::Scalar {
            axis,
            interval: Interval {
                min: Some(lo),
                max: Some(hi),
                min_inclusive: true,
                max_inclusive: false,
            },
            point: None,
        };
        return Some(mention(
            cx,
            i,
            m1.end,
            kind,
            v,
            Qualifier::Vague,
            noun_of(&m1.tag),
            hedge,
        ));
    }
    // "about five hundred or less", "equal to 5000 or less": the bound after
    // overrides a hedge before. Not "200 or greater than 190".
    let suffix = cx
        .longest(m1.end, t::BOUND_SUFFIXES)
        .filter(|&(e, _)| !(t::THAN.contains(&cx.low(e - 1)) && number(cx, e).is_some()));
    let bound = match (bound, suffix) {
        (Some(Bound::Approx | Bound::Exactly), Some(_)) | (None, _) => None,
        (b, _) => b,
    };
    // "less than 5000 or equal", "more than 5000 or equal to": inclusive.
    let (bound, or_equal_end) = match (bound, cx.longest_of(m1.end, t::OR_EQUAL)) {
        (Some(b @ (Bound::Above | Bound::Below)), Some(e)) if number(cx, e).is_none() => (
            Some(if b == Bound::Above {
                Bound::AtLeast
            } else {
                Bound::AtMost
            }),
            Some(e),
        ),
        (b, _) => (b, None),
    };
    let Some(b) = bound else {
        // "500 or less", "200 or greater"
        if let Some((e, b)) = suffix {
            let (iv, q, p) = bounded(b, x);
            let v = Value::Scalar {
                axis,
                interval: iv,
                point: p,
            };
            let h = Some(cx.slice(m1.end, e).to_string());
            return Some(mention(cx, i, e, kind, v, q, noun_of(&m1.tag), h));
        }
        let v = Value::exact(axis, x);
        return Some(mention(
            cx,
            i,
            m1.end,
            kind,
            v,
            Qualifier::Exact,
            noun_of(&m1.tag),
            None,
        ));
    };
    let (mut iv, mut q, mut p) = bounded(b, x);
    let mut end = or_equal_end.unwrap_or(m1.end);
    // "larger than twenty and less or equal than thirty five", "at most 100
    // and at least 20", "higher than 1, lower than 3"
    if t::BOUND_JOINS.contains(&cx.low(end)) {
        if let Some((e2, b2)) = cx.longest(end + 1, t::BOUND_PREFIXES) {
            if let Some(m2) = measure(cx, e2).or_else(|| rank(cx, e2)) {
                let y = m2.canonical();
                let (lo, lo_inc, hi, hi_inc) = if is_lower(b) && is_upper(b2) {
                    (x, b == Bound::AtLeast, y, b2 != Bound::Below)
                } else if is_upper(b) && is_lower(b2) {
                    (y, b2 == Bound::AtLeast, x, b != Bound::Below)
                } else {
                    (1.0, true, 0.0, true)
                };
                if lo < hi {
                    iv = Interval {
                        min: Some(lo),
                        max: Some(hi),
                        min_inclusive: lo_inc,
                        max_inclusive: hi_inc,
                    };
                    q = Qualifier::Range;
                    p = None;
                    end = m2.end;
                }
            }
        }
    }
    let v = Value::Scalar {
        axis,
        interval: iv,
        point: p,
    };
    Some(mention(cx, i, end, kind, v, q, noun_of(&m1.tag), hedge))
}

/// Whether a plain whole number `m` starting an expression at `i` is an age
/// by its context: "aged 47", "at the age of 47", "ages 18 to 25" and, for a
/// bare number (`bare`), "the driver, 47," or "Smith, 47," (a number set
/// off by commas right after a person noun or a capitalized name).
fn is_age(cx: &Ctx, i: usize, m: &Measure, bare: bool) -> bool {
    if m.tag != Tag::Plain || m.value.fract() != 0.0 || !(0.0..=t::MAX_AGE).contains(&m.value) {
        return false;
    }
    let after_age_word = t::AGE_BEFORE.iter().any(|p| {
        let n = p.split(' ').count();
        i >= n && cx.phrase(i - n, p) == Some(i)
    });
    if after_age_word {
        return true;
    }
    if !bare || i < 2 || !cx.is(i - 1, ",") || !cx.is(m.end, ",") || m.value < 1.0 {
        return false;
    }
    let w = i - 2;
    let low = cx.low(w);
    let calendar =
        t::MONTHS.iter().any(|(n, _)| *n == low) || t::WEEKDAYS.iter().any(|(n, _)| *n == low);
    // "In Gaza, 47, were killed", "Overall, 47, ...": a place or an adverb,
    // not a person.
    let place = w > 0 && t::PLACE_PREPOSITIONS.contains(&cx.low(w - 1));
    let name = cx.capitalized(w) && cx.glued(i - 1) && !place && !t::NOT_NAMES.contains(&low);
    cx.is_word(w) && !calendar && (t::PERSON_NOUNS.contains(&low) || name)
}

/// The second half of a range after `m1`, if there is one.
fn range_tail(
    cx: &Ctx,
    i: usize,
    m1: &Measure,
    ranked: bool,
    opened: bool,
    hedge: Option<String>,
) -> Option<Found> {
    let mut k = m1.end;
    // "8- to 16-meter": a dangling hyphen before "to".
    if cx.is(k, "-") && cx.glued(k) && cx.is(k + 1, "to") {
        k += 1;
    }
    let joined = t::RANGE_TO.iter().any(|w| cx.is(k, w)) || (opened && cx.is(k, t::AND));
    if !joined || cx.is_blocked(k) {
        return None;
    }
    // A bare "to" joins only when the range was opened or units say so.
    let mut a = m1.clone();
    // "between 2 g and about 7 g", "2 - ~7 grams": a hedge on the second end.
    let k2 = match cx.longest(k + 1, t::BOUND_PREFIXES) {
        Some((e, Bound::Approx)) => e,
        _ => k + 1,
    };
    let mut b = match (measure(cx, k2), ranked) {
        (Some(b), false) => b,
        (None, true) => rank(cx, k2)?,
        _ => return None,
    };
    if a.vague.is_some() || b.vague.is_some() {
        return None;
    }
    let loose = cx.is(k, "to") || cx.is(k, "till") || cx.is(k, "until");
    if loose && !opened && a.tag == Tag::Plain && b.tag == Tag::Plain {
        return None;
    }
    if !unify(&mut a, &mut b) {
        return None;
    }
    // "a 50-50 chance" is odds, not a range.
    if a.canonical() == b.canonical() {
        return Some(Found {
            end: b.end,
            mention: None,
        });
    }
    let (kind, axis) = kind_axis(&a.tag);
    let v = Value::Scalar {
        axis,
        interval: Interval::closed(a.canonical(), b.canonical()),
        point: None,
    };
    let noun = noun_of(&a.tag).or_else(|| noun_of(&b.tag));
    Some(mention(
        cx,
        i,
        b.end,
        kind,
        v,
        Qualifier::Range,
        noun,
        hedge,
    ))
}

/// "the tenth", "the fifteenth" in a bound or range ("between the tenth and the
/// fifteenth", "higher than the tenth"): a rank, read as its number. Not
/// before a noun ("between the 10th and 15th centuries").
fn rank(cx: &Ctx, i: usize) -> Option<Measure> {
    if !cx.is(i, "the") {
        return None;
    }
    // Ranks in words; "the 3rd" and "the 7th" are more often days.
    let (v, e) = ordinal_word(cx, i + 1)?;
    if cx.is_word(e) && !t::BOUND_JOINS.contains(&cx.low(e)) {
        return None;
    }
    Some(Measure {
        end: e,
        value: v as f64,
        tag: Tag::Plain,
        scale: 1.0,
        vague: None,
    })
}

/// An ordinal ("25th", "third") or a multiplier ("twice", "threefold").
pub fn ordinal_or_multiplier(cx: &Ctx, i: usize) -> Option<Found> {
    if let Some((v, e)) = multiplier(cx, i) {
        let val = Value::exact(Axis::Count, v);
        return Some(mention(
            cx,
            i,
            e,
            Kind::Number,
            val,
            Qualifier::Exact,
            None,
            None,
        ));
    }
    let (v, e) = ordinal_digits(cx, i).or_else(|| {
        let (v, e) = ordinal_word(cx, i)?;
        (!t::WEAK_ORDINALS.contains(&cx.low(i)) || ordinal_before_noun(cx, i)).then_some((v, e))
    })?;
    let val = Value::exact(Axis::Count, v as f64);
    Some(mention(
        cx,
        i,
        e,
        Kind::Ordinal,
        val,
        Qualifier::Exact,
        None,
        None,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::*;

    fn iv(text: &str) -> (Kind, Interval, Qualifier, Option<f64>) {
        let ms = extract(text, None);
        assert_eq!(ms.len(), 1, "{text:?}: {ms:#?}");
        let m = &ms[0];
        match &m.value {
            Value::Scalar {
                interval, point, ..
            } => (m.kind, *interval, m.qualifier, *point),
            Value::Date(_) => panic!("date"),
        }
    }

    #[test]
    fn bounds() {
        let (_, i, q, p) = iv("more than 5 people");
        assert_eq!(
            (i.min, i.max, i.min_inclusive, q, p),
            (Some(5.0), None, false, Qualifier::AtLeast, None)
        );
        let (_, i, _, _) = iv("at least fourteen people");
        assert_eq!((i.min, i.min_inclusive), (Some(14.0), true));
        let (_, i, q, _) = iv("less than 3.5 miles");
        assert_eq!(
            (i.min, i.max, i.max_inclusive, q),
            (None, Some(3.5 * 1609.344), false, Qualifier::AtMost)
        );
        let (_, i, _, _) = iv("up to 70 km");
        assert_eq!((i.min, i.max), (None, Some(70_000.0)));
        let (_, i, q, p) = iv("some $5 billion");
        assert_eq!(
            (i.min, i.max, q, p),
            (Some(4.5e9), Some(5.5e9), Qualifier::Approx, Some(5e9))
        );
        let (_, i, q, p) = iv("nearly 20 people");
        assert_eq!(
            (i.min, i.max, q, p),
            (Some(18.0), Some(20.0), Qualifier::Approx, Some(20.0))
        );
        let (_, i, _, _) = iv("five hundred or less");
        assert_eq!((i.min, i.max, i.max_inclusive), (None, Some(500.0), true));
    }

    #[test]
    fn bound_verbs() {
        for text in [
            "The deal exceeds $2 billion.",
            "Surpassing 5,000 people were displaced",
            "sales topped $3 million",
            "the death toll passed 5,000",
            "the number crossed 1,000 by then",
            "it exceeded 40 km",
        ] {
            let (_, i, q, p) = iv(text);
            assert_eq!(
                (q, p, i.max, i.min_inclusive),
                (Qualifier::AtLeast, None, None, false),
                "{text:?}"
            );
        }
        let (_, i, q, _) = iv("below 5,000 people");
        assert_eq!((q, i.max), (Qualifier::AtMost, Some(5000.0)));
        // A verb with a counted object states no bound.
        let (k, _, q, _) = iv("Parliament passed 3 bills");
        assert_eq!((k, q), (Kind::Count, Qualifier::Exact));
        let (_, _, q, _) = iv("they crossed 2 borders");
        assert_eq!(q, Qualifier::Exact);
        let (k, _, q, _) = iv("he passed 5 years in prison");
        assert_eq!((k, q), (Kind::Duration, Qualifier::Exact));
    }

    #[test]
    fn fractions_of_a_scale_in_amounts() {
        let (k, i, q, p) = iv("Half a billion dollars was pledged");
        assert_eq!(
            (k, i.min, q, p),
            (Kind::Money, Some(5e8), Qualifier::Exact, Some(5e8))
        );
        let (k, _, _, p) = iv("a quarter of a million people fled");
        assert_eq!((k, p), (Kind::Count, Some(250_000.0)));
        let (k, _, _, p) = iv("half a dozen people");
        assert_eq!((k, p), (Kind::Count, Some(6.0)));
        let (k, _, _, p) = iv("a quarter of the vote");
        assert_eq!((k, p), (Kind::Percent, Some(25.0)));
    }

    #[test]
    fn ranges() {
        let (k, i, q, _) = iv("between 20 and 30 people");
        assert_eq!(
            (k, i.min, i.max, q),
            (Kind::Count, Some(20.0), Some(30.0), Qualifier::Range)
        );
        let (_, i, _, _) = iv("20-30");
        assert_eq!((i.min, i.max), (Some(20.0), Some(30.0)));
        let (k, i, _, _) = iv("a 8- to 16-meter telescope");
        assert_eq!((k, i.min, i.max), (Kind::Quantity, Some(8.0), Some(16.0)));
        let (k, i, _, _) = iv("about $10-$20");
        assert_eq!((k, i.min, i.max), (Kind::Money, Some(10.0), Some(20.0)));
        let (_, i, _, _) = iv("larger than twenty and less or equal than thirty five");
        assert_eq!(
            (i.min, i.max, i.min_inclusive, i.max_inclusive),
            (Some(20.0), Some(35.0), false, true)
        );
        let (_, i, _, _) = iv("between 5 and 10 million dollars");
        assert_eq!((i.min, i.max), (Some(5e6), Some(1e7)));
        // The bare first end takes the unit of the second: minutes, not seconds.
        for text in [
            "two to three minutes",
            "2 to 3 minutes",
            "between two and three minutes",
        ] {
            let (k, i, _, _) = iv(text);
            assert_eq!(
                (k, i.min, i.max),
                (Kind::Duration, Some(120.0), Some(180.0)),
                "{text}"
            );
        }
        let (_, i, _, _) = iv("2 years and 3 months");
        assert_eq!(i.min, Some(2.0 * 31_536_000.0 + 3.0 * 2_592_000.0));
    }

    #[test]
    fn paired_and_trailing_bounds() {
        let (_, i, q, _) = iv("no fewer than 3 and at most 9 rooms");
        assert_eq!((i.min, i.max, q), (Some(3.0), Some(9.0), Qualifier::Range));
        let (_, i, _, _) = iv("at most 9 and at least 3");
        assert_eq!((i.min, i.max), (Some(3.0), Some(9.0)));
        let (_, i, _, _) = iv("fewer than 70 or equal");
        assert_eq!((i.max, i.max_inclusive), (Some(70.0), true));
        let (_, i, _, _) = iv("exactly 40 or more");
        assert_eq!((i.min, i.max), (Some(40.0), None));
        let ms = extract("scores of 90 or greater than 80", None);
        assert_eq!(ms.len(), 2, "{ms:#?}");
        let (_, i, _, _) = iv("3 through 7");
        assert_eq!((i.min, i.max), (Some(3.0), Some(7.0)));
    }

    #[test]
    fn counts_carry_their_noun() {
        let ms = extract(
            "They signed four agreements and three official visits.",
            None,
        );
        let nouns: Vec<_> = ms.iter().map(|m| (m.kind, m.noun.clone())).collect();
        assert_eq!(
            nouns,
            [
                (Kind::Count, Some("agreements".into())),
                (Kind::Count, Some("visits".into()))
            ]
        );
    }

    #[test]
    fn one_as_a_pronoun_is_no_number() {
        assert!(extract("it was one of his rare trips", None).is_empty());
        assert!(extract("the one who came", None).is_empty());
        assert_eq!(extract("only one visit", None)[0].kind, Kind::Count);
    }

    #[test]
    fn ranks_in_ranges() {
        let (k, i, _, _) = iv("he ranks between the tenth and the fifteenth.");
        assert_eq!((k, i.min, i.max), (Kind::Number, Some(10.0), Some(15.0)));
        let (_, i, _, _) = iv("higher than the second but lower than the ninth");
        assert_eq!((i.min, i.max), (Some(2.0), Some(9.0)));
        let ms = extract("between the tenth and fifteenth centuries", None);
        assert!(ms.iter().all(|m| m.kind == Kind::Ordinal), "{ms:#?}");
    }

    /// (value, noun) of the single mention of `text`, asserting a number.
    fn age_of(text: &str) -> (f64, Option<String>) {
        let ms = extract(text, None);
        let m = ms
            .iter()
            .find(|m| m.kind == Kind::Number)
            .unwrap_or_else(|| panic!("{text:?}: {ms:#?}"));
        let v = m.value.interval().and_then(|i| i.min).unwrap_or(f64::NAN);
        (v, m.noun.clone())
    }

    #[test]
    fn ages_are_numbers_with_the_noun_age() {
        let age = Some(AGE_NOUN.to_string());
        for (text, v) in [
            ("The driver, 47, was arrested.", 47.0),
            ("A 31-year-old woman was hurt.", 31.0),
            ("the 22-year-old driver", 22.0),
            ("He is 47 years old.", 47.0),
            ("a man aged 47 died", 47.0),
            ("at the age of 47 he left", 47.0),
            ("at age 47", 47.0),
            ("John Smith, 52, said", 52.0),
        ] {
            assert_eq!(age_of(text), (v, age.clone()), "{text:?}");
        }
        let (k, i, q, _) = iv("children aged 5 to 12");
        assert_eq!(
            (k, i.min, i.max, q),
            (Kind::Number, Some(5.0), Some(12.0), Qualifier::Range)
        );
        assert_eq!(extract("the 18- to 25-year-olds", None)[0].noun, age);
        let ms = extract("aged over 60", None);
        assert_eq!(
            (ms[0].qualifier, ms[0].noun.clone()),
            (Qualifier::AtLeast, age)
        );
    }

    #[test]
    fn numbers_that_are_no_ages() {
        // A count stays a count, a year a year, a number in a list a number.
        assert_eq!(extract("47 workers came", None)[0].kind, Kind::Count);
        assert_eq!(extract("1,500 people fled", None)[0].kind, Kind::Count);
        assert_eq!(extract("in 2016", None)[0].kind, Kind::Year);
        for text in [
            "In May, 47, 48 and 49 were seen",
            "The man, 150, was old",
            "a 6-month-old baby",
            "the driver, 47 km away",
            "In Gaza, 47, including 12 children, were killed",
            "Overall, 47, were hurt",
        ] {
            assert!(
                extract(text, None)
                    .iter()
                    .all(|m| m.noun.as_deref() != Some(AGE_NOUN)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_second_before_a_noun_is_an_ordinal() {
        for text in [
            "A second earthquake hit.",
            "for a second time",
            "a third quake",
        ] {
            let (k, i, _, _) = iv(text);
            assert_eq!(k, Kind::Ordinal, "{text:?}");
            assert!(i.min == Some(2.0) || i.min == Some(3.0), "{text:?}");
        }
        // A second of time stays a duration; "the first time" stays no claim.
        for text in [
            "For a second, he paused.",
            "it took a second",
            "a second and a half",
        ] {
            let (k, _, _, _) = iv(text);
            assert_eq!(k, Kind::Duration, "{text:?}");
        }
        assert!(extract("the first time", None).is_empty());
    }

    #[test]
    fn ordinals_and_multipliers() {
        let (k, i, _, _) = iv("the 25th Knesset");
        assert_eq!((k, i.min), (Kind::Ordinal, Some(25.0)));
        let (k, i, _, _) = iv("it grew threefold");
        assert_eq!((k, i.min), (Kind::Number, Some(3.0)));
        assert!(extract("the first-ever visit", None)
            .iter()
            .all(|m| m.kind != Kind::Count));
    }
}
