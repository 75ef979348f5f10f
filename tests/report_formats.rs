//! Every output format over one fixed, hand-built report, as insta snapshots,
//! plus the baseline round trip and the edge cases renderers must survive.
//!
//! The report: two tiny documents (English and Hebrew), claims with real
//! spans into them, one finding of each verdict and one skipped file. The
//! English compatible claim's sentence holds a `<script>` tag, which every
//! markup format must escape.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use crosscheck::claims::{Claim, Span, Subject};
use crosscheck::extract::Kind;
use crosscheck::report::{
    baseline, emitter, Baseline, BaselineMatch, Format, RenderOptions, Report, RuleInfo,
};
use crosscheck::rules::{fingerprint, Finding, Location, Severity, Verdict};
use crosscheck::text::LineIndex;
use crosscheck::value::{Axis, DateParts, DateValue, Interval, Qualifier, Value};
use crosscheck::{Document, Error, InputError, Lang, Metadata};
use insta::{assert_json_snapshot, assert_snapshot};

const EN: &str = "Netanyahu visits Baku, meets Aliyev\n\
Netanyahu spent six hours in Azerbaijan on December 13, 2016, his office said.\n\
Officials said the deals are worth some $5 billion <script>alert(1)</script>.\n\
He first visited in 1997, when Ilayev's father ruled.\n";

const HE: &str = "ביקור נתניהו בבאקו\n\
נתניהו שהה שבע שעות באזרבייג'ן ב-13 בדצמבר 2016.\n\
לפי פרסומים זרים, העסקאות שוות מיליארדי דולרים.\n";

fn doc(id: &str, text: &str, lang: Lang, published: Option<NaiveDate>) -> Document {
    let meta = Metadata {
        source: Some(format!("Outlet {id}")),
        published,
        lang: Some(lang),
        ..Metadata::default()
    };
    Document::new(id, format!("corpus/{id}"), text, meta)
}

/// A claim on the first occurrence of `quote` in `doc`, its sentence the line around it.
fn claim(
    doc: &Document,
    n: usize,
    quote: &str,
    kind: Kind,
    value: Value,
    qualifier: Qualifier,
    display: &str,
) -> Claim {
    let start = doc.text.find(quote).expect("quote is in the document");
    let end = start + quote.len();
    let (line, column) = LineIndex::new(&doc.text).position(&doc.text, start);
    let sentence = doc.text.lines().nth(line - 1).unwrap().to_string();
    Claim {
        id: format!("{}#{n}", doc.id),
        doc: doc.id.clone(),
        span: Span {
            start,
            end,
            line,
            column,
        },
        text: quote.to_string(),
        sentence,
        kind,
        value,
        qualifier,
        display: display.to_string(),
        subject: Subject {
            frame: Some("visit".into()),
            attribute: Some("duration".into()),
            entities: vec!["Azerbaijan".into(), "Benjamin Netanyahu".into()],
            when: Some(DateValue::from_parts(DateParts {
                year: Some(2016),
                month: Some(12),
                day: Some(13),
                weekday: None,
            })),
            when_source: Some("document"),
            ..Subject::default()
        },
        hedge: None,
        attribution: None,
        noun: None,
        repeat_of: None,
        sentence_weekday: None,
    }
}

fn day(y: i32, m: u32, d: u32) -> Value {
    Value::Date(DateValue::from_parts(DateParts {
        year: Some(y),
        month: Some(m),
        day: Some(d),
        weekday: None,
    }))
}

