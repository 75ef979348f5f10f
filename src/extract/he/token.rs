//! Tokens with byte offsets, and the lexicon every word is looked up in.
//!
//! One linear pass, no regex: Hebrew (and Latin) letter runs are words, with
//! gershayim/geresh inside kept (מזל"ט, ש''ח, ג'ורג' are one token each) and a
//! trailing geresh kept (דצמ', ה'); digit runs with inner `.` `,` `/` `:` are
//! numbers; anything else is a one-character punctuation token. Letters glued
//! to digits (ב1997, וב-2009, ב- 1997) become the number's prefix when they form
//! a prefix stack. Word edges are checked here in code, so the grammar never
//! needs `\b`.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use chrono::Weekday;

use super::prefix::Prefix;
use crate::extract::engine::{digits, traps};
use crate::extract::lang::he as t;
use crate::value::CalendarUnit;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// A run of letters (maybe with inner quotes).
    Word,
    /// A run of digits with inner separators.
    Num,
    /// Any other single character.
    Punct,
    /// A token inside a trap span (URL, e-mail, phone, code; see
    /// `engine::traps`): never read as anything.
    Trapped,
}

/// One token.
#[derive(Clone, Debug)]
pub struct Tok<'a> {
    /// First byte (for a number, of its glued prefix).
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The kind.
    pub kind: TokKind,
    /// The token text; for a number, the digits only.
    pub text: &'a str,
    /// The lookup key: `text` with `''` folded to `"` (see [`Tok::key`]).
    key: Cow<'a, str>,
    /// Whitespace right before `start`.
    pub space_before: bool,
    /// Prefix letters: glued to a number, or stripped off a word by the lexicon.
    pub prefix: Prefix,
    /// The prefix letters as written (for words, the stripped part).
    pub prefix_text: &'a str,
    /// A number written with a dash after its prefix (ב-1997).
    pub dashed: bool,
    /// The word without its prefix (words only; see [`Tok::stem`]).
    stem: Cow<'a, str>,
    /// What the lexicon knows about the word, if anything.
    pub lex: Option<&'static Entry>,
}

impl Tok<'_> {
    /// The lookup key: the text with `''` folded to `"`.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The word without the prefix letters the lexicon stripped.
    pub fn stem(&self) -> &str {
        &self.stem
    }

    /// Whether the token is a word whose full key is `w` (no prefix stripping).
    pub fn is(&self, w: &str) -> bool {
        self.kind == TokKind::Word && self.key == w
    }

    /// Whether the token is this punctuation character.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct && self.text.starts_with(c)
    }

    /// Whether the word contains gershayim: an acronym (or gematria).
    pub fn is_acronym(&self) -> bool {
        self.kind == TokKind::Word && self.key.contains('"')
    }
}

/// What the lexicon knows about a word (any field may be set).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Entry {
    /// Cardinal.
    pub num: Option<t::NumWord>,
    /// Vague plural head (עשרות, אלפי).
    pub vague: Option<(f64, f64)>,
    /// Scale after a vague head (מיליוני).
    pub vague_scale: Option<f64>,
    /// Fraction (חצי, רבע, שמיניות).
    pub frac: Option<f64>,
    /// Ordinal adjective.
    pub ordinal: Option<u32>,
    /// Gregorian month.
    pub month: Option<u32>,
    /// A month of the Hebrew calendar.
    pub heb_month: bool,
    /// Weekday name.
    pub weekday: Option<Weekday>,
    /// Time unit.
    pub time: Option<t::TimeWord>,
    /// Single-word currency.
    pub currency: Option<t::CurrencyWord>,
    /// Unit symbol.
    pub unit: Option<&'static str>,
    /// Percent word.
    pub percent: bool,
    /// Relative date word.
    pub relative: Option<(CalendarUnit, i32)>,
}

/// FNV-1a: the lexicon is looked up up to five times per word, and its keys
/// are short, so a simple hash beats SipHash here. Keys are our own tables,
/// not attacker-controlled.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Lexicon = HashMap<&'static str, Entry, BuildHasherDefault<Fnv>>;

