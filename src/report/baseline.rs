//! Baselines: the findings a project has already seen, so that CI fails only
//! on new ones.
//!
//! `check --write-baseline FILE` saves the current findings that can fail a
//! run ([`Baseline::from_report`]);
//! `check --baseline FILE` reads it back ([`Baseline::read`]) and [`apply`]
//! marks each finding whose fingerprint the baseline holds. Marked findings
//! are still reported, labelled `baselined`, but no longer count toward the
//! exit code ([`BaselineMatch::fails`]).
//!
//! Matching is by fingerprint only: fingerprints come from content (rule,
//! documents, normalized subject and values), so a finding survives edits
//! elsewhere in its documents and dies when the contradicting values change.
//! The file also carries ids, verdicts and the quoted claims, for the people
//! who review it in a diff; those are never used for matching.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::quote::Lookup;
use super::Report;
use crate::error::Error;
use crate::rules::{Finding, Severity, Verdict};

/// The schema id written into every baseline file.
pub const SCHEMA: &str = "crosscheck/baseline/v1";

/// A baseline file: the findings known when it was written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// Known findings, sorted by (rule, fingerprint) so rewrites diff well.
    pub findings: Vec<BaselineEntry>,
}

/// One known finding.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BaselineEntry {
    /// `RULE/FIRST8` (for people).
    #[serde(default)]
    pub id: String,
    /// The rule id (for people).
    #[serde(default)]
    pub rule: String,
    /// The fingerprint: the only field used to match.
    pub fingerprint: String,
    /// The verdict when it was written (for people).
    #[serde(default)]
    pub verdict: Option<Verdict>,
    /// The claims involved, or the finding's locations when it has any (for people).
    #[serde(default)]
    pub claims: Vec<BaselineClaim>,
}

/// A claim as a baseline records it for people: no positions, so that the
/// file does not change when unrelated text moves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BaselineClaim {
    /// The document's path.
    #[serde(default)]
    pub doc: String,
    /// The quoted text.
    #[serde(default)]
    pub text: String,
    /// The normalized value.
    #[serde(default)]
    pub display: String,
}

impl Baseline {
    /// A baseline holding the findings of `report` that can fail a run:
    /// severity `warning` and above. `info` findings (agreements, unverified
    /// claims) never fail a run, and a large corpus has thousands of them.
    pub fn from_report(report: &Report) -> Baseline {
        let lookup = Lookup::new(report);
        let mut findings: Vec<BaselineEntry> = report
            .findings
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .map(|f| BaselineEntry {
                id: f.id(),
                rule: f.rule.clone(),
                fingerprint: f.fingerprint.clone(),
                verdict: Some(f.verdict),
                claims: lookup
                    .places(f)
                    .iter()
                    .map(|l| BaselineClaim {
                        doc: l.path.to_string(),
                        text: l.quoted.to_string(),
                        display: l.label.to_string(),
                    })
                    .collect(),
            })
            .collect();
        findings.sort_by(|a, b| (&a.rule, &a.fingerprint).cmp(&(&b.rule, &b.fingerprint)));
        findings.dedup_by(|a, b| a.fingerprint == b.fingerprint);
        Baseline {
            schema: SCHEMA.to_string(),
            findings,
        }
    }

    /// The file's text: pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("a baseline serializes");
        s.push('\n');
        s
    }

    /// Parses a baseline's text; `path` only names the file in errors.
    pub fn parse(path: &Path, text: &str) -> Result<Baseline, Error> {
        let bad = |message: String| Error::Baseline {
            path: path.to_path_buf(),
            message,
        };
        let baseline: Baseline = serde_json::from_str(text)
            .map_err(|e| bad(format!("line {} column {}: {e}", e.line(), e.column())))?;
        if baseline.schema != SCHEMA {
            return Err(bad(format!(
                "unknown schema `{}`, expected `{SCHEMA}`",
                baseline.schema
            )));
        }
        if let Some(i) = baseline
            .findings
            .iter()
            .position(|f| f.fingerprint.trim().is_empty())
        {
            return Err(bad(format!("finding {} has an empty fingerprint", i + 1)));
        }
        Ok(baseline)
    }

    /// Reads and parses a baseline file.
    pub fn read(path: &Path) -> Result<Baseline, Error> {
        let text = fs::read_to_string(path).map_err(|e| Error::Baseline {
            path: path.to_path_buf(),
            message: format!("cannot read: {e}"),
        })?;
        Baseline::parse(path, &text)
    }

    /// Writes the baseline to `path`.
    pub fn write(&self, path: &Path) -> Result<(), Error> {
        fs::write(path, self.to_json()).map_err(|e| Error::Baseline {
            path: PathBuf::from(path),
            message: format!("cannot write: {e}"),
        })
    }

    /// The fingerprints this baseline knows.
    pub fn fingerprints(&self) -> BTreeSet<&str> {
        self.findings
            .iter()
            .map(|f| f.fingerprint.as_str())
            .collect()
    }
}

/// Which findings of one report a baseline knows. The default matches
/// nothing and means "no baseline given".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BaselineMatch {
    applied: bool,
    fingerprints: BTreeSet<String>,
}

/// Marks the findings of `report` whose fingerprint `baseline` holds.
pub fn apply(report: &Report, baseline: &Baseline) -> BaselineMatch {
    let known = baseline.fingerprints();
    BaselineMatch {
        applied: true,
        fingerprints: report
            .findings
            .iter()
            .filter(|f| known.contains(f.fingerprint.as_str()))
            .map(|f| f.fingerprint.clone())
            .collect(),
    }
}

impl BaselineMatch {
    /// Whether a baseline was given at all (SARIF then states `baselineState`).
    pub fn applied(&self) -> bool {
        self.applied
    }

    /// Whether the baseline knows this finding.
    pub fn contains(&self, finding: &Finding) -> bool {
        self.fingerprints.contains(&finding.fingerprint)
    }

    /// How many findings of `report` are baselined.
    pub fn count(&self, report: &Report) -> usize {
        report.findings.iter().filter(|f| self.contains(f)).count()
    }

    /// The findings the baseline does not know.
    pub fn new_findings<'a>(&'a self, report: &'a Report) -> impl Iterator<Item = &'a Finding> {
        report.findings.iter().filter(move |f| !self.contains(f))
    }

    /// Whether a new finding is at or above `threshold`: the exit-code test.
    pub fn fails(&self, report: &Report, threshold: Severity) -> bool {
        self.new_findings(report).any(|f| f.severity >= threshold)
    }
}
