//! Arabic end to end: an Arabic and an English wire report of one invented
//! event (a factory fire in Alexandria) go through `check` with the default
//! rules. The Arabic report's language is detected from its script, its
//! figures are read by the extraction engine from `rules/lang/ar.toml`, and
//! they align with the English ones through the Arabic words of the frames,
//! measures and entities. The reports disagree on the dead and agree on the
//! injured; either finding missing means Arabic extraction, attachment or
//! alignment broke.

use crosscheck::corpus::Lang;
use crosscheck::rules::Verdict;
use crosscheck::{check, Corpus, RuleSet};

fn report() -> (Corpus, crosscheck::Report) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpora/arabic");
    let corpus = Corpus::load(&[dir]);
    assert!(corpus.problems.is_empty(), "{:?}", corpus.problems);
    let report = check(&corpus, &RuleSet::bundled().unwrap());
    (corpus, report)
}

mod common;
use common::has;

#[test]
fn the_arabic_report_is_detected_as_arabic() {
    let (corpus, _) = report();
    let langs: Vec<Lang> = corpus.documents.iter().map(|d| d.lang).collect();
    assert_eq!(langs, vec![Lang::Ar, Lang::En]);
}

#[test]
fn death_tolls_that_differ_across_languages_contradict() {
    let (_, r) = report();
    assert!(
        has(
            &r,
            "casualties",
            Verdict::Contradiction,
            &["12 شخصا", "15 people"]
        ),
        "{:#?}",
        r.findings
    );
}

#[test]
fn injured_counts_that_match_across_languages_agree() {
    let (_, r) = report();
    assert!(
        has(&r, "casualties", Verdict::Agreement, &["30 آخرون", "30"]),
        "{:#?}",
        r.findings
    );
}

#[test]
fn arabic_claims_point_at_the_original_bytes() {
    let (corpus, r) = report();
    let doc = &corpus.documents[0];
    let claim = r
        .claims
        .iter()
        .find(|c| c.text == "12 شخصا")
        .expect("the Arabic death toll is a claim");
    assert_eq!(&doc.text[claim.span.start..claim.span.end], "12 شخصا");
}

fn rules_dir_with_arabic(text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("lang")).unwrap();
    std::fs::write(dir.path().join("lang/ar.toml"), text).unwrap();
    dir
}

const BUNDLED_AR: &str = include_str!("../rules/lang/ar.toml");

#[test]
fn a_rules_folder_overrides_the_arabic_language_file() {
    let edited = BUNDLED_AR.replace("\"نحو\", ", "");
    let dir = rules_dir_with_arabic(&edited);
    let rules = RuleSet::load_dir(dir.path()).unwrap();
    let ar = rules.vocabulary.languages.get(Lang::Ar).unwrap();
    let m = &ar.extract("نحو 400 منزل", None)[0];
    assert_eq!(m.qualifier, crosscheck::value::Qualifier::Exact);
    let bundled = crosscheck::extract::extract("نحو 400 منزل", Lang::Ar, None);
    assert_eq!(bundled[0].qualifier, crosscheck::value::Qualifier::Approx);
}

#[test]
fn a_malformed_arabic_language_file_names_file_line_and_column() {
    let edited = BUNDLED_AR.replace("symbol = \"km\"", "symbol = \"kilometre\"");
    let dir = rules_dir_with_arabic(&edited);
    let err = RuleSet::load_dir(dir.path()).unwrap_err().to_string();
    let line = edited
        .lines()
        .position(|l| l.contains("\"kilometre\""))
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!(
            "ar.toml:{line}:10: unknown unit symbol `kilometre`"
        )),
        "{err}"
    );
}
