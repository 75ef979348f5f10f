//! Durations ("six hours", "3h", "a 7-hour stay", "2 years and 3 months",
//! "an hour and a half", "half an hour") and times of day, which are consumed
//! without a claim ("at 5:30", "10 pm").
//!
//! Seconds per unit follow the dev-set convention: month 30 days, year 365.

use super::measure::{Measure, Tag};
use super::number::number;
use super::tokens::Ctx;
use super::Found;
use crate::extract::lang::en as t;

fn secs_of(w: &str) -> Option<f64> {
    t::TIME_UNITS.iter().find(|(u, _)| *u == w).map(|&(_, s)| s)
}

/// A time unit at `k`: (seconds per unit, end). One-letter forms ("h", "s")
/// only right after a number (`glued`), or "h" alone before a non-word.
pub fn unit(cx: &Ctx, k: usize, glued: bool) -> Option<(f64, usize)> {
    if cx.is_blocked(k) || !cx.is_word(k) {
        return None;
    }
    let w = cx.low(k);
    let secs = secs_of(w)?;
    if w.len() == 1 {
        // "1.5s" is seconds, but "80s" is more often a decade or an age.
        let decimal = k >= 2 && cx.is(k - 2, ".");
        if w == "s" && !decimal {
            return None;
        }
        let ok = glued || (w == "h" && !cx.is_word(k + 1));
        if !ok {
            return None;
        }
        // "3s" glued to a year-like number is a decade, handled as a date.
    }
    // "two years old" is an age, "a day" after an amount is a rate.
    if t::OLD.contains(&cx.low(k + 1)) {
        return None;
    }
    Some((secs, k + 1))
}

/// "years old" at `k` (after a number): the end of "old", for an age.
pub fn years_old(cx: &Ctx, k: usize) -> Option<usize> {
    let year = cx.is_word(k) && !cx.is_blocked(k) && secs_of(cx.low(k)) == Some(t::YEAR_SECONDS);
    (year && t::OLD.contains(&cx.low(k + 1))).then_some(k + 2)
}

/// Adds further parts to a duration: "2 years and 3 months", "one week three
/// days", "an hour and a half", "one hour and half". Returns a measure in seconds.
pub fn compound(cx: &Ctx, m: Measure) -> Measure {
    let Tag::Time(first) = m.tag else {
        return m;
    };
    let mut total = m.value * first;
    let mut last = first;
    let mut used = vec![first.to_bits()];
    let mut end = m.end;
    loop {
        let mut k = end;
        let and = cx.is(k, t::AND) || cx.is(k, ",");
        if and {
            k += 1;
            // The serial comma: "3 years, 2 months, and 16 hours".
            if cx.is(k - 1, ",") && cx.is(k, t::AND) {
                k += 1;
            }
        }
        // "and a half", "and half"
        if and {
            let h = if t::ARTICLES.contains(&cx.low(k)) {
                k + 1
            } else {
                k
            };
            if cx.is(h, t::HALF) && !cx.is_word(h + 1) || (cx.is(h, t::HALF) && cx.is(h + 1, t::OF))
            {
                if cx.is(h, t::HALF) && !cx.is(h + 1, t::OF) {
                    total += 0.5 * last;
                    end = h + 1;
                }
                break;
            }
        }
        let Some(n) = number(cx, k) else { break };
        let Some((secs, e)) = unit(cx, n.end, cx.glued(n.end)) else {
            break;
        };
        // Parts go from large to small ("2 years and 3 months"); without a
        // separator any other unit joins too ("2 days 1 month").
        if secs == last || (secs > last && and) || used.contains(&secs.to_bits()) {
            break;
        }
        total += n.value * secs;
        last = secs;
        used.push(secs.to_bits());
        end = e;
    }
    // One unit keeps it ("3 minutes" is 3 × 60 s), so that the bare first
    // end of a range takes it: "2 to 3 minutes" is 2 to 3 minutes, not 2 s.
    let (value, per) = match used.as_slice() {
        [_] if last > 0.0 => (total / last, last),
        _ => (total, 1.0),
    };
    Measure {
        value,
        tag: Tag::Time(per),
        end,
        scale: 1.0,
        ..m
    }
}

