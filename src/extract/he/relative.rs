//! Relative dates (§6): single words (היום, אתמול, שלשום, מחר, אשתקד, השבוע),
//! a unit with a modifier (בשבוע הבא, בחודש שעבר, בשנה שעברה), ago/in + a
//! duration (לפני שלוש שנים, בעוד שבועיים), and weekdays (a bare ביום שני is
//! a `Weekday` mention; שני הזה/הבא/האחרון resolves with a reference date).
//! Without a reference date a relative date stays `DateValue::relative`;
//! with one, [`resolve`] turns it into days.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::date::{date_found, month_at, weekday_at};
use super::duration;
use super::token::TokKind;
use super::{mention, Cx, Found};
use crate::extract::lang::he as t;
use crate::extract::Kind;
use crate::value::{
    last_day_of_month, CalendarUnit, DateParts, DateValue, Qualifier, RelativeDate, Value,
};

/// Which occurrence of a weekday a modifier picks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Which {
    /// הזה: the coming one (today included).
    This,
    /// האחרון: the most recent one before today.
    Last,
    /// In the week `n` weeks from this one (הבא +1, שעבר −1).
    Week(i64),
}

/// The modifier after a weekday at `k`, with the token after it:
/// הזה, הבא, שעבר, האחרון, (ב)שבוע הבא/שעבר.
fn weekday_modifier(cx: &Cx<'_, '_>, k: usize) -> Option<(Which, usize)> {
    let tk = cx.tok(k)?;
    if tk.kind == TokKind::Word && tk.stem() == "שבוע" && !tk.prefix.he {
        let (_, o) = t::RELATIVE_MODIFIERS
            .iter()
            .find(|(m, _)| cx.tok(k + 1).is_some_and(|x| x.is(m)))?;
        return Some((Which::Week(i64::from(*o)), k + 2));
    }
    let (m, o) = t::RELATIVE_MODIFIERS.iter().find(|(m, _)| tk.is(m))?;
    let which = match (*m, *o) {
        ("האחרון" | "האחרונה", _) => Which::Last,
        // ביום שישי הקרוב: the coming one, not next week's.
        ("הקרוב" | "הקרובה", _) => Which::This,
        (_, 0) => Which::This,
        (_, o) => Which::Week(i64::from(o)),
    };
    Some((which, k + 1))
}

/// The day a weekday + modifier names, seen from `r`; weeks start on Sunday.
fn weekday_near(r: NaiveDate, w: Weekday, which: Which) -> NaiveDate {
    let wd = i64::from(w.num_days_from_sunday());
    let rd = i64::from(r.weekday().num_days_from_sunday());
    match which {
        Which::This => r + Duration::days((wd - rd).rem_euclid(7)),
        Which::Last => {
            r - Duration::days(match (rd - wd).rem_euclid(7) {
                0 => 7,
                n => n,
            })
        }
        Which::Week(n) => r + Duration::days(wd - rd + 7 * n),
    }
}

/// A bare weekday (ביום שני): a `Weekday` mention, never a claim. With a
/// reference date, `רביעי הזה`/`הבא`/`שעבר` resolve to a day.
pub fn weekday(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    // בראשון הזה: a weekday name with ב before a modifier.
    let with_b = cx.tok(i).is_some_and(|x| {
        x.prefix_text == "ב"
            && x.lex.is_some_and(|e| e.weekday.is_some())
            && x.stem() != t::DAY_WORD
    });
    let (w, next) = if with_b {
        (cx.toks[i].lex.and_then(|e| e.weekday)?, i + 1)
    } else {
        weekday_at(cx, i, true)?
    };
    if let Some(f) = weekday_of_month(cx, i, w, next) {
        return Some(f);
    }
    let modifier = weekday_modifier(cx, next);
    // בשבת, ברביעי: "on Saturday"; בראשון/בשני may be "in the first/two".
    let plain_b = with_b && t::WEEKDAYS_AFTER_B.contains(&cx.toks[i].stem());
    if with_b && modifier.is_none() && !plain_b {
        return None;
    }
    if let (Some((which, after)), Some(r)) = (modifier, cx.reference) {
        let day = weekday_near(r, w, which);
        let parts = DateParts {
            year: Some(day.year()),
            month: Some(day.month()),
            day: Some(day.day()),
            weekday: Some(w),
        };
        return Some(date_found(cx, i, parts, after));
    }
    if cx.toks[i].stem() != t::DAY_WORD && !plain_b {
        return None; // a bare ראשון/שני is an ordinal or a number
    }
    let parts = DateParts {
        weekday: Some(w),
        ..DateParts::default()
    };
    let m = mention(
        cx,
        cx.toks[i].start,
        next,
        Kind::Weekday,
        Value::Date(DateValue::from_parts(parts)),
        Qualifier::Exact,
    );
    Some(Found::one(m, next))
}