/// The lexicon, built once from the tables.
static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut m = Lexicon::default();
    for (w, n) in t::NUMBER_WORDS {
        m.entry(w).or_default().num = Some(*n);
    }
    for (w, lo, hi) in t::VAGUE_WORDS {
        m.entry(w).or_default().vague = Some((*lo, *hi));
    }
    for (w, s) in t::VAGUE_SCALES {
        m.entry(w).or_default().vague_scale = Some(*s);
    }
    for (w, f) in t::FRACTIONS {
        m.entry(w).or_default().frac = Some(*f);
    }
    for (w, o) in t::ORDINALS {
        m.entry(w).or_default().ordinal = Some(*o);
    }
    for (w, mo) in t::MONTHS {
        m.entry(w).or_default().month = Some(*mo);
    }
    for w in t::HEBREW_MONTHS {
        m.entry(w).or_default().heb_month = true;
    }
    for (w, d) in t::WEEKDAYS {
        m.entry(w).or_default().weekday = Some(*d);
    }
    for (w, tw) in t::TIME_UNITS {
        m.entry(w).or_default().time = Some(*tw);
    }
    for (w, c) in t::CURRENCY_WORDS {
        if !w.contains(' ') {
            m.entry(w).or_default().currency = Some(*c);
        }
    }
    for (w, u) in t::UNIT_WORDS {
        m.entry(w).or_default().unit = Some(u);
    }
    for w in t::PERCENT_WORDS {
        m.entry(w).or_default().percent = true;
    }
    for (w, u, o) in t::RELATIVE_WORDS {
        m.entry(w).or_default().relative = Some((*u, *o));
    }
    m
});

/// Looks a word up as written, then with 1–4 prefix letters stripped (the
/// remainder must keep at least two letters). Returns the prefix length in
/// bytes and the entry.
pub fn lookup(word: &str) -> Option<(usize, &'static Entry)> {
    if let Some(e) = LEXICON.get(word) {
        return Some((0, e));
    }
    for (n, c) in word.char_indices().take(4) {
        let cut = n + c.len_utf8();
        let (pre, rest) = word.split_at(cut);
        if rest.chars().nth(1).is_none() {
            break;
        }
        if Prefix::parse(pre).is_none() {
            continue;
        }
        if let Some(e) = LEXICON.get(rest) {
            return Some((cut, e));
        }
    }
    None
}

fn is_letter(c: char) -> bool {
    ('\u{05D0}'..='\u{05EA}').contains(&c)
        || ('\u{05F0}'..='\u{05F2}').contains(&c)
        || c.is_ascii_alphabetic()
}

fn is_hebrew_letter(c: char) -> bool {
    ('\u{05D0}'..='\u{05EA}').contains(&c)
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let b = text.as_bytes();
    let mut toks: Vec<Tok<'_>> = Vec::new();
    let mut i = 0;
    let mut space = true;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            space = true;
            i += c.len_utf8();
            continue;
        }
        if is_letter(c) {
            let start = i;
            let end = scan_word(text, i);
            let word = &text[start..end];
            // Letters glued to digits: ב1997, וב-2009, ב- 1997, מה-1.
            if let Some((digits_at, dashed)) = glued_digits(text, end) {
                if let Some(p) = Prefix::parse(word).filter(|_| word.chars().all(is_hebrew_letter))
                {
                    let dend = number_end(text, digits_at);
                    toks.push(Tok {
                        start,
                        end: dend,
                        kind: TokKind::Num,
                        text: &text[digits_at..dend],
                        key: Cow::Borrowed(&text[digits_at..dend]),
                        space_before: space,
                        prefix: p,
                        prefix_text: word,
                        dashed,
                        stem: Cow::Borrowed(""),
                        lex: None,
                    });
                    space = false;
                    i = dend;
                    continue;
                }
            }
            toks.push(word_token(text, start, end, space));
            space = false;
            i = end;
            continue;
        }
        if c.is_ascii_digit()
            || (c == '.'
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                && !toks
                    .last()
                    .is_some_and(|t| t.end == i && t.kind == TokKind::Num))
        {
            let end = number_end(text, i);
            toks.push(plain_token(text, i, end, TokKind::Num, space));
            space = false;
            i = end;
            continue;
        }
        let end = i + c.len_utf8();
        toks.push(plain_token(text, i, end, TokKind::Punct, space));
        space = false;
        i = end;
    }
    trap(text, &mut toks);
    toks
}

