#![doc = include_str!("../../docs/checks/compare.md")]

use std::collections::BTreeMap;

use super::policy::{self, Dynamics};
use super::{
    doc_label, finding, pair_claims, render, when_label, CheckContext, Finding, RuleDef, Verdict,
};
use crate::align::{group_by_key, time_relation, FactKey, TimeRelation};
use crate::claims::vocab::{AttributeDef, Cardinality, FrameDef};
use crate::claims::Claim;

/// The fewest words for a copied sentence to date one event even when its
/// two copies give times far apart.
const LONG_SENTENCE: usize = 8;

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
        // Each figure speaks of one fact: it is compared only with the
        // figures of other reports it is aligned with.
        let position: BTreeMap<usize, usize> = claims
            .iter()
            .enumerate()
            .filter_map(|(n, c)| ctx.index(&c.id).map(|i| (i, n)))
            .collect();
        for (&i, &n) in &position {
            for k in ctx.alignment.partners(i).iter().filter(|&&k| k > i) {
                let Some(&m) = position.get(k) else {
                    continue;
                };
                let (a, b) = (claims[n], claims[m]);
                let time = time_relation(
                    a.subject.when.as_ref(),
                    b.subject.when.as_ref(),
                    frame.window_days,
                );
                // Figures of different times are of different events, unless
                // one sentence gives both: a copy that changed the date
                // ("until the end of 2023", "until the end of 2020") dates
                // one event twice, whatever the time it names.
                // A short sentence ("X visited China in 2006.") may be
                // repeated of another event; a long one hardly.
                let copied = ctx.alignment.get(i, *k).is_some_and(|f| f.parallel)
                    && a.sentence.split_whitespace().count() >= LONG_SENTENCE;
                if time == TimeRelation::Different && !copied {
                    continue;
                }
                let copies = ctx.alignment.copies(i, *k);
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
    // A frame's attribute may still hold different things ("300 rescued"
    // and "40 houses"): their counted nouns must be able to name the same.
    let measures = &ctx.vocab.measures;
    if a.subject.measure.same_what(&b.subject.measure, measures) == Some(false) {
        return None;
    }
    let dynamics = if attr.monotonic {
        Dynamics::Grows
    } else {
        Dynamics::Static
    };
    let j = policy::judge(ctx, a, b, dynamics, rule.tolerance.unwrap_or(0.0))?;
    let affinity = ctx
        .index(&a.id)
        .zip(ctx.index(&b.id))
        .and_then(|(i, k)| ctx.alignment.get(i, k))?;
    if !policy::worth_reporting(&j, a, b, affinity) {
        return None;
    }
    if j.overlap && copies {
        // Two copies of one sentence agreeing corroborate nothing.
        return None;
    }
    // A fact that may hold many values (the dates of someone's visits) is
    // contradicted only by a copy of one sentence with another value: "voted
    // on September 13" against "voted on September 16" tell one vote.
    let many = attr.cardinality == Cardinality::Many && !affinity.parallel;
    if j.verdict == Verdict::Contradiction && (many || !strongly_aligned(ctx, a, b)) {
        return None;
    }
    Some(Judgement {
        verdict: j.verdict,
        time,
        overlap: j.overlap,
        notes: j.notes,
    })
}

/// Whether the alignment found strong evidence that two claims are one fact.
fn strongly_aligned(ctx: &CheckContext, a: &Claim, b: &Claim) -> bool {
    match (ctx.index(&a.id), ctx.index(&b.id)) {
        (Some(i), Some(k)) => ctx.alignment.get(i, k).is_some_and(|f| f.strong),
        _ => false,
    }
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
        a.display,
        b.display,
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
    let mut f = finding(rule, j.verdict, &claims, &fact, message, explanation);
    f.pairs = pairs
        .iter()
        .map(|(x, y, _)| (x.id.clone(), y.id.clone()))
        .collect();
    f
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

fn quote(c: &Claim) -> String {
    format!("\"{}\" = {}", c.text, c.display)
}