/// שני האחרון של מרץ, יום שלישי הראשון של אוקטובר 2013: the last or n-th
/// such weekday of a month. The year is the stated one, else the
/// reference's; with neither, the words are consumed without a claim.
fn weekday_of_month(cx: &Cx<'_, '_>, i: usize, w: Weekday, k: usize) -> Option<Found> {
    let tk = cx.tok(k)?;
    let nth = if tk.is("האחרון") || tk.is("האחרונה") {
        0
    } else if tk.prefix_text == "ה" {
        tk.lex
            .and_then(|e| e.ordinal)
            .filter(|o| (1..=5).contains(o))?
    } else {
        return None;
    };
    if !cx.tok(k + 1).is_some_and(|x| x.is(t::OF_WORD)) {
        return None;
    }
    let (m, _) = month_at(cx, k + 2).filter(|_| cx.toks[k + 2].prefix.is_empty())?;
    let stated = cx.tok(k + 3).and_then(|x| {
        (x.kind == TokKind::Num && x.text.len() == 4 && x.prefix.is_empty())
            .then(|| x.text.parse::<i32>().ok())
            .flatten()
    });
    let next = if stated.is_some() { k + 4 } else { k + 3 };
    let Some(y) = stated.or(cx.reference.map(|r| r.year())) else {
        return Some(Found::none(next));
    };
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let day = if nth == 0 {
        let last = last_day_of_month(y, m)?;
        let back = (7 + last.weekday().num_days_from_sunday() - w.num_days_from_sunday()) % 7;
        last - Duration::days(i64::from(back))
    } else {
        let fwd = (7 + w.num_days_from_sunday() - first.weekday().num_days_from_sunday()) % 7;
        let d = first + Duration::days(i64::from(fwd + 7 * (nth - 1)));
        if d.month() != m {
            return Some(Found::none(next));
        }
        d
    };
    let parts = DateParts {
        year: Some(y),
        month: Some(m),
        day: Some(day.day()),
        weekday: Some(w),
    };
    Some(date_found(cx, i, parts, next))
}

/// Relative dates: single words, unit + modifier, ago/in + duration.
pub(super) fn relative(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tk = cx.tok(i)?;
    if tk.kind != TokKind::Word {
        return None;
    }
    let modifier_at = |k: usize| {
        cx.tok(k)
            .and_then(|x| t::RELATIVE_MODIFIERS.iter().find(|(m, _)| x.is(m)))
            .map(|(_, o)| *o)
    };
    let lex = tk.lex;
    if let Some((unit, off)) = lex.and_then(|e| e.relative) {
        // ראש השנה: the holiday.
        if cx
            .before(i, 1)
            .is_some_and(|x| t::NOT_BEFORE_RELATIVE.contains(&x.key()))
        {
            return None;
        }
        // היום העשירי, היום הלאומי, השנה האחרונה: "the day/year" with a
        // definite adjective, not "today"/"this year". A definite word ending
        // in י (הלאומי, השלישי) or an ordinal is an adjective; verbs after
        // היום (הודיע, החליט) end otherwise.
        let adjective = cx.tok(i + 1).is_some_and(|x| {
            x.kind == TokKind::Word
                && x.key().starts_with('ה')
                && (x.lex.is_some_and(|e| e.ordinal.is_some())
                    || x.key().ends_with('י')
                    || t::DEFINITE_ADJECTIVES.contains(&x.key()))
        });
        let modified = modifier_at(i + 1).is_some();
        if adjective && !(modified && unit != CalendarUnit::Day) {
            return None;
        }
        if off == 0 && unit != CalendarUnit::Day {
            if let Some(o) = modifier_at(i + 1) {
                return Some(rel_found(cx, i, i + 2, unit, o, true, false));
            }
        }
        return Some(rel_found(cx, i, i + 1, unit, off, true, false));
    }
    // בשבוע הבא, בחודש שעבר, בשנה שעברה, שנה הבאה.
    if let Some(tw) = lex
        .and_then(|e| e.time)
        .filter(|tw| tw.count == 1.0 && !tw.plural)
    {
        if !tk.prefix.he && matches!(tk.prefix.prep, None | Some('ב' | 'ל')) {
            if let (Some((unit, 1)), Some(o)) = (tw.unit.calendar(), modifier_at(i + 1)) {
                if matches!(
                    unit,
                    CalendarUnit::Week | CalendarUnit::Month | CalendarUnit::Year
                ) {
                    return Some(rel_found(cx, i, i + 2, unit, o, true, false));
                }
            }
        }
    }
    // לפני N unit, בעוד N unit.
    let sign = if t::AGO_WORDS
        .iter()
        .any(|w| tk.key() == *w || tk.key().strip_prefix('ו') == Some(w))
    {
        -1
    } else if t::IN_WORDS
        .iter()
        .any(|w| tk.key() == *w || tk.key().strip_prefix('ו') == Some(w))
    {
        1
    } else {
        return None;
    };
    // לפני יותר מעשור, בעוד פחות משנה, לפני קצת יותר מחודש: approximate.
    let mut k = i + 1;
    if cx.tok(k).is_some_and(|x| x.is("קצת") || x.is("מעט")) {
        k += 1;
    }
    let hedge = t::HEDGES_BEFORE.iter().find(|(words, _, _)| {
        !matches!(words[0], "כ" | "עד")
            && words
                .iter()
                .enumerate()
                .all(|(n, w)| cx.tok(k + n).is_some_and(|x| x.is(w)))
    });
    let hedged = hedge.is_some();
    if let Some((words, _, _)) = hedge {
        k += words.len();
    } else {
        k = i + 1;
    }
    let d = duration::phrase_with(cx, k, hedged)?;
    let (unit, steps) = match d.unit.calendar() {
        Some((u, mult)) if d.count.fract() == 0.0 => (u, d.count as i32 * mult),
        _ => {
            let secs = d.count * d.unit.seconds();
            if secs >= 86_400.0 && secs % 86_400.0 == 0.0 {
                (CalendarUnit::Day, (secs / 86_400.0) as i32)
            } else {
                return None; // בעוד חצי שעה: a duration
            }
        }
    };
    let mut f = rel_found(cx, i, d.next, unit, sign * steps, false, d.about || hedged);
    if d.about {
        for m in &mut f.mentions {
            m.hedge = Some("כ-".to_string());
        }
    }
    Some(f)
}

