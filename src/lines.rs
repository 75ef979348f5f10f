//! The `extract --lines` protocol: one JSON object per input line,
//! `{"text", "lang"?, "reference"?}`, answered by one `{"line", "claims"}`.
//!
//! It lets evaluation harnesses and other tools run extraction on many short
//! texts in one process. Each line is a document of its own; `reference`
//! (`YYYY-MM-DD`, optionally followed by a time) is its publication date, the
//! anchor of relative dates. Other fields on the input line are ignored.

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::{json, Value as Json};

use crate::corpus::{Document, Lang, Metadata};
use crate::error::Error;
use crate::report::json::claim_json;
use crate::RuleSet;

/// One input line.
#[derive(Deserialize)]
struct LineInput {
    text: String,
    lang: Option<String>,
    reference: Option<String>,
}

/// Extracts the claims of input line `index` (0-based) as
/// `{"line": index, "claims": [...]}`; an error names the 1-based line.
pub fn extract_line(line: &str, index: usize, rules: &RuleSet) -> Result<Json, Error> {
    let bad = |message: String| Error::LineInput {
        line: index + 1,
        message,
    };
    let input: LineInput = serde_json::from_str(line).map_err(|e| {
        bad(format!(
            "not a JSON object {{\"text\", \"lang\"?, \"reference\"?}}: {e}"
        ))
    })?;
    let lang = match input.lang.as_deref() {
        Some(code) => Some(
            Lang::from_code(code).ok_or_else(|| bad(format!("unknown lang `{code}` (en, he)")))?,
        ),
        None => None,
    };
    let published = match input.reference.as_deref() {
        Some(r) => Some(
            NaiveDate::parse_from_str(r.get(..10).unwrap_or(r), "%Y-%m-%d")
                .map_err(|_| bad(format!("reference `{r}` is not YYYY-MM-DD[THH:MM:SS]")))?,
        ),
        None => None,
    };
    let meta = Metadata {
        published,
        lang,
        ..Metadata::default()
    };
    let doc = Document::new(format!("line-{index}"), "stdin", input.text, meta);
    let claims: Vec<Json> = crate::extract_claims(&doc, rules)
        .iter()
        .map(claim_json)
        .collect();
    Ok(json!({"line": index, "claims": claims}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_relative_dates_against_the_reference() {
        let rules = RuleSet::bundled().unwrap();
        let out = extract_line(
            r#"{"text": "The deal was signed two weeks ago.", "reference": "2016-12-13T10:00:00", "id": 7}"#,
            3,
            &rules,
        )
        .unwrap();
        assert_eq!(out["line"], 3);
        assert_eq!(out["claims"][0]["value"]["point"], "2016-11-29");
    }

    #[test]
    fn errors_name_the_line_and_the_problem() {
        let rules = RuleSet::bundled().unwrap();
        let err = extract_line(r#"{"text": "x", "lang": "fr"}"#, 4, &rules).unwrap_err();
        assert_eq!(err.to_string(), "stdin:5: unknown lang `fr` (en, he)");
        let err =
            extract_line(r#"{"text": "x", "reference": "yesterday"}"#, 0, &rules).unwrap_err();
        assert!(err
            .to_string()
            .starts_with("stdin:1: reference `yesterday`"));
    }
}
