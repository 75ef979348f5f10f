//! Rules: rule files, their loading and validation, and one check per kind.
//!
//! A rule is data (a TOML file in `rules/checks/`) choosing one of a closed
//! set of check kinds; each kind is one file here with the logic and its
//! documentation (shown by `crosscheck explain KIND`). Checks only compare
//! claims that `align` says are about the same fact.

mod calendar;
mod compare;
mod conversion;
mod derive;
mod figure;
mod finding;
mod load;
pub mod model;
pub mod policy;
mod spelling;
pub mod unverified;

use std::collections::BTreeMap;
use std::path::PathBuf;

pub use finding::{fingerprint, Finding, Location, Severity, Verdict};
pub use load::{bundled_check_paths, render};
pub use model::{CheckKind, RuleDef};

use crate::claims::{Claim, Vocabulary};
use crate::corpus::Document;

/// The loaded rule set: the vocabulary claims are attached with, and the checks.
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    /// Frames, entities and attributions used to attach claims.
    pub vocabulary: Vocabulary,
    /// Each check rule with the file it came from, in run order.
    pub rules: Vec<(PathBuf, RuleDef)>,
}

/// What every check sees.
pub struct CheckContext<'a> {
    /// All claims of the corpus, in document order.
    pub claims: &'a [Claim],
    /// The documents, sorted by path.
    pub documents: &'a [Document],
    /// The vocabulary (frame definitions, entities).
    pub vocab: &'a Vocabulary,
    /// Which claim of one report speaks of the same fact as which of another.
    pub alignment: crate::align::figures::Alignment,
    claim_index: BTreeMap<&'a str, usize>,
    doc_index: BTreeMap<&'a str, usize>,
}

impl<'a> CheckContext<'a> {
    /// A context over one corpus's claims and documents.
    pub fn new(claims: &'a [Claim], documents: &'a [Document], vocab: &'a Vocabulary) -> Self {
        CheckContext {
            claims,
            documents,
            vocab,
            alignment: crate::align::figures::align(claims, documents, &vocab.measures),
            claim_index: claims
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.as_str(), i))
                .collect(),
            doc_index: documents
                .iter()
                .enumerate()
                .map(|(i, d)| (d.id.as_str(), i))
                .collect(),
        }
    }

    /// The claim with this id.
    pub fn claim(&self, id: &str) -> Option<&'a Claim> {
        self.claim_index.get(id).map(|&i| &self.claims[i])
    }

    /// The index of the claim with this id in [`CheckContext::claims`].
    pub fn index(&self, id: &str) -> Option<usize> {
        self.claim_index.get(id).copied()
    }

    /// Whether two claims are aligned as one fact.
    pub fn aligned(&self, a: &Claim, b: &Claim) -> bool {
        match (self.index(&a.id), self.index(&b.id)) {
            (Some(i), Some(k)) => self.alignment.get(i, k).is_some(),
            _ => false,
        }
    }

    /// The document with this id.
    pub fn document(&self, id: &str) -> Option<&'a Document> {
        self.doc_index.get(id).map(|&i| &self.documents[i])
    }
}

/// The documentation of a check kind, as `explain` prints it.
pub fn explanation(kind: CheckKind) -> &'static str {
    match kind {
        CheckKind::Compare => compare::EXPLANATION,
        CheckKind::Derive => derive::EXPLANATION,
        CheckKind::Calendar => calendar::EXPLANATION,
        CheckKind::Conversion => conversion::EXPLANATION,
        CheckKind::Spelling => spelling::EXPLANATION,
        CheckKind::Figure => figure::EXPLANATION,
    }
}

impl RuleSet {
    /// Runs every rule over the claims, then reports each claim no rule
    /// spoke about as `unverified`. Findings are sorted by the position of
    /// their primary claim, then rule and fingerprint.
    pub fn run(&self, ctx: &CheckContext) -> Vec<Finding> {
        let mut findings = Vec::new();
        for (_, rule) in &self.rules {
            findings.extend(self.run_rule(rule, ctx));
        }
        findings.extend(unverified::run(ctx, &findings));
        sort_findings(&mut findings, ctx);
        findings
    }

    /// Whether a compare rule of this set compares claims of this fact key.
    pub fn frames_compare(&self, key: &crate::align::FactKey) -> bool {
        self.rules.iter().any(|(_, r)| {
            r.kind == CheckKind::Compare
                && r.attributes.contains(&key.attribute)
                && (r.frames.is_empty() || r.frames.contains(&key.frame))
        })
    }

