//! Helpers shared by the integration tests that check whole corpora.

use crosscheck::rules::Verdict;

/// Whether the report has a finding of `rule` with `verdict` whose claims
/// are quoted as `texts`.
pub fn has(r: &crosscheck::Report, rule: &str, verdict: Verdict, texts: &[&str]) -> bool {
    r.findings.iter().any(|f| {
        f.rule == rule
            && f.verdict == verdict
            && texts.iter().all(|t| {
                f.claims
                    .iter()
                    .any(|id| r.claim(id).is_some_and(|c| c.text == *t))
            })
    })
}
