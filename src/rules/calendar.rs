#![doc = include_str!("../../docs/checks/calendar.md")]

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

use super::{doc_label, finding, render, CheckContext, Finding, RuleDef, Verdict};
use crate::align::gap_days;
use crate::claims::{nearest_weekday, Claim};
use crate::value::{weekday_name, DateParts, DateValue, Value};

/// The text `explain calendar` prints.
pub const EXPLANATION: &str = include_str!("../../docs/checks/calendar.md");

/// How close (in days) another source's event time must be to date the claim.
const EVIDENCE_WINDOW: i64 = 7;

/// Runs a calendar rule.
pub fn run(rule: &RuleDef, ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    for c in ctx.claims.iter().filter(|c| c.repeat_of.is_none()) {
        let Value::Date(d) = &c.value else { continue };
        let p = d.parts;
        let (Some(weekday), Some(month), Some(day)) = (p.weekday, p.month, p.day) else {
            continue;
        };
        let (year, evidence) = match p.year {
            Some(y) => (y, Vec::new()),
            None => match year_from_other_sources(ctx, c, d) {
                Some(found) => found,
                None => continue,
            },
        };
        let resolved = DateParts {
            year: Some(year),
            ..p
        };
        if resolved.weekday_matches() != Some(false) {
            continue;
        }
        let Some(date) = NaiveDate::from_ymd_opt(year, month, day) else {
            continue;
        };
        let stated = weekday_name(weekday);
        let actual = weekday_name(date.weekday());
        let date_text = date.to_string();
        let message = render(
            &rule.message,
            &[
                ("a", &c.display),
                ("doc_a", &c.doc),
                ("date", &date_text),
                ("stated", stated),
                ("actual", actual),
            ],
        );
        let mut explanation = format!("{} says \"{}\". ", doc_label(ctx, &c.doc), c.text);
        if evidence.is_empty() {
            explanation.push_str(&format!("{date_text} was a {actual}, not a {stated}."));
        } else {
            let sources: Vec<String> = evidence
                .iter()
                .map(|e| {
                    format!(
                        "{} (\"{}\", event time {})",
                        e.doc,
                        e.text,
                        crate::rules::when_label(e)
                    )
                })
                .collect();
            explanation.push_str(&format!(
                "The article gives no year; other sources about the same event date it to {year}: {}. {date_text} was a {actual}, not a {stated}.",
                sources.join("; ")
            ));
            // A source that names the stated weekday in its own week shows which day it was.
            if let Some(e) = evidence
                .iter()
                .find(|e| e.sentence_weekday == Some(weekday))
            {
                if let Some(p) = ctx.document(&e.doc).and_then(|d| d.meta.published) {
                    let that = nearest_weekday(p, weekday);
                    explanation.push_str(&format!(
                        " {} puts it on {stated}, which nearest its publication date is {that}.",
                        e.doc
                    ));
                }
            }
        }
        let mut claims: Vec<&Claim> = vec![c];
        claims.extend(evidence.iter().copied());
        out.push(finding(
            rule,
            Verdict::Contradiction,
            &claims,
            "calendar",
            message,
            explanation,
        ));
    }
    out
}

/// The year of a yearless date, told by other documents' claims that name
/// the same people or places and whose event time lies within a week of the
/// day and month in exactly one year; with those claims as evidence.
/// How many other documents an explanation names as the source of a year.
const MAX_EVIDENCE: usize = 8;

fn year_from_other_sources<'a>(
    ctx: &'a CheckContext,
    c: &Claim,
    d: &DateValue,
) -> Option<(i32, Vec<&'a Claim>)> {
    let mut years = BTreeSet::new();
    let mut evidence: Vec<&Claim> = Vec::new();
    let day_level = |e: &Claim| {
        e.subject
            .when
            .as_ref()
            .and_then(|w| w.days)
            .is_some_and(|(a, b)| (b - a).num_days() <= 7)
    };
    // Cheap tests first: this runs for every yearless weekday-date.
    for e in ctx.claims.iter() {
        if e.repeat_of.is_some() || !day_level(e) || e.doc == c.doc || !c.shares_entity(e) {
            continue;
        }
        let Some(w) = &e.subject.when else { continue };
        if gap_days(d, w).is_some_and(|g| g <= EVIDENCE_WINDOW) {
            let (first, _) = w.days?;
            years.insert(first.year());
            if evidence.len() < MAX_EVIDENCE && !evidence.iter().any(|x| x.doc == e.doc) {
                evidence.push(e);
            }
        }
    }
    if years.len() != 1 {
        return None;
    }
    let year = *years.iter().next()?;
    // Year-level claims in other documents that agree (e.g. "his last visit was in 2016").
    let whole_year = DateValue::from_parts(DateParts {
        year: Some(year),
        ..Default::default()
    });
    for e in ctx.claims.iter() {
        let is_year = matches!(&e.value, Value::Date(v) if v.days == whole_year.days);
        if is_year
            && e.repeat_of.is_none()
            && evidence.len() < 2 * MAX_EVIDENCE
            && e.doc != c.doc
            && !evidence.iter().any(|x| x.doc == e.doc)
            && shares_person(ctx, c, e)
        {
            evidence.push(e);
        }
    }
    Some((year, evidence))
}

fn shares_person(ctx: &CheckContext, a: &Claim, b: &Claim) -> bool {
    use crate::claims::vocab::EntityType;
    a.subject.entities.iter().any(|e| {
        b.subject.entities.contains(e)
            && ctx
                .vocab
                .entity(e)
                .is_some_and(|d| d.kind == EntityType::Person)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::{test_claim, Vocabulary};
    use crate::rules::RuleSet;
    use crate::value::Qualifier;

    fn date_claim(y: Option<i32>, m: u32, d: u32, w: chrono::Weekday) -> Claim {
        let parts = DateParts {
            year: y,
            month: Some(m),
            day: Some(d),
            weekday: Some(w),
        };
        test_claim(
            "a.txt",
            "the date",
            Value::Date(DateValue::from_parts(parts)),
            Qualifier::Exact,
        )
    }

    fn rule() -> RuleDef {
        let rules = RuleSet::bundled().unwrap();
        rules
            .rules
            .iter()
            .find(|(_, r)| r.id == "weekday-date")
            .unwrap()
            .1
            .clone()
    }

    #[test]
    fn a_wrong_weekday_with_its_year_contradicts() {
        let claims = vec![date_claim(Some(2016), 12, 14, chrono::Weekday::Tue)];
        let vocab = Vocabulary::default();
        let ctx = CheckContext::new(&claims, &[], &vocab);
        let found = run(&rule(), &ctx);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.contains("Wednesday"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn a_right_weekday_or_an_unknown_year_is_silent() {
        let vocab = Vocabulary::default();
        let right = vec![date_claim(Some(2016), 12, 14, chrono::Weekday::Wed)];
        assert!(run(&rule(), &CheckContext::new(&right, &[], &vocab)).is_empty());
        let yearless = vec![date_claim(None, 12, 14, chrono::Weekday::Tue)];
        assert!(run(&rule(), &CheckContext::new(&yearless, &[], &vocab)).is_empty());
    }
}
