//! Absolute dates and years: "December 14, 2016", "14 December 2016",
//! "Dec. 14", "the 15th of February", "Tuesday, December 14" (a partial date:
//! no year is invented), "2015-08-12", "21/04/2016", "3/2015", "December
//! 2016", "1997", "the 1990s", "the early 2010s", "early 2016", "from 2009 to
//! 2012", "between 4-22 January, 1995", and bare weekdays (a `Weekday`
//! mention that only dates its sentence).

use chrono::{Datelike, NaiveDate, Weekday};

use super::number::{number, ordinal_digits, ordinal_word};
use super::range::count_noun;
use super::tokens::Ctx;
use super::{mention, Found};
use crate::extract::lang::en as t;
use crate::extract::Kind;
use crate::value::{last_day_of_month, DateParts, DateValue, Qualifier, Value};

/// A month name at `i` (with an optional "." after an abbreviation): (month, end).
pub fn month_at(cx: &Ctx, i: usize) -> Option<(u32, usize)> {
    if !cx.is_word(i) || cx.is_blocked(i) {
        return None;
    }
    let w = cx.low(i);
    let &(name, m) = t::MONTHS.iter().find(|(n, _)| *n == w)?;
    let mut e = i + 1;
    let dotted = cx.is(e, ".") && cx.glued(e) && name.len() <= 4;
    if dotted {
        e += 1;
    }
    let abbrev = name.len() <= 4 && name != "june" && name != "july" && name != "may";
    let next_is_number =
        cx.is_digits(e) || number(cx, e).is_some() || ordinal_word(cx, e).is_some();
    if (t::AMBIGUOUS_MONTHS.contains(&name) || abbrev)
        && !cx.capitalized(i)
        && !dotted
        && !next_is_number
    {
        return None;
    }
    if name == "may" && !cx.capitalized(i) && !cx.is_digits(e) {
        return None;
    }
    Some((m, e))
}

/// A weekday name at `i`: (weekday, end, full name?).
pub fn weekday_at(cx: &Ctx, i: usize) -> Option<(Weekday, usize, bool)> {
    if !cx.is_word(i) || cx.is_blocked(i) {
        return None;
    }
    let w = cx.low(i);
    let &(name, d) = t::WEEKDAYS.iter().find(|(n, _)| *n == w)?;
    let full = name.len() > 5;
    if !full && !cx.capitalized(i) {
        return None;
    }
    let mut e = i + 1;
    if !full && cx.is(e, ".") && cx.glued(e) {
        e += 1;
    }
    Some((d, e, full))
}

/// A day of month at `i`: "14", "14th", "fourteenth", "twenty one": (day, end).
fn day_at(cx: &Ctx, i: usize) -> Option<(u32, usize)> {
    if cx.is_blocked(i) {
        return None;
    }
    if let Some((d, e)) = ordinal_digits(cx, i).or_else(|| ordinal_word(cx, i)) {
        return (1..=31).contains(&d).then_some((d as u32, e));
    }
    if cx.is_digits(i) && cx.raw(i).len() <= 2 {
        let d: u32 = cx.raw(i).parse().ok()?;
        // "December 14.5" or "May 5,000" are not days.
        if (cx.is(i + 1, ".") || cx.is(i + 1, ","))
            && cx.glued(i + 1)
            && cx.is_digits(i + 2)
            && cx.glued(i + 2)
        {
            return None;
        }
        return (1..=31).contains(&d).then_some((d, i + 1));
    }
    if cx.is_word(i) {
        let n = number(cx, i)?;
        let v = n.value;
        if n.words && v.fract() == 0.0 && (1.0..=31.0).contains(&v) {
            return Some((v as u32, n.end));
        }
    }
    None
}

