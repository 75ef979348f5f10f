#![doc = include_str!("../../docs/checks/compare.md")]

use std::collections::BTreeSet;

use super::{doc_label, finding, render, when_label, CheckContext, Finding, RuleDef, Verdict};
use crate::align::{group_by_key, independent, time_relation, FactKey, TimeRelation};
use crate::claims::vocab::{AttributeDef, Cardinality, FrameDef};
use crate::claims::Claim;
use crate::value::Interval;

/// The text `explain compare` prints.
pub const EXPLANATION: &str = include_str!("../../docs/checks/compare.md");

/// Runs a compare rule.
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
        let mut paired: BTreeSet<(&str, &str)> = BTreeSet::new();
        for (i, a) in claims.iter().enumerate() {
            for b in &claims[i + 1..] {
                if a.doc == b.doc || paired.contains(&(a.doc.as_str(), b.doc.as_str())) {
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
                if let Some(f) = compare_pair(rule, ctx, &key, frame, attr, a, b, time) {
                    paired.insert((a.doc.as_str(), b.doc.as_str()));
                    out.push(f);
                }
            }
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

#[allow(clippy::too_many_arguments)]
fn compare_pair(
    rule: &RuleDef,
    ctx: &CheckContext,
    key: &FactKey,
    frame: &FrameDef,
    attr: &AttributeDef,
    a: &Claim,
    b: &Claim,
    time: TimeRelation,
) -> Option<Finding> {
    let tol = rule.tolerance.unwrap_or(0.0);
    let ia = a.value.interval()?.widen(tol);
    let ib = b.value.interval()?.widen(tol);
    if a.value.axis() != b.value.axis() {
        return None;
    }
    let overlap = ia.overlaps(&ib);
    if overlap && !independent(a, b) {
        // Two copies of one sentence agreeing corroborate nothing.
        return None;
    }
    let precise = a.qualifier.is_precise() && b.qualifier.is_precise();
    let mut notes = Vec::new();
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
    let time_note = match (time, frame.window_days) {
        (TimeRelation::Unknown, _) => {
            "the event time of one claim is unknown, so time cannot tell them apart".to_string()
        }
        (_, Some(w)) => format!("their event times are within {w} days"),
        (_, None) => "time does not separate this kind of fact".to_string(),
    };
    let relation = if overlap { "overlap" } else { "do not overlap" };
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
        interval_text(&ia, a),
        interval_text(&ib, b),
    );
    for n in notes {
        explanation.push(' ');
        explanation.push_str(&n);
    }
    Some(finding(rule, verdict, &[a, b], &fact, message, explanation))
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
