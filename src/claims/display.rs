//! Human-readable rendering of values ("6 h", "$5 billion", "2016-12-14").

use crate::value::{date_from_number, weekday_name, Axis, DateValue, Interval, Qualifier, Value};

/// The value for people, as reports show it next to the quote.
pub fn display_value(value: &Value, qualifier: Qualifier) -> String {
    match value {
        Value::Date(d) => display_date(d),
        Value::Scalar {
            axis,
            interval,
            point,
        } => {
            let body = match (point, qualifier) {
                (Some(p), _) if qualifier != Qualifier::Range => scalar(axis, *p),
                (None, Qualifier::AtMost) if interval.max.is_some() => {
                    let op = if interval.max_inclusive { "<=" } else { "<" };
                    return format!("{op}{}", scalar(axis, interval.max.unwrap_or_default()));
                }
                (None, Qualifier::AtLeast) if interval.min.is_some() => {
                    let op = if interval.min_inclusive { ">=" } else { ">" };
                    return format!("{op}{}", scalar(axis, interval.min.unwrap_or_default()));
                }
                _ => range(axis, interval),
            };
            match qualifier {
                Qualifier::Approx => format!("~{body}"),
                Qualifier::AtLeast if point.is_some() => format!(">={body}"),
                Qualifier::AtMost if point.is_some() => format!("<={body}"),
                _ => body,
            }
        }
    }
}

fn range(axis: &Axis, i: &Interval) -> String {
    match (i.min, i.max) {
        (Some(a), Some(b)) => format!("{}..{}", scalar(axis, a), scalar(axis, b)),
        (Some(a), None) => format!(
            ">{}{}",
            if i.min_inclusive { "=" } else { "" },
            scalar(axis, a)
        ),
        (None, Some(b)) => format!(
            "<{}{}",
            if i.max_inclusive { "=" } else { "" },
            scalar(axis, b)
        ),
        (None, None) => "any".to_string(),
    }
}

/// One number on an axis, with a unit a person reads easily.
fn scalar(axis: &Axis, x: f64) -> String {
    match axis {
        Axis::Seconds => duration(x),
        Axis::Money(code) => {
            let (n, scale) = scaled(x);
            match code.as_str() {
                "USD" => format!("${n}{scale}"),
                "GBP" => format!("£{n}{scale}"),
                "EUR" => format!("€{n}{scale}"),
                "ILS" => format!("₪{n}{scale}"),
                other => format!("{n}{scale} {other}"),
            }
        }
        Axis::Unit(u) if u == "m" && x.abs() >= 1000.0 => format!("{} km", number(x / 1000.0)),
        Axis::Unit(u) if u == "kg" && x.abs() >= 1000.0 => format!("{} t", number(x / 1000.0)),
        Axis::Unit(u) => format!("{} {u}", number(x)),
        Axis::Percent => format!("{}%", number(x)),
        Axis::Count => number(x),
        Axis::Date => date_from_number(x).map_or_else(|| number(x), |d| d.to_string()),
    }
}

fn scaled(x: f64) -> (String, &'static str) {
    for (div, word) in [(1e12, " trillion"), (1e9, " billion"), (1e6, " million")] {
        if x.abs() >= div {
            return (number(x / div), word);
        }
    }
    (number(x), "")
}

fn duration(s: f64) -> String {
    const UNITS: &[(f64, &str)] = &[
        (31_536_000.0, "y"),
        (2_592_000.0, "mo"),
        (604_800.0, "wk"),
        (86_400.0, "d"),
        (3600.0, "h"),
        (60.0, "min"),
    ];
    for (len, name) in UNITS {
        if s >= *len && ((s / len) * 100.0).fract().abs() < 1e-9 {
            return format!("{} {name}", number(s / len));
        }
    }
    format!("{} s", number(s))
}

/// A number without needless decimals.
fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        let s = format!("{x:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn display_date(d: &DateValue) -> String {
    let mut out = match d.days {
        Some((a, b)) if a == b => a.to_string(),
        Some((a, b)) => {
            let p = d.parts;
            match (p.year, p.month) {
                (Some(y), Some(m)) if p.day.is_none() => format!("{y}-{m:02}"),
                (Some(y), None) => y.to_string(),
                _ => format!("{a}..{b}"),
            }
        }
        None => match (d.parts.pattern(), d.relative) {
            (Some(p), _) => p,
            (None, Some(r)) => format!("{:+} {:?} (relative)", r.offset, r.unit).to_lowercase(),
            (None, None) => "date".to_string(),
        },
    };
    if let Some(w) = d.parts.weekday {
        out = format!("{} {out}", weekday_name(w));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::DateParts;

    #[test]
    fn shows_durations_in_natural_units() {
        assert_eq!(
            display_value(&Value::exact(Axis::Seconds, 21600.0), Qualifier::Exact),
            "6 h"
        );
        assert_eq!(
            display_value(&Value::exact(Axis::Seconds, 259200.0), Qualifier::Exact),
            "3 d"
        );
    }

    #[test]
    fn shows_money_with_scale() {
        let v = Value::Scalar {
            axis: Axis::Money("USD".into()),
            interval: Interval::point(5e9).widen(0.1),
            point: Some(5e9),
        };
        assert_eq!(display_value(&v, Qualifier::Approx), "~$5 billion");
    }

    #[test]
    fn shows_partial_dates_as_patterns() {
        let d = DateValue::from_parts(DateParts {
            month: Some(12),
            day: Some(14),
            weekday: Some(chrono::Weekday::Tue),
            ..Default::default()
        });
        assert_eq!(display_date(&d), "Tuesday --12-14");
    }
}
