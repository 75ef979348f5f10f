//! Corpora about other events, written for these tests, get useful reports
//! from the default rules: the frames and entities are general. `quake` is
//! three English wire stories about an earthquake; `modi` an English and a
//! Hebrew story about one state visit that disagree on its length.

use crosscheck::rules::Verdict;
use crosscheck::{check, Corpus, RuleSet};

fn corpus(name: &str) -> crosscheck::Report {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpora")
        .join(name);
    let corpus = Corpus::load(&[dir]);
    assert!(corpus.problems.is_empty(), "{:?}", corpus.problems);
    check(&corpus, &RuleSet::bundled().unwrap())
}

fn quake() -> crosscheck::Report {
    corpus("quake")
}

mod common;
use common::has;

#[test]
fn same_day_death_tolls_that_differ_contradict() {
    let r = quake();
    assert!(has(
        &r,
        "casualties",
        Verdict::Contradiction,
        &["at least 1,500 people", "1,200 people"]
    ));
}

#[test]
fn a_later_larger_toll_is_an_update() {
    let r = quake();
    assert!(has(
        &r,
        "casualties",
        Verdict::Updated,
        &["1,200 people", "5,100"]
    ));
    assert!(has(
        &r,
        "casualties",
        Verdict::Updated,
        &["300 people", "8,000 people"]
    ));
}

#[test]
fn depths_are_compared_across_units_and_the_conversion_checked() {
    let r = quake();
    assert!(has(
        &r,
        "quantity",
        Verdict::Contradiction,
        &["18 km", "24 km"]
    ));
    assert!(has(
        &r,
        "quantity",
        Verdict::Compatible,
        &["18 km", "about 17.9 km"]
    ));
    assert!(has(
        &r,
        "unit-conversion",
        Verdict::Agreement,
        &["18 km", "11 miles"]
    ));
    // The conversion restates the figure: it is not a second source.
    assert!(!has(&r, "quantity", Verdict::Contradiction, &["11 miles"]));
}

#[test]
fn a_magnitude_is_not_a_death_toll() {
    let r = quake();
    for f in r.findings.iter().filter(|f| f.rule == "casualties") {
        assert!(
            !f.claims.iter().any(|id| r.claim(id).unwrap().text == "7.8"),
            "{}",
            f.message
        );
    }
}

#[test]
fn a_visit_length_contradicts_across_languages() {
    let r = corpus("modi");
    assert!(has(
        &r,
        "event-duration",
        Verdict::Contradiction,
        &["three-day", "יומיים"]
    ));
}

#[test]
fn relations_and_agreement_counts_agree_across_languages() {
    let r = corpus("modi");
    assert!(has(&r, "relations-start", Verdict::Agreement, &["1992"]));
    assert!(has(
        &r,
        "event-count",
        Verdict::Agreement,
        &["seven agreements", "שבעה הסכמים"]
    ));
    let contradictions = r
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradiction)
        .count();
    assert_eq!(contradictions, 1, "only the visit length differs");
}

#[test]
fn a_date_is_never_an_update_even_of_a_growing_toll() {
    // "Monday" in a report of Tuesday and "Monday, February 6, 2023" in one
    // of Monday date the same deaths: the day does not grow with the toll.
    let r = quake();
    let dates = ["Monday", "Monday, February 6, 2023"];
    assert!(has(&r, "same-figure", Verdict::Agreement, &dates));
    assert!(!has(&r, "same-figure", Verdict::Updated, &dates));
}
