//! The SARIF 2.1.0 report, for code-scanning UIs.
//!
//! One run. `tool.driver` names crosscheck and lists the rules (those that ran,
//! plus any rule a finding names that the report does not describe). Each
//! cross-source finding is a result: `level` from the severity (`info` becomes
//! `note`), the primary claim in `locations[0]`, the other claims in
//! `relatedLocations`, and the fingerprint under our own versioned key
//! `crosscheck/v1` in `partialFingerprints`. Columns count Unicode code points
//! (`columnKind: unicodeCodePoints`), as our spans do.
//!
//! Unverified findings are left out: one per claim, they would bury the
//! contradictions in a code-scanning UI; the JSON report has them. When a
//! baseline was given, each result states `baselineState` (`unchanged` for a
//! baselined finding, `new` otherwise). Input problems become tool execution
//! notifications; documents not read as UTF-8 are listed in `run.artifacts`
//! with their `encoding`.
//!
//! Built by hand with `serde_json` (keys in insertion order) rather than with
//! a SARIF object-model crate: we write a small, fixed subset, and this keeps
//! the key order, and so the bytes, under our control.

use std::collections::BTreeSet;
use std::io;

use serde_json::{json, Value as Json};

use super::quote::{Located, Lookup};
use super::{BaselineMatch, Emitter, RenderOptions, Report};
use crate::rules::{Finding, Severity, Verdict};

/// The key of our fingerprint in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "crosscheck/v1";

/// Writes SARIF 2.1.0.
#[derive(Default)]
pub struct SarifEmitter {
    baseline: BaselineMatch,
}

impl SarifEmitter {
    /// A SARIF emitter; only the baseline mark of the options matters here.
    pub fn new(options: RenderOptions) -> Self {
        SarifEmitter {
            baseline: options.baseline,
        }
    }
}

impl Emitter for SarifEmitter {
    fn emit(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, &sarif_json(report, &self.baseline))?;
        writeln!(out)
    }
}

