//! Arabic: letter folding and clitics, for lookup only.
//!
//! Folding drops tashkeel (U+064B–U+065F, U+0670) and tatweel (U+0640) and
//! merges the letters news text writes interchangeably: أ إ آ ٱ → ا,
//! ى → ي, ة → ه, and the Persian-keyboard ی ک → ي ك. Stripping undoes
//! what Arabic glues to a word: one conjunction (و ف), one preposition
//! (ب ل ك) and the article ال, in that order (وبال, فال, لل for ل + ال), and
//! reads a dual (-ان, -ين; ساعتين → ساعة) as two of its stem. Accusative
//! tanween written with alef (شهرا, دولارا) is read without it.
//!
//! None of this changes offsets: the engine keeps, for every folded
//! character, the original byte it came from.

use super::{Analysis, Morphology};

/// Arabic morphology, registered as `arabic`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Arabic;

/// Conjunctions that may open a word.
const CONJUNCTIONS: [&str; 3] = ["", "و", "ف"];
/// Prepositions that may follow them.
const PREPOSITIONS: [&str; 4] = ["", "ب", "ل", "ك"];
/// A stem shorter than this is never a reading: "وا" is no word.
const MIN_STEM: usize = 2;

impl Morphology for Arabic {
    fn fold(&self, c: char) -> Option<char> {
        Some(match c {
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => return None,
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ی' => 'ي',
            'ة' => 'ه',
            'ک' => 'ك',
            other => other,
        })
    }

    fn strip(&self, word: &str) -> Vec<Analysis> {
        let mut out = Vec::new();
        for (proclitics, stem) in proclitic_readings(word) {
            let offset = proclitics.chars().count();
            if !proclitics.is_empty() {
                out.push(Analysis {
                    proclitics: proclitics.clone(),
                    offset,
                    stem: stem.clone(),
                    dual: false,
                });
            }
            for (base, dual) in suffix_readings(&stem) {
                out.push(Analysis {
                    proclitics: proclitics.clone(),
                    offset,
                    stem: base,
                    dual,
                });
            }
        }
        out
    }
}

/// Every (proclitics, rest) split of `word`, the unsplit word first, then
/// by the number of letters stripped.
fn proclitic_readings(word: &str) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), word.to_string())];
    for conj in CONJUNCTIONS {
        let Some(rest) = word.strip_prefix(conj) else {
            continue;
        };
        for prep in PREPOSITIONS {
            let Some(rest) = rest.strip_prefix(prep) else {
                continue;
            };
            let lead = format!("{conj}{prep}");
            if !lead.is_empty() {
                out.push((lead.clone(), rest.to_string()));
            }
            // The article: ال, or its ل alone after the preposition ل (للعام).
            let article = if prep == "ل" {
                rest.strip_prefix('ل').map(|r| (format!("{lead}ل"), r))
            } else {
                rest.strip_prefix("ال").map(|r| (format!("{lead}ال"), r))
            };
            if let Some((p, r)) = article {
                out.push((p, r.to_string()));
            }
        }
    }
    out.retain(|(_, stem)| stem.chars().count() >= MIN_STEM);
    out.sort_by_key(|(p, _)| p.chars().count());
    out.dedup();
    out
}

/// Readings of a stem's ending: a dual (two of the base) or an accusative
/// alef; empty when the stem ends in neither.
fn suffix_readings(stem: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let long_enough = |s: &str| s.chars().count() >= MIN_STEM;
    for suffix in ["ين", "ان"] {
        if let Some(base) = stem.strip_suffix(suffix).filter(|b| long_enough(b)) {
            // ساعتين → ساعت → ساعه (the ta marbuta opens before a suffix).
            if let Some(b) = base.strip_suffix('ت') {
                out.push((format!("{b}ه"), true));
            }
            out.push((base.to_string(), true));
        }
    }
    if let Some(base) = stem.strip_suffix('ا').filter(|b| long_enough(b)) {
        out.push((base.to_string(), false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        s.chars().filter_map(|c| Arabic.fold(c)).collect()
    }

    fn stems(w: &str) -> Vec<(String, String, bool)> {
        Arabic
            .strip(&fold(w))
            .into_iter()
            .map(|a| (a.proclitics, a.stem, a.dual))
            .collect()
    }

    #[test]
    fn folds_diacritics_alef_ya_and_ta_marbuta() {
        assert_eq!(fold("ثَلاثَةُ"), "ثلاثه");
        assert_eq!(fold("أَلْفٌ"), "الف");
        assert_eq!(fold("إحدى"), "احدي");
        assert_eq!(fold("مـــليون"), "مليون");
        assert_eq!(fold("آذار"), "اذار");
    }

    #[test]
    fn strips_stacked_proclitics() {
        let s = stems("وبالدولار");
        assert!(s.contains(&("وبال".into(), "دولار".into(), false)), "{s:?}");
        let s = stems("للعام");
        assert!(s.contains(&("لل".into(), "عام".into(), false)), "{s:?}");
        let s = stems("وعشرون");
        assert_eq!(s[0], ("و".into(), "عشرون".into(), false));
    }

    #[test]
    fn reads_duals_and_accusative_alef() {
        assert!(stems("ساعتين").contains(&("".into(), "ساعه".into(), true)));
        assert!(stems("يومان").contains(&("".into(), "يوم".into(), true)));
        assert!(stems("سنتين").contains(&("".into(), "سنه".into(), true)));
        assert!(stems("شهرا").contains(&("".into(), "شهر".into(), false)));
    }

    #[test]
    fn short_stems_are_no_reading() {
        assert!(stems("وا").is_empty());
        assert!(!stems("الف").iter().any(|(_, s, _)| s == "ف"));
    }
}
