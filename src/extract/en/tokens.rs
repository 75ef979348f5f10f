//! Tokens with byte offsets, and the spans that must yield no claim.
//!
//! The tokenizer makes one cheap pass: runs of letters, runs of ASCII digits,
//! and single other characters, each remembering whether whitespace came
//! before it. Every recognizer works on these tokens, so word edges are
//! checked in code rather than with Unicode `\b`. Before recognizing, tokens
//! inside URLs, e-mail addresses, IP addresses, version strings, phone
//! numbers, identifiers and times of day are blocked.

use std::sync::LazyLock;

use regex::Regex;

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

/// Flags the tokens that must yield no claim.
fn block(text: &str, toks: &[Tok<'_>]) -> Vec<bool> {
    let mut blocked = vec![false; toks.len()];
    // Whitespace-separated chunks: URLs, e-mail, IPs, versions, identifiers.
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0;
    for chunk in text.split(|c: char| c.is_whitespace()) {
        let start = pos;
        pos += chunk.len() + 1;
        if chunk.is_empty() {
            continue;
        }
        let lower = chunk.to_ascii_lowercase();
        let core = chunk.trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '"', '\'']);
        let url = lower.contains("://") || lower.starts_with("www.") || lower.contains(".com/");
        let email = chunk.contains('@') && chunk.contains('.');
        if url || email || is_ip(core) || is_version(core) || is_identifier(core) {
            ranges.push((start, start + chunk.len()));
        }
    }
    for (i, t) in toks.iter().enumerate() {
        if ranges.iter().any(|&(a, b)| t.start >= a && t.end <= b) {
            blocked[i] = true;
        }
    }
    block_phones(text, toks, &mut blocked);
    block_model_numbers(toks, &mut blocked);
    block_glued_to_words(toks, &mut blocked);
    blocked
}

fn is_ip(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// "v1.2.3", "1.2.3" (but not "1.500.000", thousands with dots).
fn is_version(s: &str) -> bool {
    let body = s
        .strip_prefix('v')
        .or_else(|| s.strip_prefix('V'))
        .unwrap_or(s);
    let parts: Vec<&str> = body.split('.').collect();
    if parts.len() < 2
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    if body.len() != s.len() {
        return true; // "v1.2"
    }
    parts.len() >= 3 && !parts[1..].iter().all(|p| p.len() == 3) && !is_dotted_date(&parts)
}

/// Day, month and year joined by dots: "3.5.2015", "21.04.2016", "03.05.15"
/// (a two-digit year only with a two-digit day and month; "1.2.15" stays a
/// version).
pub fn is_dotted_date(parts: &[&str]) -> bool {
    let [d, m, y] = parts else {
        return false;
    };
    let num = |s: &str| s.parse::<u32>().ok();
    let day_month = d.len() <= 2
        && m.len() <= 2
        && num(d).is_some_and(|d| (1..=31).contains(&d))
        && num(m).is_some_and(|m| (1..=12).contains(&m));
    let year = match y.len() {
        4 => num(y).is_some_and(|y| (1900..=2100).contains(&y)),
        2 => d.len() == 2 && m.len() == 2,
        _ => false,
    };
    day_month && year
}

/// Letters and digits interleaved ("24703L202", "A320neo2"): an identifier.
/// Hyphens and slashes separate parts ("3km-5km" is two amounts).
fn is_identifier(s: &str) -> bool {
    s.split(['-', '/', '_', '.']).any(is_identifier_part)
}

fn is_identifier_part(s: &str) -> bool {
    // "24703m2", "50km2": an area or volume, not a code.
    if let Some(head) = s.strip_suffix(['2', '3']) {
        let unit_start = head.find(|c: char| !c.is_ascii_digit() && c != '.');
        if let Some(k) = unit_start {
            let (num, unit) = head.split_at(k);
            let is_num = !num.is_empty() && num.bytes().all(|b| b.is_ascii_digit() || b == b'.');
            if is_num && ["m", "km", "cm", "mm", "ft", "mi", "yd"].contains(&unit) {
                return false;
            }
        }
    }
    // "1e10" is a number in scientific notation.
    if let Some((m, e)) = s.split_once('e') {
        let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
        if digits(m) && digits(e) {
            return false;
        }
    }
    let mut changes = 0;
    let mut last: Option<bool> = None;
    for c in s.chars() {
        if !c.is_alphanumeric() {
            if c == '-' || c == '_' {
                continue;
            }
            return false;
        }
        let d = c.is_ascii_digit();
        if last.is_some_and(|l| l != d) {
            changes += 1;
        }
        last = Some(d);
    }
    changes >= 2
        && (s.chars().next().is_some_and(|c| c.is_ascii_digit())
            || s.chars().filter(|c| c.is_ascii_digit()).count() >= 3)
}

/// Digits glued after letters ("L2", "A320", "G7") are part of a name,
/// unless the letters are a currency ("USD34.6", "GBP3.01").
fn block_glued_to_words(toks: &[Tok<'_>], blocked: &mut [bool]) {
    for i in 1..toks.len() {
        let (prev, t) = (&toks[i - 1], &toks[i]);
        if t.kind != TokKind::Digits || t.space_before || prev.kind != TokKind::Word {
            continue;
        }
        let code = prev.text.len() == 3
            && prev.text.chars().all(|c| c.is_ascii_uppercase())
            && crate::extract::units::currency_code(prev.text).is_some();
        if code || crate::extract::lang::en::CURRENCY_GLUED_SIGNS.contains(&prev.text) {
            continue;
        }
        // The name runs on through glued digits and separators ("A320-200").
        let mut j = i;
        while j < toks.len() && (j == i || !toks[j].space_before) && toks[j].kind != TokKind::Word {
            blocked[j] = true;
            j += 1;
        }
    }
}

/// Phone numbers: "555-123-4567", "(555) 123-4567", "+1 555 123 4567".
/// ASCII-only pattern, compiled once; its matches are mapped onto tokens.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u)\+\d{1,3}[ ./-]?(?:\(\d{1,4}\)|\d{1,4})(?:[ ./-]?\d{2,4}){2,4}|\(\d{2,4}\) ?\d{3,4}[ .-]\d{3,4}|\b\d{3}[.-]\d{3,4}[.-]\d{4}\b",
    )
    .expect("phone pattern")
});

