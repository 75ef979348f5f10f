//! The lexicon: a language file compiled into one lookup by folded word.
//!
//! Every word and phrase of every section becomes an [`Entry`] under its
//! first folded word, with the rest of the phrase and what it means. The
//! scanner looks each token up once ([`Lexicon::hits`]): as written first,
//! then in each reading the morphology offers. A token with no hit is no
//! trigger, and no grammar runs on it.

use std::collections::HashMap;

use chrono::Weekday;

use super::data::{value_of, ByValue, LangFile, Source};
use super::morph::Morphology;
use super::token::Token;
use crate::error::Error;
use crate::value::CalendarUnit;

/// How a time unit is written: its form says how many it counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// One unit, or the form after a number ("يوم").
    Singular,
    /// Several ("أيام").
    Plural,
    /// Two, by itself ("يومين").
    Dual,
}

/// Which side of the number a bound phrase stands on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Before the number ("about 5").
    Before,
    /// After it ("5 at least").
    After,
}

/// What a word or phrase means to the engine.
#[derive(Clone, Debug, PartialEq)]
pub enum Meaning {
    /// A number word 0-999 (`[numbers]`).
    Number(f64),
    /// A unit form read only inside a teen (`[compound]`).
    Compound(f64),
    /// A multiplier (`[scales]`).
    Scale(f64),
    /// A dual of a scale, a whole number (`[duals]`).
    DualScale(f64),
    /// An order of magnitude (`[vague]`).
    Vague(f64, f64),
    /// A fraction (`[fractions]`).
    Fraction(f64),
    /// An ordinal day number.
    Ordinal(u32),
    /// A month 1-12.
    Month(u32),
    /// A weekday.
    Weekday(Weekday),
    /// A time unit: index into [`Lexicon::durations`], and its form.
    Duration(usize, Form),
    /// A measurement unit symbol.
    Unit(String),
    /// A currency name; `true` for a dual.
    Currency(String, bool),
    /// A currency sign or ISO code.
    Sign(String),
    /// A percent word or sign.
    Percent,
    /// A bound phrase by shared name and side.
    Bound(super::bound::Bound, Side),
    /// "between".
    Between,
    /// The "and" of between.
    BetweenAnd,
    /// "from" of a range.
    From,
    /// "to" of a range.
    To,
    /// A dash between two range ends.
    Dash,
    /// A relative day word.
    RelDay(CalendarUnit, i32),
    /// A calendar unit beside a modifier.
    Calendar(CalendarUnit),
    /// A modifier after a calendar unit.
    AfterUnit(i32),
    /// A modifier before a calendar unit.
    BeforeUnit(i32),
    /// "ago".
    Ago,
    /// "in" (later).
    Later,
    /// A year word.
    YearWord,
    /// A duration cue.
    Cue,
    /// Never a counted noun.
    NotNoun,
    /// Opens a partitive.
    Partitive,
    /// A literal word of a pattern.
    Literal,
}

/// A time unit of the language.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeUnit {
    /// Seconds per unit.
    pub seconds: f64,
    /// Its calendar unit, when it makes relative dates.
    pub calendar: Option<CalendarUnit>,
}

/// One word or phrase.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The folded words after the first.
    pub rest: Vec<String>,
    /// What it means.
    pub meaning: Meaning,
}

/// A lexicon match at a token.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// What it means.
    pub meaning: Meaning,
    /// The token after the phrase.
    pub next: usize,
    /// The proclitics stripped from the first word ("" as written).
    pub proclitics: String,
    /// Byte where the matched stem starts (after the proclitics).
    pub start: usize,
    /// The first word was read as a dual.
    pub dual: bool,
}

/// The compiled lookup.
#[derive(Default)]
pub struct Lexicon {
    entries: HashMap<String, Vec<Entry>>,
    /// The time units, by the index in [`Meaning::Duration`].
    pub durations: Vec<TimeUnit>,
}

/// A calendar unit by name.
pub fn calendar_unit(src: &Source<'_>, s: &toml::Spanned<String>) -> Result<CalendarUnit, Error> {
    Ok(match s.get_ref().as_str() {
        "day" => CalendarUnit::Day,
        "week" => CalendarUnit::Week,
        "month" => CalendarUnit::Month,
        "year" => CalendarUnit::Year,
        other => return Err(src.error_at(s, format!("unknown calendar unit `{other}`"))),
    })
}