/// Turns the tokens overlapping a trap span into [`TokKind::Trapped`]: no
/// recognizer reads inside a URL, an address, a phone number or a code. A
/// number's glued prefix (ב-) is not part of the span but goes with it.
fn trap(text: &str, toks: &mut [Tok<'_>]) {
    let spans = traps::trap_spans(text);
    if spans.is_empty() {
        return;
    }
    let hit = traps::mark(&spans, toks, |t| t.end - t.text.len()..t.end);
    for (t, hit) in toks.iter_mut().zip(hit) {
        if hit {
            t.kind = TokKind::Trapped;
            t.lex = None;
        }
    }
}

/// The end of a number at `i`: the scan of [`scan_number`] (which also
/// keeps dates, times and fractions whole), run on over thousands grouped
/// with spaces as `engine::digits` reads them ("10 000", "1 500 000").
fn number_end(text: &str, i: usize) -> usize {
    let end = scan_number(text.as_bytes(), i);
    match digits::parse(text, i, &t::DIGIT_NOTATION) {
        Some(d) if d.end > end => d.end,
        _ => end,
    }
}

/// The end of a word starting at `i`: letters, with `"`, `''` or `'` inside
/// when a letter follows, and one trailing `'`.
fn scan_word(text: &str, mut i: usize) -> usize {
    loop {
        let Some(c) = text[i..].chars().next() else {
            return i;
        };
        if is_letter(c) {
            i += c.len_utf8();
            continue;
        }
        let rest = &text[i..];
        let q = if rest.starts_with("''") {
            2
        } else if rest.starts_with('"') || rest.starts_with('\'') {
            1
        } else {
            return i;
        };
        match text[i + q..].chars().next() {
            Some(n) if is_letter(n) => i += q,
            _ => {
                // A trailing geresh (דצמ', ה') belongs to the word; a trailing
                // gershayim is a closing quote.
                if q == 1 && rest.starts_with('\'') {
                    return i + 1;
                }
                return i;
            }
        }
    }
}

/// Where digits start after a word ending at `end`, if they are glued to it
/// (nothing between, `-`, or `- `); and whether there was a dash.
fn glued_digits(text: &str, end: usize) -> Option<(usize, bool)> {
    let b = text.as_bytes();
    let digit = |j: usize| b.get(j).is_some_and(u8::is_ascii_digit);
    if digit(end) {
        return Some((end, false));
    }
    if b.get(end) == Some(&b'-') {
        if digit(end + 1) {
            return Some((end + 1, true));
        }
        if b.get(end + 1) == Some(&b' ') && digit(end + 2) {
            return Some((end + 2, true));
        }
    }
    None
}

/// The end of a number at `i`: digits with `.,/:` between digit groups.
fn scan_number(b: &[u8], mut i: usize) -> usize {
    if b.get(i) == Some(&b'.') {
        i += 1;
    }
    while i < b.len() {
        let sep = matches!(b[i], b'.' | b',' | b'/' | b':')
            && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if b[i].is_ascii_digit() || sep {
            i += 1;
        } else {
            break;
        }
    }
    // Scientific notation: 1e10, 12.32e+14, -12e-1.
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let after = |k: usize| b.get(k).is_some_and(|c| c.is_ascii_alphabetic());
        if b.get(j).is_some_and(u8::is_ascii_digit) {
            let mut k = j;
            while b.get(k).is_some_and(u8::is_ascii_digit) {
                k += 1;
            }
            if !after(k) {
                return k;
            }
        }
    }
    i
}

/// A number or punctuation token: no prefix, no stem, no lexicon entry.
fn plain_token(text: &str, start: usize, end: usize, kind: TokKind, space: bool) -> Tok<'_> {
    Tok {
        start,
        end,
        kind,
        text: &text[start..end],
        key: Cow::Borrowed(&text[start..end]),
        space_before: space,
        prefix: Prefix::default(),
        prefix_text: "",
        dashed: false,
        stem: Cow::Borrowed(""),
        lex: None,
    }
}

