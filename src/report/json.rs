//! The JSON report, version 1 (`report-schema.md`), and the JSON form of a
//! claim shared by `extract --format jsonl` and `extract --lines`.

use std::io;

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use serde_json::{json, Map, Value as Json};

use super::{BaselineMatch, Emitter, RenderOptions, Report};
use crate::claims::Claim;
use crate::rules::Verdict;
use crate::value::{weekday_name, Value};

/// The schema id written into every report.
pub const SCHEMA: &str = "crosscheck/report/v1";

/// Writes the JSON report.
#[derive(Default)]
pub struct JsonEmitter {
    baseline: BaselineMatch,
}

impl JsonEmitter {
    /// A JSON emitter; only the baseline mark of the options matters here.
    pub fn new(options: RenderOptions) -> Self {
        JsonEmitter {
            baseline: options.baseline,
        }
    }
}

impl Emitter for JsonEmitter {
    fn emit(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        // Streamed: each claim and finding becomes JSON only as it is
        // written, so the report is never held twice in memory.
        let view = ReportJson {
            report,
            baseline: &self.baseline,
        };
        serde_json::to_writer_pretty(&mut *out, &view)?;
        writeln!(out)
    }
}

/// The whole report as a JSON value, keys in schema order.
///
/// Beyond the schema's fields, a document not read as UTF-8 carries
/// `encoding` (`"windows-1255"`; absent for UTF-8), each finding carries `locations` (places that
/// are not claims, such as the two spellings of a name; often empty) and
/// `baselined`, and the summary a `baselined` count (false/0 when no
/// baseline was given).
pub fn report_json(report: &Report, baseline: &BaselineMatch) -> Json {
    serde_json::to_value(ReportJson { report, baseline }).expect("a report is valid JSON")
}

/// The report as the schema spells it, serialized field by field: the one
/// definition behind both [`report_json`] and the streamed emitter.
struct ReportJson<'a> {
    report: &'a Report,
    baseline: &'a BaselineMatch,
}

/// A sequence serialized from an iterator made on demand, one item at a time.
struct Items<F>(F);

impl<F, I> Serialize for Items<F>
where
    F: Fn() -> I,
    I: Iterator<Item = Json>,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

impl Serialize for ReportJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (report, baseline) = (self.report, self.baseline);
        let mut m = s.serialize_map(Some(8))?;
        m.serialize_entry("schema", SCHEMA)?;
        m.serialize_entry(
            "tool",
            &json!({ "name": "crosscheck", "version": env!("CARGO_PKG_VERSION") }),
        )?;
        m.serialize_entry(
            "documents",
            &Items(|| report.documents.iter().map(document_json)),
        )?;
        m.serialize_entry("claims", &Items(|| report.claims.iter().map(claim_json)))?;
        m.serialize_entry(
            "findings",
            &Items(|| report.findings.iter().map(|f| finding_json(f, baseline))),
        )?;
        m.serialize_entry(
            "problems",
            &Items(|| {
                report.problems.iter().map(|p| {
                    json!({"path": p.path().to_string_lossy(), "message": p.to_string(), "skipped": p.skips_document()})
                })
            }),
        )?;
        let count = |v: Verdict| report.findings.iter().filter(|f| f.verdict == v).count();
        m.serialize_entry(
            "summary",
            &json!({
                "documents": report.documents.len(),
                "claims": report.claims.len(),
                "verdicts": {
                    "contradiction": count(Verdict::Contradiction),
                    "agreement": count(Verdict::Agreement),
                    "compatible": count(Verdict::Compatible),
                    "updated": count(Verdict::Updated),
                    "unverified": count(Verdict::Unverified),
                },
                "baselined": baseline.count(report),
            }),
        )?;
        m.end()
    }
}

fn document_json(d: &crate::corpus::Document) -> Json {
    let mut entry = json!({
        "id": d.id,
        "path": d.path,
        "lang": d.lang.code(),
        "published": d.meta.published.map(|p| p.to_string()),
        "source": d.meta.source,
    });
    // Only for files not read as UTF-8: their spans index the decoded text.
    if let Some(e) = d.encoding {
        entry["encoding"] = json!(e);
    }
    entry
}