fn block_phones(text: &str, toks: &[Tok<'_>], blocked: &mut [bool]) {
    for m in PHONE.find_iter(text) {
        for (t, b) in toks.iter().zip(blocked.iter_mut()) {
            if t.start >= m.start() && t.end <= m.end() {
                *b = true;
            }
        }
    }
}

/// Digits after a word and a hyphen ("COVID-19", "F-16", "scp-173") are part
/// of a name; "mid-2015", "Jan-2016" and "up-to-5" are not names.
fn block_model_numbers(toks: &[Tok<'_>], blocked: &mut [bool]) {
    for i in 2..toks.len() {
        let (w, dash, d) = (&toks[i - 2], &toks[i - 1], &toks[i]);
        let en = crate::extract::lang::en::MONTHS;
        // "3km-5km": a unit glued to its number is no name.
        let after_number = i >= 3 && !w.space_before && toks[i - 3].kind == TokKind::Digits;
        let name = w.kind == TokKind::Word
            && !after_number
            && !en.iter().any(|(m, _)| *m == w.lower)
            && !crate::extract::lang::en::HYPHEN_PREFIXES.contains(&w.lower.as_str())
            && !crate::extract::lang::en::NUMBER_WORDS_BEFORE_DASH.contains(&w.lower.as_str());
        if name
            && dash.text == "-"
            && !dash.space_before
            && d.kind == TokKind::Digits
            && !d.space_before
        {
            blocked[i] = true;
        }
    }
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
    fn thousands_with_dots_are_not_versions() {
        assert!(!is_version("1.500.000"));
        assert!(is_version("2.4.1"));
        assert!(is_version("1.2.15"));
        assert!(!is_version("03.05.15"));
        assert!(!is_version("3.5.2015"));
        assert!(is_identifier("24703L202"));
        assert!(!is_identifier("3km"));
    }
}