fn finding(rule: &str, verdict: Verdict, severity: Severity, claims: &[&Claim]) -> Finding {
    let mut parts: Vec<&str> = vec![rule];
    parts.extend(claims.iter().map(|c| c.display.as_str()));
    Finding {
        rule: rule.into(),
        verdict,
        severity,
        message: format!(
            "values differ: {}",
            claims
                .iter()
                .map(|c| c.display.as_str())
                .collect::<Vec<_>>()
                .join(" vs ")
        ),
        explanation: format!(
            "same fact (visit of Benjamin Netanyahu to Azerbaijan, 2016-12-13); values {}",
            claims
                .iter()
                .map(|c| c.display.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        claims: claims.iter().map(|c| c.id.clone()).collect(),
        fingerprint: fingerprint(&parts),
        locations: Vec::new(),
        pairs: Vec::new(),
    }
}

fn rule(id: &str, title: &str) -> RuleInfo {
    RuleInfo {
        id: id.into(),
        title: title.into(),
        kind: "compare".into(),
        description: format!("{title}: claims with the same fact key must overlap."),
    }
}

/// The fixed report every snapshot renders.
fn fixture() -> Report {
    let a = doc("a.txt", EN, Lang::En, NaiveDate::from_ymd_opt(2016, 12, 13));
    let b = doc("b.txt", HE, Lang::He, None);
    let a1 = claim(
        &a,
        1,
        "six hours",
        Kind::Duration,
        Value::exact(Axis::Seconds, 21600.0),
        Qualifier::Exact,
        "6 h",
    );
    let a2 = claim(
        &a,
        2,
        "December 13, 2016",
        Kind::Date,
        day(2016, 12, 13),
        Qualifier::Exact,
        "2016-12-13",
    );
    let mut a3 = claim(
        &a,
        3,
        "some $5 billion",
        Kind::Money,
        Value::Scalar {
            axis: Axis::Money("USD".into()),
            interval: Interval::point(5e9).widen(0.1),
            point: Some(5e9),
        },
        Qualifier::Approx,
        "~$5 billion",
    );
    a3.hedge = Some("some".into());
    let a4 = claim(
        &a,
        4,
        "1997",
        Kind::Year,
        Value::Date(DateValue::from_parts(DateParts {
            year: Some(1997),
            ..DateParts::default()
        })),
        Qualifier::Exact,
        "1997",
    );
    let b1 = claim(
        &b,
        1,
        "שבע שעות",
        Kind::Duration,
        Value::exact(Axis::Seconds, 25200.0),
        Qualifier::Exact,
        "7 h",
    );
    let b2 = claim(
        &b,
        2,
        "13 בדצמבר 2016",
        Kind::Date,
        day(2016, 12, 13),
        Qualifier::Exact,
        "2016-12-13",
    );
    let mut b3 = claim(
        &b,
        3,
        "מיליארדי דולרים",
        Kind::Money,
        Value::Scalar {
            axis: Axis::Money("USD".into()),
            interval: Interval {
                min: Some(2e9),
                max: Some(1e12),
                min_inclusive: true,
                max_inclusive: false,
            },
            point: None,
        },
        Qualifier::Vague,
        "$2 billion..$1 trillion",
    );
    b3.attribution = Some("לפי פרסומים זרים".into());
    // A finding about places that are not claims: two spellings of a name.
    let mut spelling = finding(
        "name-spelling",
        Verdict::Contradiction,
        Severity::Warning,
        &[&a4],
    );
    spelling.message = "`Ilayev` looks like a misspelling of `Aliyev`".into();
    spelling.explanation = "`Ilayev` is not a known name but is 2 edits from `Aliyev`.".into();
    spelling.locations = ["Ilayev", "Aliyev"]
        .into_iter()
        .map(|name| {
            let start = EN.find(name).unwrap();
            let (line, column) = LineIndex::new(EN).position(EN, start);
            Location {
                doc: "a.txt".into(),
                span: Span {
                    start,
                    end: start + name.len(),
                    line,
                    column,
                },
                text: name.into(),
            }
        })
        .collect();
    let findings = vec![
        finding(
            "visit-duration",
            Verdict::Contradiction,
            Severity::Error,
            &[&a1, &b1],
        ),
        finding(
            "visit-date",
            Verdict::Agreement,
            Severity::Info,
            &[&a2, &b2],
        ),
        finding(
            "deal-value",
            Verdict::Compatible,
            Severity::Info,
            &[&a3, &b3],
        ),
        spelling,
        finding("visit-year", Verdict::Unverified, Severity::Info, &[&a4]),
    ];
    Report {
        documents: vec![a, b],
        claims: vec![a1, a2, a3, a4, b1, b2, b3],
        findings,
        problems: vec![InputError::Empty {
            path: PathBuf::from("corpus/empty.txt"),
        }],
        rules: vec![
            rule("deal-value", "Deal values must agree"),
            rule("visit-date", "A visit has one date"),
            rule("visit-duration", "A visit has one duration"),
        ],
    }
}

fn render_with(report: &Report, format: Format, options: RenderOptions) -> String {
    let mut out = Vec::new();
    emitter(format, options).emit(report, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn render(report: &Report, format: Format) -> String {
    render_with(report, format, RenderOptions::default())
}

fn json_of(report: &Report, format: Format) -> serde_json::Value {
    serde_json::from_str(&render(report, format)).unwrap()
}

#[test]
fn text_format() {
    assert_snapshot!("text", render(&fixture(), Format::Text));
}

#[test]
fn text_format_with_color_has_ansi_and_same_words() {
    let options = RenderOptions {
        color: true,
        ..RenderOptions::default()
    };
    let colored = render_with(&fixture(), Format::Text, options);
    assert!(colored.contains("\u{1b}["));
    let plain = render(&fixture(), Format::Text);
    assert!(!plain.contains('\u{1b}'));
    // Without its SGR sequences (ESC [ ... m), the colored text is the plain text.
    let mut stripped = String::new();
    let mut rest = colored.as_str();
    while let Some(i) = rest.find('\u{1b}') {
        stripped.push_str(&rest[..i]);
        let m = rest[i..].find('m').expect("SGR sequences end in m");
        rest = &rest[i + m + 1..];
    }
    stripped.push_str(rest);
    assert_eq!(stripped, plain);
}

#[test]
fn json_format() {
    // The version changes with every release; the snapshot should not.
    let mut j = json_of(&fixture(), Format::Json);
    j["tool"]["version"] = "[version]".into();
    assert_json_snapshot!("json", j);
}

#[test]
fn sarif_format() {
    let mut s = json_of(&fixture(), Format::Sarif);
    s["runs"][0]["tool"]["driver"]["version"] = "[version]".into();
    s["runs"][0]["tool"]["driver"]["semanticVersion"] = "[version]".into();
    assert_json_snapshot!("sarif", s);
}

#[test]
fn markdown_format() {
    assert_snapshot!("markdown", render(&fixture(), Format::Markdown));
}

#[test]
fn html_format() {
    assert_snapshot!("html", render(&fixture(), Format::Html));
}

#[test]
fn every_format_is_deterministic() {
    for format in [
        Format::Text,
        Format::Json,
        Format::Sarif,
        Format::Markdown,
        Format::Html,
    ] {
        assert_eq!(
            render(&fixture(), format),
            render(&fixture(), format),
            "{format:?}"
        );
    }
}

#[test]
fn json_has_the_schema_fields_in_schema_order() {
    let j = json_of(&fixture(), Format::Json);
    let keys =
        |v: &serde_json::Value| -> Vec<String> { v.as_object().unwrap().keys().cloned().collect() };
    assert_eq!(j["schema"], "crosscheck/report/v1");
    assert_eq!(j["tool"]["name"], "crosscheck");
    assert_eq!(
        &keys(&j)[..6],
        [
            "schema",
            "tool",
            "documents",
            "claims",
            "findings",
            "problems"
        ]
    );
    assert_eq!(
        keys(&j["documents"][0]),
        ["id", "path", "lang", "published", "source"]
    );
    assert_eq!(j["documents"][0]["published"], "2016-12-13");
    assert_eq!(j["documents"][1]["published"], serde_json::Value::Null);
    assert_eq!(j["documents"][1]["lang"], "he");

    let c = &j["claims"][0];
    for k in [
        "id",
        "doc",
        "span",
        "text",
        "sentence",
        "kind",
        "value",
        "qualifier",
        "display",
        "subject",
        "hedge",
    ] {
        assert!(c.get(k).is_some(), "claim lacks {k}");
    }
    assert_eq!(keys(&c["span"]), ["start", "end", "line", "column"]);
    // The schema's subject fields first, in order; additions (agent, places) after.
    assert_eq!(
        keys(&c["subject"])[..4],
        ["frame", "attribute", "entities", "when"]
    );
    assert_eq!(c["kind"], "duration");
    assert_eq!(c["qualifier"], "exact");
    // Integral values are JSON integers, as in the schema's example.
    assert_eq!(
        c["value"].to_string(),
        r#"{"min":21600,"max":21600,"unit":"s","point":21600}"#
    );
    let date = &j["claims"][1]["value"];
    assert_eq!(date["unit"], "date");
    assert_eq!(date["min"], "2016-12-13");
    assert_eq!(date["point"], "2016-12-13");
    let year = &j["claims"][3]["value"];
    assert_eq!(
        (year["min"].as_str(), year["max"].as_str()),
        (Some("1997-01-01"), Some("1997-12-31"))
    );
    assert_eq!(year["point"], serde_json::Value::Null);
    let vague = &j["claims"][6]["value"];
    assert_eq!(vague["unit"], "USD");
    assert_eq!(vague["point"], serde_json::Value::Null);
    assert_eq!(j["claims"][6]["qualifier"], "vague");

    let f = &j["findings"][0];
    assert_eq!(
        keys(f)[..8],
        [
            "id",
            "rule",
            "verdict",
            "severity",
            "message",
            "explanation",
            "claims",
            "fingerprint"
        ]
    );
    assert_eq!(f["verdict"], "contradiction");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["baselined"], false);
    assert_eq!(j["summary"]["verdicts"]["contradiction"], 2);
    assert_eq!(j["summary"]["verdicts"]["unverified"], 1);
    assert_eq!(j["summary"]["documents"], 2);
    assert_eq!(j["summary"]["claims"], 7);
}

#[test]
fn sarif_has_the_required_keys() {
    let s = json_of(&fixture(), Format::Sarif);
    assert_eq!(s["version"], "2.1.0");
    let run = &s["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["tool"]["driver"]["name"], "crosscheck");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules[2]["id"], "visit-duration");
    assert_eq!(
        rules[2]["shortDescription"]["text"],
        "A visit has one duration"
    );
    assert!(rules[2]["fullDescription"]["text"].is_string());
    assert!(rules[2]["help"]["text"].is_string());

    // Unverified findings are not results.
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 4);
    let r = &results[0];
    assert_eq!(r["ruleId"], "visit-duration");
    assert_eq!(r["level"], "error");
    assert_eq!(results[1]["level"], "note");
    assert!(r["message"]["text"]
        .as_str()
        .unwrap()
        .starts_with("contradiction: "));
    let region = &r["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "corpus/a.txt"
    );
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(2), Some(17))
    );
    assert_eq!(
        (region["endLine"].as_u64(), region["endColumn"].as_u64()),
        (Some(2), Some(26))
    );
    assert_eq!(region["snippet"]["text"], "six hours");
    // The Hebrew claim: columns in code points, not bytes.
    let related = &r["relatedLocations"][0]["physicalLocation"];
    assert_eq!(related["artifactLocation"]["uri"], "corpus/b.txt");
    assert_eq!(related["region"]["startColumn"], 12);
    assert_eq!(related["region"]["endColumn"], 20);
    let fp = fixture().findings[0].fingerprint.clone();
    assert_eq!(r["partialFingerprints"]["crosscheck/v1"], fp.as_str());
    assert!(
        r.get("baselineState").is_none(),
        "no baseline, no baselineState"
    );
}

#[test]
fn markup_formats_escape_script_tags_in_quotes() {
    let report = fixture();
    let html = render(&report, Format::Html);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // The only real script element is ours, at the end of the page.
    assert_eq!(html.matches("<script>").count(), 1);
    assert!(html.contains("dir=\"auto\" lang=\"he\""));
    let md = render(&report, Format::Markdown);
    assert!(md.contains("&lt;script&gt;"));
    assert!(!md.contains("<script>"));
}

#[test]
fn text_shows_both_quotes_with_positions_values_and_fingerprint() {
    let report = fixture();
    let text = render(&report, Format::Text);
    assert!(text.starts_with("error[visit-duration]: contradiction: "));
    assert!(text.contains("corpus/a.txt:2:17"));
    assert!(text.contains("corpus/b.txt:2:12"));
    assert!(text.contains("^^^^^^^^^ 6 h"));
    assert!(text.contains("-------- 7 h"));
    assert!(text.contains(&format!("fingerprint: {}", report.findings[0].fingerprint)));
    assert!(text.contains("corpus/a.txt:4:21  year"));
    assert!(text.ends_with("2 documents, 7 claims: 2 contradictions, 0 updated, 1 agreement, 1 compatible, 1 unverified; 1 file skipped\n"));
    let contradiction = text.find("contradiction:").unwrap();
    let agreement = text.find("agreement:").unwrap();
    assert!(contradiction < agreement);
}

#[test]
fn text_survives_multibyte_lines_and_bad_spans() {
    let mut report = fixture();
    // Long Hebrew line with niqqud and an emoji; a span that ends mid-character;
    // a span past the end of the text; a claim whose document is missing.
    let line = format!(
        "{}שָׁלוֹם 👋 עוֹלָם 1997 {}",
        "מילה ".repeat(60),
        "סוף ".repeat(40)
    );
    let text = format!("כותרת\n{line}\n");
    report.documents[1] = doc("b.txt", &text, Lang::He, None);
    let start = text.find("1997").unwrap();
    report.claims[4].span = Span {
        start,
        end: start + 4,
        line: 2,
        column: 99,
    };
    report.claims[5].span = Span {
        start: 1,
        end: 3,
        line: 1,
        column: 2,
    };
    report.claims[6].span = Span {
        start: 10_000,
        end: 10_004,
        line: 9,
        column: 1,
    };
    report.claims[0].doc = "missing.txt".into();
    report.findings[0].claims.push("nowhere#1".into());
    for format in [
        Format::Text,
        Format::Json,
        Format::Sarif,
        Format::Markdown,
        Format::Html,
    ] {
        let out = render(&report, format);
        assert!(!out.is_empty());
    }
    let out = render(&report, Format::Text);
    assert!(out.contains("1997"));
    assert!(out.contains("nowhere#1 (not in this report)"));
}

#[test]
fn text_handles_crlf_line_ends() {
    let mut report = fixture();
    let text = EN.replace('\n', "\r\n");
    report.documents[0] = doc("a.txt", &text, Lang::En, None);
    let start = text.find("six hours").unwrap();
    report.claims[0].span = Span {
        start,
        end: start + "six hours".len(),
        line: 2,
        column: 17,
    };
    // A span on the `\r` itself, and one running over it.
    let cr = text.find('\r').unwrap();
    report.claims[1].span = Span {
        start: cr,
        end: cr + 1,
        line: 1,
        column: 22,
    };
    report.claims[2].span = Span {
        start: cr - 4,
        end: cr + 2,
        line: 1,
        column: 18,
    };
    let out = render(&report, Format::Text);
    assert!(out.contains("^^^^^^^^^ 6 h"));
    assert!(!out.contains('\r'));
}

#[test]
fn many_unverified_claims_are_counted_per_document() {
    let mut report = fixture();
    let a4 = report.claims[3].clone();
    for i in 0..25 {
        let mut f = report.findings[4].clone();
        f.fingerprint = fingerprint(&["visit-year", &i.to_string()]);
        f.claims = vec![a4.id.clone()];
        report.findings.push(f);
    }
    let text = render(&report, Format::Text);
    assert!(text.contains("unverified: 26 claims stated by one source only\n  corpus/a.txt: 26\n"));
    for _ in 0..50 {
        report.findings.push(report.findings[5].clone());
    }
    let md = render(&report, Format::Markdown);
    assert!(md.contains("<summary>Unverified: 76 claims</summary>"));
    assert!(md.contains("…and 26 more: see the JSON or HTML report."));
}

#[test]
fn baseline_round_trip_marks_known_findings() {
    let report = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("baseline.json");
    Baseline::from_report(&report).write(&path).unwrap();
    let read = Baseline::read(&path).unwrap();
    assert_eq!(read, Baseline::from_report(&report));
    assert_eq!(read.findings.len(), 2);
    let entry = read
        .findings
        .iter()
        .find(|e| e.rule == "visit-duration")
        .unwrap();
    assert_eq!(entry.claims[1].text, "שבע שעות");

    // Everything known: nothing fails.
    let matched = baseline::apply(&report, &read);
    assert_eq!(matched.count(&report), 2);
    assert!(!matched.fails(&report, Severity::Error));
    assert!(BaselineMatch::default().fails(&report, Severity::Error));

    // A new contradiction is not in the baseline and fails the run.
    let mut changed = report.clone();
    changed.findings[0].fingerprint = fingerprint(&["visit-duration", "6 h", "8 h"]);
    let matched = baseline::apply(&changed, &read);
    assert_eq!(matched.count(&changed), 1);
    assert!(matched.fails(&changed, Severity::Error));
    // Info findings never fail a run and stay out of the baseline.
    assert!(read
        .findings
        .iter()
        .all(|e| e.verdict == Some(Verdict::Contradiction)));
    let new: Vec<_> = matched
        .new_findings(&changed)
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| f.rule.as_str())
        .collect();
    assert_eq!(new, ["visit-duration"]);
}

