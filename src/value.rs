//! Values on canonical axes.
//!
//! Every numeric or dated assertion becomes an interval on one axis (seconds,
//! calendar days, money in one currency, an SI unit, percent, plain count), plus
//! a [`Qualifier`] saying where the interval's width came from. One comparison,
//! [`Interval::overlaps`], then serves every kind of claim: disjoint intervals
//! contradict, overlapping ones agree. Dates keep the parts the text stated
//! ([`DateParts`]) so that a weekday can be checked and a yearless date
//! resolved once a year is known; nothing the text does not give is invented.
//!
//! This module sits below `extract`: it knows nothing about text.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;

/// What the interval measures. Two values are comparable only on the same axis.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Axis {
    /// Elapsed time, in seconds (month = 30 days, year = 365 days by convention).
    Seconds,
    /// Calendar days, as days since 0001-01-01 (chrono's `num_days_from_ce`).
    Date,
    /// Money in one currency, by ISO 4217 code (`USD`, `ILS`, ...).
    Money(String),
    /// A physical quantity in a canonical unit symbol (`m`, `kg`, `m3`, `m2`,
    /// `m/s`, and the non-convertible `degC`, `degF`, `ton`).
    Unit(String),
    /// A percentage, 30 for 30 %.
    Percent,
    /// A count of discrete things or a plain number.
    Count,
}

impl Axis {
    /// The unit string of the JSON report (`s`, `date`, a currency code, a unit, `%`, `1`).
    pub fn unit_label(&self) -> &str {
        match self {
            Axis::Seconds => "s",
            Axis::Date => "date",
            Axis::Money(code) => code,
            Axis::Unit(unit) => unit,
            Axis::Percent => "%",
            Axis::Count => "1",
        }
    }
}

/// Where an interval's width came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// The text states a precise value ("six hours").
    Exact,
    /// A hedge widens the value ("some $5 billion", "about", "כ-").
    Approx,
    /// A lower bound ("more than 5", "at least", "יותר מ-").
    AtLeast,
    /// An upper bound ("up to 70 km", "less than", "עד").
    AtMost,
    /// Two stated ends ("between 20 and 30", "2009-2012").
    Range,
    /// An order of magnitude only ("billions of dollars", "עשרות").
    Vague,
}

impl Qualifier {
    /// Vague and approximate values can only be `compatible`, never `agreement`.
    pub fn is_precise(self) -> bool {
        matches!(self, Qualifier::Exact | Qualifier::Range)
    }
}

/// A closed, half-open or unbounded interval of reals. `None` is an open side.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Interval {
    /// Lower end, `None` for unbounded below.
    pub min: Option<f64>,
    /// Upper end, `None` for unbounded above.
    pub max: Option<f64>,
    /// Whether `min` itself belongs to the interval ("more than 5" excludes 5).
    pub min_inclusive: bool,
    /// Whether `max` itself belongs to the interval.
    pub max_inclusive: bool,
}

impl Interval {
    /// The single point `[x, x]`.
    pub fn point(x: f64) -> Self {
        Self::closed(x, x)
    }

    /// The closed interval `[lo, hi]`.
    pub fn closed(lo: f64, hi: f64) -> Self {
        Interval {
            min: Some(lo),
            max: Some(hi),
            min_inclusive: true,
            max_inclusive: true,
        }
    }

    /// `(lo, ∞)` or `[lo, ∞)`.
    pub fn above(lo: f64, inclusive: bool) -> Self {
        Interval {
            min: Some(lo),
            max: None,
            min_inclusive: inclusive,
            max_inclusive: false,
        }
    }

    /// `(-∞, hi)` or `(-∞, hi]`; `floor` gives a lower end (0 for counts and sizes).
    pub fn below(hi: f64, inclusive: bool, floor: Option<f64>) -> Self {
        Interval {
            min: floor,
            max: Some(hi),
            min_inclusive: true,
            max_inclusive: inclusive,
        }
    }

    /// Widens both ends by a relative tolerance (0.1 = ±10 %).
    pub fn widen(self, rel: f64) -> Self {
        let grow = |x: f64, dir: f64| x + dir * x.abs() * rel;
        Interval {
            min: self.min.map(|x| grow(x, -1.0)),
            max: self.max.map(|x| grow(x, 1.0)),
            ..self
        }
    }

    /// Whether two intervals share at least one point.
    pub fn overlaps(&self, other: &Interval) -> bool {
        below_or_touching(self.min, self.min_inclusive, other.max, other.max_inclusive)
            && below_or_touching(other.min, other.min_inclusive, self.max, self.max_inclusive)
    }

