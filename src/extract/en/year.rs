//! Years and parts of years: "1997" (only in a year's place: "1,500" and
//! "2000 soldiers" are not years), "the 1990s", "the early 2010s", "early
//! 2016", "late December 2016", "from 2009 to 2012", "2009-2012".

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};

use super::date::{comma, month_at, year_at};
use super::measure::count_noun;
use super::tokens::Ctx;
use super::{mention, Found};
use crate::extract::lang::en as t;
use crate::extract::Kind;
use crate::value::{last_day_of_month, DateParts, DateValue, Qualifier, Value};

/// Sub-range of days `[first, last]` by fractions of it.
/// A year splits by months ("early 2016" is January to April), a month by
/// tens of days ("late December" is the 21st to the end).
fn part_of(a: NaiveDate, b: NaiveDate, lo: f64, hi: f64) -> (NaiveDate, NaiveDate) {
    let whole_year = a.month() == 1 && b.month() == 12 && a.year() == b.year();
    if whole_year {
        let m1 = (12.0 * lo).round() as u32 + 1;
        let m2 = ((12.0 * hi).round() as u32).max(m1);
        let first = NaiveDate::from_ymd_opt(a.year(), m1, 1).unwrap_or(a);
        let last = last_day_of_month(a.year(), m2).unwrap_or(b);
        return (first, last);
    }
    let d1 = (30.0 * lo).round() as u32 + 1;
    let d2 = if hi >= 1.0 {
        b.day()
    } else {
        (30.0 * hi).round() as u32
    };
    let first = a.with_day(d1).unwrap_or(a);
    let last = a.with_day(d2.max(d1)).unwrap_or(b);
    (first, last)
}

/// "early", "the end of" at `i`: (end, first, last fraction of the period).
fn period_word(cx: &Ctx, i: usize) -> Option<(usize, f64, f64)> {
    cx.longest(i, &PARTS).map(|(e, (a, b))| (e, a, b))
}

/// `PERIOD_PARTS` in the shape `Ctx::longest` reads, built once.
static PARTS: LazyLock<Vec<(&'static str, (f64, f64))>> = LazyLock::new(|| {
    t::PERIOD_PARTS
        .iter()
        .map(|&(w, a, b)| (w, (a, b)))
        .collect()
});

/// "the 1990s", "the early 2010s", "1960s".
pub fn decade(cx: &Ctx, i: usize) -> Option<Found> {
    let (part, s) = match period_word(cx, i) {
        Some((e, lo, hi)) => (Some((lo, hi)), e),
        None => (None, if cx.is(i, "the") { i + 1 } else { i }),
    };
    let s = if part.is_some() && cx.is(s, "the") {
        s + 1
    } else {
        s
    };
    let the = part.is_some() || s > i;
    let (y, end) = decade_at(cx, s, the)?;
    let (from, to) = match part {
        Some((lo, hi)) => {
            let a = y + (10.0 * lo).round() as i32;
            let b = y + ((10.0 * hi).round() as i32 - 1).max(0);
            (a, b.max(a))
        }
        None => (y, y + 9),
    };
    let v = DateValue::years(from, to)?;
    Some(mention(
        cx,
        i,
        end,
        Kind::Year,
        Value::Date(v),
        Qualifier::Range,
        None,
        None,
    ))
}

/// The first year of a decade at `s`: "1990s", "1980's", "'80s" and, after
/// "the", "80s" and "the eighties". Returns (first year, end).
fn decade_at(cx: &Ctx, s: usize, the: bool) -> Option<(i32, usize)> {
    // "the nineteen seventies", "the twenty-tens", "the two thousand and tens".
    if let Some((e, century)) = cx.longest(s, t::DECADE_CENTURIES) {
        let e = if cx.is(e, "-") && cx.glued(e) {
            e + 1
        } else {
            e
        };
        let tens = if cx.is(e, "tens") {
            Some(10)
        } else {
            t::DECADE_WORDS
                .iter()
                .find(|(w, _)| *w == cx.low(e))
                .map(|&(_, y)| y % 100)
        };
        if let Some(tens) = tens {
            return the.then_some((century + tens, e + 1));
        }
    }
    if let Some(&(_, y)) = t::DECADE_WORDS.iter().find(|(w, _)| *w == cx.low(s)) {
        return the.then_some((y, s + 1));
    }
    let apostrophe = cx.is(s, "'") && cx.glued(s + 1);
    let d = if apostrophe { s + 1 } else { s };
    if !cx.is_digits(d) {
        return None;
    }
    let raw = cx.raw(d);
    let n: i32 = raw.parse().ok()?;
    let y = match raw.len() {
        4 if (1000..=2100).contains(&n) => n,
        // "the 80s", "'90s": the century is the last one, except for the 2000s and 2010s.
        2 if the || apostrophe => {
            if n <= 10 {
                2000 + n
            } else {
                1900 + n
            }
        }
        _ => return None,
    };
    if y % 10 != 0 {
        return None;
    }
    // "1990s", "1980's"
    let mut e = d + 1;
    if cx.is(e, "'") && cx.glued(e) {
        e += 1;
    }
    (cx.is(e, "s") && cx.glued(e)).then_some((y, e + 1))
}

