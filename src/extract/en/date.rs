//! Absolute dates and years: "December 14, 2016", "14 December 2016",
//! "Dec. 14", "the 15th of February", "Tuesday, December 14" (a partial date:
//! no year is invented), "2015-08-12", "21/04/2016", "3/2015", "December
//! 2016", "1997", "the 1990s", "the early 2010s", "early 2016", "from 2009 to
//! 2012", "between 4-22 January, 1995", and bare weekdays (a `Weekday`
//! mention that only dates its sentence).

use chrono::{Datelike, NaiveDate, Weekday};

use super::number::number;
use super::ordinal::{ordinal_digits, ordinal_word};
use super::tokens::Ctx;
use super::{mention, numeric, span, year, Found};
use crate::extract::lang::en as t;
use crate::extract::Kind;
use crate::value::{last_day_of_month, DateParts, DateValue, Qualifier, Value};

/// A month name at `i` (with an optional "." after it): (month, end).
///
/// Names that are also common words ("may", "march") and lower-case
/// abbreviations count only when a day follows, or when `dated` says the
/// words before already make a date ("the fourth of may").
pub fn month_at(cx: &Ctx, i: usize) -> Option<(u32, usize)> {
    month_in(cx, i, false)
}

/// A month name at `i` where the words before already make a date ("last sept").
pub fn month_named(cx: &Ctx, i: usize) -> Option<(u32, usize)> {
    month_in(cx, i, true)
}

