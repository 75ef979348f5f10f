//! Helpers shared by the English extractor's unit tests.

use super::extract;
use crate::extract::Kind;
use crate::value::{DateParts, DateValue, Value};

/// The one date mention of `text` (no reference date): its kind and value.
pub fn d(text: &str) -> (Kind, DateValue) {
    let ms = extract(text, None);
    assert_eq!(ms.len(), 1, "{text:?}: {ms:#?}");
    match &ms[0].value {
        Value::Date(v) => (ms[0].kind, v.clone()),
        v => panic!("{v:?}"),
    }
}

/// The first and last day of the one date mention of `text`.
pub fn days(text: &str) -> (String, String) {
    let (a, b) = d(text).1.days.expect(text);
    (a.to_string(), b.to_string())
}

/// Stated parts of a full date.
pub fn ymd(y: i32, m: u32, dd: u32) -> DateParts {
    DateParts {
        year: Some(y),
        month: Some(m),
        day: Some(dd),
        weekday: None,
    }
}