    /// Whether the interval is a single point.
    pub fn is_point(&self) -> bool {
        matches!((self.min, self.max), (Some(a), Some(b)) if a == b)
    }
}

/// `lo` (a lower end) does not exceed `hi` (an upper end of the other interval).
fn below_or_touching(lo: Option<f64>, lo_inc: bool, hi: Option<f64>, hi_inc: bool) -> bool {
    match (lo, hi) {
        (Some(lo), Some(hi)) => lo < hi || (lo == hi && lo_inc && hi_inc),
        _ => true,
    }
}

/// A calendar unit for relative dates and for durations kept in calendar terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CalendarUnit {
    /// A day.
    Day,
    /// A week (seven days).
    Week,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
}

/// A date stated relative to "now": "two weeks ago", "next month", "בחודש הבא".
///
/// Kept unresolved when no reference date is known, so it is still reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct RelativeDate {
    /// The step ("week" in "two weeks ago").
    pub unit: CalendarUnit,
    /// How many steps, negative into the past.
    pub offset: i32,
}

/// The parts of a date the text actually gave; absent parts stay `None`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DateParts {
    /// The year, when stated or resolved.
    pub year: Option<i32>,
    /// Month 1-12.
    pub month: Option<u32>,
    /// Day of month 1-31.
    pub day: Option<u32>,
    /// A weekday stated next to the date ("Tuesday, December 14").
    #[serde(serialize_with = "ser_weekday")]
    pub weekday: Option<Weekday>,
}

fn ser_weekday<S: serde::Serializer>(w: &Option<Weekday>, s: S) -> Result<S::Ok, S::Error> {
    match w {
        Some(w) => s.serialize_some(weekday_name(*w)),
        None => s.serialize_none(),
    }
}

/// English name of a weekday, as the JSON report spells it.
pub fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

impl DateParts {
    /// The interval of days these parts cover, when the year is known.
    ///
    /// "1997" covers the whole year, "December 2016" the month, a full date one day.
    pub fn days(&self) -> Option<(NaiveDate, NaiveDate)> {
        let year = self.year?;
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                let day = NaiveDate::from_ymd_opt(year, m, d)?;
                Some((day, day))
            }
            (Some(m), None) => {
                let first = NaiveDate::from_ymd_opt(year, m, 1)?;
                Some((first, last_day_of_month(year, m)?))
            }
            _ => Some((
                NaiveDate::from_ymd_opt(year, 1, 1)?,
                NaiveDate::from_ymd_opt(year, 12, 31)?,
            )),
        }
    }

    /// `--12-14` or `--12` for a date whose year is unknown (ISO 8601 style);
    /// `--XX-27` for a day of an unstated month ("on the 27th").
    pub fn pattern(&self) -> Option<String> {
        match (self.month, self.day) {
            (Some(m), Some(d)) => Some(format!("--{m:02}-{d:02}")),
            (Some(m), None) => Some(format!("--{m:02}")),
            (None, Some(d)) => Some(format!("--XX-{d:02}")),
            _ => None,
        }
    }

    /// Whether the stated weekday matches the date; `None` when either is missing.
    pub fn weekday_matches(&self) -> Option<bool> {
        let w = self.weekday?;
        let (d, e) = self.days()?;
        (d == e).then(|| d.weekday() == w)
    }
}

/// The last day of a month.
pub fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

/// Converts a date to the `Axis::Date` coordinate.
pub fn day_number(d: NaiveDate) -> f64 {
    f64::from(d.num_days_from_ce())
}

/// Converts an `Axis::Date` coordinate back to a date.
pub fn date_from_number(n: f64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(n.round() as i32)
}

/// A dated value: an interval of days when the year is known, plus what was stated.
#[derive(Clone, Debug, PartialEq)]
pub struct DateValue {
    /// What the text gave (after resolving a relative date, the resolved parts).
    pub parts: DateParts,
    /// First and last day covered, when known. Wider than `parts` for decades,
    /// year ranges and "early/mid/late" qualifiers.
    pub days: Option<(NaiveDate, NaiveDate)>,
    /// Set when the text states a date relative to the document's date.
    pub relative: Option<RelativeDate>,
}

impl DateValue {
    /// A value from stated parts; the interval of days follows from them.
    pub fn from_parts(parts: DateParts) -> Self {
        DateValue {
            parts,
            days: parts.days(),
            relative: None,
        }
    }

