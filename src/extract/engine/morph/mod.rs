//! The morphology hook: the one place a language may bring code.
//!
//! The engine compares words by a folded key and, when a word as written is
//! not in the lexicon, by the readings a [`Morphology`] offers: the word
//! without its proclitics (Arabic و ب ل ك ف and the article ال, Hebrew
//! ו ה ב ל מ כ ש), and a dual read as "two of" its stem (يومين → يوم ×2). A
//! language without such morphology uses [`Plain`].
//!
//! Folding is for lookup only: a token keeps its original byte offsets, and
//! each folded character remembers the byte it came from, so a stem found
//! after stripping still points at the exact original bytes.

pub mod ar;

/// One way to read a (folded) word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analysis {
    /// The proclitics stripped, in order, folded ("و", "بال").
    pub proclitics: String,
    /// How many characters of the folded word the proclitics take: the stem
    /// starts there.
    pub offset: usize,
    /// The stem to look up, folded.
    pub stem: String,
    /// The word is a dual of `stem` ("two days").
    pub dual: bool,
}

/// Language-specific word structure. Implementations are small and have no
/// state: a unit struct registered beside the language's data file.
pub trait Morphology: Send + Sync {
    /// The folded form of one character for matching, `None` to drop it
    /// (diacritics). Called after lower-casing.
    fn fold(&self, c: char) -> Option<char>;

    /// Readings of a folded word other than the word itself, most likely
    /// first: proclitics stripped, dual suffixes undone. The engine tries
    /// the word as written before any of them.
    fn strip(&self, word: &str) -> Vec<Analysis>;

    /// Whether `proclitics` may stand on a word that continues a phrase
    /// ("و" on "وعشرون" in "خمسة وعشرون"); the engine allows only these and
    /// none on later words otherwise.
    fn is_connector(&self, proclitics: &str, connector: &str) -> bool {
        proclitics == connector
    }
}

/// No morphology: words are only folded to lower case.
#[derive(Clone, Copy, Debug, Default)]
pub struct Plain;

impl Morphology for Plain {
    fn fold(&self, c: char) -> Option<char> {
        Some(c)
    }

    fn strip(&self, _word: &str) -> Vec<Analysis> {
        Vec::new()
    }
}

/// The morphology registered under `name` in a language file's
/// `[language] morphology`; `None` for an unknown name.
pub fn by_name(name: &str) -> Option<&'static dyn Morphology> {
    match name {
        "plain" | "" => Some(&Plain),
        "arabic" => Some(&ar::Arabic),
        _ => None,
    }
}
