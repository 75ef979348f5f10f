#![doc = include_str!("../../docs/checks/derive.md")]

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};

use super::model::Operation;
use super::{
    doc_label, finding, pair_claims, render, when_label, CheckContext, Finding, RuleDef, Verdict,
};
use crate::align::SentenceWords;
use crate::claims::Claim;
use crate::value::{Axis, Interval};

/// The text `explain derive` prints.
pub const EXPLANATION: &str = include_str!("../../docs/checks/derive.md");

/// Seconds in the 365-day year durations are counted in.
const YEAR_SECONDS: f64 = 31_536_000.0;

/// Runs a derive rule.
pub fn run(rule: &RuleDef, ctx: &CheckContext) -> Vec<Finding> {
    let (Some(from), Some(to), Some(op)) = (&rule.from, &rule.to, rule.operation) else {
        return Vec::new();
    };
    let fills = |c: &Claim, frame: &str, attr: &str| {
        c.repeat_of.is_none()
            && c.subject.frame.as_deref() == Some(frame)
            && c.subject.attribute.as_deref() == Some(attr)
    };
    let sources: Vec<&Claim> = ctx
        .claims
        .iter()
        .filter(|c| fills(c, &from.frame, &from.attribute))
        .collect();
    let targets: Vec<&Claim> = ctx
        .claims
        .iter()
        .filter(|c| fills(c, &to.frame, &to.attribute))
        .collect();
    // (verdict, derived start, stated start) → the pairs that gave it:
    // one finding per pair of values, however many sources repeat them.
    type Pairs<'c> = Vec<(&'c Claim, &'c Claim, NaiveDate, NaiveDate)>;
    let mut merged: BTreeMap<(Verdict, String, String), Pairs> = BTreeMap::new();
    let target_words: Vec<SentenceWords> = targets
        .iter()
        .map(|t| SentenceWords::of(&t.sentence))
        .collect();
    for s in &sources {
        let Some((lo, hi)) = derived(s, op) else {
            continue;
        };
        let source_words = SentenceWords::of(&s.sentence);
        let derived_iv =
            Interval::closed(crate::value::day_number(lo), crate::value::day_number(hi));
        for (t, words) in targets.iter().zip(&target_words) {
            let same_parties = s.subject.participants == t.subject.participants;
            if s.doc == t.doc || !same_parties || source_words.near_identical(words) {
                continue;
            }
            let Some(target_iv) = t.value.interval().filter(|_| t.value.axis() == Axis::Date)
            else {
                continue;
            };
            let verdict = match (
                derived_iv.overlaps(&target_iv),
                s.qualifier.is_precise() && t.qualifier.is_precise(),
            ) {
                (false, _) => Verdict::Contradiction,
                (true, true) => Verdict::Agreement,
                (true, false) => Verdict::Compatible,
            };
            merged
                .entry((verdict, year_text(lo, hi), t.display.clone()))
                .or_default()
                .push((s, t, lo, hi));
        }
    }
    let fact = format!(
        "{}.{} -> {}.{}",
        from.frame, from.attribute, to.frame, to.attribute
    );
    let mut out = Vec::new();
    for ((verdict, derived_text, _), pairs) in merged {
        let (s, t, lo, hi) = pairs[0];
        let event_day = s
            .subject
            .when
            .as_ref()
            .and_then(|w| w.days)
            .map(|(a, b)| {
                if a == b {
                    a.to_string()
                } else {
                    format!("{a}..{b}")
                }
            })
            .unwrap_or_default();
        let message = render(
            &rule.message,
            &[
                ("a", &s.display),
                ("b", &t.display),
                ("doc_a", &s.doc),
                ("doc_b", &t.doc),
                ("derived", &derived_text),
                ("when", &event_day),
                ("key", &fact),
            ],
        );
        let places = t
            .subject
            .participants
            .as_ref()
            .map(|p| p.places.join(", "))
            .unwrap_or_default();
        let mut explanation = format!(
            "{} says \"{}\" ({}) at event time {}: counting back gives a start between {lo} and {hi}. {} says \"{}\" ({}). Both are about {} ({places}); the start {}.",
            doc_label(ctx, &s.doc),
            s.text,
            s.display,
            when_label(s),
            doc_label(ctx, &t.doc),
            t.text,
            t.display,
            to.frame,
            if verdict == Verdict::Contradiction { "dates do not overlap" } else { "dates overlap" },
        );
        let (claims, note) = pair_claims(pairs.iter().map(|(x, y, _, _)| (*x, *y)));
        explanation.push_str(note.as_deref().unwrap_or(""));
        out.push(finding(rule, verdict, &claims, &fact, message, explanation));
    }
    out
}

/// "1991", or the range of days when the derived start spans years.
fn year_text(lo: NaiveDate, hi: NaiveDate) -> String {
    if lo.year() == hi.year() {
        lo.year().to_string()
    } else {
        format!("{lo}..{hi}")
    }
}

/// The interval of days the operation derives from a source claim.
fn derived(s: &Claim, op: Operation) -> Option<(NaiveDate, NaiveDate)> {
    let Operation::Since = op;
    let (when_lo, when_hi) = s.subject.when.as_ref()?.days?;
    let iv = s.value.interval()?;
    if s.value.axis() != Axis::Seconds {
        return None;
    }
    let (dmin, dmax) = (iv.min?, iv.max?);
    Some((
        minus_years(when_lo, dmax / YEAR_SECONDS)?,
        minus_years(when_hi, dmin / YEAR_SECONDS)?,
    ))
}

/// A date minus a (possibly fractional) number of years: whole years on
/// the calendar, the fraction in days.
fn minus_years(d: NaiveDate, years: f64) -> Option<NaiveDate> {
    let whole = years.trunc() as i32;
    let moved = d
        .with_year(d.year() - whole)
        .or_else(|| NaiveDate::from_ymd_opt(d.year() - whole, d.month(), 28))?;
    Some(moved - Duration::days((years.fract() * 365.25).round() as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twenty_five_years_before_december_2016_is_december_1991() {
        let d = NaiveDate::from_ymd_opt(2016, 12, 13).unwrap();
        assert_eq!(minus_years(d, 25.0).unwrap().to_string(), "1991-12-13");
        let leap = NaiveDate::from_ymd_opt(2016, 2, 29).unwrap();
        assert_eq!(minus_years(leap, 1.0).unwrap().to_string(), "2015-02-28");
    }
}
