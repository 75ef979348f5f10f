//! Digits in the scanned text: the adapter between the tokenizer and the
//! shared digit-notation reader ([`super::digits`]).
//!
//! A language file lists its separators as strings; the reader wants a
//! [`Notation`] of static character lists. [`Separators`] holds the lists
//! (leaked once per loaded language, which lives as long as the process)
//! and hands the reader's result to the tokenizer as a [`Figure`]. A digit
//! run the reader calls malformed (`3.5.2015`) is still a token: its
//! leading run of digits, so that a date pattern can read it piece by piece.

use super::digits::{self, Notation};

/// The separators of a language's digit notation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Separators {
    /// The notation the digit reader uses, as the language file orders it.
    pub notation: Notation,
    /// The same with an ASCII decimal mark first, for ASCII digits: a
    /// writer who types `0.002` with ASCII digits means a decimal point even
    /// where the language's own mark is another (Arabic `٫`).
    pub ascii: Notation,
}

impl Default for Separators {
    fn default() -> Self {
        Separators {
            notation: Notation::POINT,
            ascii: Notation::POINT,
        }
    }
}

impl Separators {
    /// Separators from a language file's lists (one character each).
    pub fn new(group: &[char], decimal: &[char]) -> Self {
        let leak = |v: &[char]| -> &'static [char] { Box::leak(v.to_vec().into_boxed_slice()) };
        let mut ascii_first = decimal.to_vec();
        ascii_first.sort_by_key(|c| !c.is_ascii());
        Separators {
            notation: Notation {
                group: leak(group),
                decimal: leak(decimal),
            },
            ascii: Notation {
                group: leak(group),
                decimal: leak(&ascii_first),
            },
        }
    }
}

/// A number written in digits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    /// Its value.
    pub value: f64,
    /// Byte after its last character.
    pub end: usize,
    /// Digits after the decimal separator.
    pub decimals: u32,
    /// Number of digits before the decimal separator (a year has four).
    pub int_digits: u32,
    /// Written with a thousands separator.
    pub grouped: bool,
}

/// Whether `c` is a decimal digit of any script.
pub fn is_digit(c: char) -> bool {
    digits::is_digit(c)
}

/// Where the run of digits and separators starting at `start` ends: the
/// extent a malformed number (`14.12.2016`) covers, read run by run.
pub fn extent(text: &str, start: usize, seps: &Separators) -> usize {
    let n = &seps.notation;
    let mut end = start;
    let mut prev_digit = false;
    for (i, c) in text[start..].char_indices() {
        if is_digit(c) {
            end = start + i + c.len_utf8();
            prev_digit = true;
        } else if prev_digit
            && !c.is_whitespace()
            && (n.group.contains(&c) || n.decimal.contains(&c))
        {
            prev_digit = false;
        } else {
            break;
        }
    }
    end
}

/// Reads only the digits at `start`, no separator: a piece of a malformed
/// number.
pub fn read_run(text: &str, start: usize) -> Figure {
    let end = text[start..]
        .char_indices()
        .find(|&(_, c)| !is_digit(c))
        .map_or(text.len(), |(i, _)| start + i);
    let digits: String = text[start..end]
        .chars()
        .filter_map(|c| digits::digit_value(c).and_then(|(d, _)| char::from_digit(d, 10)))
        .collect();
    Figure {
        value: digits.parse().unwrap_or(0.0),
        end,
        decimals: 0,
        int_digits: digits.len() as u32,
        grouped: false,
    }
}

/// Whether the number at `start` is malformed as a whole (`3.5.2015`): the
/// reader gives none for it.
pub fn malformed(text: &str, start: usize, seps: &Separators) -> bool {
    let ascii = text[start..].starts_with(|c: char| c.is_ascii_digit());
    let notation = if ascii { &seps.ascii } else { &seps.notation };
    digits::parse(text, start, notation).is_none()
}

/// Reads the number whose first digit is at byte `start` of `text`.
pub fn read(text: &str, start: usize, seps: &Separators) -> Figure {
    let ascii = text[start..].starts_with(|c: char| c.is_ascii_digit());
    let notation = if ascii { &seps.ascii } else { &seps.notation };
    let d = digits::parse(text, start, notation).or_else(|| {
        // Malformed as a whole: its first run of one script's digits alone.
        let end = text[start..]
            .char_indices()
            .find(|&(_, c)| !is_digit(c))
            .map_or(text.len(), |(i, _)| start + i);
        digits::parse(&text[..end], start, notation)
    });
    match d {
        Some(d) => Figure {
            value: d.value,
            end: d.end,
            decimals: d.decimals as u32,
            int_digits: d.int_digits as u32,
            grouped: d.grouped,
        },
        None => {
            let len = text[start..].chars().next().map_or(1, char::len_utf8);
            Figure {
                value: 0.0,
                end: start + len,
                decimals: 0,
                int_digits: 1,
                grouped: false,
            }
        }
    }
}
