#![doc = include_str!("../../docs/checks/spelling.md")]

use std::collections::BTreeMap;

use rayon::prelude::*;

use super::{finding, render, CheckContext, Finding, Location, RuleDef, Verdict};
use crate::claims::vocab::{tokenize, Target};
use crate::claims::{Claim, Span};
use crate::corpus::Lang;
use crate::text::{normalize, LineIndex};

/// The text `explain spelling` prints.
pub const EXPLANATION: &str = include_str!("../../docs/checks/spelling.md");

/// Endings that make another form of the same name ("Israel" → "Israeli").
const NAME_SUFFIXES: &[&str] = &[
    "s", "'s", "i", "is", "n", "an", "ian", "ians", "ans", "ese", "ish",
];

/// One occurrence of a capitalized word.
#[derive(Clone, Debug)]
struct Occurrence {
    doc: String,
    start: usize,
    end: usize,
}

/// Runs a spelling rule over the English documents.
pub fn run(rule: &RuleDef, ctx: &CheckContext) -> Vec<Finding> {
    let max_distance = rule.max_distance.unwrap_or(2);
    let min_length = rule.min_length.unwrap_or(5);
    // Each document is read on its own (in parallel), then merged in
    // document order, so the result does not depend on the threads.
    let english: Vec<&crate::corpus::Document> = ctx
        .documents
        .iter()
        .filter(|d| d.lang == Lang::En)
        .collect();
    let per_doc: Vec<Words> = english
        .par_iter()
        .map(|doc| words_of(doc, ctx, min_length))
        .collect();
    let mut known: BTreeMap<String, Vec<Occurrence>> = BTreeMap::new();
    let mut unknown: BTreeMap<String, Vec<Occurrence>> = BTreeMap::new();
    let mut lowercase_words = std::collections::BTreeSet::new();
    for w in per_doc {
        for (word, occ) in w.known {
            known.entry(word).or_default().push(occ);
        }
        for (word, occ) in w.unknown {
            unknown.entry(word).or_default().push(occ);
        }
        lowercase_words.extend(w.lowercase);
    }
    let mut out = Vec::new();
    for (word, occs) in &unknown {
        if lowercase_words.contains(&word.to_lowercase()) || occs.len() > 2 {
            continue;
        }
        let best = known
            .iter()
            .filter(|(k, _)| !related_forms(word, k))
            .map(|(k, o)| (strsim::osa_distance(word, k), k, o))
            .filter(|(d, k, _)| *d > 0 && *d <= max_distance && (*d == 1 || same_letters(word, k)))
            .min_by_key(|(d, k, _)| (*d, (*k).clone()));
        if let Some((distance, right, right_occs)) = best {
            out.extend(spelling_finding(
                rule, ctx, word, occs, right, right_occs, distance,
            ));
        }
    }
    out
}

/// The words of one document the rule looks at: capitalized words inside
/// and outside known entity names, in text order, and every lower-case word.
struct Words {
    known: Vec<(String, Occurrence)>,
    unknown: Vec<(String, Occurrence)>,
    lowercase: Vec<String>,
}

fn words_of(doc: &crate::corpus::Document, ctx: &CheckContext, min_length: usize) -> Words {
    let mut out = Words {
        known: Vec::new(),
        unknown: Vec::new(),
        lowercase: Vec::new(),
    };
    let norm = normalize(&doc.text);
    let entity_spans: Vec<(usize, usize)> = ctx
        .vocab
        .matcher()
        .find(Lang::En, &norm.text)
        .into_iter()
        .filter(|h| matches!(h.target, Target::Entity(..)))
        .map(|h| (h.start, h.end))
        .collect();
    // Entity spans are sorted by start, as tokens are: walk them together.
    let mut next_span = 0;
    for t in tokenize(&norm.text) {
        while entity_spans
            .get(next_span)
            .is_some_and(|&(_, e)| e <= t.start)
        {
            next_span += 1;
        }
        let word = t.text.trim_end_matches("'s").to_string();
        if !word.chars().next().is_some_and(char::is_uppercase) {
            out.lowercase.push(word.to_lowercase());
            continue;
        }
        if word.chars().count() < min_length || !word.chars().all(char::is_alphabetic) {
            continue;
        }
        let (start, end) = norm.original_range(t.start, t.start + word.len());
        let occ = Occurrence {
            doc: doc.id.clone(),
            start,
            end,
        };
        let is_known = entity_spans[next_span..]
            .iter()
            .take_while(|&&(s, _)| s <= t.start)
            .any(|&(_, e)| t.end <= e);
        if is_known {
            out.known.push((word, occ));
        } else {
            out.unknown.push((word, occ));
        }
    }
    out
}

