//! Every bundled rule ships with fixtures: small corpora and the verdicts the
//! rule must produce on them. Each rule × fixture is checked for its verdicts
//! and snapshotted in a human format.

use std::path::Path;

use crosscheck::report::{emitter, Format, RenderOptions};
use crosscheck::rules::{bundled_check_paths, Verdict};
use crosscheck::{check, Corpus, Document, Metadata, RuleSet};

fn fixture_corpus(docs: &[crosscheck::rules::model::FixtureDoc]) -> Corpus {
    let documents = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let meta = Metadata {
                published: d
                    .published
                    .as_deref()
                    .map(|p| p.parse().expect("fixture date is YYYY-MM-DD")),
                lang: d.lang,
                ..Metadata::default()
            };
            let name = format!("doc{}.txt", i + 1);
            Document::new(name.clone(), name, d.text.clone(), meta)
        })
        .collect();
    Corpus {
        documents,
        problems: Vec::new(),
    }
}

/// The fixture's report in the text format users see, and the expected and
/// actual verdicts above it.
fn render(report: &crosscheck::Report, expected: &[Verdict]) -> String {
    let mut out = Vec::new();
    emitter(Format::Text, RenderOptions::default())
        .emit(report, &mut out)
        .expect("text report renders");
    format!(
        "expect: {expected:?}\n\n{}",
        String::from_utf8(out).expect("UTF-8")
    )
}

#[test]
fn every_rule_fixture_produces_its_expected_verdicts() {
    let rules = RuleSet::bundled().expect("bundled rules load");
    let mut failures = Vec::new();
    let mut count = 0;
    for (_, rule) in &rules.rules {
        assert!(
            !rule.fixture.is_empty(),
            "rule {} ships without fixtures",
            rule.id
        );
        for fx in &rule.fixture {
            count += 1;
            let only = RuleSet {
                vocabulary: rules.vocabulary.clone(),
                rules: vec![(Path::new("fixture").to_path_buf(), rule.clone())],
            };
            let report = check(&fixture_corpus(&fx.docs), &only);
            let mut got: Vec<Verdict> = report
                .findings
                .iter()
                .filter(|f| f.rule == rule.id)
                .map(|f| f.verdict)
                .collect();
            got.sort();
            let mut want = fx.expect.clone();
            want.sort();
            if got != want {
                failures.push(format!(
                    "{} / {}: expected {:?}, got {:?}\n{}",
                    rule.id,
                    fx.name,
                    want,
                    got,
                    render(&report, &fx.expect)
                ));
            }
            let slug: String = fx
                .name
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                .collect();
            insta::assert_snapshot!(
                format!("{}__{}", rule.id, slug),
                render(&report, &fx.expect)
            );
        }
    }
    assert!(count > 0);
    assert!(
        failures.is_empty(),
        "{} fixture(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn bundled_check_list_matches_the_rules_folder() {
    let mut on_disk: Vec<String> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/checks"))
            .unwrap()
            .map(|e| format!("rules/checks/{}", e.unwrap().file_name().to_string_lossy()))
            .collect();
    on_disk.sort();
    let mut bundled: Vec<String> = bundled_check_paths()
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    bundled.sort();
    assert_eq!(
        on_disk, bundled,
        "add new rule files to bundled_checks() in src/rules/load.rs"
    );
}
