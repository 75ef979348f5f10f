//! Dates relative to the document's date: "today", "the day before
//! yesterday", "last week", "next month", "later this year", "two weeks ago",
//! "in three days", "3 years from today", "last Sunday", "Friday next week".
//!
//! With a reference date they resolve to concrete days ("two weeks ago" is the
//! day 14 days before; "next month" the whole next calendar month; "last
//! year" the whole previous year). Without one they stay unresolved as
//! [`DateValue::relative`]: whole periods as (unit, ±1), and "N units ago"
//! as a day offset for days and weeks, or a month/year offset.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

use super::date::{month_named, weekday_at};
use super::number::number;
use super::tokens::Ctx;
use super::{mention, Found};
use crate::extract::lang::en as t;
use crate::extract::Kind;
use crate::value::{CalendarUnit, DateParts, DateValue, Qualifier, Value};

/// A calendar unit word at `k` ("week", "months"): (unit, end).
fn unit_at(cx: &Ctx, k: usize) -> Option<(CalendarUnit, usize)> {
    let u = match cx.low(k) {
        "day" | "days" => CalendarUnit::Day,
        "week" | "weeks" => CalendarUnit::Week,
        "month" | "months" => CalendarUnit::Month,
        "year" | "years" => CalendarUnit::Year,
        _ => return None,
    };
    Some((u, k + 1))
}

/// Shifts a day by `n` units ("two weeks ago" = -2 weeks).
fn shift(d: NaiveDate, unit: CalendarUnit, n: i32) -> Option<NaiveDate> {
    let months = |m: i32| {
        if m >= 0 {
            d.checked_add_months(Months::new(m as u32))
        } else {
            d.checked_sub_months(Months::new((-m) as u32))
        }
    };
    match unit {
        CalendarUnit::Day => d.checked_add_signed(Duration::days(i64::from(n))),
        CalendarUnit::Week => d.checked_add_signed(Duration::days(7 * i64::from(n))),
        CalendarUnit::Month => months(n),
        CalendarUnit::Year => months(12 * n),
    }
}

/// The whole period `offset` units from the one holding `r` (weeks start on Monday).
fn period(r: NaiveDate, unit: CalendarUnit, offset: i32) -> Option<(NaiveDate, NaiveDate)> {
    match unit {
        CalendarUnit::Day => {
            let d = shift(r, unit, offset)?;
            Some((d, d))
        }
        CalendarUnit::Week => {
            let monday = r - Duration::days(i64::from(r.weekday().num_days_from_monday()));
            let a = shift(monday, unit, offset)?;
            Some((a, a + Duration::days(6)))
        }
        CalendarUnit::Month => {
            let first = NaiveDate::from_ymd_opt(r.year(), r.month(), 1)?;
            let a = shift(first, unit, offset)?;
            Some((a, crate::value::last_day_of_month(a.year(), a.month())?))
        }
        CalendarUnit::Year => {
            let y = r.year() + offset;
            Some((
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
            ))
        }
    }
}

fn days_value(parts: DateParts, a: NaiveDate, b: NaiveDate) -> Value {
    Value::Date(DateValue {
        parts,
        days: Some((a, b)),
        relative: None,
    })
}

fn parts_of(a: NaiveDate, b: NaiveDate, unit: CalendarUnit) -> DateParts {
    match unit {
        CalendarUnit::Year => DateParts {
            year: Some(a.year()),
            ..DateParts::default()
        },
        CalendarUnit::Month => DateParts {
            year: Some(a.year()),
            month: Some(a.month()),
            ..DateParts::default()
        },
        _ if a == b => DateParts {
            year: Some(a.year()),
            month: Some(a.month()),
            day: Some(a.day()),
            weekday: None,
        },
        _ => DateParts::default(),
    }
}

/// A whole period (or a day) `offset` units from now: resolved or relative.
fn period_mention(
    cx: &Ctx,
    s: usize,
    e: usize,
    unit: CalendarUnit,
    offset: i32,
    q: Qualifier,
    hedge: Option<String>,
) -> Option<Found> {
    let kind = if unit == CalendarUnit::Year {
        Kind::Year
    } else {
        Kind::Date
    };
    let v = match cx.reference {
        Some(r) => {
            let (a, b) = period(r, unit, offset)?;
            days_value(parts_of(a, b, unit), a, b)
        }
        None => Value::Date(DateValue::relative(unit, offset)),
    };
    Some(mention(cx, s, e, kind, v, q, None, hedge))
}