fn finding_json(f: &crate::rules::Finding, baseline: &BaselineMatch) -> Json {
    json!({
        "id": f.id(),
        "rule": f.rule,
        "verdict": f.verdict.as_str(),
        "severity": f.severity.as_str(),
        "message": f.message,
        "explanation": f.explanation,
        "claims": f.claims,
        "fingerprint": f.fingerprint,
        "locations": f.locations.iter().map(|l| json!({
            "doc": l.doc,
            "span": { "start": l.span.start, "end": l.span.end, "line": l.span.line, "column": l.span.column },
            "text": l.text,
        })).collect::<Vec<_>>(),
        "baselined": baseline.contains(f),
        "pairs": f.pairs.iter().map(|(a, b)| json!([a, b])).collect::<Vec<_>>(),
    })
}

/// One claim as the schema spells it.
pub fn claim_json(c: &Claim) -> Json {
    // A day, a span of days, or for a date without a year its pattern (`--12-14`).
    let when = c.subject.when.as_ref().and_then(|w| match w.days {
        Some((a, b)) if a == b => Some(a.to_string()),
        Some((a, b)) => Some(format!("{a}/{b}")),
        None => w.parts.pattern(),
    });
    let participants = c.subject.participants.as_ref();
    json!({
        "id": c.id,
        "doc": c.doc,
        "span": { "start": c.span.start, "end": c.span.end, "line": c.span.line, "column": c.span.column },
        "text": c.text,
        "sentence": c.sentence,
        "kind": c.kind,
        "value": value_json(&c.value, c.qualifier),
        "qualifier": c.qualifier,
        "display": c.display,
        "subject": {
            "frame": c.subject.frame,
            "attribute": c.subject.attribute,
            "entities": c.subject.entities,
            "when": when,
            "agent": participants.and_then(|p| p.agent.clone()),
            "places": participants.map(|p| p.places.clone()),
            "measure": {
                "what": c.subject.measure.what,
                "predicate": c.subject.measure.predicate,
            },
        },
        "hedge": c.hedge,
        "attribution": c.attribution,
        "repeat_of": c.repeat_of,
    })
}

/// A number as the schema shows it: integral values as JSON integers
/// (`21600`, not `21600.0`, which strict integer decoders reject), others as
/// floats; `None` and non-finite values as `null` (an open bound).
pub fn number(x: Option<f64>) -> Json {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: larger floats are not exact integers.
    match x {
        Some(x) if x.is_finite() && x.fract() == 0.0 && x.abs() <= EXACT => json!(x as i64),
        Some(x) if x.is_finite() => json!(x),
        _ => Json::Null,
    }
}

/// A value as the schema spells it: `min`, `max`, `unit`, `point`, and for
/// dates `pattern`, `weekday`, `relative` where they apply.
pub fn value_json(value: &Value, qualifier: crate::value::Qualifier) -> Json {
    let mut m = Map::new();
    match value {
        Value::Scalar {
            axis,
            interval,
            point,
        } => {
            m.insert("min".into(), number(interval.min));
            m.insert("max".into(), number(interval.max));
            m.insert("unit".into(), json!(axis.unit_label()));
            m.insert("point".into(), number(*point));
            if !interval.min_inclusive && interval.min.is_some() {
                m.insert("min_inclusive".into(), json!(false));
            }
            if !interval.max_inclusive && interval.max.is_some() {
                m.insert("max_inclusive".into(), json!(false));
            }
        }
        Value::Date(d) => {
            let (lo, hi) = match d.days {
                Some((a, b)) => (json!(a.to_string()), json!(b.to_string())),
                None => (Json::Null, Json::Null),
            };
            let point = match d.days {
                Some((a, b)) if a == b && qualifier == crate::value::Qualifier::Exact => {
                    json!(a.to_string())
                }
                _ => Json::Null,
            };
            m.insert("min".into(), lo);
            m.insert("max".into(), hi);
            m.insert("unit".into(), json!("date"));
            m.insert("point".into(), point);
            if d.days.is_none() {
                if let Some(p) = d.parts.pattern() {
                    m.insert("pattern".into(), json!(p));
                }
            }
            if let Some(w) = d.parts.weekday {
                m.insert("weekday".into(), json!(weekday_name(w)));
            }
            if let Some(r) = d.relative {
                m.insert(
                    "relative".into(),
                    json!({"unit": r.unit, "offset": r.offset}),
                );
            }
        }
    }
    Json::Object(m)
}
