//! The interval a stated figure covers: its precision.
//!
//! A stated exact figure covers half a unit of its last significant digit
//! on each side, in the unit it was written in: "10 hours" covers 9.5 to
//! 10.5 hours, "$2 billion" 1.5 to 2.5 billion, "1,500" 1,450 to 1,550,
//! "41 workers" exactly 41 (counts below 1,000 are exact, and at least two
//! digits of a larger round number are significant: "20,000" is 19,500 to
//! 20,500). A length in whole days counts calendar days. Hedged, bounded and
//! vague figures keep the width their words give. Alignment uses this to
//! prefer equal figures, checks to judge them.

use super::Claim;
use crate::extract::Kind;
use crate::value::{Axis, Interval, Qualifier, Value};

/// The axis and interval a claim is compared on, as stated (with the
/// rule's relative `tolerance`) and within its stated precision. Short tons
/// and metric tonnes meet on kilograms: "tons" covers both.
pub fn comparable(c: &Claim, tolerance: f64) -> Option<(Axis, Interval, Interval)> {
    let axis = c.value.axis();
    let stated = c
        .value
        .interval()
        .or_else(|| yearless_days(&c.value))?
        .widen(tolerance);
    let (stated, whole_days) = calendar_days(stated, c);
    let (axis, stated) = match &axis {
        Axis::Unit(u) if u == "ton" => (
            Axis::Unit("kg".into()),
            Interval {
                min: stated.min.map(|x| x * 907.184_74),
                max: stated.max.map(|x| x * 1_016.046_908_8),
                ..stated
            },
        ),
        _ => (axis, stated),
    };
    let rounded = match rounding(c).filter(|_| !whole_days) {
        Some(rel) => {
            let mut r = stated.widen(rel);
            r.min_inclusive = rel == 0.0 && stated.min_inclusive;
            r.max_inclusive = rel == 0.0 && stated.max_inclusive;
            r
        }
        None => stated,
    };
    Some((axis, stated, rounded))
}

/// A day or month stated without a year, in a report that gives no year to
/// place it in ("September 13", "in October"), as days of one leap year: two
/// reports of one event that both leave the year out speak of the same year,
/// so their yearless days compare. Alignment keeps them on an axis of their
/// own, never against a dated day. `None` for any other value.
pub fn yearless_days(v: &Value) -> Option<Interval> {
    let Value::Date(d) = v else {
        return None;
    };
    if d.days.is_some() || d.relative.is_some() || d.parts.year.is_some() {
        return None;
    }
    const LEAP: i32 = 2000;
    let month = d.parts.month?;
    let (first, last) = match d.parts.day {
        Some(day) => {
            let x = chrono::NaiveDate::from_ymd_opt(LEAP, month, day)?;
            (x, x)
        }
        None => (
            chrono::NaiveDate::from_ymd_opt(LEAP, month, 1)?,
            crate::value::last_day_of_month(LEAP, month)?,
        ),
    };
    Some(Interval::closed(
        crate::value::day_number(first),
        crate::value::day_number(last),
    ))
}

/// An event length stated in whole days counts calendar days: a "one-day
/// visit" may last six hours, a "two-day visit" thirty. Such a value covers
/// (N-1 days, N days]; returns the interval and whether it was widened.
pub fn calendar_days(iv: Interval, c: &Claim) -> (Interval, bool) {
    const DAY: f64 = 86_400.0;
    let days = match (&c.value, c.qualifier) {
        (
            Value::Scalar {
                axis: Axis::Seconds,
                point: Some(p),
                ..
            },
            Qualifier::Exact,
        ) => p / DAY,
        _ => return (iv, false),
    };
    if !(1.0..=60.0).contains(&days) || days.fract() != 0.0 || unit_of(c) != DAY {
        return (iv, false);
    }
    let widened = Interval {
        min: Some((days - 1.0) * DAY),
        min_inclusive: false,
        ..iv
    };
    (widened, true)
}

