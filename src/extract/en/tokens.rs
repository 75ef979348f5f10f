//! Tokens with byte offsets, and the spans that must yield no claim.
//!
//! The tokenizer makes one cheap pass: runs of letters, runs of ASCII digits,
//! and single other characters, each remembering whether whitespace came
//! before it. Every recognizer works on these tokens, so word edges are
//! checked in code rather than with Unicode `\b`. Before recognizing, tokens
//! inside URLs, e-mail addresses, IP addresses, version strings, phone
//! numbers, codes and model numbers are blocked: the trap spans of
//! `engine::traps`, shared by every language. Times of day need their words
//! and are consumed by `duration` instead.

use crate::extract::engine::traps;
use crate::extract::lang::en as t;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Digits,
    /// Any other single non-space character.
    Sym,
}

/// One token.
#[derive(Clone, Debug)]
pub struct Tok<'a> {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The text as written.
    pub text: &'a str,
    /// The text lower-cased.
    pub lower: String,
    /// What the token is made of.
    pub kind: TokKind,
    /// Whether whitespace (or the start of text) comes right before it.
    pub space_before: bool,
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::new();
    let mut space = true;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let kind = if c.is_ascii_digit() {
            TokKind::Digits
        } else if c.is_alphabetic() {
            TokKind::Word
        } else {
            TokKind::Sym
        };
        let mut end = i + c.len_utf8();
        if kind != TokKind::Sym {
            while let Some(&(j, d)) = it.peek() {
                let same = match kind {
                    TokKind::Digits => d.is_ascii_digit(),
                    _ => d.is_alphabetic(),
                };
                if !same {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
        }
        let t = &text[i..end];
        toks.push(Tok {
            start: i,
            end,
            text: t,
            lower: t.to_lowercase(),
            kind,
            space_before: space,
        });
        space = false;
    }
    toks
}

/// The tokens of one text and what recognizers need to read them.
pub struct Ctx<'a> {
    /// The text the offsets point into.
    pub text: &'a str,
    /// Its tokens.
    pub toks: Vec<Tok<'a>>,
    /// Tokens that must yield no claim.
    pub blocked: Vec<bool>,
    /// Lower-cased words of the whole text, for context checks.
    pub reference: Option<chrono::NaiveDate>,
}