/// "early 2016", "late December 2016", "the end of 2016".
pub fn period_part(cx: &Ctx, i: usize) -> Option<Found> {
    let (s, lo, hi) = period_word(cx, i)?;
    let s = if cx.is(s, "-") && cx.glued(s) {
        s + 1
    } else {
        s
    };
    let (parts, end, kind) = if let Some((m, me)) = month_at(cx, s) {
        let (y, ye) = year_at(cx, comma(cx, me), false)?;
        (
            DateParts {
                year: Some(y),
                month: Some(m),
                ..DateParts::default()
            },
            ye,
            Kind::Date,
        )
    } else {
        let (y, ye) = year_at(cx, s, false)?;
        (
            DateParts {
                year: Some(y),
                ..DateParts::default()
            },
            ye,
            Kind::Year,
        )
    };
    let (a, b) = parts.days()?;
    let days = part_of(a, b, lo, hi);
    let v = DateValue {
        parts,
        days: Some(days),
        relative: None,
    };
    Some(mention(
        cx,
        i,
        end,
        kind,
        Value::Date(v),
        Qualifier::Approx,
        None,
        None,
    ))
}

/// A quarter or half of a stated year: "the third quarter of 2016", "Q3
/// 2016", "the first half of 2016", "H1 2016", "2016's second half" is not
/// read. Without a year nothing is claimed (which year's quarter?).
pub fn year_section(cx: &Ctx, i: usize) -> Option<Found> {
    let s = if cx.is(i, "the") { i + 1 } else { i };
    // "Q3 2016", "H1 2016": one glued letter-digit token pair.
    let coded = cx.is_word(s) && cx.glued(s + 1) && cx.is_digits(s + 1) && !cx.glued(s + 2);
    let (n, size, e) = if coded && (cx.raw(s) == "Q" || cx.raw(s) == "H") {
        let n: u32 = cx.raw(s + 1).parse().ok()?;
        let size = if cx.raw(s) == "Q" { 3 } else { 6 };
        (n, size, s + 2)
    } else {
        let (n, ne) = super::ordinal::ordinal_word(cx, s)
            .or_else(|| super::ordinal::ordinal_digits(cx, s))?;
        let ne = if cx.is(ne, "-") && cx.glued(ne) {
            ne + 1
        } else {
            ne
        };
        let size = match cx.low(ne) {
            "quarter" => 3,
            "half" => 6,
            _ => return None,
        };
        (u32::try_from(n).ok()?, size, ne + 1)
    };
    if n == 0 || n * size > 12 {
        return None;
    }
    let k = if cx.is(e, t::OF) || cx.is(e, t::IN) {
        e + 1
    } else {
        e
    };
    // A stated year, or "this/next/last year" with a reference date.
    let relative = cx
        .longest(k, t::RELATIVE_SHIFTS)
        .filter(|&(e2, _)| cx.is(e2, "year"));
    let (y, ye) = match (year_at(cx, k, false), relative) {
        (Some(x), _) => x,
        (None, Some((e2, off))) => match cx.reference {
            Some(r) => (r.year() + off, e2 + 1),
            // "the first half of next year" with no date to count from: no
            // claim (and no "half" as 50 percent).
            None => {
                return Some(Found {
                    end: e2 + 1,
                    mention: None,
                })
            }
        },
        (None, None) => return None,
    };
    let first = NaiveDate::from_ymd_opt(y, (n - 1) * size + 1, 1)?;
    let last = last_day_of_month(y, n * size)?;
    let v = DateValue::part_of_year(y, first, last);
    Some(mention(
        cx,
        i,
        ye,
        Kind::Date,
        Value::Date(v),
        Qualifier::Range,
        None,
        None,
    ))
}

/// "from 2009 to 2012", "2009-2012", "between 2009 and 2012".
pub fn year_range(cx: &Ctx, i: usize) -> Option<Found> {
    let opened = t::RANGE_OPEN.contains(&cx.low(i));
    let s = if opened { i + 1 } else { i };
    let (y1, e1) = year_at(cx, s, false)?;
    let joined = t::RANGE_TO.contains(&cx.low(e1)) || (opened && cx.is(e1, t::AND));
    if !joined {
        return None;
    }
    let (y2, e2) = year_at(cx, e1 + 1, false)?;
    if y2 <= y1 || y2 - y1 > 200 || count_noun(cx, e2).is_some() {
        return None;
    }
    let v = DateValue::years(y1, y2)?;
    Some(mention(
        cx,
        i,
        e2,
        Kind::Year,
        Value::Date(v),
        Qualifier::Range,
        None,
        None,
    ))
}

