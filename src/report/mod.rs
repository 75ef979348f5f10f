//! Reports: one model, one renderer per format.
//!
//! [`Report`] holds everything a renderer needs: the documents (for quotes and
//! snippets), every claim, every finding sorted deterministically, and the
//! input problems met. Each format is a file implementing [`Emitter`]; machine
//! formats (`json`, `sarif`) hold only the report, human formats (`text`,
//! `markdown`, `html`) add summaries. A [`baseline`] marks findings already
//! known, so that CI fails only on new ones; renderers get that mark, and the
//! binary's color choice, through [`RenderOptions`].
//!
//! Every renderer is a pure function of the report and the options: the same
//! input gives the same bytes (no clocks, no hash-map iteration, no terminal
//! queries here).

pub mod baseline;
pub mod html;
pub mod json;
pub mod markdown;
mod quote;
pub mod sarif;
pub mod text;

use std::io;

use crate::claims::Claim;
use crate::corpus::Document;
use crate::error::InputError;
use crate::rules::{Finding, Verdict};

pub use baseline::{Baseline, BaselineMatch};

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

    /// How many findings have this verdict.
    pub fn count(&self, verdict: Verdict) -> usize {
        self.findings
            .iter()
            .filter(|f| f.verdict == verdict)
            .count()
    }

    /// The rule's description, when the rule is known.
    pub fn rule(&self, id: &str) -> Option<&RuleInfo> {
        self.rules.iter().find(|r| r.id == id)
    }
}

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Compiler-style diagnostics for people.
    Text,
    /// The versioned JSON report (`report-schema.md`).
    Json,
    /// SARIF 2.1.0, for code-scanning UIs.
    Sarif,
    /// GitHub-flavoured Markdown, for a pull-request comment.
    Markdown,
    /// One self-contained HTML page, for review by hand.
    Html,
}

/// What the binary decides for the renderers.
#[derive(Clone, Debug, Default)]
pub struct RenderOptions {
    /// ANSI colors in the text format. Off by default; the binary turns it on
    /// when stdout is a terminal (or on `--color always`).
    pub color: bool,
    /// Which findings a baseline already knows (empty when none was given).
    pub baseline: BaselineMatch,
}

/// Renders a report in one format.
pub trait Emitter {
    /// Writes the whole report to `out`.
    fn emit(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()>;
}

/// The emitter for a format.
pub fn emitter(format: Format, options: RenderOptions) -> Box<dyn Emitter> {
    match format {
        Format::Text => Box::new(text::TextEmitter::new(options)),
        Format::Json => Box::new(json::JsonEmitter::new(options)),
        Format::Sarif => Box::new(sarif::SarifEmitter::new(options)),
        Format::Markdown => Box::new(markdown::MarkdownEmitter::new(options)),
        Format::Html => Box::new(html::HtmlEmitter::new(options)),
    }
}

/// The order human formats list verdicts in: what needs a person first.
pub(crate) fn verdict_rank(v: Verdict) -> u8 {
    match v {
        Verdict::Contradiction => 0,
        Verdict::Updated => 1,
        Verdict::Agreement => 2,
        Verdict::Compatible => 3,
        Verdict::Unverified => 4,
    }
}

/// Findings in human order: by verdict rank, new before baselined, then in
/// report order (a stable sort keeps the report's deterministic order).
pub(crate) fn human_order<'a>(report: &'a Report, baseline: &BaselineMatch) -> Vec<&'a Finding> {
    let mut v: Vec<&Finding> = report.findings.iter().collect();
    v.sort_by_key(|f| (verdict_rank(f.verdict), baseline.contains(f)));
    v
}

/// `1 contradiction`, `2 contradictions`; `compatible` and `unverified` do not inflect.
pub(crate) fn counted(n: usize, verdict: Verdict) -> String {
    let word = verdict.as_str();
    match verdict {
        Verdict::Contradiction | Verdict::Agreement if n != 1 => format!("{n} {word}s"),
        _ => format!("{n} {word}"),
    }
}

/// `1 claim`, `2 claims`.
pub(crate) fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// `5 documents, 120 claims: 3 contradictions, 0 updated, 2 agreements, 1
/// compatible, 110 unverified`, plus the number baselined when a baseline matched any.
pub(crate) fn summary_line(report: &Report, baseline: &BaselineMatch) -> String {
    let verdicts: Vec<String> = [
        Verdict::Contradiction,
        Verdict::Updated,
        Verdict::Agreement,
        Verdict::Compatible,
        Verdict::Unverified,
    ]
    .into_iter()
    .map(|v| counted(report.count(v), v))
    .collect();
    let mut line = format!(
        "{}, {}: {}",
        plural(report.documents.len(), "document"),
        plural(report.claims.len(), "claim"),
        verdicts.join(", ")
    );
    let baselined = baseline.count(report);
    if baselined > 0 {
        line.push_str(&format!(" ({baselined} baselined)"));
    }
    let skipped = report
        .problems
        .iter()
        .filter(|p| p.skips_document())
        .count();
    if skipped > 0 {
        line.push_str(&format!("; {} skipped", plural(skipped, "file")));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_inflect_only_where_english_does() {
        assert_eq!(counted(1, Verdict::Contradiction), "1 contradiction");
        assert_eq!(counted(3, Verdict::Agreement), "3 agreements");
        assert_eq!(counted(2, Verdict::Compatible), "2 compatible");
        assert_eq!(counted(0, Verdict::Unverified), "0 unverified");
    }
}