fn word_token(text: &str, start: usize, end: usize, space: bool) -> Tok<'_> {
    let raw = &text[start..end];
    let key: Cow<'_, str> = if raw.contains("''") {
        Cow::Owned(raw.replace("''", "\""))
    } else {
        Cow::Borrowed(raw)
    };
    let (cut, lex) = match lookup(&key) {
        Some((cut, e)) => (cut, Some(e)),
        None => (0, None),
    };
    // Words never carry a ה-less prefix longer than the cut; ASCII keys are fine.
    let prefix_text = &raw[..cut];
    Tok {
        start,
        end,
        kind: TokKind::Word,
        text: raw,
        stem: match &key {
            Cow::Borrowed(k) => Cow::Borrowed(&k[cut..]),
            Cow::Owned(k) => Cow::Owned(k[cut..].to_string()),
        },
        key,
        space_before: space,
        prefix: Prefix::parse(prefix_text).unwrap_or_default(),
        prefix_text,
        dashed: false,
        lex,
    }
}

/// Splits a word into (prefix, rest) when `rest` satisfies `pred`, trying the
/// bare word first, then 1–4 prefix letters.
pub fn strip_to(word: &str, pred: impl Fn(&str) -> bool) -> Option<(Prefix, &str)> {
    if pred(word) {
        return Some((Prefix::default(), word));
    }
    for (n, c) in word.char_indices().take(4) {
        let cut = n + c.len_utf8();
        let (pre, rest) = word.split_at(cut);
        if rest.chars().nth(1).is_none() {
            break;
        }
        if let Some(p) = Prefix::parse(pre) {
            if pred(rest) {
                return Some((p, rest));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_prefix_becomes_number_prefix() {
        for s in ["ב1997", "ב-1997", "ב- 1997"] {
            let t = tokenize(s);
            assert_eq!(t.len(), 1, "{s}");
            assert_eq!(t[0].kind, TokKind::Num);
            assert_eq!(t[0].text, "1997");
            assert_eq!(t[0].prefix.prep, Some('ב'));
            assert_eq!(t[0].start, 0);
        }
        let t = tokenize("וב-2009 ביקר");
        assert_eq!(t[0].prefix_text, "וב");
        assert!(t[0].dashed);
    }

    #[test]
    fn acronyms_are_one_token() {
        let t = tokenize("מזל\"ט תקף, 250 ש''ח ג'ורג' דצמ' 2016");
        assert_eq!(t[0].text, "מזל\"ט");
        assert!(t[0].is_acronym());
        let sh = t.iter().find(|x| x.text == "ש''ח").unwrap();
        assert_eq!(sh.key, "ש\"ח");
        assert!(sh.lex.and_then(|e| e.currency).is_some());
        assert!(t.iter().any(|x| x.text == "ג'ורג'"));
        assert!(t
            .iter()
            .any(|x| x.text == "דצמ'" && x.lex.and_then(|e| e.month) == Some(12)));
    }

    #[test]
    fn numbers_keep_separators() {
        let t = tokenize("14.12.2016 ו-12,500 .77");
        assert_eq!(t[0].text, "14.12.2016");
        assert_eq!(t[1].text, "12,500");
        assert_eq!(t[1].prefix_text, "ו");
        assert_eq!(t[2].text, ".77");
    }

    #[test]
    fn spaces_group_thousands_but_keep_years_apart() {
        let t = tokenize("10 000 דולר ו-1 500 000 טון ב-2019 2020, 5 100 מטר");
        let nums: Vec<&str> = t
            .iter()
            .filter(|x| x.kind == TokKind::Num)
            .map(|x| x.text)
            .collect();
        assert_eq!(nums, ["10 000", "1 500 000", "2019", "2020", "5", "100"]);
    }

    #[test]
    fn traps_are_never_read() {
        let t = tokenize("ראו https://x.com/2016/12/14/ או 555-123-4567 ו-A320 וב-2009");
        let free: Vec<&str> = t
            .iter()
            .filter(|x| x.kind == TokKind::Num)
            .map(|x| x.text)
            .collect();
        assert_eq!(free, ["2009"]);
        assert!(t
            .iter()
            .any(|x| x.kind == TokKind::Trapped && x.text == "320"));
    }

    #[test]
    fn lexicon_strips_prefixes() {
        let t = tokenize("ושלושה בדצמבר כשבוע כשגריר");
        assert_eq!(t[0].prefix_text, "ו");
        assert_eq!(t[0].lex.unwrap().num.unwrap().value, 3.0);
        assert_eq!(t[1].lex.unwrap().month, Some(12));
        assert!(t[2].prefix.about());
        assert!(t[2].lex.unwrap().time.is_some());
        assert!(t[3].lex.is_none());
    }
}
