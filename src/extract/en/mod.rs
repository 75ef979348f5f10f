//! English surface grammar: numbers, dates, durations, money, quantities,
//! percentages, counts and ordinals.
//!
//! One pass tokenizes the text (`tokens`) and blocks the spans that must
//! yield no claim (URLs, IPs, versions, phone numbers, identifiers). A second
//! pass walks the tokens left to right, skipping words that start nothing
//! (one set lookup); at each other token it tries, in order, times of day
//! and identifiers (`label`: "flight 372", "10 Downing Street", "won 3-1";
//! consumed, no claim), relative dates (`relative`), absolute dates
//! (`date`, `span`, `numeric`, `year`), then amounts with their
//! bounds and ranges (`range` over a `measure`, which reads units through
//! `money`, `duration`, `quantity`, `percent`), then ordinals and
//! multipliers (`ordinal`). Numbers themselves are read by `number` and
//! `words`. The first recognizer that matches consumes its tokens, so a
//! number inside a date, duration or amount is never reported again.
//!
//! All English words live in `extract::lang::en`; this module holds grammar.

mod date;
mod duration;
mod label;
mod measure;
mod money;
mod number;
mod numeric;
mod ordinal;
mod percent;
mod quantity;
mod range;
mod relative;
mod span;
#[cfg(test)]
mod test_util;
mod tokens;
mod words;
mod year;

use std::collections::HashSet;
use std::sync::LazyLock;

use chrono::NaiveDate;

use super::{Kind, Mention};
use crate::extract::lang::en as t;
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

/// First words of every phrase a mention can start with. A word outside
/// this set (and not a currency code) starts nothing, so the recognizers
/// are not even tried there: most words of a text are skipped in one lookup.
static STARTERS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut s: HashSet<&'static str> = HashSet::new();
    let first = |p: &'static str| p.split(' ').next().unwrap_or(p);
    let lists: [&[&'static str]; 14] = [
        t::HUNDRED,
        t::DOZEN,
        t::ARTICLES,
        t::NEGATIVE,
        t::COUPLE,
        t::RELATIVE_PART_HEDGES,
        t::DAY_CONTEXT,
        t::RANGE_OPEN,
        t::ONE_OF_UNIT,
        t::CURRENCY_LETTER_SIGNS,
        t::CURRENCY_GLUED_SIGNS,
        &[t::HALF, t::IN, "the", t::POINT, t::REST, "q", "h"],
        t::PERCENT,
        t::AMBIGUOUS_MONTHS,
    ];
    for l in lists {
        s.extend(l.iter().map(|p| first(p)));
    }
    s.extend(t::SMALL.iter().map(|p| p.0));
    s.extend(t::TENS.iter().map(|p| p.0));
    s.extend(t::SCALES.iter().map(|p| p.0));
    s.extend(t::ORDINALS.iter().map(|p| p.0));
    s.extend(t::MULTIPLIERS.iter().map(|p| p.0));
    s.extend(t::VAGUE_PLURALS.iter().map(|p| p.0));
    s.extend(t::MONTHS.iter().map(|p| p.0));
    s.extend(t::WEEKDAYS.iter().map(|p| p.0));
    s.extend(t::RELATIVE_DAYS.iter().map(|p| first(p.0)));
    s.extend(t::RELATIVE_SHIFTS.iter().map(|p| first(p.0)));
    s.extend(t::PERIOD_PARTS.iter().map(|p| first(p.0)));
    s.extend(t::BOUND_PREFIXES.iter().map(|p| first(p.0)));
    s.extend(t::CURRENCY_SIGNS.iter().map(|p| first(p.0)));
    s.extend(t::CURRENCY_NAMES_BEFORE.iter().map(|p| first(p.0)));
    s.extend(t::UNIT_FRACTIONS.iter().map(|p| first(p.0)));
    s.extend(t::HALF_DOZEN.iter().map(|p| first(p)));
    s
});

/// Whether a recognizer may start at token `i` (symbols and digits always may).
fn may_start(cx: &Ctx, i: usize) -> bool {
    let tok = &cx.toks[i];
    if tok.kind != tokens::TokKind::Word {
        return true;
    }
    if STARTERS.contains(tok.lower.as_str()) {
        return true;
    }
    // Currency codes ("USD34.6 million", "EUR 5") and letter signs ("Rs", "RM").
    tok.text.len() == 3 && tok.text.chars().all(|c| c.is_ascii_uppercase())
        || t::CURRENCY_LETTER_SIGNS.contains(&tok.text)
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
        if cx.is_blocked(i) || !may_start(&cx, i) {
            i += 1;
            continue;
        }
        let found = number::idiom(&cx, i)
            .or_else(|| duration::time_of_day(&cx, i))
            .or_else(|| label::identifier(&cx, i))
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
    fn around_the_clock_makes_no_claim() {
        assert!(extract("The desk is staffed 24/7 by volunteers.", None).is_empty());
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
            "Read https://example.com/news/2016/12/14/story-123 for more",
            "Mail desk@example.org or see www.example.com/2016/12 now",
            "We met at 5:30 and left at 10 pm, then 11.45 a.m. came",
            "Part 24703L202 was replaced by an A320-200 and a G7 unit",
        ] {
            let claims = extract(text, None);
            assert!(claims.is_empty(), "{text:?}: {claims:#?}");
        }
    }
}
