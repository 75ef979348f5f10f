//! Ranges of days: "between 4-22 January, 1995", "from 2 to 7 Feb, 2018",
//! "from 4 to 22 this month", "4 till 23 of next month", "between September
//! 4th through September 8th".
//!
//! A range without a stated year takes the year of the reference date (the
//! document's date); without a reference it is not a claim, because a range
//! of days with no year cannot be compared.

use chrono::{Datelike, NaiveDate};

use super::date::{comma, day_at, month_at, named_date, weekday_at, year_at};
use super::tokens::Ctx;
use super::{mention, Found};
use crate::extract::lang::en as t;
use crate::extract::Kind;
use crate::value::{DateParts, DateValue, Qualifier, Value};

/// The month (and year, when known) after the days of a range at `k`:
/// "January, 1995", "Feb", "this month", "of next month".
pub fn month_after(cx: &Ctx, k: usize) -> Option<(u32, Option<i32>, usize)> {
    let k = if cx.is(k, t::OF) || cx.is(k, t::IN) {
        k + 1
    } else {
        k
    };
    if let Some((m, me)) = month_at(cx, k) {
        return Some(match year_at(cx, comma(cx, me), true) {
            Some((y, ye)) => (m, Some(y), ye),
            None => (m, None, me),
        });
    }
    // "this month", "next month"
    let (se, off) = cx.longest(k, t::RELATIVE_SHIFTS)?;
    if !cx.is(se, "month") {
        return None;
    }
    let r = cx.reference?;
    let m0 = r.year() * 12 + r.month0() as i32 + off;
    Some((
        (m0.rem_euclid(12) + 1) as u32,
        Some(m0.div_euclid(12)),
        se + 1,
    ))
}

/// The days a date mention covers, when its year is known.
fn days_of(f: &Found) -> Option<(NaiveDate, NaiveDate)> {
    match &f.mention.as_ref()?.value {
        Value::Date(d) => d.days,
        _ => None,
    }
}

/// One date at `k` that can end a range: a named date (after an optional
/// weekday) or a numeric one ("01/22/2016").
fn one_date(cx: &Ctx, k: usize) -> Option<Found> {
    // "Wed, 22 of Jan", "Friday the 11th".
    if weekday_at(cx, k).is_some() {
        return super::date::weekday_date(cx, k);
    }
    named_date(cx, k, None).or_else(|| super::numeric::numeric(cx, k))
}

/// A day and month with no year ("1st Jan"), placed in year `y`.
fn day_in_year(f: &Found, y: i32) -> Option<NaiveDate> {
    match &f.mention.as_ref()?.value {
        Value::Date(d) if d.parts.year.is_none() => {
            NaiveDate::from_ymd_opt(y, d.parts.month?, d.parts.day?)
        }
        _ => None,
    }
}

/// "from January 1, 2016 to January 5, 2016", "from Jan to March 2016".
fn date_to_date(cx: &Ctx, i: usize) -> Option<Found> {
    let opened = t::RANGE_OPEN.contains(&cx.low(i));
    let s = if opened { i + 1 } else { i };
    // Two months of one year: "from Jan to March 2016".
    if let Some((m1, e1)) = month_at(cx, s) {
        let joined = t::RANGE_TO.contains(&cx.low(e1)) || (opened && cx.is(e1, t::AND));
        if joined && opened {
            if let Some((m2, e2)) = month_at(cx, e1 + 1) {
                if let Some((y, ye)) = year_at(cx, comma(cx, e2), false) {
                    let a = NaiveDate::from_ymd_opt(y, m1, 1)?;
                    let b = crate::value::last_day_of_month(y, m2)?;
                    if a < b {
                        let v = DateValue {
                            parts: DateParts {
                                year: Some(y),
                                ..DateParts::default()
                            },
                            days: Some((a, b)),
                            relative: None,
                        };
                        let v = Value::Date(v);
                        return Some(mention(
                            cx,
                            i,
                            ye,
                            Kind::Date,
                            v,
                            Qualifier::Range,
                            None,
                            None,
                        ));
                    }
                }
            }
        }
    }
    // Two full dates: "January 12, 2016 - 01/22/2016", "1st Jan until
    // Wed, 22 of Jan" (a day with no year takes the reference's).
    let first = one_date(cx, s)?;
    let k = first.end;
    let joined = t::RANGE_TO.contains(&cx.low(k)) || (opened && cx.is(k, t::AND));
    if !joined {
        return None;
    }
    let second = one_date(cx, k + 1)?;
    let (a, b) = match (days_of(&first), days_of(&second)) {
        (Some((a, _)), Some((_, b))) => (a, b),
        // "Dec 28 to January 3, 2017": the first end takes the second's year.
        (None, Some((_, b))) => {
            let a = day_in_year(&first, b.year())?;
            let a = if a > b {
                day_in_year(&first, b.year() - 1)?
            } else {
                a
            };
            (a, b)
        }
        (Some((a, _)), None) => (a, day_in_year(&second, a.year())?),
        (None, None) => {
            let y = cx.reference?.year();
            (day_in_year(&first, y)?, day_in_year(&second, y)?)
        }
    };
    if b <= a {
        return None;
    }
    let v = DateValue {
        parts: DateParts::default(),
        days: Some((a, b)),
        relative: None,
    };
    let v = Value::Date(v);
    Some(mention(
        cx,
        i,
        second.end,
        Kind::Date,
        v,
        Qualifier::Range,
        None,
        None,
    ))
}