/// A year at `i`: four plain digits 1000-2100, or words ("two thousand and
/// eighteen") when `words` allows: (year, end).
pub fn year_at(cx: &Ctx, i: usize, words: bool) -> Option<(i32, usize)> {
    if cx.is_blocked(i) {
        return None;
    }
    if cx.is_digits(i) {
        if cx.raw(i).len() != 4 || (cx.glued(i + 1) && (cx.is_digits(i + 1) || cx.is_word(i + 1))) {
            return None;
        }
        if (cx.is(i + 1, ",") || cx.is(i + 1, "."))
            && cx.glued(i + 1)
            && cx.is_digits(i + 2)
            && cx.glued(i + 2)
        {
            return None;
        }
        let y: i32 = cx.raw(i).parse().ok()?;
        return (1000..=2100).contains(&y).then_some((y, i + 1));
    }
    if words && cx.is_word(i) {
        let n = number(cx, i)?;
        if n.words && n.value.fract() == 0.0 && (1000.0..=2100.0).contains(&n.value) {
            return Some((n.value as i32, n.end));
        }
    }
    None
}

/// Skips an optional comma at `j`.
fn comma(cx: &Ctx, j: usize) -> usize {
    if cx.is(j, ",") {
        j + 1
    } else {
        j
    }
}

/// A date or year starting at `i`.
pub fn date(cx: &Ctx, i: usize) -> Option<Found> {
    weekday_date(cx, i)
        .or_else(|| day_range(cx, i))
        .or_else(|| named_date(cx, i, None))
        .or_else(|| numeric(cx, i))
        .or_else(|| decade(cx, i))
        .or_else(|| period_part(cx, i))
        .or_else(|| year_range(cx, i))
        .or_else(|| year(cx, i))
        .or_else(|| day_alone(cx, i))
}

fn day_mention(cx: &Ctx, s: usize, e: usize, parts: DateParts) -> Option<Found> {
    if let Some(y) = parts.year {
        let m = parts.month.unwrap_or(1);
        let d = parts.day.unwrap_or(1);
        NaiveDate::from_ymd_opt(y, m, d)?;
    }
    let v = Value::Date(DateValue::from_parts(parts));
    Some(mention(
        cx,
        s,
        e,
        Kind::Date,
        v,
        Qualifier::Exact,
        None,
        None,
    ))
}

/// "Tuesday, December 14", "Wed, 22 of Jan", "Saturday the 23rd", or a bare
/// weekday ("on Tuesday") as a `Weekday` mention.
fn weekday_date(cx: &Ctx, i: usize) -> Option<Found> {
    let (wd, e, full) = weekday_at(cx, i)?;
    let j = comma(cx, e);
    if let Some(f) = named_date(cx, j, Some(wd)) {
        return Some(Found {
            end: f.end,
            mention: f.mention.map(|mut m| {
                m.start = cx.toks[i].start;
                m
            }),
        });
    }
    // "Saturday the 23rd": a day of a month near the reference date.
    let k = if cx.is(j, "the") { j + 1 } else { j };
    if let Some((d, de)) = ordinal_digits(cx, k).or_else(|| ordinal_word(cx, k)) {
        if (1..=31).contains(&d) && (k > j || ordinal_digits(cx, k).is_some()) {
            let d = d as u32;
            let parts = match cx.reference.and_then(|r| month_with(r, d, wd)) {
                Some(day) => DateParts {
                    year: Some(day.year()),
                    month: Some(day.month()),
                    day: Some(d),
                    weekday: Some(wd),
                },
                None => DateParts {
                    day: Some(d),
                    weekday: Some(wd),
                    ..DateParts::default()
                },
            };
            return day_mention(cx, i, de, parts);
        }
    }
    if let Some(f) = super::relative::weekday_of_week(cx, i, wd, e) {
        return Some(f);
    }
    if !full {
        return None;
    }
    let parts = DateParts {
        weekday: Some(wd),
        ..DateParts::default()
    };
    let v = Value::Date(DateValue::from_parts(parts));
    Some(mention(
        cx,
        i,
        e,
        Kind::Weekday,
        v,
        Qualifier::Exact,
        None,
        None,
    ))
}

/// The date with day `d` falling on `wd` closest to `r` (within three months).
fn month_with(r: NaiveDate, d: u32, wd: Weekday) -> Option<NaiveDate> {
    let mut best: Option<NaiveDate> = None;
    for shift in -3i32..=3 {
        let m0 = r.year() * 12 + r.month0() as i32 + shift;
        let Some(day) = NaiveDate::from_ymd_opt(m0.div_euclid(12), m0.rem_euclid(12) as u32 + 1, d)
        else {
            continue;
        };
        if day.weekday() == wd {
            let dist = (day - r).num_days().abs();
            if best.is_none_or(|b| dist < (b - r).num_days().abs()) {
                best = Some(day);
            }
        }
    }
    best
}

