//! The data-driven extraction spec: every case file under
//! `tests/extract-spec/` holds texts in one or more languages and the
//! mentions each must yield. The parity file writes the same content in
//! every language, so one expectation holds for all of them: a script-neutral
//! fix that lands on one side only fails here.
//!
//! A case is a TOML table with a `name`, an `expect` list, an optional
//! `reference` date and one text per language code (`en`, `he`, `ar`, …).
//! A language this build does not know (`Lang::from_code` says `None`) is
//! skipped, so a case file may already hold the texts of a language still
//! being written. Each expected mention is one string, `kind value`, as
//! [`render`] writes it: `money USD [90000000, 100000000]`, `count 10000`,
//! `date 2016-12-14`. The runner reports every failing case and language,
//! with the text and both lists, before it fails.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use crosscheck::extract::{extract, Mention};
use crosscheck::text::normalize;
use crosscheck::value::{Axis, Interval, Value};
use crosscheck::Lang;
use serde::Deserialize;

/// One case file.
#[derive(Deserialize)]
struct Spec {
    case: Vec<Case>,
}

/// One case: texts by language code and the mentions every one must yield.
#[derive(Deserialize)]
struct Case {
    name: String,
    expect: Vec<String>,
    reference: Option<String>,
    #[serde(flatten)]
    texts: BTreeMap<String, String>,
}

/// A number as the spec writes it: integers without a fraction.
fn num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

fn interval(i: &Interval) -> String {
    if i.min == i.max && i.min.is_some() && i.min_inclusive && i.max_inclusive {
        return num(i.min.unwrap_or_default());
    }
    let lo = i.min.map_or("-inf".to_string(), num);
    let hi = i.max.map_or("inf".to_string(), num);
    let open = if i.min_inclusive && i.min.is_some() {
        '['
    } else {
        '('
    };
    let close = if i.max_inclusive && i.max.is_some() {
        ']'
    } else {
        ')'
    };
    format!("{open}{lo}, {hi}{close}")
}

fn axis(a: &Axis) -> String {
    match a {
        Axis::Seconds => "s".to_string(),
        Axis::Date => "date".to_string(),
        Axis::Money(c) => c.clone(),
        Axis::Unit(u) => u.clone(),
        Axis::Percent => "%".to_string(),
        Axis::Count => String::new(),
    }
}

/// A mention as the spec writes it: its kind, then its value (axis and
/// interval for a scalar; days, or the stated parts, for a date).
fn render(m: &Mention) -> String {
    let kind = format!("{:?}", m.kind).to_lowercase();
    let value = match &m.value {
        Value::Scalar {
            axis: a,
            interval: i,
            ..
        } => {
            let a = axis(a);
            if a.is_empty() {
                interval(i)
            } else {
                format!("{a} {}", interval(i))
            }
        }
        Value::Date(d) => match (d.days, d.parts.pattern(), d.relative) {
            (Some((a, b)), _, _) if a == b => a.to_string(),
            (Some((a, b)), _, _) => format!("{a}..{b}"),
            (None, Some(p), _) => p,
            (None, None, Some(r)) => format!("{:?}{:+}", r.unit, r.offset),
            _ => "?".to_string(),
        },
    };
    format!("{kind} {value}")
}

/// What `text` in `lang` yields, rendered, claims only.
fn yields(text: &str, lang: Lang, reference: Option<NaiveDate>) -> Vec<String> {
    let norm = normalize(text);
    extract(&norm.text, lang, reference)
        .iter()
        .filter(|m| m.kind.is_claim())
        .map(render)
        .collect()
}

/// Runs every case of one file; returns the failures and how many texts ran.
fn run(path: &Path) -> (Vec<String>, usize) {
    let src = std::fs::read_to_string(path).expect("spec file reads");
    let spec: Spec = toml::from_str(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut failures = Vec::new();
    let mut ran = 0;
    for case in &spec.case {
        let mut langs = 0;
        for (code, text) in &case.texts {
            if text.trim().is_empty() {
                continue; // not written yet in this language
            }
            let Some(lang) = Lang::from_code(code) else {
                eprintln!(
                    "{}: skipping {code} (no such language in this build)",
                    case.name
                );
                continue;
            };
            langs += 1;
            ran += 1;
            let reference = case.reference.as_deref().map(|r| {
                NaiveDate::parse_from_str(r, "%Y-%m-%d")
                    .unwrap_or_else(|e| panic!("{}: reference {r:?}: {e}", case.name))
            });
            let got = yields(text, lang, reference);
            if got != case.expect {
                failures.push(format!(
                    "{} [{code}] {text:?}\n    expected {:?}\n    got      {:?}",
                    case.name, case.expect, got
                ));
            }
        }
        if langs == 0 {
            failures.push(format!("{}: no text in a known language", case.name));
        }
    }
    (failures, ran)
}

#[test]
fn every_spec_case_yields_its_mentions_in_every_language() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/extract-spec");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/extract-spec exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no spec files in {}", dir.display());
    let mut failures = Vec::new();
    let mut ran = 0;
    for f in &files {
        let (fails, n) = run(f);
        ran += n;
        failures.extend(fails.into_iter().map(|s| format!("{}: {s}", f.display())));
    }
    assert!(
        failures.is_empty(),
        "{} of {ran} spec texts failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn parity_cases_are_written_in_every_language_we_ship() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/extract-spec/parity.toml");
    let spec: Spec = toml::from_str(&std::fs::read_to_string(&path).expect("parity.toml reads"))
        .expect("parity.toml parses");
    assert!(
        spec.case.len() >= 25,
        "only {} parity cases",
        spec.case.len()
    );
    for case in &spec.case {
        for code in ["en", "he"] {
            assert!(
                case.texts.get(code).is_some_and(|t| !t.trim().is_empty()),
                "parity case {} has no {code} text",
                case.name
            );
        }
    }
}
