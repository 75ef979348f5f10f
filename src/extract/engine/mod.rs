//! The language-neutral extraction engine: the layers every language shares.
//!
//! A language brings words and word order; what is written the same way in
//! every script lives here, once, so that a fix lands in every language at
//! the same time:
//!
//! - [`digits`]: one reader of digit notation (any script's decimal digits,
//!   locale thousands and decimal separators, precision, grouping);
//! - [`traps`]: the spans of text that must yield no claim whatever the
//!   language (URLs, e-mail, IP addresses, versions, phone numbers, codes and
//!   model numbers).
//!
//! On top of them, one scanner reads any language described by a data file
//! (`rules/lang/<code>.toml`, see the header of `rules/lang/ar.toml`):
//!
//! - [`data`] reads and checks the file, with file:line:col on any mistake;
//! - [`lexicon`] compiles its words into one lookup by folded word;
//! - [`morph`] is the only language-specific code: a [`morph::Morphology`]
//!   folds letters and strips proclitics and duals for lookup;
//! - [`token`] is the one tokenizer, [`figures`] its bridge to [`digits`];
//! - [`scan`] is the loop: triggers (number, month, unit, currency words,
//!   digits) first, patterns only around them;
//! - [`pattern`] parses and matches the word-order patterns, written in the
//!   slot notation: `"{number} {currency}"`, `"{day} من? {month} {year}?"`
//!   (`{slot}` filled by the engine, `?` optional, elements written together
//!   must touch in the text); [`slots`] says what each slot accepts;
//! - [`compose`] is the number-word composer (units, teens, tens, hundreds,
//!   scales, connectors, fractions, duals, vague plurals, ranges);
//! - [`bound`] is the one `Bound`, one meaning per name; [`relative`] the one
//!   relative-date resolver with per-language calendar settings;
//! - [`produce`] builds each kind's value, [`mention`] the `Mention`.
//!
//! The engine never names a language: [`Language::load`] takes any file,
//! and `crate::extract` registers which file serves which `Lang`.

pub mod bound;
pub mod compose;
pub mod data;
pub mod digits;
pub mod figures;
pub mod lexicon;
pub mod mention;
pub mod morph;
pub mod pattern;
pub mod produce;
pub mod relative;
pub mod scan;
pub mod slots;
pub mod token;
pub mod traps;

use std::path::Path;

use chrono::NaiveDate;

use crate::error::Error;
use crate::extract::Mention;
use data::Source;
use lexicon::Lexicon;
use pattern::{PatKind, Pattern};

/// A language, compiled from its data file.
pub struct Language {
    /// Its code (`ar`).
    pub code: String,
    /// Its words.
    pub lexicon: Lexicon,
    /// Its patterns, in the order they are tried.
    pub patterns: Vec<Pattern>,
    /// Its morphology.
    pub morph: &'static dyn morph::Morphology,
    /// The "and" between number words, folded.
    pub connector: String,
    /// Week start and what "N units ago" covers.
    pub calendar: relative::Calendar,
    /// Digit separators.
    pub separators: figures::Separators,
    /// Marks that end a sentence.
    pub sentence_ends: Vec<char>,
    /// Bare four-digit numbers in this range are years.
    pub bare_years: (i32, i32),
    /// Commas, which may stand between a weekday and its date.
    pub commas: Vec<String>,
}

/// One character of a separator list, or an error at the list.
fn chars(src: &Source<'_>, list: &[String], what: &str) -> Result<Vec<char>, Error> {
    list.iter()
        .map(|s| {
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(src.error(
                    src.text.find(what).unwrap_or(0),
                    format!("`{s}` in {what} must be one character"),
                )),
            }
        })
        .collect()
}

impl Language {
    /// Compiles a language file; `path` is shown in errors.
    pub fn load(path: &Path, text: &str) -> Result<Language, Error> {
        let src = Source { path, text };
        let file = data::parse(&src)?;
        let set = &file.language;
        let morph = morph::by_name(set.morphology.get_ref()).ok_or_else(|| {
            src.error_at(
                &set.morphology,
                format!("unknown morphology `{}`", set.morphology.get_ref()),
            )
        })?;
        let lexicon = Lexicon::compile(&src, &file, morph)?;
        let fold = |w: &str| -> String {
            w.chars()
                .flat_map(char::to_lowercase)
                .filter_map(|c| morph.fold(c))
                .collect()
        };
        let mut patterns = Vec::new();
        for (key, list) in &file.patterns {
            let kind = PatKind::ALL
                .iter()
                .find(|(name, _)| name == key.get_ref())
                .map(|(_, k)| *k)
                .ok_or_else(|| {
                    src.error_at(key, format!("unknown pattern kind `{}`", key.get_ref()))
                })?;
            for p in list {
                patterns.push(pattern::parse(&src, p, kind, &fold)?);
            }
        }
        patterns.sort_by_key(|p| p.kind);
        let week_start = lexicon::weekday(&src, &set.week_start)?;
        let ago_covers_whole = set
            .ago_covers_whole
            .iter()
            .map(|u| lexicon::calendar_unit(&src, u))
            .collect::<Result<_, _>>()?;
        let group = chars(&src, &set.group_separators, "group_separators")?;
        let decimal = chars(&src, &set.decimal_separators, "decimal_separators")?;
        Ok(Language {
            code: set.code.clone(),
            lexicon,
            patterns,
            morph,
            connector: fold(&set.connector),
            calendar: relative::Calendar {
                week_start,
                ago_covers_whole,
            },
            separators: figures::Separators::new(&group, &decimal),
            sentence_ends: chars(&src, &set.sentence_ends, "sentence_ends")?,
            bare_years: (set.bare_years[0], set.bare_years[1]),
            commas: set.commas.clone(),
        })
    }

    /// Every mention in `text`, sorted by start offset. `reference` resolves
    /// relative dates; without it they stay relative.
    pub fn extract(&self, text: &str, reference: Option<NaiveDate>) -> Vec<Mention> {
        let mut out = scan::scan(self, text, reference);
        out.sort_by(|a, b| (a.start, b.end).cmp(&(b.start, a.end)));
        out
    }

    /// Whether a mark separates a weekday from its date.
    pub fn is_comma(&self, key: &str) -> bool {
        self.commas.iter().any(|c| c == key)
    }
}

#[cfg(test)]
mod tests;
