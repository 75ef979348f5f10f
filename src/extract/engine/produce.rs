//! Value-building productions: a matched pattern becomes a mention.
//!
//! One function per kind turns the slots a pattern captured into a value on
//! the kind's canonical axis, with the same conventions as the English and
//! Hebrew grammars: money per ISO code, quantities in the canonical unit of
//! `units.rs`, durations in seconds (month 30 days, year 365), percents as
//! the percentage, counts with their noun, dates as stated parts.

use chrono::NaiveDate;

use super::bound::{self, Bound};
use super::compose::Amount;
use super::lexicon::Form;
use super::pattern::{Match, PatKind, Slot};
use super::scan::Cx;
use super::slots::Fill;
use crate::extract::{units, Kind};
use crate::value::{Axis, DateParts, DateValue, Qualifier, RelativeDate, Value};

/// What a production built, before the scanner adds span and hedge.
pub struct Built {
    /// The mention's kind.
    pub kind: Kind,
    /// Its value.
    pub value: Value,
    /// Where its width came from.
    pub qualifier: Qualifier,
    /// The counted noun.
    pub noun: Option<String>,
    /// Whether the bound given was applied (a bound only hedges scalars).
    pub bounded: bool,
}

impl Built {
    fn date(kind: Kind, value: DateValue) -> Built {
        Built {
            kind,
            value: Value::Date(value),
            qualifier: Qualifier::Exact,
            noun: None,
            bounded: false,
        }
    }
}

/// Builds the mention of a match of kind `kind`, under `bound` when one
/// stands next to it; `None` when the captures make no valid value.
pub fn build(cx: &Cx<'_>, kind: PatKind, m: &Match, bound: Option<Bound>) -> Option<Built> {
    match kind {
        PatKind::Date => date(m),
        PatKind::Weekday => {
            let Some(Fill::Weekday(w)) = m.get(Slot::Weekday) else {
                return None;
            };
            let parts = DateParts {
                weekday: Some(*w),
                ..DateParts::default()
            };
            Some(Built::date(Kind::Weekday, DateValue::from_parts(parts)))
        }
        PatKind::Relative => relative(cx, m),
        PatKind::Money => {
            let code = match m.get(Slot::Currency).or(m.get(Slot::Sign))? {
                Fill::Currency(c, _) => c.clone(),
                _ => return None,
            };
            scaled(m, Axis::Money(code), Kind::Money, 1.0, bound)
        }
        PatKind::Percent => scaled(m, Axis::Percent, Kind::Percent, 1.0, bound),
        PatKind::Duration => {
            let Some(Fill::Duration(i, form)) = m.get(Slot::Duration) else {
                return None;
            };
            let has_number = m.get(Slot::Number).is_some();
            if *form == Form::Plural && !has_number {
                return None;
            }
            let secs = cx.lexicon.durations[*i].seconds;
            scaled(m, Axis::Seconds, Kind::Duration, secs, bound)
        }
        PatKind::Quantity => {
            let Some(Fill::Unit(sym, _)) = m.get(Slot::Unit) else {
                return None;
            };
            let u = units::unit(sym)?;
            scaled(
                m,
                Axis::Unit(u.canonical.into()),
                Kind::Quantity,
                u.factor,
                bound,
            )
        }
        PatKind::Year => {
            let Some(Fill::Year(y)) = m.get(Slot::Year) else {
                return None;
            };
            let (lo, hi) = cx.lang.bare_years;
            if m.get(Slot::YearWord).is_none() && !(lo..=hi).contains(y) {
                return None;
            }
            let parts = DateParts {
                year: Some(*y),
                ..DateParts::default()
            };
            Some(Built::date(Kind::Year, DateValue::from_parts(parts)))
        }
        PatKind::Count | PatKind::Number => {
            let mut b = scaled(m, Axis::Count, Kind::Count, 1.0, bound)?;
            b.noun = match m.get(Slot::Noun) {
                Some(Fill::Noun(n)) => Some(n.clone()),
                _ => None,
            };
            if b.noun.is_none() {
                b.kind = Kind::Number;
            }
            Some(b)
        }
    }
}