/// A weekday by English name.
pub fn weekday(src: &Source<'_>, s: &toml::Spanned<String>) -> Result<Weekday, Error> {
    s.get_ref()
        .parse::<Weekday>()
        .map_err(|_| src.error_at(s, format!("unknown weekday `{}`", s.get_ref())))
}

impl Lexicon {
    /// Folds a word of the data file the way the tokenizer folds text.
    fn fold(morph: &dyn Morphology, w: &str) -> Vec<String> {
        w.split_whitespace()
            .map(|x| {
                x.chars()
                    .flat_map(char::to_lowercase)
                    .filter_map(|c| morph.fold(c))
                    .collect()
            })
            .collect()
    }

    /// Adds a word or phrase.
    pub fn add(&mut self, morph: &dyn Morphology, phrase: &str, meaning: Meaning) {
        let mut words = Self::fold(morph, phrase);
        if words.is_empty() {
            return;
        }
        let first = words.remove(0);
        let list = self.entries.entry(first).or_default();
        let entry = Entry {
            rest: words,
            meaning,
        };
        if !list.contains(&entry) {
            list.push(entry);
        }
    }

    fn add_all(&mut self, morph: &dyn Morphology, words: &[String], meaning: &Meaning) {
        for w in words {
            self.add(morph, w, meaning.clone());
        }
    }

    fn add_by_value(
        &mut self,
        src: &Source<'_>,
        morph: &dyn Morphology,
        table: &ByValue,
        make: impl Fn(f64) -> Meaning,
    ) -> Result<(), Error> {
        for (key, words) in table {
            let v = value_of(src, key)?;
            self.add_all(morph, words, &make(v));
        }
        Ok(())
    }