/// Whether two words are made of the same letters (case-insensitive): the
/// mark of swapped or transposed letters ("Ilayev" for "Aliyev"), as opposed
/// to a different name a few letters away ("Guliyev").
fn same_letters(a: &str, b: &str) -> bool {
    let sorted = |s: &str| {
        let mut v: Vec<char> = s.to_lowercase().chars().collect();
        v.sort_unstable();
        v
    };
    sorted(a) == sorted(b)
}

/// Forms of one name that differ only by an ending ("Kazakh", "Kazakhstan").
fn related_forms(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.starts_with(short)
        && (long.len() - short.len() > 3 || NAME_SUFFIXES.contains(&&long[short.len()..]))
}

fn spelling_finding(
    rule: &RuleDef,
    ctx: &CheckContext,
    wrong: &str,
    wrong_occs: &[Occurrence],
    right: &str,
    right_occs: &[Occurrence],
    distance: usize,
) -> Option<Finding> {
    let first_wrong = &wrong_occs[0];
    let first_right = right_occs
        .iter()
        .find(|o| o.doc == first_wrong.doc)
        .unwrap_or(&right_occs[0]);
    let mut claims: Vec<&Claim> = Vec::new();
    for c in [first_wrong, first_right]
        .iter()
        .filter_map(|o| nearest_claim(ctx, o))
    {
        if !claims.iter().any(|x| x.id == c.id) {
            claims.push(c);
        }
    }
    let message = render(
        &rule.message,
        &[
            ("a", wrong),
            ("b", right),
            ("doc_a", &first_wrong.doc),
            ("doc_b", &first_right.doc),
        ],
    );
    let right_docs: std::collections::BTreeSet<&str> =
        right_occs.iter().map(|o| o.doc.as_str()).collect();
    let explanation = format!(
        "`{wrong}` ({} time(s), first in {}) is not a known name but is {distance} edit(s) from `{right}`, a known name used {} time(s) in {}. The claims listed are the nearest ones to each spelling; the names themselves are in `locations`.",
        wrong_occs.len(),
        first_wrong.doc,
        right_occs.len(),
        right_docs.into_iter().collect::<Vec<_>>().join(", "),
    );
    if claims.is_empty() {
        // A finding lists at least one claim (report schema); documents
        // without any claim cannot anchor one.
        return None;
    }
    let mut f = finding(
        rule,
        Verdict::Contradiction,
        &claims,
        &format!("{wrong}~{right}"),
        message,
        explanation,
    );
    f.locations = [first_wrong, first_right]
        .iter()
        .filter_map(|o| location(ctx, o))
        .collect();
    Some(f)
}

fn location(ctx: &CheckContext, o: &Occurrence) -> Option<Location> {
    let doc = ctx.document(&o.doc)?;
    let (line, column) = LineIndex::new(&doc.text).position(&doc.text, o.start);
    Some(Location {
        doc: o.doc.clone(),
        span: Span {
            start: o.start,
            end: o.end,
            line,
            column,
        },
        text: doc.text[o.start..o.end].to_string(),
    })
}

/// The claim of the same document closest to an occurrence.
fn nearest_claim<'a>(ctx: &'a CheckContext, o: &Occurrence) -> Option<&'a Claim> {
    ctx.claims
        .iter()
        .filter(|c| c.doc == o.doc)
        .min_by_key(|c| c.span.start.abs_diff(o.start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endings_are_forms_not_misspellings() {
        assert!(related_forms("Israel", "Israeli"));
        assert!(related_forms("Kazakh", "Kazakhstan"));
        assert!(!related_forms("Ilayev", "Aliyev"));
    }

    #[test]
    fn two_letter_slips_must_reuse_the_letters() {
        assert!(same_letters("Ilayev", "Aliyev"));
        assert!(!same_letters("Guliyev", "Aliyev"));
    }
}