fn month_in(cx: &Ctx, i: usize, dated: bool) -> Option<(u32, usize)> {
    if !cx.is_word(i) || cx.is_blocked(i) {
        return None;
    }
    let w = cx.low(i);
    let &(name, m) = t::MONTHS.iter().find(|(n, _)| *n == w)?;
    let mut e = i + 1;
    // "Dec. 14", "October. 2"; but "on 7 May." ends a sentence.
    let full = t::MONTHS[..12].iter().any(|(n, _)| *n == name);
    let dotted = cx.is(e, ".") && cx.glued(e) && (!full || cx.is_digits(e + 1));
    if dotted {
        e += 1;
    }
    let abbrev = name.len() <= 4 && name != "june" && name != "july" && name != "may";
    let k = if cx.is(e, "the") { e + 1 } else { e };
    let next_is_day = cx.is_digits(e)
        || number(cx, e).is_some()
        || ordinal_word(cx, k).is_some()
        || ordinal_digits(cx, k).is_some();
    if (t::AMBIGUOUS_MONTHS.contains(&name) || abbrev)
        && !cx.capitalized(i)
        && !dotted
        && !next_is_day
        && !dated
    {
        return None;
    }
    let may_ok = cx.capitalized(i) || dated || cx.is_digits(e) || k > e;
    if name == "may" && !may_ok {
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
pub fn day_at(cx: &Ctx, i: usize) -> Option<(u32, usize)> {
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
pub fn comma(cx: &Ctx, j: usize) -> usize {
    if cx.is(j, ",") {
        j + 1
    } else {
        j
    }
}

/// A date or year starting at `i`.
pub fn date(cx: &Ctx, i: usize) -> Option<Found> {
    dated(cx, i).map(|f| with_bracketed_weekday(cx, f))
}

fn dated(cx: &Ctx, i: usize) -> Option<Found> {
    year::year_section(cx, i)
        .or_else(|| nth_weekday(cx, i))
        .or_else(|| weekday_date(cx, i))
        .or_else(|| span::day_range(cx, i))
        .or_else(|| named_date(cx, i, None))
        .or_else(|| numeric::numeric(cx, i))
        .or_else(|| year::decade(cx, i))
        .or_else(|| year::period_part(cx, i))
        .or_else(|| year::year_range(cx, i))
        .or_else(|| year::year(cx, i))
        .or_else(|| day_alone(cx, i))
        .or_else(|| bare_month(cx, i))
}

/// A month alone ("in February"): a partial date with no year. Written with
/// a capital; "May" and "March" need a preposition before them.
fn bare_month(cx: &Ctx, i: usize) -> Option<Found> {
    let (m, e) = month_at(cx, i)?;
    let full = t::MONTHS[..12].iter().any(|(n, _)| *n == cx.low(i));
    if !cx.capitalized(i) || (!full && !cx.is(i + 1, ".")) {
        return None;
    }
    let prev = if i > 0 { cx.low(i - 1) } else { "" };
    if t::AMBIGUOUS_MONTHS.contains(&cx.low(i)) && !t::MONTH_CONTEXT.contains(&prev) {
        return None;
    }
    let parts = DateParts {
        month: Some(m),
        ..DateParts::default()
    };
    day_mention(cx, i, e, parts)
}

pub fn day_mention(cx: &Ctx, s: usize, e: usize, parts: DateParts) -> Option<Found> {
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

/// "the first Wednesday of October 2014": needs a year, stated or the reference's.
fn nth_weekday(cx: &Ctx, i: usize) -> Option<Found> {
    let s = if cx.is(i, "the") { i + 1 } else { i };
    // "the last Monday of May" counts from the end.
    let (n, ne) = if cx.is(s, t::LAST) {
        (0, s + 1)
    } else {
        ordinal_word(cx, s).or_else(|| ordinal_digits(cx, s))?
    };
    // "the last day of October 2015", "the third day of October".
    if cx.is(ne, t::DAY) && (cx.is(ne + 1, t::OF) || cx.is(ne + 1, t::IN)) {
        let (m, y, end) = span::month_after(cx, ne + 1)?;
        let y = y.or_else(|| cx.reference.map(|r| r.year()))?;
        let day = if n == 0 {
            last_day_of_month(y, m)?
        } else {
            NaiveDate::from_ymd_opt(y, m, u32::try_from(n).ok()?)?
        };
        let parts = DateParts {
            year: Some(y),
            month: Some(m),
            day: Some(day.day()),
            weekday: None,
        };
        return day_mention(cx, i, end, parts);
    }
    let (wd, we, _) = weekday_at(cx, ne)?;
    if !(cx.is(we, t::OF) || cx.is(we, t::IN)) || n > 5 {
        return None;
    }
    let (m, y, end) = span::month_after(cx, we)?;
    let y = y.or_else(|| cx.reference.map(|r| r.year()))?;
    let day = if n == 0 {
        let mut d = last_day_of_month(y, m)?;
        while d.weekday() != wd {
            d = d.pred_opt()?;
        }
        d
    } else {
        NaiveDate::from_weekday_of_month_opt(y, m, wd, n as u8)?
    };
    let parts = DateParts {
        year: Some(y),
        month: Some(m),
        day: Some(day.day()),
        weekday: Some(wd),
    };
    day_mention(cx, i, end, parts)
}

/// "Tuesday, December 14", "Wed, 22 of Jan", "Saturday the 23rd", or a bare
/// weekday ("on Tuesday") as a `Weekday` mention.
pub(super) fn weekday_date(cx: &Ctx, i: usize) -> Option<Found> {
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
    // "(Tue)", "(Tues.)": an abbreviation alone in brackets is a weekday too.
    if !full && !bracketed(cx, i, e) {
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

/// Whether tokens `s..e` stand alone in round brackets: "(Tuesday)".
fn bracketed(cx: &Ctx, s: usize, e: usize) -> bool {
    s > 0 && cx.is(s - 1, "(") && cx.is(e, ")")
}

/// "December 14 (Tuesday)", "14.12.2016 (Wed)": a weekday in brackets right
/// after a date with a day and no weekday of its own is the date's weekday,
/// as in "Tuesday, December 14".
fn with_bracketed_weekday(cx: &Ctx, mut f: Found) -> Found {
    let e = f.end;
    let Some(m) = f.mention.as_mut() else {
        return f;
    };
    let Value::Date(v) = &mut m.value else {
        return f;
    };
    if m.kind != Kind::Date || v.parts.day.is_none() || v.parts.weekday.is_some() {
        return f;
    }
    if !cx.is(e, "(") {
        return f;
    }
    let Some((wd, we, _)) = weekday_at(cx, e + 1) else {
        return f;
    };
    if !cx.is(we, ")") {
        return f;
    }
    v.parts.weekday = Some(wd);
    m.end = cx.toks[we].end;
    f.end = we + 1;
    f
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
pub fn named_date(cx: &Ctx, i: usize, wd: Option<Weekday>) -> Option<Found> {
    // Month first: "December 14, 2016", "Dec. 14", "May twenty one", "December 2016".
    if let Some((m, e)) = month_at(cx, i) {
        // "Jan-1", "Jan/1", "may the eleventh"
        let glued_sep = (cx.is(e, "-") || cx.is(e, "/")) && cx.glued(e) && cx.glued(e + 1);
        let ds = if glued_sep || cx.is(e, "the") {
            e + 1
        } else {
            e
        };
        if let Some((d, de)) = day_at(cx, ds) {
            if year_at(cx, de, false).is_none() && (cx.is(de, ":") || cx.is_digits(de)) {
                return None;
            }
            let k = comma(cx, de);
            // "January 12 of 2016"
            let k = if cx.is(k, t::OF) && year_at(cx, k + 1, false).is_some() {
                k + 1
            } else {
                k
            };
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
    // "22 of Jan", "1-Jan", "28-Nov"
    let of = cx.is(de, t::OF);
    let dash = cx.is(de, "-") && cx.glued(de) && cx.glued(de + 1);
    // "16. Nov. 2016": a day with a point, only before an abbreviated
    // month and a year ("scored 16. November 2016 ..." is two sentences).
    let dotted = cx.is(de, ".") && cx.glued(de) && cx.is_digits(s) && {
        month_in(cx, de + 1, false)
            .is_some_and(|(_, me)| cx.is(me - 1, ".") && year_at(cx, comma(cx, me), true).is_some())
    };
    let k = if of || dash || dotted { de + 1 } else { de };
    let ordinal = ordinal_digits(cx, s).is_some() || ordinal_word(cx, s).is_some();
    let Some((m, me)) = month_in(cx, k, of && ordinal) else {
        // "the 3rd of next month"
        if !(of && ordinal) || month_at(cx, k).is_some() {
            return None;
        }
        let (m, y, end) = span::month_after(cx, k)?;
        let parts = DateParts {
            year: y,
            month: Some(m),
            day: Some(d),
            weekday: wd,
        };
        return y.and_then(|_| day_mention(cx, i, end, parts));
    };
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

/// "the 27th" as a day of an unnamed month, when no noun follows it.
fn day_alone(cx: &Ctx, i: usize) -> Option<Found> {
    let context = t::DAY_CONTEXT.contains(&cx.low(i));
    let s = if context && cx.is(i + 1, "the") {
        i + 2
    } else if cx.is(i, "the") || context {
        i + 1
    } else {
        return None;
    };
    // "the 27th", "on 22nd"; after "on the"/"for the" also "the 27", "the second".
    let strong = context && s == i + 2;
    let (d, e) = match ordinal_digits(cx, s) {
        Some(x) => x,
        None if strong => ordinal_word(cx, s).or_else(|| {
            (cx.is_digits(s) && cx.raw(s).len() <= 2)
                .then(|| (cx.raw(s).parse().unwrap_or(0), s + 1))
        })?,
        None => return None,
    };
    // "for the 9/11 memorial": a slashed number is not a bare day.
    let slashed = cx.is(e, "/") && cx.glued(e);
    let end_of_phrase = !cx.is_word(e) && !cx.is_digits(e) && !cx.is(e, "-") && !slashed;
    if !(1..=31).contains(&d) || !end_of_phrase || (s == i + 1 && context && cx.is(i, "the")) {
        return None;
    }
    let parts = DateParts {
        day: Some(d as u32),
        ..DateParts::default()
    };
    day_mention(cx, i, e, parts)
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::super::test_util::{d, days, ymd};
    use super::*;

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
    fn a_weekday_in_brackets() {
        for text in [
            "He came (Tuesday) to the city.",
            "He came (Tue) and",
            "it was (Tues.) late",
        ] {
            let (k, v) = d(text);
            assert_eq!(
                (k, v.parts.weekday),
                (Kind::Weekday, Some(Weekday::Tue)),
                "{text:?}"
            );
        }
        // After a date it is the date's own weekday, checked like "Tuesday, December 14".
        let (k, v) = d("The raid took place on 14 December (Tuesday) night.");
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
        assert_eq!(
            d("on 14.12.2016 (Wed)").1.parts.weekday_matches(),
            Some(true)
        );
        // A lower-case abbreviation out of brackets stays no weekday.
        assert!(extract("he said tue", None).is_empty());
    }

    #[test]
    fn a_day_with_a_point() {
        assert_eq!(d("on 16. Nov. 2016").1.parts, ymd(2016, 11, 16));
        let ms = extract("see page 16. Nov. 5 was quiet", None);
        assert!(
            ms.iter().all(|m| m.kind != Kind::Date || m.start > 12),
            "{ms:#?}"
        );
    }

    #[test]
    fn a_slashed_number_is_no_bare_day() {
        let ms = extract("rights for the 9/11 memorial", None);
        assert!(
            ms.iter().all(|m| m.kind != Kind::Date || m.start > 20),
            "{ms:#?}"
        );
    }

    #[test]
    fn nth_weekday_of_a_month() {
        let r = NaiveDate::from_ymd_opt(2013, 2, 12);
        let ms = extract("the last Monday of May", r);
        let Value::Date(v) = &ms[0].value else {
            panic!()
        };
        assert_eq!(
            v.parts,
            DateParts {
                weekday: Some(Weekday::Mon),
                ..ymd(2013, 5, 27)
            }
        );
        let ms = extract("on the 3rd of next month", r);
        let Value::Date(v) = &ms[0].value else {
            panic!()
        };
        assert_eq!(v.parts, ymd(2013, 3, 3));
        assert_eq!(
            d("the last Friday of June 2019").1.parts,
            DateParts {
                weekday: Some(Weekday::Fri),
                ..ymd(2019, 6, 28)
            }
        );
        let ms = extract("last Friday of June 2019", r);
        assert_eq!(ms.len(), 1, "{ms:#?}");
        assert_eq!(d("the last day of February 2020").1.parts, ymd(2020, 2, 29));
        assert_eq!(d("second day in March 2021").1.parts, ymd(2021, 3, 2));
        assert_eq!(
            d("the first Wednesday of October 2014").1.parts,
            DateParts {
                weekday: Some(Weekday::Wed),
                ..ymd(2014, 10, 1)
            }
        );
    }

    #[test]
    fn glued_and_spelled_forms() {
        let pat = |s: &str| d(s).1.parts.pattern();
        assert_eq!(pat("due Mar-3").as_deref(), Some("--03-03"));
        assert_eq!(pat("due 9-Mar").as_deref(), Some("--03-09"));
        assert_eq!(pat("on the ninth of march").as_deref(), Some("--03-09"));
        assert_eq!(pat("by September. 5").as_deref(), Some("--09-05"));
        assert_eq!(pat("paid on the 9th.").as_deref(), Some("--XX-09"));
        assert_eq!(pat("paid on the third").as_deref(), Some("--XX-03"));
        assert_eq!(d("March 3 of 2011").1.parts, ymd(2011, 3, 3));
        assert_eq!(extract("the 9th floor", None)[0].kind, Kind::Ordinal);
        assert!(extract("we may go", None).is_empty());
    }
}