    /// Compiles every section of a language file but `[patterns]`.
    pub fn compile(
        src: &Source<'_>,
        file: &LangFile,
        morph: &dyn Morphology,
    ) -> Result<Lexicon, Error> {
        let mut lx = Lexicon::default();
        lx.add_by_value(src, morph, &file.numbers, Meaning::Number)?;
        lx.add_by_value(src, morph, &file.compound, Meaning::Compound)?;
        lx.add_by_value(src, morph, &file.scales, Meaning::Scale)?;
        lx.add_by_value(src, morph, &file.duals, Meaning::DualScale)?;
        lx.add_by_value(src, morph, &file.fractions, Meaning::Fraction)?;
        for (w, [lo, hi]) in &file.vague {
            lx.add(morph, w, Meaning::Vague(*lo, *hi));
        }
        let whole = |src: &Source<'_>, k: &toml::Spanned<String>, max: f64| {
            let v = value_of(src, k)?;
            if v.fract() != 0.0 || !(1.0..=max).contains(&v) {
                return Err(src.error_at(k, format!("expected a whole number 1-{max}")));
            }
            Ok(v as u32)
        };
        for (k, words) in &file.ordinals {
            let n = whole(src, k, 31.0)?;
            lx.add_all(morph, words, &Meaning::Ordinal(n));
        }
        for (k, words) in &file.months {
            let n = whole(src, k, 12.0)?;
            lx.add_all(morph, words, &Meaning::Month(n));
        }
        for (k, words) in &file.weekdays {
            lx.add_all(morph, words, &Meaning::Weekday(weekday(src, k)?));
        }
        lx.add_times(src, file, morph)?;
        lx.add_amounts(src, file, morph)?;
        lx.add_relative(src, file, morph)?;
        Ok(lx)
    }

    fn add_times(
        &mut self,
        src: &Source<'_>,
        file: &LangFile,
        morph: &dyn Morphology,
    ) -> Result<(), Error> {
        for d in &file.duration {
            let calendar = d
                .calendar
                .as_ref()
                .map(|c| calendar_unit(src, c))
                .transpose()?;
            let i = self.durations.len();
            self.durations.push(TimeUnit {
                seconds: d.seconds,
                calendar,
            });
            self.add_all(morph, &d.singular, &Meaning::Duration(i, Form::Singular));
            self.add_all(morph, &d.plural, &Meaning::Duration(i, Form::Plural));
            self.add_all(morph, &d.dual, &Meaning::Duration(i, Form::Dual));
        }
        Ok(())
    }

    fn add_amounts(
        &mut self,
        src: &Source<'_>,
        file: &LangFile,
        morph: &dyn Morphology,
    ) -> Result<(), Error> {
        for u in &file.unit {
            let sym = u.symbol.get_ref();
            if !crate::extract::units::UNITS.iter().any(|d| d.symbol == sym) {
                return Err(src.error_at(&u.symbol, format!("unknown unit symbol `{sym}`")));
            }
            self.add_all(morph, &u.words, &Meaning::Unit(sym.clone()));
        }
        for c in &file.currency {
            self.add_all(morph, &c.words, &Meaning::Currency(c.code.clone(), false));
            self.add_all(morph, &c.duals, &Meaning::Currency(c.code.clone(), true));
            self.add_all(morph, &c.signs, &Meaning::Sign(c.code.clone()));
        }
        self.add_all(morph, &file.percent.signs, &Meaning::Percent);
        self.add_all(morph, &file.percent.words, &Meaning::Percent);
        for (side, table) in [
            (Side::Before, &file.bounds.before),
            (Side::After, &file.bounds.after),
        ] {
            for (name, words) in table {
                let b = super::bound::Bound::from_name(name.get_ref()).ok_or_else(|| {
                    src.error_at(name, format!("unknown bound `{}`", name.get_ref()))
                })?;
                self.add_all(morph, words, &Meaning::Bound(b, side));
            }
        }
        let r = &file.range;
        self.add_all(morph, &r.between, &Meaning::Between);
        self.add_all(morph, &r.between_and, &Meaning::BetweenAnd);
        self.add_all(morph, &r.from, &Meaning::From);
        self.add_all(morph, &r.to, &Meaning::To);
        self.add_all(morph, &r.dash, &Meaning::Dash);
        Ok(())
    }

    fn add_relative(
        &mut self,
        src: &Source<'_>,
        file: &LangFile,
        morph: &dyn Morphology,
    ) -> Result<(), Error> {
        let rel = &file.relative;
        for w in &rel.words {
            let unit = calendar_unit(src, &w.unit)?;
            self.add_all(morph, &w.words, &Meaning::RelDay(unit, w.offset));
        }
        for w in &rel.units {
            let unit = calendar_unit(src, &w.unit)?;
            self.add_all(morph, &w.words, &Meaning::Calendar(unit));
        }
        for m in &rel.after_unit {
            self.add_all(morph, &m.words, &Meaning::AfterUnit(m.offset));
        }
        for m in &rel.before_unit {
            self.add_all(morph, &m.words, &Meaning::BeforeUnit(m.offset));
        }
        self.add_all(morph, &rel.ago, &Meaning::Ago);
        self.add_all(morph, &rel.later, &Meaning::Later);
        let w = &file.words;
        self.add_all(morph, &w.year, &Meaning::YearWord);
        self.add_all(morph, &w.duration_cues, &Meaning::Cue);
        self.add_all(morph, &w.not_nouns, &Meaning::NotNoun);
        self.add_all(morph, &w.partitive, &Meaning::Partitive);
        Ok(())
    }

    /// The meanings of one folded word standing alone.
    pub fn meanings<'a>(&'a self, key: &str) -> impl Iterator<Item = &'a Meaning> + 'a {
        self.entries
            .get(key)
            .into_iter()
            .flatten()
            .filter(|e| e.rest.is_empty())
            .map(|e| &e.meaning)
    }

    /// Every entry matching at token `i`: the word as written, then each
    /// morphological reading, each phrase's later words compared folded.
    pub fn hits(&self, toks: &[Token], i: usize) -> Vec<Hit> {
        let tk = &toks[i];
        let mut out = Vec::new();
        for a in &tk.readings {
            let Some(list) = self.entries.get(&a.stem) else {
                continue;
            };
            for e in list {
                // Later words as written, or with a suffix read off
                // (كيلومترا مربعا), never with proclitics.
                let fits = e.rest.iter().enumerate().all(|(n, w)| {
                    toks.get(i + 1 + n).is_some_and(|t| {
                        t.readings
                            .iter()
                            .any(|r| r.proclitics.is_empty() && !r.dual && r.stem == *w)
                    })
                });
                if fits {
                    out.push(Hit {
                        meaning: e.meaning.clone(),
                        next: i + 1 + e.rest.len(),
                        proclitics: a.proclitics.clone(),
                        start: tk.byte_at(a.offset),
                        dual: a.dual,
                    });
                }
            }
        }
        // Longest phrase first, then the reading order.
        out.sort_by_key(|h| std::cmp::Reverse(h.next));
        out
    }
}
