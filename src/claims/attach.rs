//! Turning one document's mentions into claims. (Frames and entities: being written.)

use chrono::NaiveDate;

use super::{display_value, Claim, Span, Subject};
use crate::corpus::Document;
use crate::extract::{self, Mention};
use crate::text::{normalize, sentence_bounds, LineIndex};

/// Frames, entities and attribution phrases that claims are attached with.
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {}

/// Extracts and attaches every claim of one document.
pub fn attach(doc: &Document, _vocab: &Vocabulary) -> Vec<Claim> {
    let norm = normalize(&doc.text);
    let reference: Option<NaiveDate> = doc.meta.published;
    let mentions = extract::extract(&norm.text, doc.lang, reference);
    let sentences = sentence_bounds(&norm.text);
    let lines = LineIndex::new(&doc.text);
    let mut claims = Vec::new();
    for m in mentions.into_iter().filter(|m| m.kind.is_claim()) {
        let (start, end) = norm.original_range(m.start, m.end);
        let (line, column) = lines.position(&doc.text, start);
        let sentence = sentences
            .iter()
            .find(|(s, e)| *s <= m.start && m.start < *e)
            .map(|&(s, e)| {
                let (s, e) = norm.original_range(s, e);
                doc.text[s..e].to_string()
            })
            .unwrap_or_default();
        claims.push(to_claim(
            doc,
            claims.len() + 1,
            m,
            Span {
                start,
                end,
                line,
                column,
            },
            sentence,
        ));
    }
    claims
}

fn to_claim(doc: &Document, n: usize, m: Mention, span: Span, sentence: String) -> Claim {
    Claim {
        id: format!("{}#{n}", doc.id),
        doc: doc.id.clone(),
        text: doc.text[span.start..span.end].to_string(),
        span,
        sentence,
        kind: m.kind,
        display: display_value(&m.value, m.qualifier),
        value: m.value,
        qualifier: m.qualifier,
        subject: Subject::default(),
        hedge: m.hedge,
        attribution: None,
        noun: m.noun,
        repeat_of: None,
        sentence_weekday: None,
    }
}
