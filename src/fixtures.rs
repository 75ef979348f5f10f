//! Running the fixtures that rules ship with.
//!
//! Each `[[fixture]]` of a rule file is a small corpus and the verdicts the
//! rule must produce on it (semgrep's `--test`, in data). `crosscheck
//! test-rules` runs them so that rule authors can test a rule without
//! writing Rust; the test suite runs them for the bundled rules and
//! snapshots each report.

use crate::corpus::{Corpus, Document, Metadata};
use crate::report::Report;
use crate::rules::model::Fixture;
use crate::rules::{RuleDef, RuleSet, Verdict};

/// The outcome of one fixture of one rule.
#[derive(Debug)]
pub struct FixtureOutcome {
    /// The rule id.
    pub rule: String,
    /// The fixture's name.
    pub fixture: String,
    /// The verdicts the fixture expects, sorted.
    pub expected: Vec<Verdict>,
    /// The verdicts the rule produced, sorted.
    pub got: Vec<Verdict>,
    /// The whole report on the fixture, with only this rule run.
    pub report: Report,
}

impl FixtureOutcome {
    /// Whether the rule produced exactly the expected verdicts.
    pub fn passed(&self) -> bool {
        self.expected == self.got
    }
}

/// Runs every fixture of every rule, each with only its own rule, in rule order.
pub fn run_fixtures(rules: &RuleSet) -> Vec<FixtureOutcome> {
    let mut out = Vec::new();
    for (path, rule) in &rules.rules {
        let only = RuleSet {
            vocabulary: rules.vocabulary.clone(),
            rules: vec![(path.clone(), rule.clone())],
        };
        for fixture in &rule.fixture {
            out.push(run_one(&only, rule, fixture));
        }
    }
    out
}

fn run_one(only: &RuleSet, rule: &RuleDef, fixture: &Fixture) -> FixtureOutcome {
    let documents = fixture
        .docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let meta = Metadata {
                published: d.published,
                lang: d.lang,
                ..Metadata::default()
            };
            let name = format!("doc{}.txt", i + 1);
            Document::new(name.clone(), name, d.text.clone(), meta)
        })
        .collect();
    let corpus = Corpus {
        documents,
        problems: Vec::new(),
    };
    let report = crate::check(&corpus, only);
    let mut got: Vec<Verdict> = report
        .findings
        .iter()
        .filter(|f| f.rule == rule.id)
        .map(|f| f.verdict)
        .collect();
    got.sort();
    let mut expected = fixture.expect.clone();
    expected.sort();
    FixtureOutcome {
        rule: rule.id.clone(),
        fixture: fixture.name.clone(),
        expected,
        got,
        report,
    }
}