/// A year: "in 1997", "1997", "In one thousand seven hundred and eighty nine".
pub fn year(cx: &Ctx, i: usize) -> Option<Found> {
    let prev = if i > 0 { cx.low(i - 1) } else { "" };
    let words_ok = t::YEAR_CONTEXT.contains(&prev) && !cx.is_digits(i);
    let (y, e) = year_at(cx, i, words_ok)?;
    if t::NOT_YEAR_BEFORE.contains(&prev)
        || (i > 0
            && super::number::is_sym(cx, i - 1)
            && !cx.is(i - 1, "(")
            && !cx.is(i - 1, ",")
            && cx.glued(i))
    {
        return None;
    }
    // "2000 soldiers" is a count; "2000 km" a quantity; "2016 percent" a percent.
    let noun = count_noun(cx, e);
    let yearly = noun
        .as_ref()
        .is_some_and(|(n, _)| t::YEARLY_PLURALS.contains(&n.as_str()));
    if noun.is_some() && !yearly && !t::YEAR_PREPOSITIONS.contains(&prev) {
        return None;
    }
    // A singular word after it is what the year qualifies ("the 2016 election").
    if super::quantity::unit(cx, e, false).is_some()
        || super::money::suffix(cx, e).is_some()
        || super::percent::suffix(cx, e).is_some()
    {
        return None;
    }
    let v = DateValue::from_parts(DateParts {
        year: Some(y),
        ..DateParts::default()
    });
    Some(mention(
        cx,
        i,
        e,
        Kind::Year,
        Value::Date(v),
        Qualifier::Exact,
        None,
        None,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::super::test_util::{d, days};
    use super::*;
    use crate::extract::Kind;

    #[test]
    fn quarters_and_halves_of_a_year() {
        assert_eq!(
            days("in the third quarter of 2016"),
            ("2016-07-01".into(), "2016-09-30".into())
        );
        assert_eq!(
            days("profit in Q4 2015 rose"),
            ("2015-10-01".into(), "2015-12-31".into())
        );
        assert_eq!(
            days("the first half of 2016"),
            ("2016-01-01".into(), "2016-06-30".into())
        );
        assert_eq!(days("H2 2019").0, "2019-07-01");
        assert!(extract("in the first half of next year", None).is_empty());
        let r = NaiveDate::from_ymd_opt(2016, 11, 7);
        let ms = extract("in the second half of this year", r);
        let Value::Date(v) = &ms[0].value else {
            panic!()
        };
        assert_eq!(v.days.unwrap().0.to_string(), "2016-07-01");
        assert_eq!(days("second-quarter 2014 sales").1, "2014-06-30");
    }

    #[test]
    fn decades_in_other_spellings() {
        assert_eq!(
            days("in the 80s"),
            ("1980-01-01".into(), "1989-12-31".into())
        );
        assert_eq!(days("the 1960's").0, "1960-01-01");
        assert_eq!(days("in the seventies").0, "1970-01-01");
        assert_eq!(days("back in the nineties").1, "1999-12-31");
        assert_eq!(days("in the nineteen sixties").0, "1960-01-01");
        assert_eq!(days("during the twenty-tens").1, "2019-12-31");
        assert_eq!(days("in the two thousand and tens").0, "2010-01-01");
    }

    #[test]
    fn years_before_nouns() {
        assert_eq!(d("the 2016 election").0, Kind::Year);
        assert_eq!(extract("2000 soldiers", None)[0].kind, Kind::Count);
        assert_eq!(extract("1200 km", None)[0].kind, Kind::Quantity);
    }

    #[test]
    fn years_and_decades() {
        assert_eq!(d("visited in 1997").0, Kind::Year);
        assert_eq!(
            days("in the 1990s"),
            ("1990-01-01".into(), "1999-12-31".into())
        );
        assert_eq!(
            days("in the early 2010s"),
            ("2010-01-01".into(), "2012-12-31".into())
        );
        assert_eq!(
            days("from 2009 to 2012"),
            ("2009-01-01".into(), "2012-12-31".into())
        );
        assert_eq!(
            days("in 2009-2012"),
            ("2009-01-01".into(), "2012-12-31".into())
        );
        assert_eq!(days("early 2016").0, "2016-01-01");
        let ms = extract("1,500 and 2000 soldiers", None);
        assert!(ms.iter().all(|m| m.kind != Kind::Year), "{ms:#?}");
    }
}
