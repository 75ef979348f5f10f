//! Placing claims, and the other places a finding points at, back in their
//! documents: positions, source lines and the sentence split around the quoted
//! text. Shared by every renderer.
//!
//! A finding's places are its `locations` when it has any (the two spellings
//! of a name), else its claims; see [`Lookup::places`].
//!
//! Nothing here trusts a span blindly: a span past the end of the text or off
//! a character boundary (a claim built by hand, a document edited since) falls
//! back to what the claim itself carries, so renderers never panic on it.

use std::collections::HashMap;

use super::Report;
use crate::claims::{Claim, Span};
use crate::corpus::Document;
use crate::rules::{Finding, Location};
use crate::text::LineIndex;

/// A claim or a finding location, with its document and its start and end positions.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Located<'a> {
    /// The claim, when this place is one.
    pub claim: Option<&'a Claim>,
    /// The claim id, or `None` for a location.
    pub id: Option<&'a str>,
    /// Where in the original file.
    pub span: Span,
    /// The text at the span, from the claim or location.
    pub quoted: &'a str,
    /// What to label the place with: a claim's normalized value, a location's text.
    pub label: &'a str,
    /// Its document, when the report has it.
    pub doc: Option<&'a Document>,
    /// The path to show: the document's, else the claim's document id.
    pub path: &'a str,
    /// 1-based line of the first character.
    pub line: usize,
    /// 1-based column of the first character, in characters.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 1-based column one past the last character, in characters (SARIF's `endColumn`).
    pub end_column: usize,
}

impl Located<'_> {
    /// `path:line:col`.
    pub fn position(&self) -> String {
        format!("{}:{}:{}", self.path, self.line, self.column)
    }

    /// The claim's kind as the JSON report names it; empty for a location.
    pub fn kind(&self) -> String {
        self.claim.map(kind_name).unwrap_or_default()
    }

    /// `path:line:col: "quoted" (label)`, or without the label when it is the quote.
    pub fn describe(&self) -> String {
        if self.label == self.quoted {
            format!("{}: \"{}\"", self.position(), self.quoted)
        } else {
            format!("{}: \"{}\" ({})", self.position(), self.quoted, self.label)
        }
    }

    /// The document's text when the span is a valid range of it.
    pub fn text(&self) -> Option<&str> {
        let doc = self.doc?;
        valid_span(&doc.text, self.span.start, self.span.end).then_some(&*doc.text)
    }
}

/// Whether `start..end` is a non-inverted range on character boundaries of `text`.
pub(crate) fn valid_span(text: &str, start: usize, end: usize) -> bool {
    start <= end && text.is_char_boundary(start) && text.is_char_boundary(end)
}

/// Claims and documents by id, with each document's line index: built once
/// per rendering so that looking up a finding's claims costs O(1), not a scan
/// of the report. Hash maps are only looked up, never iterated, so output
/// order stays the report's.
pub(crate) struct Lookup<'a> {
    claims: HashMap<&'a str, &'a Claim>,
    docs: HashMap<&'a str, (&'a Document, LineIndex)>,
}

impl<'a> Lookup<'a> {
    /// Indexes a report.
    pub fn new(report: &'a Report) -> Self {
        Lookup {
            claims: report.claims.iter().map(|c| (c.id.as_str(), c)).collect(),
            docs: report
                .documents
                .iter()
                .map(|d| (d.id.as_str(), (d, LineIndex::new(&d.text))))
                .collect(),
        }
    }