/// An amount (or a dual, or one unit) times `factor`, plus a trailing
/// fraction of the unit, under `bound`.
fn scaled(m: &Match, axis: Axis, kind: Kind, factor: f64, bound: Option<Bound>) -> Option<Built> {
    let fraction = match m.get(Slot::Fraction) {
        Some(Fill::Fraction(f)) => *f,
        _ => 0.0,
    };
    let amount = match m.get(Slot::Number) {
        Some(Fill::Amount(a)) => *a,
        _ => one(m)?,
    };
    let (value, qualifier, bounded) = if amount.vague {
        let (v, q) = bound::range(
            axis,
            amount.lo * factor,
            amount.hi * factor,
            Qualifier::Vague,
        );
        (v, q, false)
    } else if amount.range {
        let (v, q) = bound::range(
            axis,
            amount.lo * factor,
            amount.hi * factor,
            Qualifier::Range,
        );
        (v, q, false)
    } else {
        let (v, q) = bound::scalar(axis, (amount.lo + fraction) * factor, bound);
        (v, q, bound.is_some())
    };
    Some(Built {
        kind,
        value,
        qualifier,
        noun: None,
        bounded,
    })
}

/// The count a slot states by itself: two for a dual, one for a singular.
fn one(m: &Match) -> Option<Amount> {
    let dual = m.fills.iter().any(|(_, f)| {
        matches!(
            f,
            Fill::Currency(_, true) | Fill::Unit(_, true) | Fill::Duration(_, Form::Dual)
        )
    });
    let single = m
        .fills
        .iter()
        .any(|(_, f)| matches!(f, Fill::Unit(_, false) | Fill::Duration(_, Form::Singular)));
    let v = if dual {
        2.0
    } else if single {
        1.0
    } else {
        return None;
    };
    Some(Amount {
        lo: v,
        hi: v,
        range: false,
        vague: false,
        scale: None,
        first: m.first,
        start: 0,
        next: m.next,
        figure: None,
    })
}

fn int(m: &Match, a: Slot, b: Slot) -> Option<u32> {
    match m.get(a).or(m.get(b)) {
        Some(Fill::Int(n)) => Some(*n),
        _ => None,
    }
}

fn date(m: &Match) -> Option<Built> {
    let year = match m.get(Slot::Year).or(m.get(Slot::Yyyy)) {
        Some(Fill::Year(y)) => Some(*y),
        _ => None,
    };
    let month = int(m, Slot::Month, Slot::Mm)?;
    let day = int(m, Slot::Day, Slot::Dd);
    let weekday = match m.get(Slot::Weekday) {
        Some(Fill::Weekday(w)) => Some(*w),
        _ => None,
    };
    // 29 February is valid in a leap year; with no year, test one.
    if let Some(d) = day {
        NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, d)?;
    }
    let parts = DateParts {
        year,
        month: Some(month),
        day,
        weekday,
    };
    Some(Built::date(Kind::Date, DateValue::from_parts(parts)))
}

fn relative(cx: &Cx<'_>, m: &Match) -> Option<Built> {
    let (unit, offset, period) = if let Some(Fill::RelDay(u, o)) = m.get(Slot::RelDay) {
        (*u, *o, false)
    } else if let Some(Fill::Calendar(u)) = m.get(Slot::Calendar) {
        let Some(Fill::Offset(o)) = m.get(Slot::AfterUnit).or(m.get(Slot::BeforeUnit)) else {
            return None;
        };
        (*u, *o, true)
    } else {
        let Some(Fill::Duration(i, form)) = m.get(Slot::Duration) else {
            return None;
        };
        let unit = cx.lexicon.durations[*i].calendar?;
        let count = match (m.get(Slot::Number), form) {
            (Some(Fill::Amount(a)), _) => a.value().filter(|v| v.fract() == 0.0 && *v < 1e5)?,
            (None, Form::Dual) => 2.0,
            (None, Form::Singular) => 1.0,
            (None, Form::Plural) => return None,
            _ => return None,
        };
        let sign = if m.get(Slot::Ago).is_some() { -1 } else { 1 };
        (unit, sign * count as i32, false)
    };
    let rel = RelativeDate { unit, offset };
    let value = match cx.reference {
        Some(r) => cx.lang.calendar.resolve(rel, period, r),
        None => DateValue::relative(unit, offset),
    };
    Some(Built::date(Kind::Date, value))
}
