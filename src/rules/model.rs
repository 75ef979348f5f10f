//! The rule-file schema: one rule per file, a common header plus the fields
//! its check kind uses, plus fixtures that test it.

use serde::Deserialize;

use super::{Severity, Verdict};
use crate::corpus::Lang;

/// The closed set of check kinds a rule can choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckKind {
    /// Claims with the same fact key must have overlapping values.
    Compare,
    /// A value computed from other claims must match a stated one.
    Derive,
    /// A stated weekday must match its date.
    Calendar,
    /// One quantity given in two units must agree within rounding.
    Conversion,
    /// One entity spelled two ways.
    Spelling,
    /// Figures aligned across reports by what they measure, for any event.
    Figure,
}

impl CheckKind {
    /// The kind as rule files spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            CheckKind::Compare => "compare",
            CheckKind::Derive => "derive",
            CheckKind::Calendar => "calendar",
            CheckKind::Conversion => "conversion",
            CheckKind::Spelling => "spelling",
            CheckKind::Figure => "figure",
        }
    }

    /// Every kind, for `explain`.
    pub const ALL: [CheckKind; 6] = [
        CheckKind::Compare,
        CheckKind::Figure,
        CheckKind::Derive,
        CheckKind::Calendar,
        CheckKind::Conversion,
        CheckKind::Spelling,
    ];

    /// Placeholders the kind's message template may use.
    pub fn placeholders(self) -> &'static [&'static str] {
        match self {
            CheckKind::Compare => &["frame", "attribute", "a", "b", "doc_a", "doc_b", "key"],
            CheckKind::Derive => &["a", "b", "doc_a", "doc_b", "derived", "when", "key"],
            CheckKind::Calendar => &["a", "doc_a", "date", "stated", "actual"],
            CheckKind::Conversion => &["a", "b", "doc_a"],
            CheckKind::Spelling => &["a", "b", "doc_a", "doc_b"],
            CheckKind::Figure => &["fact", "a", "b", "text_a", "text_b", "doc_a", "doc_b"],
        }
    }
}

/// A frame and attribute, naming one side of a derivation.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Selector {
    /// Frame id.
    pub frame: String,
    /// Attribute id.
    pub attribute: String,
}

/// How a derived value is computed from its source claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Operation {
    /// The start of a span that has lasted `duration` at the claim's event
    /// time: "25 years of relations" in December 2016 → began in 1991.
    Since,
}

/// One document of a fixture.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixtureDoc {
    /// The article text.
    pub text: String,
    /// Its publication date: a TOML date or a `"YYYY-MM-DD"` string.
    #[serde(default, deserialize_with = "crate::corpus::de_date")]
    pub published: Option<chrono::NaiveDate>,
    /// Its language (detected when absent).
    #[serde(default)]
    pub lang: Option<Lang>,
}

/// A small corpus and what the rule must find in it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fixture {
    /// What the fixture shows.
    pub name: String,
    /// The documents.
    pub docs: Vec<FixtureDoc>,
    /// Verdicts this rule must produce, in any order; `[]` means it must stay silent.
    pub expect: Vec<Verdict>,
}

/// One rule as written in its file.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    /// Kebab-case id; never changes once released.
    pub id: String,
    /// The check kind.
    pub kind: CheckKind,
    /// One-line title.
    pub title: String,
    /// Severity of its contradictions (agreements are always `info`).
    pub severity: Severity,
    /// Message template; `{placeholders}` depend on the kind.
    pub message: String,
    /// What the rule checks and why, for `explain` and SARIF help.
    #[serde(default)]
    pub description: String,
    /// compare: the frames it applies to (empty: every frame).
    #[serde(default)]
    pub frames: Vec<String>,
    /// compare: the attributes it applies to.
    #[serde(default)]
    pub attributes: Vec<String>,
    /// compare, conversion: relative tolerance (0.05 = 5 %).
    #[serde(default)]
    pub tolerance: Option<f64>,
    /// derive: the claims a value is derived from.
    #[serde(default)]
    pub from: Option<Selector>,
    /// derive: the claims the derived value is compared with.
    #[serde(default)]
    pub to: Option<Selector>,
    /// derive: how the value is computed.
    #[serde(default)]
    pub operation: Option<Operation>,
    /// spelling: largest edit distance between two spellings.
    #[serde(default)]
    pub max_distance: Option<usize>,
    /// spelling: shortest name considered.
    #[serde(default)]
    pub min_length: Option<usize>,
    /// Fixtures: tests that ship with the rule.
    #[serde(default)]
    pub fixture: Vec<Fixture>,
}
