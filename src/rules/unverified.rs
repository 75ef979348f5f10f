//! Every claim no rule spoke about is reported as `unverified`: only one
//! source states it. Repeats of the claim in the same document are listed
//! with it (they are the same source).

use std::collections::{BTreeMap, BTreeSet};

use super::{fingerprint, CheckContext, Finding, Severity, Verdict};

/// The rule id of unverified findings.
pub const RULE_ID: &str = "unverified";

/// The text `explain unverified` prints.
pub const EXPLANATION: &str = "\
# unverified

Not a rule file but the last step of every check: each claim that no rule
compared with another source is reported as `unverified`, severity `info`,
so that the JSON report accounts for every numeric and dated claim. Its
explanation says why nothing was compared: no frame (visit, meeting, deal...)
was recognized around the value, or no other source states a value for the
same fact. Repeats of a sentence in the same document are listed with the
first claim: they are one source.
";

/// Unverified findings for the claims `findings` do not mention.
pub fn run(ctx: &CheckContext, findings: &[Finding]) -> Vec<Finding> {
    let covered: BTreeSet<&str> = findings
        .iter()
        .flat_map(|f| f.claims.iter().map(String::as_str))
        .collect();
    let mut repeats: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for r in ctx.claims {
        if let Some(of) = &r.repeat_of {
            repeats.entry(of.as_str()).or_default().push(r.id.clone());
        }
    }
    // How often each (document, sentence, text) was seen so far: identical
    // claims in one sentence get distinct fingerprints without using offsets.
    let mut seen: BTreeMap<(&str, &str, &str), usize> = BTreeMap::new();
    let mut out = Vec::new();
    for c in ctx.claims.iter().filter(|c| c.repeat_of.is_none()) {
        let n = seen.entry((&c.doc, &c.sentence, &c.text)).or_default();
        *n += 1;
        let nth = n.to_string();
        if covered.contains(c.id.as_str()) {
            continue;
        }
        let mut ids = vec![c.id.clone()];
        ids.extend(repeats.get(c.id.as_str()).into_iter().flatten().cloned());
        let fact = crate::align::FactKey::of(c)
            .map(|k| k.describe())
            .unwrap_or_default();
        let message = match &c.subject.frame {
            Some(frame) => format!(
                "{} {}: {} stated by one source only",
                frame,
                c.subject.attribute.as_deref().unwrap_or(""),
                c.display
            ),
            None => format!("{}: {} stated by one source only", kind_name(c), c.display),
        };
        let explanation = if fact.is_empty() {
            "No frame (visit, meeting, deal...) was recognized around this value, so it was not compared with other sources.".to_string()
        } else {
            format!("No other source states a value for {fact}.")
        };
        out.push(Finding {
            rule: RULE_ID.to_string(),
            verdict: Verdict::Unverified,
            severity: Severity::Info,
            message,
            explanation,
            claims: ids,
            fingerprint: fingerprint(&[RULE_ID, &c.doc, &c.sentence, &c.text, &c.display, &nth]),
            locations: Vec::new(),
            pairs: Vec::new(),
        });
    }
    out
}

fn kind_name(c: &crate::claims::Claim) -> String {
    serde_json::to_value(c.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