/// A relative date starting at `i`.
pub fn relative(cx: &Ctx, i: usize) -> Option<Found> {
    if cx.is_blocked(i) {
        return None;
    }
    if let Some((e, d)) = cx.longest(i, t::RELATIVE_DAYS) {
        // "today's" is still today; "tomorrow" as a noun ("a better tomorrow") is rare.
        return period_mention(cx, i, e, CalendarUnit::Day, d, Qualifier::Exact, None);
    }
    month_of_year(cx, i)
        .or_else(|| rest_of(cx, i))
        .or_else(|| shifted(cx, i))
        .or_else(|| ago(cx, i))
}

/// "June next year", "March last year": a month of a year relative to now.
fn month_of_year(cx: &Ctx, i: usize) -> Option<Found> {
    let (m, me) = month_named(cx, i)?;
    if !cx.capitalized(i) && cx.low(i).len() <= 3 {
        return None;
    }
    let (e, off) = cx.longest(me, t::RELATIVE_SHIFTS)?;
    if !cx.is(e, "year") {
        return None;
    }
    let parts = match cx.reference {
        Some(r) => DateParts {
            year: Some(r.year() + off),
            month: Some(m),
            ..DateParts::default()
        },
        None => return None,
    };
    let v = Value::Date(DateValue::from_parts(parts));
    Some(mention(
        cx,
        i,
        e + 1,
        Kind::Date,
        v,
        Qualifier::Exact,
        None,
        None,
    ))
}

/// "the rest of the month", "rest of this year": from the reference day to
/// the end of its period.
fn rest_of(cx: &Ctx, i: usize) -> Option<Found> {
    let s = if cx.is(i, "the") { i + 1 } else { i };
    if !cx.is(s, t::REST) || !cx.is(s + 1, t::OF) {
        return None; // "may rest this week" is a verb
    }
    let k = s + 2;
    let k = if t::REST_DETERMINERS.contains(&cx.low(k)) {
        k + 1
    } else {
        k
    };
    let (unit, e) = unit_at(cx, k)?;
    if unit == CalendarUnit::Day || cx.low(k).ends_with('s') {
        return None;
    }
    let r = cx.reference?;
    let (_, end) = period(r, unit, 0)?;
    let v = days_value(DateParts::default(), r, end);
    Some(mention(
        cx,
        i,
        e,
        Kind::Date,
        v,
        Qualifier::Range,
        None,
        None,
    ))
}

