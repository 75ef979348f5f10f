//! The text report: compiler-style diagnostics for people.
//!
//! Each cross-source finding (contradiction, agreement, compatible) is one
//! diagnostic drawn by `annotate-snippets`: a header with severity, rule,
//! verdict and message; every claim's source line with the claim underlined
//! and labelled with its normalized value (the primary claim with `^`, the
//! others with `-`; a finding with `locations`, such as two spellings of a
//! name, underlines those and lists its claims in a `= claims:` note); then
//! `= why:` and `= fingerprint:` notes. Contradictions
//! come first. Unverified claims follow as one line each (or counts per
//! document when there are many: the JSON report keeps them all), then input
//! problems, then one summary line.
//!
//! `annotate-snippets` measures columns in characters and display width and
//! trims long lines around the underline, so paragraph-long lines and Hebrew
//! text render without byte arithmetic here. Hebrew lines are printed in
//! logical order; a terminal that shapes right-to-left text may draw the
//! underline under the mirrored position.

use std::io;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::quote::{source_lines, Located, Lookup};
use super::{human_order, plural, summary_line, BaselineMatch, Emitter, RenderOptions, Report};
use crate::rules::{Finding, Severity, Verdict};

/// Above this many unverified findings, the text report lists counts per
/// document instead of one line per claim.
pub const UNVERIFIED_LIST_LIMIT: usize = 20;

/// Writes findings for people.
#[derive(Default)]
pub struct TextEmitter {
    color: bool,
    baseline: BaselineMatch,
}

impl TextEmitter {
    /// A text emitter with the binary's color choice and baseline mark.
    pub fn new(options: RenderOptions) -> Self {
        TextEmitter {
            color: options.color,
            baseline: options.baseline,
        }
    }

    fn renderer(&self) -> Renderer {
        if self.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        }
    }
}

impl Emitter for TextEmitter {
    fn emit(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        let renderer = self.renderer();
        let lookup = Lookup::new(report);
        let findings = human_order(report, &self.baseline);
        let (unverified, cross): (Vec<&Finding>, Vec<&Finding>) = findings
            .into_iter()
            .partition(|f| f.verdict == Verdict::Unverified);
        for f in &cross {
            let text = render_finding(&lookup, f, self.baseline.contains(f), &renderer);
            writeln!(out, "{text}")?;
            writeln!(out)?;
        }
        write_unverified(&lookup, &unverified, out)?;
        for p in &report.problems {
            let what = p.outcome();
            writeln!(out, "{}: {p} ({what})", p.level())?;
        }
        if !report.problems.is_empty() {
            writeln!(out)?;
        }
        writeln!(out, "{}", summary_line(report, &self.baseline))
    }
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// One finding as a diagnostic, without a final newline.
fn render_finding(
    lookup: &Lookup,
    finding: &Finding,
    baselined: bool,
    renderer: &Renderer,
) -> String {
    let mark = if baselined { " (baselined)" } else { "" };
    let title = format!("{}{mark}: {}", finding.verdict.as_str(), finding.message);
    let mut group = Group::with_title(
        level(finding.severity)
            .primary_title(title)
            .id(finding.rule.as_str()),
    );
    for (i, located) in lookup.places(finding).iter().enumerate() {
        let kind = if i == 0 {
            AnnotationKind::Primary
        } else {
            AnnotationKind::Context
        };
        group = match snippet(located, kind) {
            Some(s) => group.element(s),
            None => group.element(Level::NOTE.with_name("at").message(located.describe())),
        };
    }
    // A finding about locations (two spellings of a name) also lists its
    // claims, briefly; any claim id the report lacks is named.
    if !finding.locations.is_empty() {
        let claims: Vec<String> = finding
            .claims
            .iter()
            .filter_map(|id| lookup.located(id))
            .map(|l| l.describe())
            .collect();
        if !claims.is_empty() {
            group = group.element(Level::NOTE.with_name("claims").message(claims.join("\n")));
        }
    }
    for id in finding
        .claims
        .iter()
        .filter(|id| lookup.claim(id).is_none())
    {
        group = group.element(
            Level::NOTE
                .with_name("claim")
                .message(format!("{id} (not in this report)")),
        );
    }
    if !finding.explanation.is_empty() {
        group = group.element(
            Level::NOTE
                .with_name("why")
                .message(finding.explanation.as_str()),
        );
    }
    group = group.element(
        Level::NOTE
            .with_name("fingerprint")
            .message(finding.fingerprint.as_str()),
    );
    renderer.render(&[group])
}

/// The place's source line(s), the place underlined and labelled.
fn snippet<'a>(
    located: &Located<'a>,
    kind: AnnotationKind,
) -> Option<Snippet<'a, annotate_snippets::Annotation<'a>>> {
    let (offset, lines) = source_lines(located)?;
    let span = located.span;
    let start = span.start - offset;
    // `lines` lost a final `\r`: a span reaching into it is clamped, one
    // starting on it (nothing to underline) falls back to a note.
    if start > lines.len() {
        return None;
    }
    let end = (span.end - offset).min(lines.len()).max(start);
    Some(
        Snippet::source(lines)
            .line_start(located.line)
            .path(located.path)
            .annotation(kind.span(start..end).label(located.label)),
    )
}

/// Unverified claims: one line each, or counts per document when many.
fn write_unverified(
    lookup: &Lookup,
    findings: &[&Finding],
    out: &mut dyn io::Write,
) -> io::Result<()> {
    if findings.is_empty() {
        return Ok(());
    }
    let claims: Vec<Located> = findings
        .iter()
        .filter_map(|f| f.claims.first())
        .filter_map(|id| lookup.located(id))
        .collect();
    writeln!(
        out,
        "unverified: {} stated by one source only",
        plural(claims.len(), "claim")
    )?;
    if claims.len() <= UNVERIFIED_LIST_LIMIT {
        let width = claims
            .iter()
            .map(|l| l.position().chars().count())
            .max()
            .unwrap_or(0);
        for l in &claims {
            let kind = l.kind();
            writeln!(
                out,
                "  {:width$}  {kind:8}  {}  \"{}\"",
                l.position(),
                l.label,
                one_line(l.quoted)
            )?;
        }
    } else {
        // Claims come grouped by document, so runs of one path are contiguous.
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for l in &claims {
            match counts.last_mut() {
                Some((path, n)) if *path == l.path => *n += 1,
                _ => counts.push((l.path, 1)),
            }
        }
        for (path, n) in counts {
            writeln!(out, "  {path}: {n}")?;
        }
        writeln!(out, "  (the JSON report lists each claim: --format json)")?;
    }
    writeln!(out)
}

/// Line breaks and tabs as spaces, so a quote stays on its line.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}