#[test]
fn baselined_findings_are_labelled_in_every_format() {
    let report = fixture();
    let matched = baseline::apply(&report, &Baseline::from_report(&report));
    let options = RenderOptions {
        color: false,
        baseline: matched,
    };
    let text = render_with(&report, Format::Text, options.clone());
    assert!(text.contains("contradiction (baselined): "));
    assert!(text.contains("(2 baselined)"));
    let j: serde_json::Value =
        serde_json::from_str(&render_with(&report, Format::Json, options.clone())).unwrap();
    assert_eq!(j["findings"][0]["baselined"], true);
    assert_eq!(j["summary"]["baselined"], 2);
    let s: serde_json::Value =
        serde_json::from_str(&render_with(&report, Format::Sarif, options.clone())).unwrap();
    assert_eq!(s["runs"][0]["results"][0]["baselineState"], "unchanged");
    let md = render_with(&report, Format::Markdown, options.clone());
    assert!(md.contains("No new contradictions."));
    assert!(md.contains("Baselined contradictions (2)"));
    assert!(render_with(&report, Format::Html, options).contains("card contradiction baselined"));
}

#[test]
fn malformed_baseline_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text, why) in [
        ("syntax.json", "{ not json", "line 1 column 3"),
        (
            "schema.json",
            r#"{"schema": "other/v9", "findings": []}"#,
            "unknown schema `other/v9`",
        ),
        (
            "missing.json",
            r#"{"schema": "crosscheck/baseline/v1", "findings": [{"id": "x"}]}"#,
            "missing field `fingerprint`",
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let err = Baseline::read(&path).unwrap_err();
        assert!(matches!(&err, Error::Baseline { path: p, .. } if p == &path));
        let msg = err.to_string();
        assert!(msg.starts_with(&path.display().to_string()), "{msg}");
        assert!(msg.contains(why), "{msg}");
    }
    let err = Baseline::read(Path::new("no/such/baseline.json")).unwrap_err();
    assert!(err
        .to_string()
        .starts_with("no/such/baseline.json: bad baseline: cannot read"));
}

