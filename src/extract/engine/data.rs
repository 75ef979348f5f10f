//! The language data file: its schema, and loading it with file:line:col.
//!
//! A language is one TOML file (`rules/lang/ar.toml`; its header comment is
//! the reference for every section). This module only reads and checks it;
//! [`super::lexicon`] compiles it into the lookup the scanner uses, and
//! [`super::pattern`] parses its `[patterns]`. Every mistake is an
//! [`Error::Rule`] naming the file, line and column, through the spans the
//! `toml` crate keeps.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{position_of, snippet, Error, Position};

/// Words by the value they stand for: `"3" = ["ثلاثة", "ثلاث"]`. Keys are
/// numbers, or fractions like `"1/3"`.
pub type ByValue = BTreeMap<Spanned<String>, Vec<String>>;

/// A whole language file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LangFile {
    /// Settings.
    pub language: Settings,
    /// Number words 0-999 by value.
    pub numbers: ByValue,
    /// Unit forms read only inside a teen (أحد عشر).
    #[serde(default)]
    pub compound: ByValue,
    /// Multipliers (ألف, مليون).
    #[serde(default)]
    pub scales: ByValue,
    /// Duals of scales, whole numbers by themselves (ألفين).
    #[serde(default)]
    pub duals: ByValue,
    /// Plural scale words that state an order of magnitude (عشرات, آلاف):
    /// `"عشرات" = [20, 99]`.
    #[serde(default)]
    pub vague: BTreeMap<String, [f64; 2]>,
    /// Fractions by value ("1/2").
    #[serde(default)]
    pub fractions: ByValue,
    /// Ordinal day numbers.
    #[serde(default)]
    pub ordinals: ByValue,
    /// Month names by month number.
    #[serde(default)]
    pub months: ByValue,
    /// Weekday names by English weekday name (`monday`).
    #[serde(default)]
    pub weekdays: BTreeMap<Spanned<String>, Vec<String>>,
    /// Time units.
    #[serde(default)]
    pub duration: Vec<DurationDef>,
    /// Measurement units.
    #[serde(default)]
    pub unit: Vec<UnitDef>,
    /// Currencies.
    #[serde(default)]
    pub currency: Vec<CurrencyDef>,
    /// Percent signs and words.
    #[serde(default)]
    pub percent: PercentDef,
    /// Bound phrases by side and shared name.
    #[serde(default)]
    pub bounds: BoundsDef,
    /// Range words.
    #[serde(default)]
    pub range: RangeDef,
    /// Relative-date words.
    #[serde(default)]
    pub relative: RelativeDef,
    /// Small word classes.
    #[serde(default)]
    pub words: WordsDef,
    /// Word orders by the kind they produce, in the slot notation.
    #[serde(default)]
    pub patterns: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
}

/// `[language]`: what the engine needs besides words.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// The language code (`ar`).
    pub code: String,
    /// Its name, for messages.
    pub name: String,
    /// The morphology module's registered name (`arabic`, `plain`).
    pub morphology: Spanned<String>,
    /// The first day of the week (`sunday`, `monday`, `saturday`).
    pub week_start: Spanned<String>,
    /// Calendar units for which "N units ago" covers the whole unit.
    #[serde(default)]
    pub ago_covers_whole: Vec<Spanned<String>>,
    /// Characters that separate decimals.
    pub decimal_separators: Vec<String>,
    /// Characters that group thousands.
    pub group_separators: Vec<String>,
    /// Sentence-ending marks.
    pub sentence_ends: Vec<String>,
    /// Commas (a weekday and its date may have one between them).
    #[serde(default)]
    pub commas: Vec<String>,
    /// The "and" between the words of one number.
    pub connector: String,
    /// Bare numbers in this range are years.
    pub bare_years: [i32; 2],
}

/// One `[[duration]]` time unit.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DurationDef {
    /// Its English name, for messages.
    pub unit: String,
    /// Seconds per unit (month 30 days, year 365 days).
    pub seconds: f64,
    /// Its calendar unit (`day`, `week`, `month`, `year`), when it has one:
    /// only those make relative dates.
    #[serde(default)]
    pub calendar: Option<Spanned<String>>,
    /// Singular forms (also the form after 11 and more in Arabic).
    pub singular: Vec<String>,
    /// Plural forms.
    #[serde(default)]
    pub plural: Vec<String>,
    /// Dual forms, when the morphology does not derive them.
    #[serde(default)]
    pub dual: Vec<String>,
}

/// One `[[unit]]`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitDef {
    /// The symbol of `src/extract/units.rs` (`km`, `t`, `L`).
    pub symbol: Spanned<String>,
    /// Every form, singular and plural, words and abbreviations.
    pub words: Vec<String>,
}

/// One `[[currency]]`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CurrencyDef {
    /// ISO 4217 code.
    pub code: String,
    /// Names after the number.
    #[serde(default)]
    pub words: Vec<String>,
    /// Dual names, two by themselves (دولارين).
    #[serde(default)]
    pub duals: Vec<String>,
    /// Signs and codes, before or after the number.
    #[serde(default)]
    pub signs: Vec<String>,
}

