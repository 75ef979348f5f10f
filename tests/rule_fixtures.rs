//! Every bundled rule ships with fixtures: small corpora and the verdicts the
//! rule must produce on them. Each rule × fixture is checked for its verdicts
//! and snapshotted in a human format.

use crosscheck::fixtures::run_fixtures;
use crosscheck::report::{emitter, Format, RenderOptions};
use crosscheck::rules::{bundled_check_paths, Verdict};
use crosscheck::RuleSet;

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
    for (_, rule) in &rules.rules {
        assert!(
            !rule.fixture.is_empty(),
            "rule {} ships without fixtures",
            rule.id
        );
    }
    let outcomes = run_fixtures(&rules);
    assert!(!outcomes.is_empty());
    let mut failures = Vec::new();
    for o in &outcomes {
        if !o.passed() {
            failures.push(format!(
                "{} / {}: expected {:?}, got {:?}\n{}",
                o.rule,
                o.fixture,
                o.expected,
                o.got,
                render(&o.report, &o.expected)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    for o in &outcomes {
        let slug: String = o
            .fixture
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        insta::assert_snapshot!(
            format!("{}__{}", o.rule, slug),
            render(&o.report, &o.expected)
        );
    }
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
