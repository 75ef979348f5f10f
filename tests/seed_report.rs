//! The report on the bundled seed corpus: the findings the README promises,
//! the ones that must not appear, and snapshots of the JSON and text reports.

use std::process::Command;

use crosscheck::report::{emitter, json::report_json, Format, RenderOptions};
use crosscheck::rules::Verdict;
use crosscheck::{check, Corpus, Report, RuleSet};

fn seed_report() -> Report {
    check(
        &Corpus::bundled(),
        &RuleSet::bundled().expect("bundled rules"),
    )
}

/// Findings of `rule` with `verdict` whose claims come from exactly these documents.
fn findings<'a>(
    r: &'a Report,
    rule: &str,
    verdict: Verdict,
) -> Vec<(&'a crosscheck::rules::Finding, Vec<String>)> {
    r.findings
        .iter()
        .filter(|f| f.rule == rule && f.verdict == verdict)
        .map(|f| {
            let mut docs: Vec<String> = f.claims.iter().map(|id| id[..3].to_string()).collect();
            docs.sort();
            docs.dedup();
            (f, docs)
        })
        .collect()
}

fn quotes(r: &Report, f: &crosscheck::rules::Finding) -> Vec<String> {
    f.claims
        .iter()
        .map(|id| r.claim(id).expect("claim").text.clone())
        .collect()
}

#[test]
fn six_hours_contradicts_the_seven_hour_stay() {
    let r = seed_report();
    let hits = findings(&r, "event-duration", Verdict::Contradiction);
    let f = hits
        .iter()
        .find(|(_, d)| d == &["001", "004"])
        .unwrap_or_else(|| panic!("no 001/004 duration contradiction in {hits:?}"));
    let q = quotes(&r, f.0);
    assert!(
        q.contains(&"7-hour".to_string()) && q.contains(&"six hours".to_string()),
        "{q:?}"
    );
}

#[test]
fn tuesday_december_14_is_a_wednesday_in_2016() {
    let r = seed_report();
    let hits = findings(&r, "weekday-date", Verdict::Contradiction);
    assert_eq!(hits.len(), 1, "{hits:?}");
    let f = hits[0].0;
    assert_eq!(r.claim(&f.claims[0]).unwrap().text, "Tuesday, December 14");
    assert!(
        f.message.contains("2016-12-14") && f.message.contains("Wednesday"),
        "{}",
        f.message
    );
    assert!(f.explanation.contains("2016-12-13"), "{}", f.explanation);
}

#[test]
fn twenty_five_years_in_2016_contradicts_relations_from_1993() {
    let r = seed_report();
    let hits = findings(&r, "anniversary-start", Verdict::Contradiction);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].1, vec!["000", "004"]);
    assert_eq!(quotes(&r, hits[0].0), vec!["25 years", "1993"]);
    assert!(hits[0].0.message.contains("1991"), "{}", hits[0].0.message);
}

#[test]
fn the_1997_visit_agrees_across_languages() {
    let r = seed_report();
    let hits = findings(&r, "event-date", Verdict::Agreement);
    let f = hits
        .iter()
        .find(|(_, d)| d == &["000", "004"])
        .unwrap_or_else(|| panic!("no 000/004 agreement in {hits:?}"));
    let q = quotes(&r, f.0);
    assert!(q.iter().all(|t| t.contains("1997")), "{q:?}");
}

#[test]
fn some_5_billion_is_compatible_with_billions_of_dollars() {
    let r = seed_report();
    let hits = findings(&r, "deal-value", Verdict::Compatible);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].1, vec!["000", "004"]);
    let q = quotes(&r, hits[0].0);
    assert!(
        q.contains(&"some $5 billion".to_string()) && q.contains(&"מיליארדי דולרים".to_string()),
        "{q:?}"
    );
}

#[test]
fn seventy_km_agrees_with_43_miles() {
    let r = seed_report();
    let hits = findings(&r, "unit-conversion", Verdict::Agreement);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].1, vec!["001"]);
}

#[test]
fn ilayev_is_a_misspelling_of_aliyev_and_nothing_else_is_flagged() {
    let r = seed_report();
    let hits = findings(&r, "name-spelling", Verdict::Contradiction);
    assert_eq!(
        hits.len(),
        1,
        "{:?}",
        hits.iter().map(|h| &h.0.message).collect::<Vec<_>>()
    );
    assert!(hits[0].0.message.contains("Ilayev") && hits[0].0.message.contains("Aliyev"));
}

#[test]
fn no_contradiction_pairs_different_visits() {
    let r = seed_report();
    for f in r
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradiction)
    {
        let q = quotes(&r, f);
        for wrong in ["two days", "1997", "one-day", "שלושה ימים"] {
            assert!(
                !q.iter().any(|t| t == wrong),
                "{} pairs {wrong}: {q:?}",
                f.rule
            );
        }
        // 000's repeated headline paragraph is one source, never two.
        let docs: Vec<&str> = f.claims.iter().map(|c| &c[..3]).collect();
        if f.rule != "weekday-date" && f.rule != "name-spelling" && f.rule != "unit-conversion" {
            assert!(
                docs.windows(2).all(|w| w[0] != w[1]),
                "{} pairs a document with itself",
                f.rule
            );
        }
    }
}

#[test]
fn every_claim_is_in_some_finding() {
    let r = seed_report();
    for c in &r.claims {
        assert!(
            r.findings.iter().any(|f| f.claims.contains(&c.id)),
            "claim {} ({}) is in no finding",
            c.id,
            c.text
        );
    }
}

#[test]
fn json_report_snapshot() {
    let r = seed_report();
    insta::assert_json_snapshot!("seed_report_json", report_json(&r, &Default::default()), {
        ".tool.version" => "[version]",
    });
}

#[test]
fn text_report_snapshot() {
    let r = seed_report();
    let mut out = Vec::new();
    emitter(Format::Text, RenderOptions::default())
        .emit(&r, &mut out)
        .unwrap();
    insta::assert_snapshot!("seed_report_text", String::from_utf8(out).unwrap());
}

#[test]
fn output_is_the_same_bytes_whatever_the_thread_count() {
    let run = |threads: &str| {
        Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .args(["check", "--format", "json", "--fail-on", "never"])
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .expect("binary runs")
            .stdout
    };
    let one = run("1");
    assert!(!one.is_empty());
    assert_eq!(one, run("2"));
    assert_eq!(one, run("4"));
}