/// The size of the unit a length of time is written in: a day for "a
/// one-day visit" and "17 days", a week for "seven weeks" (49 days, which
/// count no calendar days).
pub fn unit_of(c: &Claim) -> f64 {
    let Value::Scalar { point: Some(p), .. } = &c.value else {
        return 1.0;
    };
    match written_numbers(&c.text).as_slice() {
        [(w, _)] if *w > 0.0 => p / w,
        _ => written_scale(true, *p, &c.text),
    }
}

/// The relative half-width a stated exact figure's precision gives it, or
/// `None` when it has none to add (hedged, ranges, dates, compound figures).
pub fn rounding(c: &Claim) -> Option<f64> {
    if c.qualifier != Qualifier::Exact || matches!(c.kind, Kind::Date | Kind::Year | Kind::Ordinal)
    {
        return None;
    }
    let Value::Scalar {
        point: Some(point),
        axis,
        ..
    } = &c.value
    else {
        return None;
    };
    if *point == 0.0 {
        return None;
    }
    let numbers = written_numbers(&c.text);
    let (written, unit) = match numbers.as_slice() {
        [] => {
            // Number words ("six hours", "five billion"): whole units as written.
            let scale = written_scale(*axis == Axis::Seconds, *point, &c.text);
            (point / scale, 1.0)
        }
        [(w, unit)] => (*w, *unit),
        _ => return None, // "10 hours and 20 minutes": each part is precise
    };
    if written <= 0.0 {
        return None;
    }
    let half = unit / 2.0;
    let rel = half / written;
    // Counts are whole: half a unit below 1,000 adds nothing that matters,
    // but it keeps "6 h" and "7 h" apart exactly at their boundary.
    Some(rel)
}

/// The numbers written in digits in a text, each with the unit of its last
/// significant digit: "1.5" → (1.5, 0.1); "1,500" → (1500, 100); "41" → (41, 1).
fn written_numbers(text: &str) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || ((chars[i] == ',' || chars[i] == '.')
                    && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())))
        {
            i += 1;
        }
        let raw: String = chars[start..i].iter().collect();
        if let Some(n) = parse_written(&raw) {
            out.push(n);
        }
    }
    out
}

/// One digit string with `,` thousands and `.` decimals (or `.` thousands
/// groups such as `1.500.000`) → (value, unit of the last significant digit).
fn parse_written(raw: &str) -> Option<(f64, f64)> {
    let dots = raw.matches('.').count();
    let grouped_dots = dots > 1
        || raw
            .split('.')
            .nth(1)
            .is_some_and(|g| g.len() == 3 && raw.contains(','));
    let (int, frac) = if grouped_dots {
        (raw.replace(['.', ','], ""), String::new())
    } else {
        let mut parts = raw.splitn(2, '.');
        let int = parts.next()?.replace(',', "");
        (int, parts.next().unwrap_or("").to_string())
    };
    let value: f64 = if frac.is_empty() {
        int.parse().ok()?
    } else {
        format!("{int}.{frac}").parse().ok()?
    };
    if !frac.is_empty() {
        return Some((value, 10f64.powi(-(frac.len() as i32))));
    }
    let digits = int.trim_start_matches('0').len();
    let zeros = int.len() - int.trim_end_matches('0').len();
    if value < 1000.0 || digits < 3 {
        return Some((value, 1.0));
    }
    // At least two significant digits: "20,000" is 19,500 to 20,500.
    let insignificant = zeros.min(digits - 2);
    Some((value, 10f64.powi(insignificant as i32)))
}