/// A range of days in one month (or across two named months) starting at `i`.
pub fn day_range(cx: &Ctx, i: usize) -> Option<Found> {
    if let Some(f) = date_to_date(cx, i) {
        return Some(f);
    }
    let opened = t::RANGE_OPEN.contains(&cx.low(i));
    let s = if opened { i + 1 } else { i };
    // "September 4th through September 8th", "Sept 4-8, 2016"
    let (m1, d1, e1) = match month_at(cx, s) {
        Some((m, me)) => {
            let (d, de) = day_at(cx, me)?;
            (Some(m), d, de)
        }
        None => {
            let (d, de) = day_at(cx, s)?;
            (None, d, de)
        }
    };
    let joined = t::RANGE_TO.contains(&cx.low(e1)) || (opened && cx.is(e1, t::AND));
    if !joined {
        return None;
    }
    let (m2, d2, e2) = match month_at(cx, e1 + 1) {
        Some((m, me)) => {
            let (d, de) = day_at(cx, me)?;
            (Some(m), d, de)
        }
        None => {
            let (d, de) = day_at(cx, e1 + 1)?;
            (None, d, de)
        }
    };
    let (month1, month2, year, end) = match (m1, m2) {
        (Some(a), Some(b)) => {
            let (y, ye) = match year_at(cx, comma(cx, e2), true) {
                Some((y, ye)) => (Some(y), ye),
                None => (None, e2),
            };
            (a, b, y, ye)
        }
        (Some(a), None) => {
            let (y, ye) = match year_at(cx, comma(cx, e2), true) {
                Some((y, ye)) => (Some(y), ye),
                None => (None, e2),
            };
            (a, a, y, ye)
        }
        (None, None) => {
            let (m, y, me) = month_after(cx, e2)?;
            (m, m, y, me)
        }
        (None, Some(_)) => return None,
    };
    // Without any year the range cannot be compared: consume it, no claim
    // (rather than a lone first day and a stray number).
    let Some(y) = year.or_else(|| cx.reference.map(|r| r.year())) else {
        return Some(Found { end, mention: None });
    };
    let a = NaiveDate::from_ymd_opt(y, month1, d1)?;
    let b = NaiveDate::from_ymd_opt(y, month2, d2)?;
    if b <= a {
        return None;
    }
    let v = DateValue {
        parts: DateParts {
            year,
            month: (month1 == month2).then_some(month1),
            ..DateParts::default()
        },
        days: Some((a, b)),
        relative: None,
    };
    let v = Value::Date(v);
    Some(mention(
        cx,
        i,
        end,
        Kind::Date,
        v,
        Qualifier::Range,
        None,
        None,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use crate::value::Value;
    use chrono::NaiveDate;

    fn days(text: &str, r: Option<NaiveDate>) -> Option<(String, String)> {
        let ms = extract(text, r);
        assert_eq!(ms.len(), 1, "{text:?}: {ms:#?}");
        let Value::Date(v) = &ms[0].value else {
            panic!()
        };
        v.days.map(|(a, b)| (a.to_string(), b.to_string()))
    }

    #[test]
    fn ranges_of_two_dates() {
        let r = NaiveDate::from_ymd_opt(2016, 11, 7);
        assert_eq!(
            days("away March 3, 2015 - 03/19/2015", None),
            Some(("2015-03-03".into(), "2015-03-19".into()))
        );
        assert_eq!(
            days("from Dec. 28 to January 3, 2017", None),
            Some(("2016-12-28".into(), "2017-01-03".into()))
        );
        assert_eq!(
            days("from Friday the 11th until Tuesday the 15th", r),
            Some(("2016-11-11".into(), "2016-11-15".into()))
        );
        assert_eq!(
            days("5th Feb until Thu, 9 of Feb", r),
            Some(("2016-02-05".into(), "2016-02-09".into()))
        );
    }

    #[test]
    fn ranges_of_days() {
        let r = NaiveDate::from_ymd_opt(2020, 3, 10);
        let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(
            days("between 6-19 March, 2001", None),
            pair("2001-03-06", "2001-03-19")
        );
        assert_eq!(
            days("from 2 to 9 this month", r),
            pair("2020-03-02", "2020-03-09")
        );
        assert_eq!(
            days("5 till 12 of next month", r),
            pair("2020-04-05", "2020-04-12")
        );
        assert_eq!(
            days("between 3 and 8 of May", r),
            pair("2020-05-03", "2020-05-08")
        );
        assert_eq!(
            days("from June 28th through July 2nd", r),
            pair("2020-06-28", "2020-07-02")
        );
        assert_eq!(
            days("from Feb 3, 2011 to Feb 9, 2011", None),
            pair("2011-02-03", "2011-02-09")
        );
        assert_eq!(
            days("from April to June 2009", None),
            pair("2009-04-01", "2009-06-30")
        );
        assert!(extract("on March 3-4", None).is_empty());
    }
}
