//! Findings: what a rule concluded about a group of claims.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// What the sources say to each other about one fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The claims cannot both hold.
    Contradiction,
    /// The claims overlap and both are precise.
    Agreement,
    /// The claims overlap and at least one is vague or hedged, or they differ
    /// in a way time explains without a clear growth (a figure that changes
    /// while a story unfolds).
    Compatible,
    /// A figure that only grows (dead, injured, arrested) is larger in a
    /// later report: both were right when published.
    Updated,
    /// Only one source states the fact.
    Unverified,
}

impl Verdict {
    /// The verdict as the JSON report spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Contradiction => "contradiction",
            Verdict::Agreement => "agreement",
            Verdict::Compatible => "compatible",
            Verdict::Updated => "updated",
            Verdict::Unverified => "unverified",
        }
    }
}

/// How much a finding matters; `--fail-on` compares against it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Informational: agreements, unverified claims.
    Info,
    /// Worth a look.
    Warning,
    /// A contradiction a person must resolve.
    Error,
}

impl Severity {
    /// The severity as the JSON report spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// One conclusion of one rule about one or more claims.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The rule's id (`visit-duration`).
    pub rule: String,
    /// The verdict.
    pub verdict: Verdict,
    /// The severity (the rule's, or `info` for agreements).
    pub severity: Severity,
    /// One line for people, from the rule's message template.
    pub message: String,
    /// Why the finding fired: the fact key, the values compared, the reasoning.
    pub explanation: String,
    /// Claim ids involved, the primary claim first.
    pub claims: Vec<String>,
    /// A content digest that stays the same when unrelated text moves.
    pub fingerprint: String,
    /// Exact places in the text that are not claims (the two spellings of a
    /// name), primary first. Empty for findings about claims only.
    pub locations: Vec<Location>,
    /// The claim pairs the verdict is about, when the finding judged pairs:
    /// in a contradiction listing five claims, which contradict which.
    pub pairs: Vec<(String, String)>,
}

/// A span of a document that a finding points at besides its claims.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The document id.
    pub doc: String,
    /// Where in the original file.
    pub span: crate::claims::Span,
    /// The text there.
    pub text: String,
}

impl Finding {
    /// `RULE/FIRST8`, the id shown in reports and baselines.
    pub fn id(&self) -> String {
        format!(
            "{}/{}",
            self.rule,
            &self.fingerprint[..8.min(self.fingerprint.len())]
        )
    }
}

/// A stable content fingerprint: SHA-256 over the given parts, hex.
///
/// Callers pass the rule id, the sorted document ids, the normalized subject
/// and the normalized values, never byte offsets, so that edits elsewhere in
/// a document leave the fingerprint unchanged.
pub fn fingerprint(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0u8]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_is_stable_and_separates_parts() {
        let a = fingerprint(&["visit-duration", "a.txt", "b.txt"]);
        assert_eq!(a, fingerprint(&["visit-duration", "a.txt", "b.txt"]));
        assert_ne!(a, fingerprint(&["visit-duration", "a.txtb.txt"]));
        assert_eq!(a.len(), 64);
    }
}