    /// The span of whole years `from..=to` ("from 2009 to 2012", "the 1990s").
    pub fn years(from: i32, to: i32) -> Option<Self> {
        let first = NaiveDate::from_ymd_opt(from, 1, 1)?;
        let last = NaiveDate::from_ymd_opt(to, 12, 31)?;
        Some(DateValue {
            parts: DateParts {
                year: (from == to).then_some(from),
                ..DateParts::default()
            },
            days: Some((first, last)),
            relative: None,
        })
    }

    /// Part of one year: "the first half of 2016", "early 2016", "January to
    /// March 2016". The stated part is the year; the days are the part.
    pub fn part_of_year(year: i32, first: NaiveDate, last: NaiveDate) -> Self {
        DateValue {
            parts: DateParts {
                year: Some(year),
                ..DateParts::default()
            },
            days: Some((first, last)),
            relative: None,
        }
    }

    /// An unresolved relative date.
    pub fn relative(unit: CalendarUnit, offset: i32) -> Self {
        DateValue {
            parts: DateParts::default(),
            days: None,
            relative: Some(RelativeDate { unit, offset }),
        }
    }

    /// The interval on `Axis::Date`, when the days are known.
    pub fn interval(&self) -> Option<Interval> {
        self.days
            .map(|(a, b)| Interval::closed(day_number(a), day_number(b)))
    }
}

/// The value of one mention or claim.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A number on a non-date axis.
    Scalar {
        /// The axis (seconds, money, unit, percent, count).
        axis: Axis,
        /// The interval the text allows, hedges applied.
        interval: Interval,
        /// The value as the text states it ("some $5 billion" → 5e9); `None`
        /// for vague values and ranges.
        point: Option<f64>,
    },
    /// A date, year, month, decade or relative date.
    Date(DateValue),
}

impl Value {
    /// An exact scalar: interval and point are the same number.
    pub fn exact(axis: Axis, x: f64) -> Self {
        Value::Scalar {
            axis,
            interval: Interval::point(x),
            point: Some(x),
        }
    }

    /// The axis this value lives on.
    pub fn axis(&self) -> Axis {
        match self {
            Value::Scalar { axis, .. } => axis.clone(),
            Value::Date(_) => Axis::Date,
        }
    }

    /// The comparable interval; `None` for dates not yet anchored to a year.
    pub fn interval(&self) -> Option<Interval> {
        match self {
            Value::Scalar { interval, .. } => Some(*interval),
            Value::Date(d) => d.interval(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disjoint_intervals_do_not_overlap() {
        assert!(!Interval::point(6.0).overlaps(&Interval::point(7.0)));
        assert!(Interval::closed(5.0, 7.0).overlaps(&Interval::point(7.0)));
    }

    #[test]
    fn strict_bounds_exclude_their_end() {
        let more_than_five = Interval::above(5.0, false);
        assert!(!more_than_five.overlaps(&Interval::point(5.0)));
        assert!(more_than_five.overlaps(&Interval::point(5.5)));
        let at_least_five = Interval::above(5.0, true);
        assert!(at_least_five.overlaps(&Interval::point(5.0)));
    }

    #[test]
    fn widen_is_relative() {
        let w = Interval::point(5e9).widen(0.1);
        assert_eq!(w.min, Some(4.5e9));
        assert_eq!(w.max, Some(5.5e9));
    }

    #[test]
    fn year_covers_every_day() {
        let d = DateValue::from_parts(DateParts {
            year: Some(1997),
            ..Default::default()
        });
        let (a, b) = d.days.unwrap();
        assert_eq!(a.to_string(), "1997-01-01");
        assert_eq!(b.to_string(), "1997-12-31");
    }

    #[test]
    fn weekday_check_needs_a_full_date() {
        let mut p = DateParts {
            year: Some(2016),
            month: Some(12),
            day: Some(14),
            weekday: Some(Weekday::Tue),
        };
        assert_eq!(p.weekday_matches(), Some(false));
        p.weekday = Some(Weekday::Wed);
        assert_eq!(p.weekday_matches(), Some(true));
        p.year = None;
        assert_eq!(p.weekday_matches(), None);
        assert_eq!(p.pattern().as_deref(), Some("--12-14"));
    }

    #[test]
    fn february_end_in_leap_year() {
        assert_eq!(
            last_day_of_month(2016, 2).unwrap().to_string(),
            "2016-02-29"
        );
    }
}
