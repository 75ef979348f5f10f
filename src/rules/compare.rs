#![doc = include_str!("../../docs/checks/compare.md")]

use std::collections::BTreeMap;

use super::{
    doc_label, finding, pair_claims, render, when_label, CheckContext, Finding, RuleDef, Verdict,
};
use crate::align::{group_by_key, time_relation, FactKey, SentenceWords, TimeRelation};
use crate::claims::vocab::{AttributeDef, Cardinality, FrameDef};
use crate::claims::Claim;
use crate::value::Interval;

/// The text `explain compare` prints.
pub const EXPLANATION: &str = include_str!("../../docs/checks/compare.md");

/// Runs a compare rule.
///
/// Pairs are judged claim by claim, but reported once per fact and pair of
/// values: when five sources say 6 h and two say 7 h, one finding lists all
/// seven claims, so a large corpus gives findings, not a flood of pairs.
pub fn run(rule: &RuleDef, ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    for (key, claims) in group_by_key(ctx.claims) {
        let selected = rule.attributes.contains(&key.attribute)
            && (rule.frames.is_empty() || rule.frames.contains(&key.frame));
        if !selected {
            continue;
        }
        let Some((frame, attr)) = definition(ctx, &key) else {
            continue;
        };
        // (verdict, value a, value b) → the judged pairs, in corpus order.
        let mut merged: BTreeMap<(Verdict, String, String), Vec<JudgedPair>> = BTreeMap::new();
        let words: Vec<SentenceWords> = claims
            .iter()
            .map(|c| SentenceWords::of(&c.sentence))
            .collect();
        for (i, a) in claims.iter().enumerate() {
            for (k, b) in claims.iter().enumerate().skip(i + 1) {
                if a.doc == b.doc {
                    continue;
                }
                let time = time_relation(
                    a.subject.when.as_ref(),
                    b.subject.when.as_ref(),
                    frame.window_days,
                );
                if time == TimeRelation::Different {
                    continue;
                }
                let copies = words[i].near_identical(&words[k]);
                if let Some(j) = judge(rule, ctx, attr, a, b, time, copies) {
                    let values = (j.verdict, a.display.clone(), b.display.clone());
                    merged.entry(values).or_default().push((a, b, j));
                }
            }
        }
        for pairs in merged.values() {
            out.push(report(rule, ctx, &key, frame, attr, pairs));
        }
    }
    out
}

fn definition<'a>(
    ctx: &'a CheckContext,
    key: &FactKey,
) -> Option<(&'a FrameDef, &'a AttributeDef)> {
    let frame = ctx.vocab.frames.iter().find(|f| f.id == key.frame)?;
    let attr = frame.attributes.iter().find(|a| a.id == key.attribute)?;
    Some((frame, attr))
}

/// Two claims and how they compare.
type JudgedPair<'a> = (&'a Claim, &'a Claim, Judgement);

/// The outcome of comparing two claims.
struct Judgement {
    verdict: Verdict,
    time: TimeRelation,
    overlap: bool,
    ia: Interval,
    ib: Interval,
    notes: Vec<String>,
}

/// Compares two claims of one fact; `None` when there is nothing to report.
fn judge(
    rule: &RuleDef,
    ctx: &CheckContext,
    attr: &AttributeDef,
    a: &Claim,
    b: &Claim,
    time: TimeRelation,
    copies: bool,
) -> Option<Judgement> {
    if a.value.axis() != b.value.axis() {
        return None;
    }
    let tol = rule.tolerance.unwrap_or(0.0);
    let (ia, counted_a) = calendar_days(a.value.interval()?.widen(tol), a);
    let (ib, counted_b) = calendar_days(b.value.interval()?.widen(tol), b);
    let overlap = ia.overlaps(&ib);
    if overlap && copies {
        // Two copies of one sentence agreeing corroborate nothing.
        return None;
    }
    let precise = a.qualifier.is_precise() && b.qualifier.is_precise() && !counted_a && !counted_b;
    let mut notes = Vec::new();
    if counted_a || counted_b {
        notes.push(
            "A length in whole days (\"a one-day visit\") counts calendar days, so it is read as more than one day less than stated up to the stated number."
                .to_string(),
        );
    }
    let verdict = if overlap {
        if precise {
            Verdict::Agreement
        } else {
            Verdict::Compatible
        }
    } else if attr.cardinality == Cardinality::Many {
        return None;
    } else if attr.monotonic {
        match update_order(ctx, a, b, &ia, &ib) {
            Some(note) => {
                notes.push(note);
                Verdict::Compatible
            }
            None => Verdict::Contradiction,
        }
    } else {
        Verdict::Contradiction
    };
    Some(Judgement {
        verdict,
        time,
        overlap,
        ia,
        ib,
        notes,
    })
}