impl<'a> Ctx<'a> {
    /// Tokenizes `text` and blocks the spans that yield no claim.
    pub fn new(text: &'a str, reference: Option<chrono::NaiveDate>) -> Self {
        let toks = tokenize(text);
        let blocked = block(text, &toks);
        Ctx {
            text,
            toks,
            blocked,
            reference,
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The lower-cased token at `i`, or "" past the end.
    pub fn low(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.lower.as_str())
    }

    /// The token text as written at `i`, or "".
    pub fn raw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text)
    }

    /// Whether token `i` is `s` (lower-cased comparison).
    pub fn is(&self, i: usize, s: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.lower == s)
    }

    /// Whether token `i` exists and is of `kind`.
    pub fn kind_is(&self, i: usize, kind: TokKind) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == kind)
    }

    /// Whether token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.kind_is(i, TokKind::Word)
    }

    /// Whether token `i` is a run of digits.
    pub fn is_digits(&self, i: usize) -> bool {
        self.kind_is(i, TokKind::Digits)
    }

    /// Whether token `i` exists and follows the previous one without space.
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// Whether token `i` is blocked (or past the end).
    pub fn is_blocked(&self, i: usize) -> bool {
        self.blocked.get(i).copied().unwrap_or(true)
    }

    /// Whether token `i` starts with a capital letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Matches a table phrase (space-separated tokens) at `i`; returns the end.
    pub fn phrase(&self, i: usize, phrase: &str) -> Option<usize> {
        // Cheap reject on the first byte: most table entries fail here.
        let first = self.toks.get(i)?.lower.as_bytes().first();
        if phrase.as_bytes().first() != first {
            return None;
        }
        let mut j = i;
        for (n, piece) in phrase.split(' ').enumerate() {
            let t = self.toks.get(j)?;
            if t.lower != piece || self.is_blocked(j) {
                return None;
            }
            // Symbols inside a phrase ("approx .", "km / h") are written glued.
            if n > 0
                && t.kind == TokKind::Sym
                && t.space_before
                && !matches!(piece, "-" | "$" | "=")
            {
                return None;
            }
            j += 1;
        }
        Some(j)
    }

    /// The longest table entry matching at `i`: (end, value).
    pub fn longest<T: Copy>(&self, i: usize, table: &[(&str, T)]) -> Option<(usize, T)> {
        let mut best: Option<(usize, T)> = None;
        for &(p, v) in table {
            if let Some(e) = self.phrase(i, p) {
                if best.is_none_or(|(b, _)| e > b) {
                    best = Some((e, v));
                }
            }
        }
        best
    }

    /// The longest phrase of a plain list matching at `i`.
    pub fn longest_of(&self, i: usize, list: &[&str]) -> Option<usize> {
        list.iter().filter_map(|p| self.phrase(i, p)).max()
    }

    /// Byte range of tokens `s..e`.
    pub fn bytes(&self, s: usize, e: usize) -> (usize, usize) {
        (self.toks[s].start, self.toks[e - 1].end)
    }

    /// The text of tokens `s..e` as written.
    pub fn slice(&self, s: usize, e: usize) -> &'a str {
        let (a, b) = self.bytes(s, e);
        &self.text[a..b]
    }
}

/// Flags the tokens that must yield no claim: those overlapping a trap span
/// of `engine::traps` (URLs, e-mail, IPs, versions, phones, codes, model
/// numbers), where English words that may stand before a hyphen and digits
/// ("mid-2015", "Jan-2016", "up-to-5", "twenty-5") are no model names.
fn block(text: &str, toks: &[Tok<'_>]) -> Vec<bool> {
    let spans = traps::trap_spans_with(text, &not_a_name);
    traps::mark(&spans, toks, |t| t.start..t.end)
}

/// Whether a lower-cased word before a hyphen and digits is an English word
/// rather than the name of a model.
fn not_a_name(w: &str) -> bool {
    t::MONTHS.iter().any(|(m, _)| *m == w)
        || t::HYPHEN_PREFIXES.contains(&w)
        || t::NUMBER_WORDS_BEFORE_DASH.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_offsets_and_spacing() {
        let t = tokenize("$5bn, 3h");
        let texts: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(texts, ["$", "5", "bn", ",", "3", "h"]);
        assert!(t[0].space_before && !t[1].space_before && t[4].space_before);
        assert_eq!((t[2].start, t[2].end), (2, 4));
    }

    #[test]
    fn blocks_urls_ips_versions_phones() {
        let cx = Ctx::new(
            "see https://x.com/a/2016/12 or 10.0.0.1 with v1.2.3 call 555-123-4567, +1 (555) 123-4567 or COVID-19 or scp-173 ok 5",
            None,
        );
        let free: Vec<&str> = cx
            .toks
            .iter()
            .zip(&cx.blocked)
            .filter(|(t, b)| !**b && t.kind == TokKind::Digits)
            .map(|(t, _)| t.text)
            .collect();
        assert_eq!(free, ["5"]);
    }

    #[test]
    fn english_words_before_a_dash_are_no_model_names() {
        let cx = Ctx::new("mid-2015, Jan-2016, up-to-5 and twenty-5 but F-16", None);
        let blocked: Vec<&str> = cx
            .toks
            .iter()
            .zip(&cx.blocked)
            .filter(|(t, b)| **b && t.kind == TokKind::Digits)
            .map(|(t, _)| t.text)
            .collect();
        assert_eq!(blocked, ["16"]);
    }
}
