//! The one scan loop: triggers first, grammar only around them.
//!
//! The text is tokenized once and each token looked up once. A token with
//! no lexicon hit and no digits is no trigger and costs nothing more. At a
//! trigger the patterns are tried in the order of their kinds; the first
//! that matches and builds a value gives the mention, and the scan resumes
//! after it, so one span yields one mention. A bound phrase right before the
//! match (more than, about ...) or right after it (at least) hedges it;
//! nothing may start inside a trap span (URLs, phone numbers, versions).

use std::ops::Range;

use chrono::NaiveDate;

use super::lexicon::{Hit, Lexicon, Meaning, Side};
use super::mention::MentionBuilder;
use super::morph::Morphology;
use super::pattern::{self, Match};
use super::produce;
use super::token::{self, Token};
use super::traps;
use super::Language;
use crate::extract::Mention;

/// What patterns and productions see.
pub struct Cx<'a> {
    /// The scanned text.
    pub text: &'a str,
    /// Its tokens.
    pub toks: Vec<Token>,
    /// The lexicon hits of each token.
    pub hits: Vec<Vec<Hit>>,
    /// The language.
    pub lang: &'a Language,
    /// Its lexicon.
    pub lexicon: &'a Lexicon,
    /// Its morphology.
    pub morph: &'a dyn Morphology,
    /// The document date, for relative dates.
    pub reference: Option<NaiveDate>,
    /// The number or range read at each token, once: most patterns start
    /// with `{number}`, and a trigger tries them all.
    pub amounts: Vec<std::cell::OnceCell<Option<super::compose::Amount>>>,
}

/// Extracts the mentions of `text` in `lang`.
pub fn scan(lang: &Language, text: &str, reference: Option<NaiveDate>) -> Vec<Mention> {
    let toks = token::tokenize(text, lang.morph, &lang.separators);
    let traps = traps::trap_spans(&split_scripts(text));
    let blocked = traps::mark(&traps, &toks, |t| t.start..t.end);
    let hits = (0..toks.len())
        .map(|i| {
            if blocked[i] {
                Vec::new()
            } else {
                lang.lexicon.hits(&toks, i)
            }
        })
        .collect();
    let cx = Cx {
        text,
        toks,
        hits,
        lang,
        lexicon: &lang.lexicon,
        morph: lang.morph,
        reference,
        amounts: Vec::new(),
    };
    let cx = Cx {
        amounts: (0..cx.toks.len())
            .map(|_| std::cell::OnceCell::new())
            .collect(),
        ..cx
    };
    let mut out = Vec::new();
    let mut floor = 0;
    let mut i = 0;
    while i < cx.toks.len() {
        // A mark touching digits may open a number ("-1.2", ".08").
        let opens_digits = cx.toks[i].kind == token::TokKind::Punct
            && cx
                .toks
                .get(i + 1)
                .is_some_and(|t| t.figure.is_some() && !t.space_before);
        let trigger =
            !blocked[i] && (!cx.hits[i].is_empty() || cx.toks[i].figure.is_some() || opens_digits);
        if let Some((m, next)) = trigger.then(|| at(&cx, i, floor, &traps)).flatten() {
            out.push(m);
            floor = next;
            i = next;
        } else {
            i += 1;
        }
    }
    out
}

/// `text` with every run of non-Latin letters glued before a Latin letter
/// blanked out, byte for byte, so that the traps see a word boundary where
/// the script changes: in "وF-35" the proclitic و stands before the model
/// name F-35, which must stay a trap. Offsets do not move. (An adapter over
/// `traps`, which takes a letter glued before a Latin name as part of it.)
fn split_scripts(text: &str) -> std::borrow::Cow<'_, str> {
    let letter = |c: char| !c.is_ascii() && token::is_alphabetic(c);
    let glued = |(a, b): (char, char)| letter(a) && b.is_ascii_alphabetic();
    let chars: Vec<char> = text.chars().collect();
    if !chars.windows(2).any(|w| glued((w[0], w[1]))) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    for (k, &c) in chars.iter().enumerate() {
        if letter(c) {
            run.push(c);
            let next = chars.get(k + 1).copied();
            if next.is_some_and(|n| n.is_ascii_alphabetic()) {
                out.extend(std::iter::repeat_n(' ', run.len()));
                run.clear();
            }
            continue;
        }
        out.push_str(&run);
        run.clear();
        out.push(c);
    }
    out.push_str(&run);
    std::borrow::Cow::Owned(out)
}

/// The mention starting at trigger `i`, and the token after it.
fn at(cx: &Cx<'_>, i: usize, floor: usize, traps: &[Range<usize>]) -> Option<(Mention, usize)> {
    for pat in &cx.lang.patterns {
        let Some(m) = pattern::matches(cx, pat, i) else {
            continue;
        };
        let before = bound_before(cx, m.first, floor);
        let after = bound_after(cx, m.next);
        let bound = before.as_ref().or(after.as_ref()).map(|(b, ..)| *b);
        let Some(built) = produce::build(cx, pat.kind, &m, bound) else {
            continue;
        };
        let (mut start, mut end_tok) = (span_start(cx, &m), m.next);
        let mut hedge = None;
        if built.bounded {
            if let Some((_, s, _, text)) = &before {
                start = *s;
                hedge = Some(text.clone());
            } else if let Some((_, _, n, text)) = &after {
                end_tok = *n;
                hedge = Some(text.clone());
            }
        }
        let end = cx.toks[end_tok - 1].end;
        if traps::overlaps(traps, &(start..end)) {
            continue;
        }
        let mention = MentionBuilder::new(built.kind, start, end, built.value)
            .qualifier(built.qualifier)
            .noun(built.noun)
            .hedge(hedge)
            .build();
        return Some((mention, end_tok));
    }
    None
}

/// Where a match starts: after the proclitics of its first word when that
/// word is the number ("بألفين" starts at ألفين).
fn span_start(cx: &Cx<'_>, m: &Match) -> usize {
    match m.fills.first() {
        Some((_, super::slots::Fill::Amount(a))) if a.first == m.first => a.start,
        _ => cx.hits[m.first]
            .iter()
            .find(|h| h.next > m.first)
            .map_or(cx.toks[m.first].start, |h| h.start),
    }
}

/// A bound phrase ending right before token `first` and starting at or
/// after `floor`: the bound, its start byte, and its text.
fn bound_before(
    cx: &Cx<'_>,
    first: usize,
    floor: usize,
) -> Option<(super::bound::Bound, usize, usize, String)> {
    (floor..first).rev().take(6).find_map(|j| {
        cx.hits[j].iter().find_map(|h| match h.meaning {
            Meaning::Bound(b, Side::Before) if h.next == first => {
                let text = cx.text[h.start..cx.toks[first - 1].end].to_string();
                Some((b, h.start, first, text))
            }
            _ => None,
        })
    })
}

/// A bound phrase starting at token `next`: the bound, its start, the token
/// after it, and its text.
fn bound_after(cx: &Cx<'_>, next: usize) -> Option<(super::bound::Bound, usize, usize, String)> {
    cx.hits.get(next)?.iter().find_map(|h| match h.meaning {
        Meaning::Bound(b, Side::After) if h.proclitics.is_empty() => {
            let text = cx.text[cx.toks[next].start..cx.toks[h.next - 1].end].to_string();
            Some((b, cx.toks[next].start, h.next, text))
        }
        _ => None,
    })
}
