//! The JSON report is a contract (report-schema.md): check its rules on every
//! corpus we have — the seeds and the test corpora — not just one snapshot.

use std::collections::BTreeSet;
use std::path::Path;

use crosscheck::report::json::report_json;
use crosscheck::{check, Corpus, RuleSet};
use serde_json::Value;

fn reports() -> Vec<(String, Value)> {
    let rules = RuleSet::bundled().unwrap();
    let mut out = vec![(
        "seeds".to_string(),
        report_json(&check(&Corpus::bundled(), &rules), &Default::default()),
    )];
    for name in ["quake", "modi"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/corpora")
            .join(name);
        let r = check(&Corpus::load(&[dir]), &rules);
        out.push((name.to_string(), report_json(&r, &Default::default())));
    }
    // The Hebrew test corpus saved as Windows-1255: the contract holds for
    // documents that carry the added `encoding` field too.
    let legacy = tempfile::tempdir().unwrap();
    let modi = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpora/modi");
    for name in ["he.txt", "he.meta.toml", "en.txt", "en.meta.toml"] {
        let text = std::fs::read_to_string(modi.join(name)).unwrap();
        let bytes = if name == "he.txt" {
            encoding_rs::WINDOWS_1255.encode(&text).0.into_owned()
        } else {
            text.into_bytes()
        };
        std::fs::write(legacy.path().join(name), bytes).unwrap();
    }
    let r = check(&Corpus::load(&[legacy.path().to_path_buf()]), &rules);
    let json = report_json(&r, &Default::default());
    let encodings: Vec<&Value> = json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["encoding"])
        .collect();
    assert_eq!(encodings, [&Value::Null, &Value::from("windows-1255")]);
    // Same claims and findings as the UTF-8 original.
    let original = &out.last().unwrap().1;
    for key in ["claims", "findings"] {
        assert_eq!(
            json[key].as_array().map(Vec::len),
            original[key].as_array().map(Vec::len)
        );
    }
    out.push(("modi-cp1255".to_string(), json));
    out
}

const KINDS: &[&str] = &[
    "year", "date", "duration", "money", "count", "quantity", "percent", "ordinal", "number",
];
const QUALIFIERS: &[&str] = &["exact", "approx", "at_least", "at_most", "range", "vague"];
const VERDICTS: &[&str] = &[
    "contradiction",
    "updated",
    "agreement",
    "compatible",
    "unverified",
];
const SEVERITIES: &[&str] = &["error", "warning", "info"];

fn is_iso_date(v: &Value) -> bool {
    v.as_str()
        .is_some_and(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok())
}

#[test]
fn every_report_keeps_the_contract() {
    for (name, r) in reports() {
        assert_eq!(r["schema"], "crosscheck/report/v1", "{name}");
        let docs: BTreeSet<&str> = r["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap())
            .collect();
        let mut claim_docs = std::collections::BTreeMap::new();
        for c in r["claims"].as_array().unwrap() {
            let id = c["id"].as_str().unwrap();
            assert!(docs.contains(c["doc"].as_str().unwrap()), "{name} {id}");
            assert!(
                KINDS.contains(&c["kind"].as_str().unwrap()),
                "{name} {id} kind {}",
                c["kind"]
            );
            assert!(
                QUALIFIERS.contains(&c["qualifier"].as_str().unwrap()),
                "{name} {id}"
            );
            let span = &c["span"];
            assert!(span["start"].as_u64() < span["end"].as_u64(), "{name} {id}");
            assert!(span["line"].as_u64().unwrap() >= 1 && span["column"].as_u64().unwrap() >= 1);
            let v = &c["value"];
            let unit = v["unit"].as_str().unwrap();
            if unit == "date" {
                for side in ["min", "max"] {
                    assert!(
                        v[side].is_null() || is_iso_date(&v[side]),
                        "{name} {id} {side} {}",
                        v[side]
                    );
                }
                if v["min"].is_null() && v["relative"].is_null() {
                    assert!(
                        v["pattern"].as_str().is_some_and(|p| p.starts_with("--")),
                        "{name} {id}: {v}"
                    );
                }
                assert!(
                    v["point"].is_null() || is_iso_date(&v["point"]),
                    "{name} {id}"
                );
            } else {
                for side in ["min", "max", "point"] {
                    assert!(
                        v[side].is_null() || v[side].is_number(),
                        "{name} {id} {side}"
                    );
                }
                if let (Some(lo), Some(hi)) = (v["min"].as_f64(), v["max"].as_f64()) {
                    assert!(lo <= hi, "{name} {id}: {v}");
                }
            }
            claim_docs.insert(id.to_string(), c["doc"].as_str().unwrap().to_string());
        }
        for f in r["findings"].as_array().unwrap() {
            let claims = f["claims"].as_array().unwrap();
            assert!(
                !claims.is_empty(),
                "{name}: finding {} lists no claim",
                f["id"]
            );
            assert!(VERDICTS.contains(&f["verdict"].as_str().unwrap()));
            assert!(SEVERITIES.contains(&f["severity"].as_str().unwrap()));
            assert_eq!(f["fingerprint"].as_str().unwrap().len(), 64);
            let finding_docs: BTreeSet<&String> = claims
                .iter()
                .map(|c| &claim_docs[c.as_str().unwrap()])
                .collect();
            let cross_source = matches!(
                f["verdict"].as_str(),
                Some("agreement" | "compatible" | "updated")
            ) && !matches!(f["rule"].as_str(), Some("unit-conversion"));
            if cross_source {
                assert!(
                    finding_docs.len() >= 2,
                    "{name}: {} is cross-source but has {finding_docs:?}",
                    f["id"]
                );
            }
        }
        let ids: Vec<&str> = r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].as_str().unwrap())
            .collect();
        let unique: BTreeSet<&&str> = ids.iter().collect();
        assert_eq!(ids.len(), unique.len(), "{name}: finding ids are unique");
        let s = &r["summary"];
        assert_eq!(
            s["claims"].as_u64().unwrap() as usize,
            r["claims"].as_array().unwrap().len()
        );
    }
}