fn rel_found(
    cx: &Cx<'_, '_>,
    i: usize,
    next: usize,
    unit: CalendarUnit,
    offset: i32,
    period: bool,
    about: bool,
) -> Found {
    let rel = RelativeDate { unit, offset };
    let value = match cx.reference {
        Some(r) => resolve(rel, period, r),
        None => DateValue::relative(unit, offset),
    };
    let q = if about {
        Qualifier::Approx
    } else {
        Qualifier::Exact
    };
    Found::one(
        mention(
            cx,
            cx.toks[i].start,
            next,
            Kind::Date,
            Value::Date(value),
            q,
        ),
        next,
    )
}

/// Resolves a relative date against `reference`. `period` ("next week",
/// "last year") covers the whole calendar unit; otherwise ("two weeks ago")
/// days and weeks land on one day, months and years on the whole unit.
/// Weeks run Sunday to Saturday, as in Israel.
pub fn resolve(rel: RelativeDate, period: bool, reference: NaiveDate) -> DateValue {
    let off = i64::from(rel.offset);
    let (parts, days) = match rel.unit {
        CalendarUnit::Day => {
            let d = reference + Duration::days(off);
            (full(d), Some((d, d)))
        }
        CalendarUnit::Week => {
            let d = reference + Duration::days(7 * off);
            if period {
                let s = d - Duration::days(i64::from(d.weekday().num_days_from_sunday()));
                (DateParts::default(), Some((s, s + Duration::days(6))))
            } else {
                (full(d), Some((d, d)))
            }
        }
        CalendarUnit::Month => {
            let total = reference.year() * 12 + reference.month0() as i32 + rel.offset;
            let p = DateParts {
                year: Some(total.div_euclid(12)),
                month: Some(total.rem_euclid(12) as u32 + 1),
                ..DateParts::default()
            };
            (p, p.days())
        }
        CalendarUnit::Year => {
            let p = DateParts {
                year: Some(reference.year() + rel.offset),
                ..DateParts::default()
            };
            (p, p.days())
        }
    };
    DateValue {
        parts,
        days,
        relative: Some(rel),
    }
}

