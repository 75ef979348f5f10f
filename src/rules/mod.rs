//! Rules: rule files, their loading and validation, and one check per kind.

mod finding;

pub use finding::{fingerprint, Finding, Severity, Verdict};

/// The loaded rule set. (Being written.)
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    /// Frames, entities and attributions used to attach claims.
    pub vocabulary: crate::claims::Vocabulary,
}