    /// The claim with this id.
    pub fn claim(&self, id: &str) -> Option<&'a Claim> {
        self.claims.get(id).copied()
    }

    /// The claim with this id, located.
    pub fn located(&self, id: &str) -> Option<Located<'a>> {
        self.claim(id).map(|c| self.locate(c))
    }

    /// Locates one claim.
    pub fn locate(&self, claim: &'a Claim) -> Located<'a> {
        self.place(
            Some(claim),
            &claim.doc,
            claim.span,
            &claim.text,
            &claim.display,
        )
    }

    /// Locates one finding location.
    pub fn locate_location(&self, location: &'a Location) -> Located<'a> {
        self.place(
            None,
            &location.doc,
            location.span,
            &location.text,
            &location.text,
        )
    }

    /// Where a finding points, primary first: its locations when it has any,
    /// else its claims. Ids not in the report are left out.
    pub fn places(&self, finding: &'a Finding) -> Vec<Located<'a>> {
        if finding.locations.is_empty() {
            finding
                .claims
                .iter()
                .filter_map(|id| self.located(id))
                .collect()
        } else {
            finding
                .locations
                .iter()
                .map(|l| self.locate_location(l))
                .collect()
        }
    }

    fn place(
        &self,
        claim: Option<&'a Claim>,
        doc_id: &'a str,
        span: Span,
        quoted: &'a str,
        label: &'a str,
    ) -> Located<'a> {
        let entry = self.docs.get(doc_id);
        let doc = entry.map(|(d, _)| *d);
        let path = doc.map_or(doc_id, |d| d.path.as_str());
        let mut located = Located {
            claim,
            id: claim.map(|c| c.id.as_str()),
            span,
            quoted,
            label,
            doc,
            path,
            line: span.line,
            column: span.column,
            end_line: span.line,
            end_column: span.column + quoted.chars().count(),
        };
        if let (Some(text), Some((_, lines))) = (located.text(), entry) {
            let (line, column) = lines.position(text, span.end);
            located.end_line = line;
            located.end_column = column;
        }
        located
    }
}

/// The whole lines a place stands on: the byte offset of the first line's
/// start, and the lines without their final line break.
pub(crate) fn source_lines<'a>(located: &Located<'a>) -> Option<(usize, &'a str)> {
    let doc = located.doc?;
    let text = doc.text.as_str();
    let span = located.span;
    if !valid_span(text, span.start, span.end) {
        return None;
    }
    let first = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let last = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    let lines = text[first..last].trim_end_matches('\r');
    Some((first, lines))
}

/// The place's sentence split around it: (before, quoted text, after).
///
/// For a claim, its sentence, found by the span when the sentence occurs in
/// the document around it, else by the first occurrence of the quoted text in
/// the sentence; for a location, its source line. Else the quote alone.
pub(crate) fn sentence_parts<'a>(located: &Located<'a>) -> (&'a str, &'a str, &'a str) {
    let span = located.span;
    let Some(claim) = located.claim else {
        return match source_lines(located) {
            Some((offset, lines)) if span.end - offset <= lines.len() => {
                let (a, b) = (span.start - offset, span.end - offset);
                (&lines[..a], &lines[a..b], &lines[b..])
            }
            _ => ("", located.quoted, ""),
        };
    };
    let sentence = claim.sentence.as_str();
    if let (Some(doc), false) = (located.doc, sentence.is_empty()) {
        let text = doc.text.as_str();
        if valid_span(text, span.start, span.end) {
            // A sentence holding the span starts within one sentence length
            // before it: search only that window, not the whole document.
            let lo = floor_boundary(text, span.end.saturating_sub(sentence.len()));
            let hi = ceil_boundary(text, span.start + sentence.len());
            for (i, _) in text[lo..hi].match_indices(sentence) {
                let i = lo + i;
                if i > span.start {
                    break;
                }
                if span.end <= i + sentence.len() {
                    let (a, b) = (span.start - i, span.end - i);
                    return (&sentence[..a], &sentence[a..b], &sentence[b..]);
                }
            }
        }
    }
    match (claim.text.is_empty(), sentence.find(&claim.text)) {
        (false, Some(i)) => {
            let j = i + claim.text.len();
            (&sentence[..i], &sentence[i..j], &sentence[j..])
        }
        _ => ("", claim.text.as_str(), ""),
    }
}

/// The largest character boundary of `text` at or before `i`.
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest character boundary of `text` at or after `i`.
fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The claim's kind as the JSON report names it (`duration`, `date`, ...).
pub(crate) fn kind_name(claim: &Claim) -> String {
    serde_json::to_value(claim.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