/// Month-first and day-first named dates, with an optional weekday before.
fn named_date(cx: &Ctx, i: usize, wd: Option<Weekday>) -> Option<Found> {
    // Month first: "December 14, 2016", "Dec. 14", "May twenty one", "December 2016".
    if let Some((m, e)) = month_at(cx, i) {
        if let Some((d, de)) = day_at(cx, e) {
            if year_at(cx, de, false).is_none() && (cx.is(de, ":") || cx.is_digits(de)) {
                return None;
            }
            let k = comma(cx, de);
            let (year, end) = match year_at(cx, k, true) {
                Some((y, ye)) => (Some(y), ye),
                None => (None, de),
            };
            let parts = DateParts {
                year,
                month: Some(m),
                day: Some(d),
                weekday: wd,
            };
            return day_mention(cx, i, end, parts);
        }
        let k = comma(cx, e);
        if let Some((y, ye)) = year_at(cx, k, true) {
            let parts = DateParts {
                year: Some(y),
                month: Some(m),
                day: None,
                weekday: wd,
            };
            return day_mention(cx, i, ye, parts);
        }
        return None;
    }
    // Day first: "14 December 2016", "the 15th of February", "22 of Jan".
    let s = if cx.is(i, "the") { i + 1 } else { i };
    let (d, de) = day_at(cx, s)?;
    let k = if cx.is(de, t::OF) { de + 1 } else { de };
    let (m, me) = month_at(cx, k)?;
    if !cx.capitalized(k) && cx.is(s, "the") && wd.is_none() && k == de {
        return None;
    }
    let y = comma(cx, me);
    let (year, end) = match year_at(cx, y, true) {
        Some((yv, ye)) => (Some(yv), ye),
        None => (None, me),
    };
    let parts = DateParts {
        year,
        month: Some(m),
        day: Some(d),
        weekday: wd,
    };
    day_mention(cx, i, end, parts)
}

/// Day ranges in one month: "between 4-22 January, 1995", "from 2 to 7 Feb, 2018".
fn day_range(cx: &Ctx, i: usize) -> Option<Found> {
    let s = if t::RANGE_OPEN.contains(&cx.low(i)) {
        i + 1
    } else {
        i
    };
    let (d1, e1) = day_at(cx, s)?;
    let joined = t::RANGE_TO.contains(&cx.low(e1)) || (s > i && cx.is(e1, t::AND));
    if !joined {
        return None;
    }
    let (d2, e2) = day_at(cx, e1 + 1)?;
    let (m, me) = month_at(cx, if cx.is(e2, t::OF) { e2 + 1 } else { e2 })?;
    let (year, end) = match year_at(cx, comma(cx, me), true) {
        Some((y, ye)) => (Some(y), ye),
        None => (None, me),
    };
    if d2 <= d1 {
        return None;
    }
    let Some(y) = year else {
        return None; // a yearless day range has no interval to compare
    };
    let a = NaiveDate::from_ymd_opt(y, m, d1)?;
    let b = NaiveDate::from_ymd_opt(y, m, d2)?;
    let v = DateValue {
        parts: DateParts {
            year,
            month: Some(m),
            ..DateParts::default()
        },
        days: Some((a, b)),
        relative: None,
    };
    Some(mention(
        cx,
        i,
        end,
        Kind::Date,
        Value::Date(v),
        Qualifier::Range,
        None,
        None,
    ))
}