/// `[percent]`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PercentDef {
    /// One-character signs.
    #[serde(default)]
    pub signs: Vec<String>,
    /// Words and phrases.
    #[serde(default)]
    pub words: Vec<String>,
}

/// `[bounds]`: phrases by shared bound name, before and after the number.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoundsDef {
    /// Before the number.
    #[serde(default)]
    pub before: BTreeMap<Spanned<String>, Vec<String>>,
    /// After it.
    #[serde(default)]
    pub after: BTreeMap<Spanned<String>, Vec<String>>,
}

/// `[range]`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RangeDef {
    /// "between" (its two ends are joined by `between_and`).
    #[serde(default)]
    pub between: Vec<String>,
    /// The "and" of between.
    #[serde(default)]
    pub between_and: Vec<String>,
    /// "from" before the first end.
    #[serde(default)]
    pub from: Vec<String>,
    /// "to" before the second end; also read as a proclitic.
    #[serde(default)]
    pub to: Vec<String>,
    /// Dashes between two ends that touch them.
    #[serde(default)]
    pub dash: Vec<String>,
}

/// A relative word: unit and offset.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelativeWord {
    /// Its forms.
    pub words: Vec<String>,
    /// Its calendar unit (`day` ...).
    pub unit: Spanned<String>,
    /// Steps from the reference date, negative into the past.
    pub offset: i32,
}

/// A modifier of a calendar unit ("last", "next").
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Modifier {
    /// Its forms.
    pub words: Vec<String>,
    /// Steps it moves.
    pub offset: i32,
}

/// A calendar unit's words beside a modifier.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarWord {
    /// Its forms.
    pub words: Vec<String>,
    /// Its calendar unit.
    pub unit: Spanned<String>,
}

/// `[relative]`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelativeDef {
    /// Words by themselves (أمس).
    #[serde(default)]
    pub words: Vec<RelativeWord>,
    /// Calendar units beside a modifier (الشهر).
    #[serde(default)]
    pub units: Vec<CalendarWord>,
    /// Modifiers after a calendar unit.
    #[serde(default)]
    pub after_unit: Vec<Modifier>,
    /// Modifiers before a calendar unit.
    #[serde(default)]
    pub before_unit: Vec<Modifier>,
    /// "ago" before a duration.
    #[serde(default)]
    pub ago: Vec<String>,
    /// "in" before a duration.
    #[serde(default)]
    pub later: Vec<String>,
}

/// `[words]`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WordsDef {
    /// Words that make the next number a year.
    #[serde(default)]
    pub year: Vec<String>,
    /// Words before a bare time unit that make it a duration.
    #[serde(default)]
    pub duration_cues: Vec<String>,
    /// Words that are never a counted noun.
    #[serde(default)]
    pub not_nouns: Vec<String>,
    /// Words that open a partitive after a number.
    #[serde(default)]
    pub partitive: Vec<String>,
}

/// A language file's text and where it came from, for error positions.
#[derive(Clone, Debug)]
pub struct Source<'a> {
    /// The path shown in errors (`rules/lang/ar.toml`).
    pub path: &'a Path,
    /// The whole text.
    pub text: &'a str,
}

impl Source<'_> {
    /// An error at byte `at` of the file.
    pub fn error(&self, at: usize, message: impl Into<String>) -> Error {
        let pos = position_of(self.text, at.min(self.text.len()));
        Error::Rule {
            path: self.path.to_path_buf(),
            at: pos,
            message: message.into(),
            snippet: snippet(self.text, pos),
        }
    }

    /// An error at a spanned value.
    pub fn error_at<T>(&self, s: &Spanned<T>, message: impl Into<String>) -> Error {
        self.error(s.span().start, message)
    }
}

/// Parses a language file; syntax errors and unknown fields carry their
/// position.
pub fn parse(src: &Source<'_>) -> Result<LangFile, Error> {
    toml::from_str(src.text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        let mut err = src.error(at, e.message().trim());
        if e.span().is_none() {
            if let Error::Rule { at, .. } = &mut err {
                *at = Position { line: 1, column: 1 };
            }
        }
        err
    })
}

/// Reads a value key: a number (`"1000"`, `"1e6"`) or a fraction (`"1/3"`).
pub fn value_of(src: &Source<'_>, key: &Spanned<String>) -> Result<f64, Error> {
    let text = key.get_ref().trim();
    let parsed = match text.split_once('/') {
        Some((a, b)) => match (a.trim().parse::<f64>(), b.trim().parse::<f64>()) {
            (Ok(a), Ok(b)) if b != 0.0 => Some(a / b),
            _ => None,
        },
        None => text.parse::<f64>().ok(),
    };
    parsed
        .filter(|v| v.is_finite())
        .ok_or_else(|| src.error_at(key, format!("`{text}` is not a number or fraction")))
}