/// The size of the unit a figure written in words counts in: for lengths of
/// time the largest calendar unit it is a whole number of; for other figures
/// the scale word it carries ("billion").
fn written_scale(seconds: bool, point: f64, text: &str) -> f64 {
    if seconds {
        const UNITS: [f64; 7] = [
            31_536_000.0,
            2_592_000.0,
            604_800.0,
            86_400.0,
            3_600.0,
            60.0,
            1.0,
        ];
        return UNITS
            .into_iter()
            .find(|u| point >= *u && ((point / u) - (point / u).round()).abs() < 1e-9)
            .unwrap_or(1.0);
    }
    let lower = text.to_lowercase();
    for (word, scale) in [
        ("trillion", 1e12),
        ("billion", 1e9),
        ("bn", 1e9),
        ("million", 1e6),
        ("מיליארד", 1e9),
        ("מיליון", 1e6),
        ("thousand", 1e3),
        ("אלף", 1e3),
    ] {
        if lower.contains(word) && point >= scale {
            return scale;
        }
    }
    1.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::test_claim;

    fn claim(text: &str, axis: Axis, x: f64) -> Claim {
        test_claim("a.txt", text, Value::exact(axis, x), Qualifier::Exact)
    }

    #[test]
    fn written_precision_follows_the_last_significant_digit() {
        assert_eq!(parse_written("41"), Some((41.0, 1.0)));
        assert_eq!(parse_written("1,500"), Some((1500.0, 100.0)));
        assert_eq!(parse_written("20,000"), Some((20000.0, 1000.0)));
        assert_eq!(parse_written("2.3"), Some((2.3, 0.1)));
        assert_eq!(parse_written("1.500.000"), Some((1_500_000.0, 100_000.0)));
        assert_eq!(parse_written("1,234"), Some((1234.0, 1.0)));
    }

    #[test]
    fn a_round_duration_covers_its_rounding() {
        let ten = claim("10-hour", Axis::Seconds, 36_000.0);
        let (_, stated, rounded) = comparable(&ten, 0.0).unwrap();
        assert!(!stated.overlaps(&Interval::point(37_200.0)));
        assert!(rounded.overlaps(&Interval::point(37_200.0)));
        let six = claim("six hours", Axis::Seconds, 21_600.0);
        let seven = claim("7-hour", Axis::Seconds, 25_200.0);
        let (_, _, r6) = comparable(&six, 0.0).unwrap();
        let (_, _, r7) = comparable(&seven, 0.0).unwrap();
        assert!(!r6.overlaps(&r7), "6 h and 7 h stay apart: {r6:?} {r7:?}");
    }

    #[test]
    fn money_rounds_in_its_scale_and_small_counts_are_exact() {
        let two = claim("$2 billion", Axis::Money("USD".into()), 2e9);
        let (_, _, r) = comparable(&two, 0.0).unwrap();
        assert!(r.overlaps(&Interval::point(2.3e9)));
        assert!(!r.overlaps(&Interval::point(2.6e9)));
        let forty = claim("40 workers", Axis::Count, 40.0);
        let (_, _, r) = comparable(&forty, 0.0).unwrap();
        assert!(!r.overlaps(&Interval::point(41.0)));
        let tolls = claim("1,500 people", Axis::Count, 1500.0);
        let (_, _, r) = comparable(&tolls, 0.0).unwrap();
        assert!(!r.overlaps(&Interval::point(1200.0)));
        assert!(r.overlaps(&Interval::point(1520.0)));
    }

    #[test]
    fn whole_days_count_calendar_days() {
        let one_day = claim("one-day", Axis::Seconds, 86_400.0);
        let (iv, widened) = calendar_days(one_day.value.interval().unwrap(), &one_day);
        assert!(widened);
        assert!(iv.overlaps(&Interval::point(6.0 * 3600.0)));
        assert!(!iv.overlaps(&Interval::point(0.0)));
        assert!(!iv.overlaps(&Interval::point(90_000.0)));
        let six_hours = claim("six hours", Axis::Seconds, 21_600.0);
        assert!(!calendar_days(six_hours.value.interval().unwrap(), &six_hours).1);
        let weeks = claim("seven-week", Axis::Seconds, 49.0 * 86_400.0);
        assert!(!calendar_days(weeks.value.interval().unwrap(), &weeks).1);
        let days = claim("17 days", Axis::Seconds, 17.0 * 86_400.0);
        assert!(calendar_days(days.value.interval().unwrap(), &days).1);
    }

    #[test]
    fn tons_and_tonnes_meet_on_kilograms() {
        let tons = claim("1,200 tons", Axis::Unit("ton".into()), 1200.0);
        let (axis, stated, _) = comparable(&tons, 0.0).unwrap();
        assert_eq!(axis, Axis::Unit("kg".into()));
        assert!(stated.overlaps(&Interval::point(1_200_000.0)));
    }
}