/// Numeric dates: ISO "2015-08-12", "2015/08/12", "21/04/2016", "10-31-74",
/// "3/3/15", month and year "3/2015", and "on 4-22".
fn numeric(cx: &Ctx, i: usize) -> Option<Found> {
    if !cx.is_digits(i) || cx.is_blocked(i) {
        return None;
    }
    let sep = cx.raw(i + 1);
    if !(sep == "-" || sep == "/" || sep == ".")
        || !cx.glued(i + 1)
        || !cx.glued(i + 2)
        || !cx.is_digits(i + 2)
    {
        return None;
    }
    let a = cx.raw(i);
    let b = cx.raw(i + 2);
    let three = cx.is(i + 3, sep) && cx.glued(i + 3) && cx.glued(i + 4) && cx.is_digits(i + 4);
    let num = |s: &str| s.parse::<u32>().ok();
    if three {
        let c = cx.raw(i + 4);
        let (y, m, d) = if a.len() == 4 {
            (num(a)? as i32, num(b)?, num(c)?)
        } else {
            let y = match c.len() {
                4 => num(c)? as i32,
                2 => {
                    let v = num(c)? as i32;
                    if v >= 50 {
                        1900 + v
                    } else {
                        2000 + v
                    }
                }
                _ => return None,
            };
            let (x, z) = (num(a)?, num(b)?);
            if x > 12 && z <= 12 {
                (y, z, x)
            } else if z > 12 && x <= 12 || x == z {
                (y, x, z)
            } else if sep == "/" && x <= 12 && z <= 12 {
                // A date, but day and month order is ambiguous: no claim.
                return Some(Found {
                    end: i + 5,
                    mention: None,
                });
            } else {
                (y, x, z)
            }
        };
        if sep == "." && a.len() != 4 && c.len() != 4 {
            return None;
        }
        NaiveDate::from_ymd_opt(y, m, d)?;
        return day_mention(
            cx,
            i,
            i + 5,
            DateParts {
                year: Some(y),
                month: Some(m),
                day: Some(d),
                weekday: None,
            },
        );
    }
    if sep == "." {
        return None;
    }
    // "3/2015": month and year.
    if b.len() == 4 && a.len() <= 2 && sep == "/" {
        let m = num(a)?;
        let y = num(b)? as i32;
        if (1..=12).contains(&m) && (1000..=2100).contains(&y) {
            return day_mention(
                cx,
                i,
                i + 3,
                DateParts {
                    year: Some(y),
                    month: Some(m),
                    ..DateParts::default()
                },
            );
        }
    }
    // "on 4-22": month and day after "on".
    if i > 0 && t::DAY_CONTEXT.contains(&cx.low(i - 1)) && a.len() <= 2 && b.len() <= 2 {
        let (m, d) = (num(a)?, num(b)?);
        if (1..=12).contains(&m) && (1..=31).contains(&d) {
            return day_mention(
                cx,
                i,
                i + 3,
                DateParts {
                    month: Some(m),
                    day: Some(d),
                    ..DateParts::default()
                },
            );
        }
    }
    None
}

/// Sub-range of days `[first, last]` by fractions of it.
fn part_of(a: NaiveDate, b: NaiveDate, lo: f64, hi: f64) -> (NaiveDate, NaiveDate) {
    let n = (b - a).num_days() + 1;
    let s = (n as f64 * lo).round() as i64;
    let e = ((n as f64 * hi).round() as i64 - 1).max(s);
    (a + chrono::Duration::days(s), a + chrono::Duration::days(e))
}

/// "early", "the end of" at `i`: (end, first, last fraction of the period).
fn period_word(cx: &Ctx, i: usize) -> Option<(usize, f64, f64)> {
    let table: Vec<(&str, (f64, f64))> = t::PERIOD_PARTS
        .iter()
        .map(|&(w, a, b)| (w, (a, b)))
        .collect();
    cx.longest(i, &table).map(|(e, (a, b))| (e, a, b))
}

/// "the 1990s", "the early 2010s", "1960s".
fn decade(cx: &Ctx, i: usize) -> Option<Found> {
    let (part, s) = match period_word(cx, i) {
        Some((e, lo, hi)) => (Some((lo, hi)), e),
        None => (None, if cx.is(i, "the") { i + 1 } else { i }),
    };
    let s = if part.is_some() && cx.is(s, "the") {
        s + 1
    } else {
        s
    };
    let (y, ye) = {
        if !cx.is_digits(s) || cx.raw(s).len() != 4 {
            return None;
        }
        let y: i32 = cx.raw(s).parse().ok()?;
        (y, s + 1)
    };
    if !(cx.is(ye, "s") && cx.glued(ye)) || y % 10 != 0 || !(1000..=2100).contains(&y) {
        return None;
    }
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
        ye + 1,
        Kind::Year,
        Value::Date(v),
        Qualifier::Range,
        None,
        None,
    ))
}