    /// Runs one rule.
    pub fn run_rule(&self, rule: &RuleDef, ctx: &CheckContext) -> Vec<Finding> {
        match rule.kind {
            CheckKind::Compare => compare::run(rule, ctx),
            CheckKind::Derive => derive::run(rule, ctx),
            CheckKind::Calendar => calendar::run(rule, ctx),
            CheckKind::Conversion => conversion::run(rule, ctx),
            CheckKind::Spelling => spelling::run(rule, ctx),
            CheckKind::Figure => figure::run(rule, ctx, &|key| self.frames_compare(key)),
        }
    }
}

/// Sorts findings by (path, line, column, rule, fingerprint) of the primary claim.
pub fn sort_findings(findings: &mut [Finding], ctx: &CheckContext) {
    let key = |f: &Finding| {
        let c = f.claims.first().and_then(|id| ctx.claim(id));
        let path = c
            .and_then(|c| ctx.document(&c.doc))
            .map(|d| d.path.clone())
            .unwrap_or_default();
        (
            path,
            c.map_or(0, |c| c.span.line),
            c.map_or(0, |c| c.span.column),
            f.rule.clone(),
            f.fingerprint.clone(),
        )
    };
    findings.sort_by_cached_key(key);
}

/// Builds a finding with a content fingerprint: rule, verdict, sorted
/// document ids, the fact description and the sorted values — never offsets.
pub(crate) fn finding(
    rule: &RuleDef,
    verdict: Verdict,
    claims: &[&Claim],
    fact: &str,
    message: String,
    explanation: String,
) -> Finding {
    let mut docs: Vec<&str> = claims.iter().map(|c| c.doc.as_str()).collect();
    docs.sort();
    let mut values: Vec<String> = claims
        .iter()
        .map(|c| format!("{}={}", c.text, c.display))
        .collect();
    values.sort();
    let mut parts = vec![rule.id.as_str(), verdict.as_str(), fact];
    parts.extend(docs.iter().copied());
    parts.extend(values.iter().map(String::as_str));
    let severity = if verdict == Verdict::Contradiction {
        rule.severity
    } else {
        Severity::Info
    };
    Finding {
        rule: rule.id.clone(),
        verdict,
        severity,
        message,
        explanation,
        claims: claims.iter().map(|c| c.id.clone()).collect(),
        fingerprint: fingerprint(&parts),
        locations: Vec::new(),
        pairs: Vec::new(),
    }
}

/// The distinct claims of judged pairs, the first pair first, and a note
/// naming the sources beyond the first pair (for merged findings).
pub(crate) fn pair_claims<'a>(
    pairs: impl IntoIterator<Item = (&'a Claim, &'a Claim)>,
) -> (Vec<&'a Claim>, Option<String>) {
    let mut claims: Vec<&Claim> = Vec::new();
    for (x, y) in pairs {
        for c in [x, y] {
            if !claims.iter().any(|k| k.id == c.id) {
                claims.push(c);
            }
        }
    }
    let note = (claims.len() > 2).then(|| {
        let more: Vec<String> = claims[2..]
            .iter()
            .map(|c| format!("{} (\"{}\")", c.doc, c.text))
            .collect();
        format!(
            " Further sources with the same values: {}.",
            more.join(", ")
        )
    });
    (claims, note)
}

/// "Doc (published 2016-12-13)" or just the id, for explanations.
pub(crate) fn doc_label(ctx: &CheckContext, id: &str) -> String {
    match ctx.document(id).and_then(|d| d.meta.published) {
        Some(p) => format!("{id} (published {p})"),
        None => id.to_string(),
    }
}

/// A claim's event time for explanations.
pub(crate) fn when_label(c: &Claim) -> String {
    let Some(w) = &c.subject.when else {
        return "unknown".to_string();
    };
    let what = crate::claims::display_value(
        &crate::value::Value::Date(w.clone()),
        crate::value::Qualifier::Exact,
    );
    match c.subject.when_source {
        Some("sentence") => format!("{what} (date in the sentence)"),
        Some("weekday") => {
            format!("{what} (weekday in the sentence, nearest the publication date)")
        }
        Some("document") => format!("{what} (publication date)"),
        _ => what,
    }
}