fn full(d: NaiveDate) -> DateParts {
    DateParts {
        year: Some(d.year()),
        month: Some(d.month()),
        day: Some(d.day()),
        weekday: None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claims, claims_at, date_days as days, only, rel_of as rel};
    use super::*;

    #[test]
    fn relative_dates_without_reference() {
        assert_eq!(rel(&only("שלשום נפגשו")), (CalendarUnit::Day, -2));
        assert_eq!(rel(&only("בשבוע הבא")), (CalendarUnit::Week, 1));
        assert_eq!(rel(&only("בשנה שעברה")), (CalendarUnit::Year, -1));
        assert_eq!(rel(&only("לפני ארבעה חודשים")), (CalendarUnit::Month, -4));
        assert_eq!(rel(&only("בעוד שבועיים")), (CalendarUnit::Week, 2));
        assert_eq!(rel(&only("לפני עשור")), (CalendarUnit::Year, -10));
        let m = only("לפני כשנה");
        assert_eq!(rel(&m), (CalendarUnit::Year, -1));
        assert_eq!(m.qualifier, Qualifier::Approx);
        assert!(claims("ראש השנה").is_empty());
        assert!(claims("בחגיגות היום הלאומי").is_empty());
        assert_eq!(rel(&only("היום הודיע השר")), (CalendarUnit::Day, 0));
        assert_eq!(rel(&only("השנה הבאה")), (CalendarUnit::Year, 1));
        for s in [
            "לפני יותר מעשור",
            "לפני קצת יותר מעשר שנים",
            "לפני כמעט עשור",
        ] {
            let m = only(s);
            assert_eq!(rel(&m), (CalendarUnit::Year, -10), "{s}");
            assert_eq!(m.qualifier, Qualifier::Approx, "{s}");
        }
    }

    #[test]
    fn relative_dates_resolve_against_the_reference() {
        let r = NaiveDate::from_ymd_opt(2016, 12, 14); // a Wednesday
        let one = |s: &str| {
            let c = claims_at(s, r);
            assert_eq!(c.len(), 1, "{s}");
            days(&c[0])
        };
        assert_eq!(one("אתמול"), ("2016-12-13".into(), "2016-12-13".into()));
        assert_eq!(one("בחודש הבא"), ("2017-01-01".into(), "2017-01-31".into()));
        assert_eq!(one("אשתקד"), ("2015-01-01".into(), "2015-12-31".into()));
        // The week runs Sunday to Saturday.
        assert_eq!(
            one("בשבוע שעבר"),
            ("2016-12-04".into(), "2016-12-10".into())
        );
        assert_eq!(
            one("לפני שלושה ימים"),
            ("2016-12-11".into(), "2016-12-11".into())
        );
        assert_eq!(
            one("בעוד 48 שעות"),
            ("2016-12-16".into(), "2016-12-16".into())
        );
        assert_eq!(one("שני הבא"), ("2016-12-19".into(), "2016-12-19".into()));
    }

    #[test]
    fn weekday_and_month_modifiers_resolve_with_a_reference() {
        let r = NaiveDate::from_ymd_opt(2016, 12, 14); // a Wednesday
        let day = |s: &str| {
            let c = claims_at(s, r);
            assert_eq!(c.len(), 1, "{s}");
            days(&c[0]).0
        };
        assert_eq!(day("חמישי הזה"), "2016-12-15");
        assert_eq!(day("בשני הזה"), "2016-12-19");
        assert_eq!(day("ביום שלישי האחרון"), "2016-12-13");
        assert_eq!(day("רביעי האחרון"), "2016-12-07");
        assert_eq!(day("ראשון הבא"), "2016-12-18");
        assert_eq!(day("ביום שישי הקרוב"), "2016-12-16");
        assert_eq!(day("שישי בשבוע שעבר"), "2016-12-09");
        assert_eq!(day("ינואר הבא"), "2017-01-01");
        assert_eq!(day("בנובמבר האחרון"), "2016-11-01");
        assert_eq!(day("ביוני שעבר"), "2016-06-01");
    }

    #[test]
    fn last_or_nth_weekday_of_a_month() {
        assert_eq!(
            days(&only("ביום שישי האחרון של ינואר 2016")).0,
            "2016-01-29"
        );
        assert_eq!(days(&only("יום שני הראשון של פברואר 2016")).0, "2016-02-01");
        let r = NaiveDate::from_ymd_opt(2016, 12, 14);
        let c = claims_at("רביעי האחרון של נובמבר", r);
        assert_eq!(days(&c[0]).0, "2016-11-30");
        assert!(claims("רביעי האחרון של נובמבר").is_empty());
    }

    #[test]
    fn a_bare_weekday_is_no_claim() {
        assert!(claims("ביום חמישי האחרון").is_empty());
        let n = crate::text::normalize("הפגישה תתקיים בשבת");
        let all = super::super::extract(&n.text, None);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].kind, Kind::Weekday);
        let n = crate::text::normalize("ביום חמישי");
        let all = super::super::extract(&n.text, None);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].kind, Kind::Weekday); // In brackets too: הוא הגיע (יום שלישי).
        let n = crate::text::normalize("הוא הגיע (יום שלישי) לעיר");
        let all = super::super::extract(&n.text, None);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].kind, Kind::Weekday);
    }
}