/// "early 2016", "late December 2016", "the end of 2016".
fn period_part(cx: &Ctx, i: usize) -> Option<Found> {
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

/// "from 2009 to 2012", "2009-2012", "between 2009 and 2012".
fn year_range(cx: &Ctx, i: usize) -> Option<Found> {
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
fn year(cx: &Ctx, i: usize) -> Option<Found> {
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
    if count_noun(cx, e).is_some() {
        return None;
    }
    if cx.is_word(e)
        && !cx.capitalized(e)
        && !t::FUNCTION_WORDS.contains(&cx.low(e))
        && !t::YEAR_CONTEXT.contains(&prev)
    {
        return None;
    }
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

/// "the 27th" as a day of an unnamed month, when no noun follows it.
fn day_alone(cx: &Ctx, i: usize) -> Option<Found> {
    let s = if t::DAY_CONTEXT.contains(&cx.low(i)) && cx.is(i + 1, "the") {
        i + 2
    } else if cx.is(i, "the") {
        i + 1
    } else {
        return None;
    };
    let (d, e) = ordinal_digits(cx, s)?;
    if !(1..=31).contains(&d) || cx.is_word(e) || cx.is_digits(e) {
        return None;
    }
    let parts = DateParts {
        day: Some(d as u32),
        ..DateParts::default()
    };
    day_mention(cx, i, e, parts)
}

/// The last day of a month, for callers outside this file.
pub fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    last_day_of_month(y, m)
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::*;

    fn d(text: &str) -> (Kind, DateValue) {
        let ms = extract(text, None);
        assert_eq!(ms.len(), 1, "{text:?}: {ms:#?}");
        match &ms[0].value {
            Value::Date(v) => (ms[0].kind, v.clone()),
            v => panic!("{v:?}"),
        }
    }

    fn days(text: &str) -> (String, String) {
        let (a, b) = d(text).1.days.expect(text);
        (a.to_string(), b.to_string())
    }

    fn ymd(y: i32, m: u32, dd: u32) -> DateParts {
        DateParts {
            year: Some(y),
            month: Some(m),
            day: Some(dd),
            weekday: None,
        }
    }

    #[test]
    fn month_and_day_forms() {
        assert_eq!(d("on December 14, 2016").1.parts, ymd(2016, 12, 14));
        assert_eq!(d("on 14 December 2016").1.parts, ymd(2016, 12, 14));
        assert_eq!(
            d("on December 14th").1.parts.pattern().as_deref(),
            Some("--12-14")
        );
        assert_eq!(
            d("back Oct. 2").1.parts.pattern().as_deref(),
            Some("--10-02")
        );
        assert_eq!(
            d("the 15th of February").1.parts.pattern().as_deref(),
            Some("--02-15")
        );
        assert_eq!(
            days("in December 2016"),
            ("2016-12-01".into(), "2016-12-31".into())
        );
    }

    #[test]
    fn weekday_with_date_keeps_year_unknown() {
        let (k, v) = d("Tuesday, December 14");
        assert_eq!(k, Kind::Date);
        assert_eq!(
            v.parts,
            DateParts {
                year: None,
                month: Some(12),
                day: Some(14),
                weekday: Some(Weekday::Tue)
            }
        );
        assert!(v.days.is_none());
    }

    #[test]
    fn bare_weekday_is_not_a_date() {
        let (k, v) = d("he said Tuesday");
        assert_eq!(k, Kind::Weekday);
        assert_eq!(v.parts.weekday, Some(Weekday::Tue));
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(d("on 2015-08-12").1.parts, ymd(2015, 8, 12));
        assert_eq!(d("on 21/04/2016").1.parts, ymd(2016, 4, 21));
        assert_eq!(d("on 10-31-74").1.parts, ymd(1974, 10, 31));
        assert_eq!(
            days("by 3/2015"),
            ("2015-03-01".into(), "2015-03-31".into())
        );
        assert!(extract("on 03/04/2015", None).is_empty());
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

    #[test]
    fn day_ranges() {
        assert_eq!(
            days("between 4-22 January, 1995"),
            ("1995-01-04".into(), "1995-01-22".into())
        );
    }
}