/// Durations without a numeral: "half an hour", "half day", "a whole day",
/// "another week", "an hour and a half" (after a duration word like "for").
pub fn special(cx: &Ctx, i: usize) -> Option<Measure> {
    let make = |value: f64, secs: f64, end: usize| Measure {
        end,
        value,
        tag: Tag::Time(secs),
        scale: 1.0,
        vague: None,
    };
    if cx.is(i, t::HALF) {
        let k = if t::ARTICLES.contains(&cx.low(i + 1)) || cx.is(i + 1, "-") {
            i + 2
        } else {
            i + 1
        };
        let (secs, e) = unit(cx, k, false)?;
        if cx.low(k).ends_with('s') {
            return None;
        }
        return Some(make(0.5, secs, e));
    }
    let k = cx.longest_of(i, t::ONE_OF_UNIT)?;
    if cx.is(i, "one") {
        return None; // a numeral: the number grammar reads it
    }
    let (secs, e) = unit(cx, k, false)?;
    if cx.low(k).ends_with('s') || t::NOT_DURATION_AFTER.contains(&cx.low(e)) {
        return None;
    }
    // "a second earthquake", "a second time": an ordinal before a noun.
    if super::ordinal::ordinal_before_noun(cx, k) {
        return None;
    }
    // "all-day", "full-week" alone are lengths of time; before a noun
    // ("a full-year profit", "an all-day meeting") they describe the noun.
    if cx.is(k - 1, "-") && cx.is_word(e) {
        return None;
    }
    // "a day" is a duration after "for", "spent", ...; elsewhere it may be a
    // rate ("500 barrels a day") or part of a date ("a year ago").
    if t::ARTICLES.contains(&cx.low(i)) {
        let lead =
            i == 0 || t::DURATION_LEAD.contains(&cx.low(i - 1)) || super::number::is_sym(cx, i - 1);
        if !lead {
            return None;
        }
    }
    Some(compound(cx, make(1.0, secs, e)))
}

/// A time of day at `i` ("5:30", "10 pm", "2.17pm", "at 0630", "2340
/// GMT"): consumed, no claim.
pub fn time_of_day(cx: &Ctx, i: usize) -> Option<Found> {
    if let Some(e) = twenty_four_hour(cx, i) {
        return Some(Found {
            end: e,
            mention: None,
        });
    }
    if !cx.is_digits(i) || cx.raw(i).len() > 2 || cx.is_blocked(i) {
        return None;
    }
    let mut e = i + 1;
    let clock = cx.is(e, ":")
        && cx.glued(e)
        && cx.is_digits(e + 1)
        && cx.glued(e + 1)
        && cx.raw(e + 1).len() == 2;
    if clock {
        e += 2;
        if cx.is(e, ":") && cx.glued(e) && cx.is_digits(e + 1) {
            e += 2;
        }
    } else if cx.is(e, ".") && cx.glued(e) && cx.is_digits(e + 1) && cx.raw(e + 1).len() == 2 {
        cx.longest_of(e + 2, t::AM_PM)?;
        e += 2;
    }
    if let Some(a) = cx.longest_of(e, t::AM_PM) {
        e = a;
        if cx.is(e, ".") && cx.glued(e) {
            e += 1;
        }
    } else if let Some(a) = cx.longest_of(e, t::OCLOCK) {
        e = a;
    } else if !clock {
        return None;
    }
    Some(Found {
        end: e,
        mention: None,
    })
}

