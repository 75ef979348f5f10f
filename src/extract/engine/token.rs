//! The one tokenizer: words, digit runs and single punctuation marks, with
//! byte offsets into the scanned text.
//!
//! Script-neutral: a word is a run of letters and combining marks in any
//! script; a number is what [`super::figures`] reads from a digit; every
//! other visible character is a mark of its own. Each word carries its
//! folded key (lower case, then the morphology's letter folding) and the
//! byte each folded character came from, so a stem found after stripping a
//! proclitic still has an exact original offset.

use super::figures::{self, Figure};
use super::morph::{Analysis, Morphology};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters.
    Word,
    /// Digits, with separators.
    Num,
    /// One other visible character.
    Punct,
}

/// One token.
#[derive(Clone, Debug)]
pub struct Token {
    /// What it is.
    pub kind: TokKind,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The folded form looked up (the text itself for numbers and marks).
    pub key: String,
    /// Byte offset of the original character behind each folded character.
    chars: Vec<usize>,
    /// Readings to look up: as written first, then the morphology's.
    pub readings: Vec<Analysis>,
    /// Whitespace stands between this token and the one before.
    pub space_before: bool,
    /// The number, for `Num`.
    pub figure: Option<Figure>,
}

impl Token {
    /// The original byte where folded character `i` starts (the token end
    /// past the last one).
    pub fn byte_at(&self, i: usize) -> usize {
        self.chars.get(i).copied().unwrap_or(self.end)
    }

    /// Whether the token is this mark or word (folded).
    pub fn is(&self, key: &str) -> bool {
        self.key == key
    }
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str, morph: &dyn Morphology, seps: &figures::Separators) -> Vec<Token> {
    let mut out = Vec::new();
    let mut space = true;
    let mut pos = 0;
    // Inside a malformed number (14.12.2016) every digit run is read alone.
    let mut runs_until = 0;
    while let Some(c) = text[pos..].chars().next() {
        let len = c.len_utf8();
        if c.is_whitespace() {
            space = true;
            pos += len;
            continue;
        }
        if figures::is_digit(c) {
            if pos >= runs_until && figures::malformed(text, pos, seps) {
                runs_until = figures::extent(text, pos, seps);
            }
            let f = if pos < runs_until {
                figures::read_run(text, pos)
            } else {
                figures::read(text, pos, seps)
            };
            out.push(Token {
                kind: TokKind::Num,
                start: pos,
                end: f.end,
                key: text[pos..f.end].to_string(),
                chars: Vec::new(),
                readings: Vec::new(),
                space_before: space,
                figure: Some(f),
            });
            pos = f.end;
        } else if is_word_char(c, morph) {
            let end = text[pos..]
                .char_indices()
                .find(|&(_, x)| !is_word_char(x, morph))
                .map_or(text.len(), |(i, _)| pos + i);
            out.push(word(text, pos, end, morph, space));
            pos = end;
        } else {
            out.push(Token {
                kind: TokKind::Punct,
                start: pos,
                end: pos + len,
                key: c.to_string(),
                chars: vec![pos],
                readings: vec![plain(c.to_string())],
                space_before: space,
                figure: None,
            });
            pos += len;
        }
        space = false;
    }
    out
}

/// `char::is_alphabetic` for the first 2048 code points (Latin, Greek,
/// Cyrillic, Hebrew, Arabic ...), looked up once: the slow Unicode table
/// lookup was a quarter of the scan time on Arabic text.
static ALPHABETIC_LOW: std::sync::LazyLock<[bool; 2048]> = std::sync::LazyLock::new(|| {
    let mut t = [false; 2048];
    for (i, slot) in t.iter_mut().enumerate() {
        *slot = char::from_u32(i as u32).is_some_and(char::is_alphabetic);
    }
    t
});

/// `char::is_alphabetic`, through the table below U+0800.
pub fn is_alphabetic(c: char) -> bool {
    ALPHABETIC_LOW
        .get(c as usize)
        .copied()
        .unwrap_or_else(|| c.is_alphabetic())
}

fn is_word_char(c: char, morph: &dyn Morphology) -> bool {
    (is_alphabetic(c) || morph.fold(c).is_none()) && !figures::is_digit(c) && !c.is_whitespace()
}

fn plain(key: String) -> Analysis {
    Analysis {
        proclitics: String::new(),
        offset: 0,
        stem: key,
        dual: false,
    }
}

fn word(text: &str, start: usize, end: usize, morph: &dyn Morphology, space: bool) -> Token {
    let mut key = String::new();
    let mut chars = Vec::new();
    for (i, c) in text[start..end].char_indices() {
        // The blocks from Hebrew to NKo have no letter case.
        if c.is_ascii() || ('\u{0590}'..'\u{0800}').contains(&c) {
            if let Some(f) = morph.fold(c.to_ascii_lowercase()) {
                key.push(f);
                chars.push(start + i);
            }
            continue;
        }
        for l in c.to_lowercase() {
            if let Some(f) = morph.fold(l) {
                key.push(f);
                chars.push(start + i);
            }
        }
    }
    let mut readings = vec![plain(key.clone())];
    if !key.is_empty() {
        readings.extend(morph.strip(&key));
    }
    Token {
        kind: TokKind::Word,
        start,
        end,
        key,
        chars,
        readings,
        space_before: space,
        figure: None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::morph::ar::Arabic;
    use super::*;

    #[test]
    fn offsets_point_at_the_original_bytes() {
        let text = "وَبِالدُّولار ١٢٣";
        let toks = tokenize(text, &Arabic, &figures::Separators::default());
        assert_eq!(toks.len(), 2);
        let w = &toks[0];
        assert_eq!(w.key, "وبالدولار");
        let r = w.readings.iter().find(|r| r.stem == "دولار").unwrap();
        assert_eq!(&text[w.byte_at(r.offset)..w.end], "دُّولار");
        assert_eq!(toks[1].figure.unwrap().value, 123.0);
    }
}