/// The SARIF log as a JSON value.
pub fn sarif_json(report: &Report, baseline: &BaselineMatch) -> Json {
    let lookup = Lookup::new(report);
    let rule_ids = rule_ids(report);
    let rules: Vec<Json> = rule_ids.iter().map(|id| rule_json(report, id)).collect();
    let results: Vec<Json> = report
        .findings
        .iter()
        .filter(|f| f.verdict != Verdict::Unverified)
        .map(|f| {
            let index = rule_ids.iter().position(|r| *r == f.rule);
            result_json(&lookup, f, index, baseline)
        })
        .collect();
    let notifications: Vec<Json> = report
        .problems
        .iter()
        .map(|p| {
            json!({
                "level": if p.skips_document() { "error" } else { p.level() },
                "message": { "text": p.to_string() },
                "locations": [{ "physicalLocation": { "artifactLocation": artifact(&p.path().to_string_lossy()) } }],
            })
        })
        .collect();
    let mut log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "crosscheck",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "invocations": [{
                "executionSuccessful": true,
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    // Documents not read as UTF-8, with the encoding they were decoded from
    // (SARIF's artifact `encoding`); absent when every document was UTF-8.
    let decoded: Vec<Json> = report
        .documents
        .iter()
        .filter_map(|d| {
            let encoding = d.encoding?;
            Some(json!({ "location": artifact(&d.path), "encoding": encoding }))
        })
        .collect();
    if !decoded.is_empty() {
        log["runs"][0]["artifacts"] = json!(decoded);
    }
    log
}

/// Rules that ran, in report order, then rules only findings name, sorted.
fn rule_ids(report: &Report) -> Vec<String> {
    let mut ids: Vec<String> = report.rules.iter().map(|r| r.id.clone()).collect();
    let extra: BTreeSet<&str> = report
        .findings
        .iter()
        .map(|f| f.rule.as_str())
        .filter(|id| report.rule(id).is_none())
        .collect();
    ids.extend(extra.into_iter().map(str::to_string));
    ids
}

fn rule_json(report: &Report, id: &str) -> Json {
    match report.rule(id) {
        Some(r) => {
            // SARIF wants non-empty texts; a rule without a description has its title.
            let description = if r.description.is_empty() {
                &r.title
            } else {
                &r.description
            };
            json!({
            "id": r.id,
            "name": r.id,
            "shortDescription": { "text": r.title },
            "fullDescription": { "text": description },
            "help": { "text": description },
            "properties": { "kind": r.kind },
            })
        }
        None => json!({
            "id": id,
            "name": id,
            "shortDescription": { "text": id },
        }),
    }
}

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn result_json(
    lookup: &Lookup,
    f: &Finding,
    rule_index: Option<usize>,
    baseline: &BaselineMatch,
) -> Json {
    // Locations (the two spellings of a name) first when the finding has
    // them, then its claims; otherwise the claims, primary first.
    let mut located: Vec<Located> = lookup.places(f);
    if !f.locations.is_empty() {
        located.extend(f.claims.iter().filter_map(|id| lookup.located(id)));
    }
    let mut r = serde_json::Map::new();
    r.insert("ruleId".into(), json!(f.rule));
    if let Some(i) = rule_index {
        r.insert("ruleIndex".into(), json!(i));
    }
    r.insert("level".into(), json!(sarif_level(f.severity)));
    let text = if f.explanation.is_empty() {
        format!("{}: {}", f.verdict.as_str(), f.message)
    } else {
        format!("{}: {}\n{}", f.verdict.as_str(), f.message, f.explanation)
    };
    r.insert("message".into(), json!({ "text": text }));
    let mut located = located.iter();
    if let Some(primary) = located.next() {
        r.insert("locations".into(), json!([location(primary, None)]));
    }
    let related: Vec<Json> = located
        .enumerate()
        .map(|(i, l)| location(l, Some(i + 1)))
        .collect();
    if !related.is_empty() {
        r.insert("relatedLocations".into(), json!(related));
    }
    r.insert(
        "partialFingerprints".into(),
        json!({ FINGERPRINT_KEY: f.fingerprint }),
    );
    if baseline.applied() {
        let state = if baseline.contains(f) {
            "unchanged"
        } else {
            "new"
        };
        r.insert("baselineState".into(), json!(state));
    }
    r.insert(
        "properties".into(),
        json!({
            "id": f.id(),
            "verdict": f.verdict.as_str(),
            "claims": f.claims,
        }),
    );
    Json::Object(r)
}

/// A claim or location as a SARIF location; related locations carry an id.
fn location(l: &Located, id: Option<usize>) -> Json {
    let mut loc = serde_json::Map::new();
    if let Some(id) = id {
        loc.insert("id".into(), json!(id));
    }
    loc.insert(
        "physicalLocation".into(),
        json!({
            "artifactLocation": artifact(l.path),
            "region": {
                "startLine": l.line,
                "startColumn": l.column,
                "endLine": l.end_line,
                "endColumn": l.end_column,
                "snippet": { "text": l.quoted },
            },
        }),
    );
    let text = match l.id {
        Some(claim) => format!("{} ({claim}): \"{}\"", l.label, l.quoted),
        None => format!("\"{}\"", l.quoted),
    };
    loc.insert("message".into(), json!({ "text": text }));
    Json::Object(loc)
}

/// An artifact location: relative paths under `%SRCROOT%`, absolute ones as `file://` URIs.
fn artifact(path: &str) -> Json {
    let path = path.replace('\\', "/");
    let path = path.trim_start_matches("./");
    if path.starts_with('/') {
        json!({ "uri": format!("file://{}", encode_uri_path(path)) })
    } else {
        json!({ "uri": encode_uri_path(path), "uriBaseId": "%SRCROOT%" })
    }
}

/// Percent-encodes everything but unreserved characters and `/` (RFC 3986),
/// so names with spaces or Hebrew letters make valid URI references.
pub fn encode_uri_path(path: &str) -> String {
    let mut s = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            s.push(b as char);
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_percent_encoded_and_relative() {
        assert_eq!(encode_uri_path("seeds/a b.txt"), "seeds/a%20b.txt");
        assert_eq!(encode_uri_path("ש.txt"), "%D7%A9.txt");
        assert_eq!(artifact("./x/y.txt")["uri"], "x/y.txt");
        assert_eq!(artifact("/abs/y.txt")["uri"], "file:///abs/y.txt");
    }
}
