#![doc = include_str!("../../docs/checks/figure.md")]

use std::collections::BTreeMap;

use super::policy::{self, Dynamics};
use super::{finding, CheckContext, Finding, RuleDef, Verdict};
use crate::align::figures::Affinity;
use crate::align::FactKey;
use crate::claims::Claim;
use crate::extract::Kind;

/// The text `explain figure` prints.
pub const EXPLANATION: &str = include_str!("../../docs/checks/figure.md");

/// One judged pair of aligned claims.
struct Judged<'a> {
    a: &'a Claim,
    b: &'a Claim,
    verdict: Verdict,
    notes: Vec<String>,
    reasons: Vec<String>,
}

/// Runs a figure rule over the aligned pairs no frame rule compares.
pub fn run(rule: &RuleDef, ctx: &CheckContext, framed: &dyn Fn(&FactKey) -> bool) -> Vec<Finding> {
    let claims = ctx.claims;
    let mut judged: Vec<Judged> = Vec::new();
    for (i, k, affinity) in ctx.alignment.pairs() {
        let (a, b) = (&claims[i], &claims[k]);
        if let (Some(ka), Some(kb)) = (FactKey::of(a), FactKey::of(b)) {
            if ka == kb && framed(&ka) {
                continue; // a frame rule compares these two
            }
        }
        if let Some(j) = judge(rule, ctx, (a, b), ctx.alignment.copies(i, k), affinity) {
            judged.push(j);
        }
    }
    // One finding per fact, verdict and pair of values: the fact is the set
    // of claims its pairs connect.
    let fact_of = components(&judged);
    let mut groups: BTreeMap<(usize, Verdict, String, String), Vec<&Judged>> = BTreeMap::new();
    for (n, j) in judged.iter().enumerate() {
        let (x, y) = ordered(j.a, j.b);
        groups
            .entry((fact_of[n], j.verdict, x.display.clone(), y.display.clone()))
            .or_default()
            .push(j);
    }
    groups
        .into_values()
        .map(|pairs| report(rule, ctx, &pairs))
        .collect()
}

/// The two claims in corpus order (document, then position).
fn ordered<'a>(a: &'a Claim, b: &'a Claim) -> (&'a Claim, &'a Claim) {
    if (&a.doc, a.span.start) <= (&b.doc, b.span.start) {
        (a, b)
    } else {
        (b, a)
    }
}

/// For each judged pair, the smallest index of a pair in its connected set.
fn components(judged: &[Judged]) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..judged.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut by_claim: BTreeMap<&str, usize> = BTreeMap::new();
    for (n, j) in judged.iter().enumerate() {
        for id in [j.a.id.as_str(), j.b.id.as_str()] {
            match by_claim.get(id) {
                Some(&m) => {
                    let (ra, rb) = (root(&mut parent, n), root(&mut parent, m));
                    parent[ra.max(rb)] = ra.min(rb);
                }
                None => {
                    by_claim.insert(id, n);
                }
            }
        }
    }
    (0..judged.len()).map(|n| root(&mut parent, n)).collect()
}

fn judge<'a>(
    rule: &RuleDef,
    ctx: &CheckContext,
    (a, b): (&'a Claim, &'a Claim),
    copies: bool,
    affinity: &Affinity,
) -> Option<Judged<'a>> {
    let grows = |c: &Claim| {
        c.subject
            .measure
            .predicate
            .as_deref()
            .and_then(|p| ctx.vocab.measures.predicate(p))
            .is_some_and(|p| p.grows)
    };
    let dynamics = if grows(a) || grows(b) {
        Dynamics::Grows
    } else {
        Dynamics::Static
    };
    let j = policy::judge(ctx, a, b, dynamics, rule.tolerance.unwrap_or(0.0))?;
    if j.overlap && copies {
        return None; // two copies of one sentence corroborate nothing
    }
    if !policy::worth_reporting(&j, a, b, affinity) {
        return None;
    }
    if j.verdict == Verdict::Contradiction && !affinity.strong {
        return None; // unsure: the claims stay unverified
    }
    Some(Judged {
        a,
        b,
        verdict: j.verdict,
        notes: j.notes,
        reasons: affinity.reasons.clone(),
    })
}

/// What a group of aligned claims measures, in words: "count of worker
/// (trapped)", "length of time (paid)".
fn fact_label(a: &Claim, b: &Claim) -> String {
    let m = &a.subject.measure;
    let kind = match a.kind {
        Kind::Count | Kind::Number => "count",
        Kind::Duration => "length of time",
        Kind::Money => "amount of money",
        Kind::Quantity => "quantity",
        Kind::Percent => "percentage",
        Kind::Date | Kind::Year => "date",
        _ => "figure",
    };
    let mut label = match &m.what {
        Some(w) => format!("{kind} of {w}"),
        None => kind.to_string(),
    };
    if let Some(p) = m
        .predicate
        .as_ref()
        .or(b.subject.measure.predicate.as_ref())
    {
        label.push_str(&format!(" ({p})"));
    }
    label
}

fn report(rule: &RuleDef, ctx: &CheckContext, pairs: &[&Judged]) -> Finding {
    let first = pairs[0];
    let (a, b) = ordered(first.a, first.b);
    let fact = fact_label(a, b);
    let message = super::render(
        &rule.message,
        &[
            ("fact", &fact),
            ("a", &a.display),
            ("b", &b.display),
            ("text_a", &a.text),
            ("text_b", &b.text),
            ("doc_a", &a.doc),
            ("doc_b", &b.doc),
        ],
    );
    let mut explanation = format!(
        "Aligned as one fact, {fact}: {}. {} says \"{}\" = {} ({}); {} says \"{}\" = {} ({}).",
        first.reasons.join("; "),
        super::doc_label(ctx, &a.doc),
        a.text,
        a.display,
        a.qualifier_word(),
        super::doc_label(ctx, &b.doc),
        b.text,
        b.display,
        b.qualifier_word(),
    );
    let relation = match first.verdict {
        Verdict::Contradiction => " The values do not overlap.",
        Verdict::Agreement => " The values agree.",
        Verdict::Compatible => " The values overlap.",
        _ => "",
    };
    explanation.push_str(relation);
    for n in &first.notes {
        explanation.push(' ');
        explanation.push_str(n);
    }
    let (claims, note) = super::pair_claims(pairs.iter().map(|j| ordered(j.a, j.b)));
    explanation.push_str(note.as_deref().unwrap_or(""));
    let mut f = finding(rule, first.verdict, &claims, &fact, message, explanation);
    f.pairs = pairs
        .iter()
        .map(|j| {
            let (x, y) = ordered(j.a, j.b);
            (x.id.clone(), y.id.clone())
        })
        .collect();
    f
}
