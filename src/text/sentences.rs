//! Sentence boundaries, good enough for attaching a number to its context.
//!
//! A sentence ends at `.`, `!`, `?` or `;` (and the Arabic-script `؟` `؛`
//! `۔`) followed by whitespace or a closing quote, or at a line break. Abbreviations with a single capital or known
//! short forms ("Sep.", "Gen.", "U.S.") do not end a sentence, nor does a
//! period between digits. This is deliberately simple: claims only need the
//! words around a number, never a parse tree.
//!
//! A "sentence" longer than [`MAX_SENTENCE`] bytes (a scraped page with no
//! punctuation, a table flattened to one line) is cut into pieces of at most
//! that length, at whitespace where there is some. Attachment looks at every
//! word of a claim's sentence for each claim, so without the cut one long
//! line made extraction quadratic in its length (issue 8); with it the work
//! per byte is bounded. Real sentences are far shorter (the longest in the
//! seeds and evaluation corpora is under 500 bytes), so the cut never
//! touches them.

/// Byte ranges `[start, end)` of the sentences of a text, in order, trimmed.
pub type SentenceBounds = Vec<(usize, usize)>;

/// The longest piece of text treated as one sentence, in bytes.
pub const MAX_SENTENCE: usize = 2048;

/// Short forms after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "brig", "sgt", "capt", "res", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "vs", "inc", "ltd", "co", "corp", "jr", "sr", "u.s", "u.k", "e.g", "i.e", "approx", "est",
    "mt", "ft", "fig",
];

/// Sentence-ending marks outside ASCII: Arabic question mark, semicolon and
/// full stop. Every engine language file's `sentence_ends` must be here or
/// ASCII (a test in `extract` checks it).
pub const SCRIPT_ENDS: &[char] = &['\u{061F}', '\u{061B}', '\u{06D4}'];

/// Splits `text` into sentences.
pub fn sentence_bounds(text: &str) -> SentenceBounds {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // A non-ASCII end mark: the same rule as `?`, over its bytes.
        let mark = (b >= 0xC0)
            .then(|| text[i..].chars().next())
            .flatten()
            .filter(|c| SCRIPT_ENDS.contains(c));
        if let Some(c) = mark {
            let after = i + c.len_utf8();
            let next = bytes.get(after).copied();
            if matches!(
                next,
                None | Some(b' ' | b'\n' | b'\t' | b'"' | b'\'' | b')')
            ) {
                let mut j = after;
                while matches!(bytes.get(j), Some(b'"' | b'\'' | b')')) {
                    j += 1;
                }
                push_trimmed(text, start, j, &mut out);
                start = j;
                i = j;
                continue;
            }
        }
        let end = match b {
            b'\n' => Some(i),
            b'.' | b'!' | b'?' | b';' => {
                let next = bytes.get(i + 1).copied();
                let closes = matches!(
                    next,
                    None | Some(b' ' | b'\n' | b'\t' | b'"' | b'\'' | b')')
                );
                if closes && !(b == b'.' && is_abbreviation(&text[start..i])) {
                    // Take a closing quote or bracket into the sentence.
                    let mut j = i + 1;
                    while matches!(bytes.get(j), Some(b'"' | b'\'' | b')')) {
                        j += 1;
                    }
                    Some(j)
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some(e) = end {
            push_capped(text, start, e, &mut out);
            start = e;
            i = e.max(i + 1);
            continue;
        }
        i += 1;
    }
    push_capped(text, start, text.len(), &mut out);
    out
}

/// Pushes `[start, end)` as sentences of at most [`MAX_SENTENCE`] bytes,
/// each cut after the last whitespace of its second half, or at a character
/// boundary when that half has none.
fn push_capped(text: &str, mut start: usize, end: usize, out: &mut SentenceBounds) {
    while end - start > MAX_SENTENCE {
        let mut limit = start + MAX_SENTENCE;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let half = start + MAX_SENTENCE / 2;
        let cut = text[start..limit]
            .rfind(char::is_whitespace)
            .map(|i| start + i)
            .filter(|&i| i > half)
            .unwrap_or(limit);
        push_trimmed(text, start, cut, out);
        start = cut;
    }
    push_trimmed(text, start, end, out);
}

fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    (word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()))
        || ABBREVIATIONS.contains(&lower.as_str())
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut SentenceBounds) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push((start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentence_bounds(t)
            .into_iter()
            .map(|(s, e)| &t[s..e])
            .collect()
    }

    #[test]
    fn an_overlong_sentence_is_cut_at_whitespace() {
        let t = "word ".repeat(1000) + "end";
        let parts = sentence_bounds(&t);
        assert!(parts.len() >= 3, "{parts:?}");
        for &(s, e) in &parts {
            assert!(e - s <= MAX_SENTENCE);
            assert!(t[s..e].starts_with("word") || t[s..e] == *"end");
        }
        // No whitespace at all: cut at a character boundary.
        let t = "ש".repeat(3000);
        let parts = sentence_bounds(&t);
        assert_eq!(parts.iter().map(|&(s, e)| e - s).sum::<usize>(), t.len());
        assert!(parts.iter().all(|&(s, e)| e - s <= MAX_SENTENCE));
    }

    #[test]
    fn splits_on_periods_and_lines() {
        assert_eq!(
            split("He came. She left!\nNew line"),
            vec!["He came.", "She left!", "New line"]
        );
    }

    #[test]
    fn keeps_abbreviations_and_decimals() {
        assert_eq!(
            split("It became public on Sep. 3 after 2.5 days. Maj. Gen. Eshel came."),
            vec![
                "It became public on Sep. 3 after 2.5 days.",
                "Maj. Gen. Eshel came."
            ]
        );
    }

    #[test]
    fn arabic_question_mark_and_semicolon_end_sentences() {
        assert_eq!(
            split("هل انتهى؟ لا؛ ما زال مستمرا. نعم"),
            vec!["هل انتهى؟", "لا؛", "ما زال مستمرا.", "نعم"]
        );
    }

    #[test]
    fn hebrew_spaced_periods() {
        assert_eq!(split("אחת .  שתיים ."), vec!["אחת .", "שתיים ."]);
    }
}
