//! Reports: one model, one renderer per format.
//!
//! [`Report`] holds everything a renderer needs: the documents (for quotes and
//! snippets), every claim, every finding sorted deterministically, and the
//! input problems met. Each format is a file implementing [`Emitter`]; machine
//! formats hold only the report, human formats may add summaries.

pub mod json;
pub mod text;

use std::io;

use crate::claims::Claim;
use crate::corpus::Document;
use crate::error::InputError;
use crate::rules::Finding;

/// A rule as reports describe it (SARIF rule metadata, text headers).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleInfo {
    /// The rule id.
    pub id: String,
    /// One-line title.
    pub title: String,
    /// The check kind (`compare`, `derive`, ...).
    pub kind: String,
    /// Longer description for help texts.
    pub description: String,
}

/// The result of one run.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// The documents checked, sorted by path.
    pub documents: Vec<Document>,
    /// Every claim, grouped by document in document order, then by position.
    pub claims: Vec<Claim>,
    /// Every finding, sorted by (path, line, column, rule, fingerprint) of its primary claim.
    pub findings: Vec<Finding>,
    /// Files skipped or degraded.
    pub problems: Vec<InputError>,
    /// The rules that ran.
    pub rules: Vec<RuleInfo>,
}

impl Report {
    /// The claim with this id.
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }

    /// The document with this id.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }
}

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Compiler-style diagnostics for people.
    Text,
    /// The versioned JSON report (`report-schema.md`).
    Json,
}

/// Renders a report in one format.
pub trait Emitter {
    /// Writes the whole report to `out`.
    fn emit(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()>;
}

/// The emitter for a format.
pub fn emitter(format: Format) -> Box<dyn Emitter> {
    match format {
        Format::Text => Box::new(text::TextEmitter::default()),
        Format::Json => Box::new(json::JsonEmitter),
    }
}
