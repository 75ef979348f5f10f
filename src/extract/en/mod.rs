//! English surface grammar: numbers, dates, durations, money, quantities,
//! percentages, counts and ordinals.
//!
//! One pass tokenizes the text ([`tokens`]) and blocks the spans that must
//! yield no claim (URLs, IPs, versions, phone numbers, identifiers). A second
//! pass walks the tokens left to right; at each token it tries, in order,
//! times of day (consumed, no claim), dates ([`date`], [`relative`]), then
//! amounts with their bounds and ranges ([`range`], which reads units through
//! [`money`], [`duration`], [`quantity`], [`percent`]), then ordinals and
//! multipliers. The first recognizer that matches consumes its tokens, so a
//! number inside a date, duration or amount is never reported again.
//!
//! All English words live in `extract::lang::en`; this module holds grammar.

mod date;
mod duration;
mod money;
mod number;
mod numeric;
mod percent;
mod quantity;
mod range;
mod relative;
mod tokens;
mod year;

use chrono::NaiveDate;

use super::{Kind, Mention};
use crate::value::{Qualifier, Value};
use tokens::Ctx;

/// What a recognizer found at a token: how far it reaches and the mention, if
/// the span yields one (a time of day yields none but is still consumed).
#[derive(Debug)]
pub(crate) struct Found {
    /// One past the last token consumed.
    pub end: usize,
    /// The mention, if the span is a claim.
    pub mention: Option<Mention>,
}

/// Builds a mention over tokens `s..e`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn mention(
    cx: &Ctx,
    s: usize,
    e: usize,
    kind: Kind,
    value: Value,
    qualifier: Qualifier,
    noun: Option<String>,
    hedge: Option<String>,
) -> Found {
    let (start, end) = cx.bytes(s, e);
    Found {
        end: e,
        mention: Some(Mention {
            start,
            end,
            kind,
            value,
            qualifier,
            noun,
            hedge,
        }),
    }
}

/// Extracts English mentions from normalized `text`, sorted by start offset.
///
/// `reference` resolves relative dates ("next month"); without it they are
/// returned unresolved (`DateValue::relative`).
pub fn extract(text: &str, reference: Option<NaiveDate>) -> Vec<Mention> {
    let cx = Ctx::new(text, reference);
    let mut out = Vec::new();
    let mut i = 0;
    while i < cx.len() {
        if cx.is_blocked(i) {
            i += 1;
            continue;
        }
        let found = duration::time_of_day(&cx, i)
            .or_else(|| relative::relative(&cx, i))
            .or_else(|| date::date(&cx, i))
            .or_else(|| range::expression(&cx, i))
            .or_else(|| range::ordinal_or_multiplier(&cx, i));
        match found {
            Some(f) if f.end > i => {
                if let Some(m) = f.mention {
                    out.push(m);
                }
                i = f.end;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Axis;

    /// The single mention of `text`, asserting there is exactly one.
    pub(crate) fn one(text: &str) -> Mention {
        let ms = extract(text, None);
        assert_eq!(ms.len(), 1, "{text:?}: {ms:#?}");
        ms.into_iter().next().unwrap()
    }

    #[test]
    fn one_span_one_mention() {
        let ms = extract(
            "Netanyahu spent six hours in Azerbaijan on December 14, 2016.",
            None,
        );
        let kinds: Vec<Kind> = ms.iter().map(|m| m.kind).collect();
        assert_eq!(kinds, [Kind::Duration, Kind::Date]);
        assert_eq!(
            &"Netanyahu spent six hours"[ms[0].start..ms[0].end],
            "six hours"
        );
    }

    #[test]
    fn regression_hundred_k_is_one_number() {
        let m = one("They raised 100k last spring");
        assert_eq!(m.kind, Kind::Number);
        assert_eq!(m.value, Value::exact(Axis::Count, 100_000.0));
    }

    #[test]
    fn no_claims_in_traps() {
        for text in [
            "Call 555-123-4567 or (555) 987-6543 now",
            "The server at 192.168.0.1 runs v1.2.3 and 2.4.10",
            "Read https://example.com/news/2016/12/14/story-123 today",
            "We met at 5:30 and left at 10 pm",
            "Part 24703L202 was replaced",
        ] {
            let claims: Vec<Mention> = extract(text, None)
                .into_iter()
                .filter(|m| m.kind != Kind::Date || m.start < 60)
                .filter(|m| !(m.kind == Kind::Date && text[m.start..m.end].eq("today")))
                .collect();
            assert!(claims.is_empty(), "{text:?}: {claims:#?}");
        }
    }
}
