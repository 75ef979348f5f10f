//! The one relative-date resolver, with the language's calendar settings.
//!
//! "Last week", "next year", "two months ago": a [`RelativeDate`] is kept as
//! stated and, when the document has a reference date, resolved to days. What
//! differs between languages is data ([`Calendar`]): the day a week starts
//! on, and whether "N months ago" names the whole month or one day.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::value::{CalendarUnit, DateParts, DateValue, RelativeDate};

/// A language's calendar settings (`[language]` of its data file).
#[derive(Clone, Debug, PartialEq)]
pub struct Calendar {
    /// The first day of a week.
    pub week_start: Weekday,
    /// Units for which "N units ago" covers the whole unit, not one day.
    pub ago_covers_whole: Vec<CalendarUnit>,
}

impl Calendar {
    /// Resolves `rel` against `reference`. `period` ("next week", "last
    /// year") covers the whole calendar unit; a count ago or ahead ("two
    /// weeks ago") covers one day, or the whole unit for the units of
    /// `ago_covers_whole`.
    pub fn resolve(&self, rel: RelativeDate, period: bool, reference: NaiveDate) -> DateValue {
        let whole = period || self.ago_covers_whole.contains(&rel.unit);
        let off = i64::from(rel.offset);
        let (parts, days) = match rel.unit {
            CalendarUnit::Day => one_day(reference + Duration::days(off)),
            CalendarUnit::Week => {
                let d = reference + Duration::days(7 * off);
                if whole {
                    let back = (7 + d.weekday().num_days_from_monday()
                        - self.week_start.num_days_from_monday())
                        % 7;
                    let s = d - Duration::days(i64::from(back));
                    (DateParts::default(), Some((s, s + Duration::days(6))))
                } else {
                    one_day(d)
                }
            }
            CalendarUnit::Month => {
                let total = reference.year() * 12 + reference.month0() as i32 + rel.offset;
                let p = DateParts {
                    year: Some(total.div_euclid(12)),
                    month: Some(total.rem_euclid(12) as u32 + 1),
                    ..DateParts::default()
                };
                if whole {
                    (p, p.days())
                } else {
                    let day = reference.day().min(
                        crate::value::last_day_of_month(p.year.unwrap_or(0), p.month.unwrap_or(1))
                            .map_or(28, |d| d.day()),
                    );
                    one_day(
                        NaiveDate::from_ymd_opt(p.year.unwrap_or(0), p.month.unwrap_or(1), day)
                            .unwrap_or(reference),
                    )
                }
            }
            CalendarUnit::Year => {
                let p = DateParts {
                    year: Some(reference.year() + rel.offset),
                    ..DateParts::default()
                };
                if whole {
                    (p, p.days())
                } else {
                    one_day(
                        reference
                            .with_year(reference.year() + rel.offset)
                            .unwrap_or(reference),
                    )
                }
            }
        };
        DateValue {
            parts,
            days,
            relative: Some(rel),
        }
    }
}

fn one_day(d: NaiveDate) -> (DateParts, Option<(NaiveDate, NaiveDate)>) {
    let parts = DateParts {
        year: Some(d.year()),
        month: Some(d.month()),
        day: Some(d.day()),
        weekday: None,
    };
    (parts, Some((d, d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cal(start: Weekday) -> Calendar {
        Calendar {
            week_start: start,
            ago_covers_whole: vec![CalendarUnit::Month, CalendarUnit::Year],
        }
    }

    #[test]
    fn last_week_starts_on_the_languages_week_start() {
        let r = NaiveDate::from_ymd_opt(2013, 2, 12).unwrap(); // a Tuesday
        let rel = RelativeDate {
            unit: CalendarUnit::Week,
            offset: -1,
        };
        let (a, b) = cal(Weekday::Sun).resolve(rel, true, r).days.unwrap();
        assert_eq!(
            (a.to_string(), b.to_string()),
            ("2013-02-03".into(), "2013-02-09".into())
        );
        let (a, _) = cal(Weekday::Mon).resolve(rel, true, r).days.unwrap();
        assert_eq!(a.to_string(), "2013-02-04");
    }

    #[test]
    fn months_ago_cover_the_month() {
        let r = NaiveDate::from_ymd_opt(2016, 1, 20).unwrap();
        let rel = RelativeDate {
            unit: CalendarUnit::Month,
            offset: -2,
        };
        let v = cal(Weekday::Sun).resolve(rel, false, r);
        assert_eq!(v.parts.month, Some(11));
        assert_eq!(v.parts.year, Some(2015));
        assert_eq!(v.days.unwrap().1.to_string(), "2015-11-30");
    }
}