/// "last week", "next month", "this year", "later this year", "early next
/// month", "last Sunday", "next June".
fn shifted(cx: &Ctx, i: usize) -> Option<Found> {
    let hedged = t::RELATIVE_PART_HEDGES.contains(&cx.low(i));
    let s = if hedged { i + 1 } else { i };
    let (e, off) = cx.longest(s, t::RELATIVE_SHIFTS)?;
    if let Some((unit, ue)) = unit_at(cx, e) {
        if cx.low(e).ends_with('s') || unit == CalendarUnit::Day {
            return None;
        }
        // "next week on Friday", "this week Friday"
        if unit == CalendarUnit::Week && !hedged {
            let w = if cx.is(ue, "on") { ue + 1 } else { ue };
            if let Some((wd, we, _)) = weekday_at(cx, w) {
                return week_day(cx, i, we, wd, off);
            }
        }
        let q = if hedged {
            Qualifier::Approx
        } else {
            Qualifier::Exact
        };
        let hedge = hedged.then(|| cx.raw(i).to_string());
        return period_mention(cx, i, ue, unit, off, q, hedge);
    }
    if hedged {
        return None;
    }
    if let Some((wd, we, _)) = weekday_at(cx, e) {
        // "the last Sunday of March 2014" is a weekday of that month.
        if (cx.is(we, t::OF) || cx.is(we, t::IN)) && month_named(cx, we + 1).is_some() {
            return None;
        }
        // "last Sunday" is the latest Sunday before the reference; "next
        // Tuesday" is never a date (this week's or the next?).
        if let (Some(r), -1) = (cx.reference, off) {
            let mut d = r - Duration::days(1);
            while d.weekday() != wd {
                d -= Duration::days(1);
            }
            let parts = DateParts {
                year: Some(d.year()),
                month: Some(d.month()),
                day: Some(d.day()),
                weekday: Some(wd),
            };
            return Some(mention(
                cx,
                i,
                we,
                Kind::Date,
                days_value(parts, d, d),
                Qualifier::Exact,
                None,
                None,
            ));
        }
        let parts = DateParts {
            weekday: Some(wd),
            ..DateParts::default()
        };
        let v = Value::Date(DateValue::from_parts(parts));
        return Some(mention(
            cx,
            i,
            we,
            Kind::Weekday,
            v,
            Qualifier::Exact,
            None,
            None,
        ));
    }
    if let Some((m, me)) = month_named(cx, e) {
        if !cx.capitalized(e) && cx.low(e).len() <= 3 {
            return None;
        }
        let v = match cx.reference {
            Some(r) => {
                // "next June" is the next June after this month (in February,
                // "next March" is next month); "last September" is of the
                // previous year (the Recognizers-Text convention).
                let y = if off > 0 && m > r.month() {
                    r.year()
                } else {
                    r.year() + off
                };
                let parts = DateParts {
                    year: Some(y),
                    month: Some(m),
                    ..DateParts::default()
                };
                Value::Date(DateValue::from_parts(parts))
            }
            None => Value::Date(DateValue::from_parts(DateParts {
                month: Some(m),
                ..DateParts::default()
            })),
        };
        return Some(mention(
            cx,
            i,
            me,
            Kind::Date,
            v,
            Qualifier::Exact,
            None,
            None,
        ));
    }
    None
}

/// "two weeks ago", "2 years 1 month 21 days ago", "in three days", "3 years from today".
fn ago(cx: &Ctx, i: usize) -> Option<Found> {
    let future_in = cx.is(i, t::IN) && !(i > 0 && t::IN_NOT_FUTURE_AFTER.contains(&cx.low(i - 1)));
    if cx.is(i, t::IN) && !future_in {
        return None;
    }
    let s = if future_in { i + 1 } else { i };
    let mut parts: Vec<(i32, CalendarUnit)> = Vec::new();
    let mut k = s;
    loop {
        let (n, ne) = if t::ARTICLES.contains(&cx.low(k)) {
            (1.0, k + 1)
        } else {
            match number(cx, k) {
                Some(n) => (n.value, n.end),
                None => break,
            }
        };
        if n.fract() != 0.0 || n < 0.0 {
            return None;
        }
        // "a fortnight ago" is two weeks.
        let (n, unit, ue) = match unit_at(cx, ne) {
            Some((unit, ue)) => (n, unit, ue),
            None if t::FORTNIGHT.contains(&cx.low(ne)) => (2.0 * n, CalendarUnit::Week, ne + 1),
            None => break,
        };
        parts.push((n as i32, unit));
        k = ue;
        if (cx.is(k, t::AND) || cx.is(k, ",")) && number(cx, k + 1).is_some() {
            k += 1;
        }
    }
    if parts.is_empty() {
        return None;
    }
    let sign = if future_in {
        1
    } else if let Some(e) = cx.longest_of(k, t::AGO) {
        k = e;
        -1
    } else if let Some(e) = cx.longest_of(k, t::FROM_NOW) {
        k = e;
        1
    } else {
        return None;
    };
    let v = match cx.reference {
        Some(r) => {
            let mut d = r;
            for &(n, u) in &parts {
                d = shift(d, u, sign * n)?;
            }
            let p = DateParts {
                year: Some(d.year()),
                month: Some(d.month()),
                day: Some(d.day()),
                weekday: None,
            };
            days_value(p, d, d)
        }
        None => {
            let (n, u) = parts[0];
            let v = match u {
                CalendarUnit::Week => DateValue::relative(CalendarUnit::Day, sign * 7 * n),
                _ => DateValue::relative(u, sign * n),
            };
            Value::Date(v)
        }
    };
    Some(mention(
        cx,
        i,
        k,
        Kind::Date,
        v,
        Qualifier::Exact,
        None,
        None,
    ))
}