/// One finding for every pair that gave the same verdict on the same two values.
fn report(
    rule: &RuleDef,
    ctx: &CheckContext,
    key: &FactKey,
    frame: &FrameDef,
    attr: &AttributeDef,
    pairs: &[JudgedPair],
) -> Finding {
    let (a, b, j) = &pairs[0];
    let fact = key.describe();
    let message = render(
        &rule.message,
        &[
            ("frame", &key.frame),
            ("attribute", &key.attribute),
            ("a", &a.display),
            ("b", &b.display),
            ("doc_a", &a.doc),
            ("doc_b", &b.doc),
            ("key", &fact),
        ],
    );
    let time_note = match (j.time, frame.window_days) {
        (TimeRelation::Unknown, _) => {
            "the event time of one claim is unknown, so time cannot tell them apart".to_string()
        }
        (_, Some(w)) => format!("their event times are within {w} days"),
        (_, None) => "time does not separate this kind of fact".to_string(),
    };
    let relation = if j.overlap {
        "overlap"
    } else {
        "do not overlap"
    };
    let cardinality = match attr.cardinality {
        Cardinality::One => "one value per fact",
        Cardinality::Many => "many values per fact",
    };
    let mut explanation = format!(
        "Same fact {fact} ({cardinality}): {} says {} ({}), event time {}; {} says {} ({}), event time {}; {time_note}. The values {relation}: {} vs {}.",
        doc_label(ctx, &a.doc),
        quote(a),
        a.qualifier_word(),
        when_label(a),
        doc_label(ctx, &b.doc),
        quote(b),
        b.qualifier_word(),
        when_label(b),
        interval_text(&j.ia, a),
        interval_text(&j.ib, b),
    );
    if let Some(places) = part_of_note(ctx, a, b) {
        explanation.push(' ');
        explanation.push_str(&places);
    }
    for n in &j.notes {
        explanation.push(' ');
        explanation.push_str(n);
    }
    let (claims, note) = pair_claims(pairs.iter().map(|(x, y, _)| (*x, *y)));
    explanation.push_str(note.as_deref().unwrap_or(""));
    finding(rule, j.verdict, &claims, &fact, message, explanation)
}

/// "Baku is part of Azerbaijan." for the places the two claims name that
/// count as a larger place in the fact key; `None` when there are none.
fn part_of_note(ctx: &CheckContext, a: &Claim, b: &Claim) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    for name in a.subject.entities.iter().chain(&b.subject.entities) {
        let top = ctx.vocab.top_place(name);
        let note = format!("{name} is part of {top}");
        if top != name && !parts.contains(&note) {
            parts.push(note);
        }
    }
    (!parts.is_empty()).then(|| format!("Places: {}.", parts.join("; ")))
}

/// An event length stated in whole days counts calendar days: a "one-day
/// visit" may last six hours, a "two-day visit" thirty. Such a value covers
/// (N-1 days, N days]; returns the interval and whether it was widened.
fn calendar_days(iv: Interval, c: &Claim) -> (Interval, bool) {
    const DAY: f64 = 86_400.0;
    let days = match (&c.value, c.qualifier) {
        (
            crate::value::Value::Scalar {
                axis: crate::value::Axis::Seconds,
                point: Some(p),
                ..
            },
            crate::value::Qualifier::Exact,
        ) => p / DAY,
        _ => return (iv, false),
    };
    if !(1.0..=60.0).contains(&days) || days.fract() != 0.0 {
        return (iv, false);
    }
    let widened = Interval {
        min: Some((days - 1.0) * DAY),
        min_inclusive: false,
        ..iv
    };
    (widened, true)
}

/// For a monotonic attribute: when the later document has the larger
/// figure, the note saying so; `None` when the order does not explain it.
fn update_order(
    ctx: &CheckContext,
    a: &Claim,
    b: &Claim,
    ia: &Interval,
    ib: &Interval,
) -> Option<String> {
    let pa = ctx.document(&a.doc)?.meta.published?;
    let pb = ctx.document(&b.doc)?.meta.published?;
    let (early, late, ie, il) = if pa <= pb {
        (a, b, ia, ib)
    } else {
        (b, a, ib, ia)
    };
    let grows = il.min? >= ie.max?;
    (grows && pa != pb).then(|| {
        format!(
            "The figure only grows over time and the later report ({}, {}) is the larger: an update, not a contradiction.",
            late.doc,
            late.display
        ) + &format!(" Earlier: {} ({}).", early.doc, early.display)
    })
}

fn quote(c: &Claim) -> String {
    format!("\"{}\" = {}", c.text, c.display)
}

fn interval_text(i: &Interval, c: &Claim) -> String {
    if c.value.axis() == crate::value::Axis::Date {
        return c.display.clone();
    }
    match (i.min, i.max) {
        (Some(a), Some(b)) if a == b => c.display.clone(),
        _ => {
            format!(
                "{}{}, {}{}",
                if i.min_inclusive { "[" } else { "(" },
                i.min.map_or("-inf".into(), fmt_num),
                i.max.map_or("inf".into(), fmt_num),
                if i.max_inclusive { "]" } else { ")" },
            ) + &format!(" {}", c.value.axis().unit_label())
        }
    }
}

fn fmt_num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x:.3}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::test_claim;
    use crate::value::{Axis, Qualifier, Value};

    fn seconds(text: &str, s: f64, q: Qualifier) -> Claim {
        test_claim("a.txt", text, Value::exact(Axis::Seconds, s), q)
    }

    #[test]
    fn whole_days_count_calendar_days() {
        let one_day = seconds("one-day", 86_400.0, Qualifier::Exact);
        let (iv, widened) = calendar_days(one_day.value.interval().unwrap(), &one_day);
        assert!(widened);
        assert!(iv.overlaps(&Interval::point(6.0 * 3600.0)));
        assert!(!iv.overlaps(&Interval::point(0.0)));
        assert!(!iv.overlaps(&Interval::point(90_000.0)));
    }

    #[test]
    fn hours_and_hedged_days_keep_their_interval() {
        let six_hours = seconds("six hours", 21_600.0, Qualifier::Exact);
        assert!(!calendar_days(six_hours.value.interval().unwrap(), &six_hours).1);
        let about_two_days = seconds("about two days", 172_800.0, Qualifier::Approx);
        assert!(!calendar_days(about_two_days.value.interval().unwrap(), &about_two_days).1);
    }
}