/// A four-digit 24-hour time at `i` ("0630", "2340"), with its end: before
/// a time zone ("2340 GMT", "1400 local time"), before "hrs"/"hours" when
/// it cannot be a year ("0630 hrs", "at 2340 hours"), or after "at" or with
/// a leading zero when nothing is counted after it ("at 0630", "0630 on
/// Tuesday"). "at 1995" stays a year, "1400 hours of work" a duration.
fn twenty_four_hour(cx: &Ctx, i: usize) -> Option<usize> {
    if !cx.is_digits(i) || cx.raw(i).len() != 4 || cx.is_blocked(i) {
        return None;
    }
    // "0630h", "2340.5", "1630,000": glued letters or digits make no time.
    let glued_on = cx.glued(i + 1)
        && (cx.is_word(i + 1) || cx.is_digits(i + 1) || cx.glued(i + 2) && cx.is_digits(i + 2));
    if glued_on || (i > 0 && cx.glued(i) && !super::number::is_sym(cx, i - 1)) {
        return None;
    }
    let raw = cx.raw(i);
    let (h, m): (u32, u32) = (raw[..2].parse().ok()?, raw[2..].parse().ok()?);
    if h > 23 || m > 59 {
        return None;
    }
    if let Some(e) = cx.longest_of(i + 1, t::TIME_ZONES) {
        return Some(e);
    }
    let v: u32 = raw.parse().ok()?;
    let yearlike = (1000..=2100).contains(&v);
    let at = i > 0 && t::CLOCK_BEFORE.contains(&cx.low(i - 1));
    if yearlike || !(at || raw.starts_with('0')) {
        return None;
    }
    if cx.longest_of(i + 1, t::CLOCK_HOURS).is_some() {
        return Some(i + 2);
    }
    let plain =
        super::measure::measure(cx, i).is_some_and(|m| m.tag == Tag::Plain && m.end == i + 1);
    plain.then_some(i + 1)
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use crate::extract::Kind;
    use crate::value::{Axis, Value};

    fn secs(text: &str) -> f64 {
        let ms = extract(text, None);
        assert_eq!(ms.len(), 1, "{text:?}: {ms:#?}");
        assert_eq!(ms[0].kind, Kind::Duration, "{text:?}");
        match &ms[0].value {
            Value::Scalar {
                axis: Axis::Seconds,
                point: Some(p),
                ..
            } => *p,
            v => panic!("{v:?}"),
        }
    }

    #[test]
    fn words_digits_and_symbols() {
        assert_eq!(secs("he spent six hours there"), 21_600.0);
        assert_eq!(secs("for 3h"), 10_800.0);
        assert_eq!(secs("for 3 h"), 10_800.0);
        assert_eq!(secs("one sec"), 1.0);
        assert_eq!(secs("1.5 hours"), 5400.0);
    }

    #[test]
    fn adjectives_and_compounds() {
        assert_eq!(secs("a 7-hour stay"), 25_200.0);
        assert_eq!(secs("a two-hour meeting"), 7200.0);
        assert_eq!(secs("two days visit"), 172_800.0);
        assert_eq!(
            secs("2 years and 3 months"),
            2.0 * 31_536_000.0 + 3.0 * 2_592_000.0
        );
        assert_eq!(secs("for an hour and a half"), 5400.0);
        assert_eq!(secs("half an hour"), 1800.0);
        assert_eq!(secs("stayed for a day"), 86_400.0);
        assert_eq!(secs("we talked all-week"), 604_800.0);
        assert_eq!(secs("it rained full-day"), 86_400.0);
        assert!(extract("a full-year profit", None).is_empty());
        assert_eq!(secs("one week three days"), 864_000.0);
        assert_eq!(
            secs("it lasted 2 days, 3 hours, and 5 minutes"),
            2.0 * 86_400.0 + 3.0 * 3600.0 + 300.0
        );
    }

    #[test]
    fn ages_are_not_durations() {
        let ms = extract("the 22-year-old driver", None);
        assert_eq!(
            (ms[0].kind, ms[0].value.interval().unwrap().min),
            (Kind::Number, Some(22.0))
        );
    }

    #[test]
    fn times_of_day_are_not_durations() {
        assert!(extract("at 5:30 we left, and by 10 pm and 2.17pm", None).is_empty());
    }

    #[test]
    fn twenty_four_hour_times_are_no_claims() {
        for text in [
            "The driver was arrested at 0630 on Tuesday.",
            "The flight landed at 2340 GMT.",
            "It began at 1400 UTC and ended at 1630 local time.",
            "Troops moved at 0500 hrs.",
            "at 2340 hours",
            "by 0915, the road was shut",
            "at 06:30 and 4:17 am",
        ] {
            let ms = extract(text, None);
            assert!(
                ms.iter().all(|m| m.kind == Kind::Weekday),
                "{text:?}: {ms:#?}"
            );
        }
    }

    #[test]
    fn four_digit_numbers_that_are_no_times() {
        assert_eq!(extract("in 2016", None)[0].kind, Kind::Year);
        assert_eq!(extract("at 1995", None)[0].kind, Kind::Year);
        assert_eq!(extract("at 1200 meters", None)[0].kind, Kind::Quantity);
        assert_eq!(extract("at 0630 people", None)[0].kind, Kind::Count);
        assert_eq!(extract("a total of 2230", None)[0].kind, Kind::Number);
    }

    #[test]
    fn weeks_ago_is_a_date_but_for_weeks_is_a_duration() {
        assert_eq!(extract("two weeks ago", None)[0].kind, Kind::Date);
        assert_eq!(secs("for two weeks"), 1_209_600.0);
    }
}