/// "Friday next week": a weekday in a week relative to now.
pub fn weekday_of_week(cx: &Ctx, i: usize, wd: Weekday, e: usize) -> Option<Found> {
    let (se, off) = cx.longest(e, t::RELATIVE_SHIFTS)?;
    let (unit, ue) = unit_at(cx, se)?;
    if unit != CalendarUnit::Week {
        return None;
    }
    week_day(cx, i, ue, wd, off)
}

/// Weekday `wd` of the week `off` weeks from now, over tokens `i..ue`.
fn week_day(cx: &Ctx, i: usize, ue: usize, wd: Weekday, off: i32) -> Option<Found> {
    let unit = CalendarUnit::Week;
    let v = match cx.reference {
        Some(r) => {
            let (monday, _) = period(r, unit, off)?;
            let d = monday + Duration::days(i64::from(wd.num_days_from_monday()));
            let parts = DateParts {
                year: Some(d.year()),
                month: Some(d.month()),
                day: Some(d.day()),
                weekday: Some(wd),
            };
            days_value(parts, d, d)
        }
        None => {
            let mut v = DateValue::relative(unit, off);
            v.parts.weekday = Some(wd);
            Value::Date(v)
        }
    };
    Some(mention(
        cx,
        i,
        ue,
        Kind::Date,
        v,
        Qualifier::Exact,
        None,
        None,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::*;

    fn r() -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2016, 11, 7) // a Monday
    }

    fn days(text: &str) -> (Kind, String, String) {
        let ms = extract(text, r());
        assert_eq!(ms.len(), 1, "{text:?}: {ms:#?}");
        let Value::Date(v) = &ms[0].value else {
            panic!()
        };
        let (a, b) = v.days.expect(text);
        (ms[0].kind, a.to_string(), b.to_string())
    }

    #[test]
    fn resolved_with_reference() {
        assert_eq!(days("yesterday").1, "2016-11-06");
        assert_eq!(days("the day before yesterday").1, "2016-11-05");
        assert_eq!(
            days("two weeks ago"),
            (Kind::Date, "2016-10-24".into(), "2016-10-24".into())
        );
        assert_eq!(
            days("next month"),
            (Kind::Date, "2016-12-01".into(), "2016-12-31".into())
        );
        assert_eq!(
            days("last year"),
            (Kind::Year, "2015-01-01".into(), "2015-12-31".into())
        );
        assert_eq!(days("in three days").1, "2016-11-10");
        assert_eq!(
            days("last week"),
            (Kind::Date, "2016-10-31".into(), "2016-11-06".into())
        );
        assert_eq!(days("last Sunday").1, "2016-11-06");
        assert_eq!(days("on Friday next week").1, "2016-11-18");
        assert_eq!(days("next June").1, "2017-06-01");
        assert_eq!(days("next December").1, "2016-12-01");
        assert_eq!(days("next November").1, "2017-11-01");
        assert_eq!(days("last sept").1, "2015-09-01");
        assert_eq!(days("this September").1, "2016-09-01");
        assert_eq!(days("later this year").1, "2016-01-01");
        assert_eq!(days("July next year").1, "2017-07-01");
        assert_eq!(days("a fortnight ago").1, "2016-10-24");
        assert_eq!(days("two fortnights hence").1, "2016-12-05");
        assert_eq!(
            days("for the rest of the year"),
            (Kind::Date, "2016-11-07".into(), "2016-12-31".into())
        );
        assert_eq!(days("rest of this month").2, "2016-11-30");
        assert_eq!(days("the upcoming month").1, "2016-12-01");
    }

    #[test]
    fn unresolved_without_reference() {
        let ms = extract("two weeks ago and next month", None);
        let rel: Vec<_> = ms
            .iter()
            .map(|m| match &m.value {
                Value::Date(v) => v.relative.map(|r| (r.unit, r.offset)),
                _ => None,
            })
            .collect();
        assert_eq!(
            rel,
            [
                Some((CalendarUnit::Day, -14)),
                Some((CalendarUnit::Month, 1))
            ]
        );
    }

    #[test]
    fn next_weekday_is_never_a_date() {
        let ms = extract("next Tuesday", r());
        assert_eq!(ms[0].kind, Kind::Weekday);
    }
}
