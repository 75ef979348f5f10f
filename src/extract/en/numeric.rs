//! Numeric dates: ISO "2015-08-12", "2015/08/12", day-first "21/04/2016"
//! and month-first "10-31-74" when the order is unambiguous, "3/3/15",
//! month and year "3/2015", and "on 4-22". An ambiguous "03/04/2015" is
//! consumed without a claim.

use chrono::NaiveDate;

use super::date::day_mention;
use super::tokens::Ctx;
use super::{mention, Found};
use crate::extract::engine::traps::is_dotted_date;
use crate::extract::lang::en as t;
use crate::extract::Kind;
use crate::value::{DateParts, DateValue, Qualifier, Value};

/// Numeric dates: ISO "2015-08-12", "2015/08/12", "21/04/2016", "10-31-74",
/// "3/3/15", month and year "3/2015", and "on 4-22".
pub fn numeric(cx: &Ctx, i: usize) -> Option<Found> {
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
        // "03.05.15", "3.5.2015": dotted dates are day-first.
        let (y, m, d) = if sep == "." {
            if !is_dotted_date(&[a, b, c])
                || cx.glued(i + 5) && cx.is(i + 5, ".") && cx.is_digits(i + 6)
            {
                return None;
            }
            let y = num(c)? as i32;
            let y = if c.len() == 2 { century(y) } else { y };
            (y, num(b)?, num(a)?)
        } else if a.len() == 4 {
            (num(a)? as i32, num(b)?, num(c)?)
        } else {
            let y = match c.len() {
                4 => num(c)? as i32,
                2 => century(num(c)? as i32),
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
    // "2015-16" is a span of years; "1995-01" a month.
    if a.len() == 4 && b.len() <= 2 && sep != "." && !cx.is_digits(i + 3) {
        let y = num(a)? as i32;
        let z = num(b)? as i32;
        if (1000..=2100).contains(&y) {
            let end_year = y - y % 100 + z;
            if b.len() == 2 && sep == "-" && end_year > y && end_year - y < 10 {
                let v = DateValue::years(y, end_year)?;
                let v = Value::Date(v);
                return Some(mention(
                    cx,
                    i,
                    i + 3,
                    Kind::Year,
                    v,
                    Qualifier::Range,
                    None,
                    None,
                ));
            }
            if (1..=12).contains(&z) {
                let parts = DateParts {
                    year: Some(y),
                    month: Some(z as u32),
                    ..DateParts::default()
                };
                return day_mention(cx, i, i + 3, parts);
            }
        }
    }
    // "3/2015": month and year.
    if b.len() == 4 && a.len() <= 2 && sep == "/" {
        let m = num(a)?;
        let y = num(b)? as i32;
        let unit_after = super::quantity::unit(cx, i + 3, false).is_some();
        if (1..=12).contains(&m) && (1900..=2100).contains(&y) && !unit_after {
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
    // "on 4-22", "on 22/04": month and day (or day and month) after "on";
    // "22/04" (a leading zero or a day above 12) is a date anywhere.
    let context = i > 0 && t::DAY_CONTEXT.contains(&cx.low(i - 1));
    if a.len() <= 2 && b.len() <= 2 && !cx.is(i + 3, ".") || a.len() <= 2 && b.len() == 2 {
        let (x, z) = (num(a)?, num(b)?);
        let zero = (a.starts_with('0') || b.starts_with('0')) && sep == "/";
        let (m, d) = if x > 12 && z <= 12 { (z, x) } else { (x, z) };
        let valid = (1..=12).contains(&m) && (1..=31).contains(&d);
        let dated = context || zero || (x > 12 && z <= 12 && sep == "/" && b.len() == 2);
        if valid && dated && !cx.is_digits(i + 4) {
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

/// The year of a two-digit year: 50-99 in the 1900s, 00-49 in the 2000s.
fn century(v: i32) -> i32 {
    if v >= 50 {
        1900 + v
    } else {
        2000 + v
    }
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::super::test_util::{d, days, ymd};
    use crate::extract::Kind;

    #[test]
    fn year_and_month_or_span_of_years() {
        assert_eq!(
            days("in 1987-04"),
            ("1987-04-01".into(), "1987-04-30".into())
        );
        assert_eq!(d("the 2003-04 season").0, Kind::Year);
        assert_eq!(days("the 2003-04 season").1, "2004-12-31");
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
    fn dotted_dates_are_day_first() {
        assert_eq!(
            d("The match on 03.05.15 drew fans.").1.parts,
            ymd(2015, 5, 3)
        );
        assert_eq!(d("on 3.5.2015").1.parts, ymd(2015, 5, 3));
        assert_eq!(d("on 21.04.2016").1.parts, ymd(2016, 4, 21));
        // Slash dates stay as they were; versions and decimals are no dates.
        assert_eq!(d("on 10/31/74").1.parts, ymd(1974, 10, 31));
        assert!(extract("on 03/04/2015", None).is_empty());
        assert!(extract("running v1.2.15 and 1.2.15", None).is_empty());
        assert!(extract("on 31.02.2016", None)
            .iter()
            .all(|m| m.kind != Kind::Date));
    }
}
