//! Mentions: every numeric and dated expression in one text, with its value.
//!
//! Extraction is a pure function of one text, its language and an optional
//! reference date (the document's date, for relative expressions). It knows
//! nothing of frames, entities or other documents: that is `claims`' job.
//!
//! Each language has its own module (`en`, `he`) holding its surface grammar;
//! the word tables a language needs are data in `lang/` beside them. Adding a
//! language is adding a module and a table file and one line in [`extract`].
//! What is written the same way in every script (digit notation, URLs,
//! phone numbers, codes) is read once, for all of them, in [`engine`].
//! One span yields one mention, of the most specific kind: a number inside a
//! date, duration or amount is not reported again.

pub mod en;
pub mod engine;
pub mod he;
pub mod lang;
pub mod units;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, LazyLock};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::corpus::Lang;
use crate::value::{Qualifier, Value};

/// The kind of a mention, as the JSON report names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A year or span of years ("1997", "the 1990s", "from 2009 to 2012").
    Year,
    /// A date or month, full or partial, absolute or relative.
    Date,
    /// A length of time ("six hours", "a 7-hour stay", "שעתיים").
    Duration,
    /// An amount of money ("some $5 billion", "מיליארדי דולרים").
    Money,
    /// A count of discrete things ("four agreements", "שלושה ביקורים").
    Count,
    /// A quantity with a unit ("70 km", "43 miles").
    Quantity,
    /// A percentage or fraction ("10%", "one-quarter").
    Percent,
    /// An ordinal ("the 25th Knesset", "third time").
    Ordinal,
    /// A plain number with no unit or counted noun.
    Number,
    /// A bare weekday ("on Tuesday"). Never reported as a claim on its own:
    /// it only dates the event of the sentence it stands in.
    Weekday,
}

impl Kind {
    /// Whether mentions of this kind are reported as claims.
    pub fn is_claim(self) -> bool {
        self != Kind::Weekday
    }
}

/// The `noun` of a person's age ("the driver, 47,", "a 31-year-old", "בן
/// 47"): a [`Kind::Number`] in years on the count axis, which is no count of
/// people; two ages of one person can still be compared.
pub const AGE_NOUN: &str = "age";

/// One numeric or dated expression found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Byte offset of the first byte of the expression in the extracted text.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What kind of expression it is.
    pub kind: Kind,
    /// Its value as an interval on a canonical axis (hedges applied).
    pub value: Value,
    /// Where the interval's width came from.
    pub qualifier: Qualifier,
    /// The noun a count or quantity measures, lower-cased, as written
    /// ("agreements", "visits", "ביקורים"), when there is one. Claims use it
    /// to tell "four agreements" from "four visits".
    pub noun: Option<String>,
    /// The hedge or bound word as written ("some", "about", "כ-"), if any.
    pub hedge: Option<String>,
}

/// The languages the engine reads: the language, the path its data file is
/// shown by, and the bundled file. Adding a language to the engine is one
/// line here (and its `Lang` variant).
pub const ENGINE_LANGUAGES: &[(Lang, &str, &str)] = &[(
    Lang::Ar,
    "rules/lang/ar.toml",
    include_str!("../../rules/lang/ar.toml"),
)];

/// The bundled engine languages, compiled once.
static COMPILED: LazyLock<Vec<(Lang, engine::Language)>> = LazyLock::new(|| {
    ENGINE_LANGUAGES
        .iter()
        .map(|(lang, path, text)| {
            let l = engine::Language::load(Path::new(path), text)
                .unwrap_or_else(|e| panic!("bundled language file is invalid: {e}"));
            (*lang, l)
        })
        .collect()
});

/// The compiled engine language for `lang`, when the engine reads it.
pub fn language(lang: Lang) -> Option<&'static engine::Language> {
    COMPILED.iter().find(|(l, _)| *l == lang).map(|(_, l)| l)
}

/// Engine language files loaded from a `--rules` folder, each replacing the
/// bundled file of its language; languages not in it use the bundled file.
#[derive(Clone, Default)]
pub struct Languages(pub BTreeMap<Lang, Arc<engine::Language>>);

impl std::fmt::Debug for Languages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.0.keys()).finish()
    }
}

impl Languages {
    /// The language file in force for `lang`: loaded, else bundled.
    pub fn get(&self, lang: Lang) -> Option<&engine::Language> {
        self.0
            .get(&lang)
            .map(Arc::as_ref)
            .or_else(|| language(lang))
    }
}

/// Extracts every mention in `text`, sorted by start offset.
///
/// `reference` is the date relative expressions are resolved against
/// ("next month"); without it they are returned unresolved, still as mentions.
pub fn extract(text: &str, lang: Lang, reference: Option<NaiveDate>) -> Vec<Mention> {
    extract_with(text, lang, reference, &Languages::default())
}

/// [`extract`] with the engine languages of a rules folder.
pub fn extract_with(
    text: &str,
    lang: Lang,
    reference: Option<NaiveDate>,
    languages: &Languages,
) -> Vec<Mention> {
    let mut mentions = match lang {
        Lang::En => en::extract(text, reference),
        Lang::He => he::extract(text, reference),
        Lang::Ar => languages
            .get(lang)
            .map_or_else(Vec::new, |l| l.extract(text, reference)),
    };
    mentions.sort_by(|a, b| (a.start, b.end).cmp(&(b.start, a.end)));
    mentions
}