#[test]
fn cli_malformed_baseline_exits_2_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad-baseline.json");
    std::fs::write(&bad, "[1, 2").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "--baseline"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad-baseline.json: bad baseline"),
        "{stderr}"
    );
}

#[test]
fn cli_writes_a_baseline_and_reads_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("baseline.json");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .arg("check")
            .args(args)
            .output()
            .unwrap()
    };
    let p = path.to_str().unwrap();
    // The bundled corpus: whatever it contradicts today, the run with the
    // baseline it just wrote must pass, with every failing finding baselined.
    let first = run(&["--write-baseline", p, "--format", "json"]);
    assert!(
        matches!(first.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&first.stdout).unwrap();
    let failing = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] != "info")
        .count();
    let written = Baseline::read(&path).unwrap();
    assert_eq!(written.schema, "crosscheck/baseline/v1");
    assert_eq!(written.findings.len(), failing);
    let second = run(&["--baseline", p, "--format", "sarif", "--color", "never"]);
    assert!(
        second.status.success(),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );
    let sarif: serde_json::Value = serde_json::from_slice(&second.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
}

#[test]
fn markdown_stays_within_githubs_comment_limit() {
    let mut report = fixture();
    let mut f = report.findings[0].clone();
    f.explanation = "a long explanation, ".repeat(150);
    for i in 0..40 {
        f.fingerprint = fingerprint(&["visit-duration", &i.to_string()]);
        report.findings.push(f.clone());
    }
    let md = render(&report, Format::Markdown);
    assert!(
        md.chars().count() < 65_536,
        "{} characters",
        md.chars().count()
    );
    assert!(md.contains("more: see the JSON or HTML report."));
    assert!(md.ends_with("</details>\n\n"));
}

#[test]
fn new_contradictions_come_before_baselined_ones() {
    let report = fixture();
    let only_first = Report {
        findings: vec![report.findings[0].clone()],
        ..report.clone()
    };
    let options = RenderOptions {
        color: false,
        baseline: baseline::apply(&report, &Baseline::from_report(&only_first)),
    };
    let text = render_with(&report, Format::Text, options);
    let spelling = text
        .find("warning[name-spelling]: contradiction: ")
        .unwrap();
    let duration = text
        .find("error[visit-duration]: contradiction (baselined): ")
        .unwrap();
    assert!(spelling < duration);
}
