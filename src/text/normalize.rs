//! Character-level normalization that keeps an offset map.
//!
//! The rules follow `hebrew-extraction.md` §1 and apply to every language (they
//! are no-ops on plain English): delete bidi and zero-width marks, strip
//! niqqud, map odd spaces to a plain space, fold maqaf and dashes to `-`, and
//! fold typographic quotes and Hebrew geresh/gershayim to ASCII `'` and `"`.
//! Runs of spaces are kept as they are (collapsing them would gain nothing:
//! extractors skip whitespace runs anyway).

/// Text after normalization, with a map from each normalized byte to the
/// original character it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NormalizedText {
    /// The normalized text that extractors scan.
    pub text: String,
    /// `starts[i]` is the original byte offset where the character behind
    /// normalized byte `i` starts; one extra entry holds the original length.
    starts: Vec<usize>,
    /// `ends[i]` is the original byte offset where that character ends.
    ends: Vec<usize>,
}

impl NormalizedText {
    /// Maps a normalized byte range to the original byte range it came from.
    ///
    /// The range covers whole original characters, so a folded multi-byte
    /// character (`־` → `-`) is covered whole, and deleted marks just outside
    /// the range stay outside it.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.starts[start.min(self.text.len())];
        if end <= start {
            return (s, s);
        }
        (s, self.ends[end.min(self.text.len()) - 1])
    }
}

/// Normalizes `original`; see the module doc for the rules.
pub fn normalize(original: &str) -> NormalizedText {
    let mut text = String::with_capacity(original.len());
    let mut starts = Vec::with_capacity(original.len() + 1);
    let mut ends = Vec::with_capacity(original.len());
    for (i, c) in original.char_indices() {
        let Some(out) = fold(c) else { continue };
        let n = out.len_utf8();
        text.push(out);
        starts.extend(std::iter::repeat_n(i, n));
        ends.extend(std::iter::repeat_n(i + c.len_utf8(), n));
    }
    starts.push(original.len());
    NormalizedText { text, starts, ends }
}

/// The folded form of one character, `None` to delete it.
fn fold(c: char) -> Option<char> {
    Some(match c {
        // Bidi controls, zero-width characters and the BOM carry no text.
        '\u{200E}'
        | '\u{200F}'
        | '\u{061C}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200B}'..='\u{200D}'
        | '\u{FEFF}'
        | '\u{00AD}' => return None,
        // Niqqud and cantillation (gc=Mn in U+0591-U+05C7), except the
        // punctuation marks maqaf, paseq, sof pasuq and nun hafukha.
        '\u{0591}'..='\u{05BD}'
        | '\u{05BF}'
        | '\u{05C1}'
        | '\u{05C2}'
        | '\u{05C4}'
        | '\u{05C5}'
        | '\u{05C7}' => return None,
        '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' | '\u{2002}'..='\u{2005}' => ' ',
        '\u{05BE}' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}'
        | '\u{2212}' => '-',
        '\u{05F4}' | '\u{201C}' | '\u{201D}' | '\u{201E}' => '"',
        '\u{05F3}' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '`' => '\'',
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_maqaf_and_keeps_offsets() {
        let n = normalize("ב־1997");
        assert_eq!(n.text, "ב-1997");
        // "1997" starts at normalized byte 3 and original byte 4 (maqaf is 2 bytes).
        assert_eq!(n.original_range(3, 7), (4, 8));
        // The maqaf alone maps back to its two original bytes.
        assert_eq!(n.original_range(2, 3), (2, 4));
    }

    #[test]
    fn deletes_direction_marks() {
        let n = normalize("בשנת \u{200F}2015\u{200F}");
        assert_eq!(n.text, "בשנת 2015");
        let start = n.text.find("2015").unwrap();
        let (s, e) = n.original_range(start, start + 4);
        assert_eq!(&"בשנת \u{200F}2015\u{200F}"[s..e], "2015");
    }

    #[test]
    fn strips_niqqud_but_not_maqaf() {
        assert_eq!(normalize("שָׁלוֹם").text, "שלום");
    }

    #[test]
    fn folds_typographic_quotes() {
        assert_eq!(
            normalize("Netanyahu’s “iceberg”").text,
            "Netanyahu's \"iceberg\""
        );
    }
}
