//! The vocabulary claims are attached with: frames and their trigger words,
//! entities and their aliases, attribution phrases.
//!
//! The definitions are data (the default set lives in `rules/*.toml` and is
//! loaded by `crate::rules`); this module defines their shape and compiles
//! them into a [`Matcher`] that finds them in a sentence. Matching is on word
//! tokens, so it needs no Unicode `\b`: English triggers match
//! case-insensitively, entity aliases case-sensitively, and a Hebrew word may
//! carry the one-letter prefixes ו ב ל מ כ ה ש in front of any match.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

use crate::corpus::Lang;
use crate::extract::Kind;
use crate::text::normalize;

/// Whether an attribute can hold one value per fact or many.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cardinality {
    /// One value per fact: a visit has one duration. Differing values contradict.
    One,
    /// Many values per fact: someone may visit in many years. Values can only agree.
    Many,
}

/// How a frame's participants are found in a sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceScope {
    /// The places right after the trigger or value ("six hours in Azerbaijan",
    /// "a visit to Azerbaijan and Kazakhstan"): where the event happened.
    Destination,
    /// Every place and party named in the sentence ("deals between Israel and
    /// Azerbaijan").
    #[default]
    Sentence,
}

/// Words per language.
pub type Words = BTreeMap<Lang, Vec<String>>;

/// One attribute of a frame ("duration" of a visit).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributeDef {
    /// The attribute id (`duration`, `date`, `value`, `killed`).
    pub id: String,
    /// The mention kinds that can fill it.
    pub kinds: Vec<Kind>,
    /// One value per fact, or many.
    pub cardinality: Cardinality,
    /// Only counts that grow over time (death tolls): a later, larger figure
    /// from a later document is an update, not a contradiction.
    #[serde(default)]
    pub monotonic: bool,
    /// When given, the attribute applies only if one of these words stands in
    /// the sentence; among several candidate attributes, the one whose cue is
    /// nearest the value wins ("3 killed and 10 injured").
    #[serde(default)]
    pub cues: Words,
    /// Counted nouns that identify the attribute directly ("three visits").
    #[serde(default)]
    pub nouns: Words,
    /// The plausible range of values in the canonical unit (seconds for
    /// durations): a value outside it does not fill the attribute. "Spent 20
    /// years in the army" is no visit: `within = [600, 15552000]`.
    #[serde(default)]
    pub within: Option<[f64; 2]>,
}

/// A frame: a kind of event or relation claims can be about.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameDef {
    /// The frame id (`visit`, `meeting`, `deal`).
    pub id: String,
    /// Words that evoke the frame, per language.
    pub triggers: Words,
    /// How far apart two events may be in time and still be the same fact, in days.
    /// Absent: time does not separate facts (relations are established once).
    #[serde(default)]
    pub window_days: Option<u32>,
    /// Where the frame's places are found.
    #[serde(default)]
    pub places: PlaceScope,
    /// Whether the frame has an agent (a visitor): the person nearest the value.
    #[serde(default)]
    pub agent: bool,
    /// When a sentence names fewer countries than this, the document's most
    /// named countries fill in ("the country" in an article about Azerbaijan).
    #[serde(default)]
    pub min_countries: usize,
    /// Compare places as named (a city is not its country): for events that
    /// happen in many places of one country at once (casualties of separate
    /// attacks). By default places count as their outermost place.
    #[serde(default)]
    pub exact_places: bool,
    /// The frame's attributes.
    pub attributes: Vec<AttributeDef>,
}

/// The type of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A country, city, region.
    Place,
    /// A person.
    Person,
    /// An organization.
    Org,
}

/// One entity with its names in every language.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityDef {
    /// Canonical name, shown in reports.
    pub name: String,
    /// What it is.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Names per language.
    #[serde(default)]
    pub aliases: Words,
    /// Adjectives and nationality words that also point to the place.
    #[serde(default)]
    pub demonyms: Words,
    /// The containing place's canonical name.
    #[serde(default)]
    pub part_of: Option<String>,
}

/// Everything attachment needs.
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    /// Frames, in rule-file order.
    pub frames: Vec<FrameDef>,
    /// Entities.
    pub entities: Vec<EntityDef>,
    /// Attribution phrases per language ("according to foreign reports").
    pub attributions: Words,
    /// Capitalized words that are not names (titles, months, function words).
    pub not_names: Words,
    /// Words that may stand between a value or trigger and the places it is
    /// about ("six hours in Azerbaijan", "a visit to Oman and Bahrain").
    pub place_connectors: Words,
    /// Words that put a sentence's events after its publication ("will",
    /// "scheduled", "הבא"): a bare weekday there is the coming one.
    pub future: Words,
    /// Classes of counted nouns, predicates and dimensions that align
    /// figures no frame describes (`rules/measures.toml`).
    pub measures: super::measure::MeasureVocab,
    /// Engine language files from the rules folder (`lang/ar.toml`),
    /// replacing the bundled ones.
    pub languages: crate::extract::Languages,
    matcher: Matcher,
}

impl Vocabulary {
    /// Builds a vocabulary and compiles its matcher.
    pub fn new(frames: Vec<FrameDef>, entities: Vec<EntityDef>, attributions: Words) -> Self {
        let mut v = Vocabulary {
            frames,
            entities,
            attributions,
            not_names: Words::new(),
            place_connectors: Words::new(),
            future: Words::new(),
            measures: Default::default(),
            languages: Default::default(),
            matcher: Matcher::default(),
        };
        v.matcher = Matcher::compile(&v);
        v
    }

    /// The same vocabulary with measure classes, its matcher recompiled.
    pub fn with_measures(mut self, measures: super::measure::MeasureVocab) -> Self {
        self.measures = measures.indexed();
        self.matcher = Matcher::compile(&self);
        self
    }

    /// The compiled matcher.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// The entity with this canonical name.
    pub fn entity(&self, name: &str) -> Option<&EntityDef> {
        self.entities.iter().find(|e| e.name == name)
    }

    /// Whether a capitalized word is listed as not a name in `lang`.
    pub fn is_not_name(&self, lang: Lang, word: &str) -> bool {
        self.not_names
            .get(&lang)
            .is_some_and(|ws| ws.iter().any(|w| w == word))
    }

    /// Whether a lower-cased word may join a value to its places in `lang`.
    pub fn is_place_connector(&self, lang: Lang, word: &str) -> bool {
        self.place_connectors
            .get(&lang)
            .is_some_and(|ws| ws.iter().any(|w| w == word))
    }

    /// Whether a sentence speaks of what is still to come (a word of
    /// `future` in it, as a whole word or phrase).
    pub fn speaks_of_future(&self, lang: Lang, sentence: &str) -> bool {
        let Some(words) = self.future.get(&lang) else {
            return false;
        };
        let tokens: Vec<String> = tokenize(sentence)
            .into_iter()
            .map(|t| t.text.to_lowercase())
            .collect();
        let joined = format!(" {} ", tokens.join(" "));
        words.iter().any(|w| {
            let w = w.to_lowercase().replace('\'', " ");
            let w = w.trim();
            joined.contains(&format!(" {w} "))
                || (lang != Lang::En
                    && tokens
                        .iter()
                        .any(|t| candidates(lang, t).iter().any(|c| c.as_ref() == w)))
        })
    }

    /// The outermost place containing `name` (itself when it is part of nothing).
    pub fn top_place<'a>(&'a self, name: &'a str) -> &'a str {
        let mut cur = name;
        for _ in 0..8 {
            match self.entity(cur).and_then(|e| e.part_of.as_deref()) {
                Some(parent) => cur = parent,
                None => break,
            }
        }
        cur
    }
}

/// What a matched phrase refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    /// Entity index; `true` when matched through a demonym.
    Entity(usize, bool),
    /// Frame trigger: frame index.
    Trigger(usize),
    /// Attribute cue: frame index, attribute index.
    Cue(usize, usize),
    /// Counted noun of an attribute: frame index, attribute index.
    Noun(usize, usize),
    /// Attribution phrase: index into the language's list.
    Attribution(usize),
    /// A counted-noun class of the measure vocabulary.
    NounClass(usize),
    /// A predicate class of the measure vocabulary.
    Predicate(usize),
    /// A dimension class of the measure vocabulary.
    Dimension(usize),
    /// A rate period of the measure vocabulary ("a day" after a figure).
    Rate(usize),
}

/// A phrase found in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// What it refers to.
    pub target: Target,
    /// Byte range in the searched text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// Token index of the first token.
    pub token: usize,
}

/// A word token with its byte range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// The token text.
    pub text: String,
}

/// Phrases by language and first token: the phrase's tokens and what it names.
/// Nested hash maps, so a token is looked up as a `&str`, without building
/// a key: the matcher runs on every token of every document.
type PhraseTable = HashMap<Lang, HashMap<String, Vec<(Vec<String>, Target)>>>;

/// Compiled phrase tables: first token → candidate phrases.
#[derive(Clone, Debug, Default)]
pub struct Matcher {
    /// Case-sensitive phrases (entities), keyed by language then first token.
    exact: PhraseTable,
    /// Lower-cased phrases (triggers, cues, nouns, attributions).
    folded: PhraseTable,
}

/// Hebrew one-letter prefixes that may stack in front of a word.
const HEBREW_PREFIXES: &[char] = &['ו', 'ב', 'ל', 'מ', 'כ', 'ה', 'ש'];

impl Matcher {
    fn compile(v: &Vocabulary) -> Matcher {
        let mut m = Matcher::default();
        for (ei, e) in v.entities.iter().enumerate() {
            for (lang, names) in &e.aliases {
                for n in names {
                    m.add(false, *lang, n, Target::Entity(ei, false));
                }
            }
            for (lang, names) in &e.demonyms {
                for n in names {
                    m.add(false, *lang, n, Target::Entity(ei, true));
                }
            }
        }
        for (fi, f) in v.frames.iter().enumerate() {
            for (lang, words) in &f.triggers {
                for w in words {
                    m.add(true, *lang, w, Target::Trigger(fi));
                }
            }
            for (ai, a) in f.attributes.iter().enumerate() {
                for (lang, words) in &a.cues {
                    for w in words {
                        m.add(true, *lang, w, Target::Cue(fi, ai));
                    }
                }
                for (lang, words) in &a.nouns {
                    for w in words {
                        m.add(true, *lang, w, Target::Noun(fi, ai));
                    }
                }
            }
        }
        for (lang, phrases) in &v.attributions {
            for (i, p) in phrases.iter().enumerate() {
                m.add(true, *lang, p, Target::Attribution(i));
            }
        }
        let measures = &v.measures;
        let classes = measures
            .noun
            .iter()
            .enumerate()
            .map(|(i, c)| (&c.words, Target::NounClass(i)))
            .chain(
                measures
                    .predicate
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (&c.words, Target::Predicate(i))),
            )
            .chain(
                measures
                    .dimension
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (&c.words, Target::Dimension(i))),
            )
            .chain(
                measures
                    .rate
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (&c.words, Target::Rate(i))),
            );
        for (words, target) in classes {
            for (lang, list) in words {
                for w in list {
                    m.add(true, *lang, w, target);
                }
            }
        }
        let tables = m.exact.values_mut().chain(m.folded.values_mut());
        for list in tables.flat_map(|t| t.values_mut()) {
            // Longest phrase first, so "Benjamin Netanyahu" wins over "Benjamin".
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
        }
        m
    }

    fn add(&mut self, fold: bool, lang: Lang, phrase: &str, target: Target) {
        let norm = normalize(phrase).text;
        let mut words: Vec<String> = tokenize(&norm)
            .into_iter()
            .map(|t| fold_letters(lang, Cow::Owned(t.text)).into_owned())
            .collect();
        if fold {
            words.iter_mut().for_each(|w| *w = w.to_lowercase());
        }
        let Some(first) = words.first().cloned() else {
            return;
        };
        let map = if fold {
            &mut self.folded
        } else {
            &mut self.exact
        };
        map.entry(lang)
            .or_default()
            .entry(first)
            .or_default()
            .push((words, target));
    }

    /// Every phrase found in `text` (already normalized), in text order.
    /// Overlapping hits of different tables are all returned; within one
    /// table the longest match at a position wins.
    pub fn find(&self, lang: Lang, text: &str) -> Vec<Hit> {
        let tokens = tokenize(text);
        // Borrowed where folding changes nothing: most words.
        let folded: Vec<Cow<str>> = tokens
            .iter()
            .map(|t| {
                let lower = if t.text.chars().any(char::is_uppercase) {
                    Cow::Owned(t.text.to_lowercase())
                } else {
                    Cow::Borrowed(t.text.as_str())
                };
                fold_letters(lang, lower)
            })
            .collect();
        let folded: Vec<&str> = folded.iter().map(|w| w.as_ref()).collect();
        let exact: Vec<Cow<str>> = tokens
            .iter()
            .map(|t| fold_letters(lang, Cow::Borrowed(t.text.as_str())))
            .collect();
        let exact: Vec<&str> = exact.iter().map(|w| w.as_ref()).collect();
        let mut hits = Vec::new();
        for i in 0..tokens.len() {
            for (table, words) in [(&self.exact, &exact), (&self.folded, &folded)] {
                let Some(table) = table.get(&lang) else {
                    continue;
                };
                let mut found = Vec::new();
                for first in candidates(lang, words[i]) {
                    let Some(list) = table.get(first.as_ref()) else {
                        continue;
                    };
                    for (phrase, target) in list {
                        let n = phrase.len();
                        if i + n <= words.len()
                            && phrase[1..]
                                .iter()
                                .zip(&words[i + 1..i + n])
                                .all(|(p, &w)| p == w || strip_possessive(w) == p)
                        {
                            found.push((n, *target));
                        }
                    }
                }
                // Keep every target of the longest length found here.
                if let Some(best) = found.iter().map(|f| f.0).max() {
                    for (n, target) in found.into_iter().filter(|f| f.0 == best) {
                        hits.push(Hit {
                            target,
                            start: tokens[i].start,
                            end: tokens[i + n - 1].end,
                            token: i,
                        });
                    }
                }
            }
        }
        hits.sort_by_key(|h| (h.start, h.end, h.target));
        hits.dedup();
        hits
    }
}

/// A word with the letter folding of its language's morphology, for the
/// languages of the extraction engine (Arabic: no tashkeel, one alef);
/// other languages' words unchanged.
fn fold_letters(lang: Lang, word: Cow<'_, str>) -> Cow<'_, str> {
    match crate::extract::language(lang) {
        Some(l) => Cow::Owned(word.chars().filter_map(|c| l.morph.fold(c)).collect()),
        None => word,
    }
}

/// The forms a word may match as: itself, without an English possessive,
/// for Hebrew without up to three prefix letters, and for the languages of
/// the extraction engine without the proclitics their morphology strips.
fn candidates(lang: Lang, word: &str) -> Vec<Cow<'_, str>> {
    let mut out = vec![Cow::Borrowed(word)];
    if let Some(l) = crate::extract::language(lang) {
        out.extend(
            l.morph
                .strip(word)
                .into_iter()
                .filter(|a| !a.dual)
                .map(|a| Cow::Owned(a.stem)),
        );
    }
    let bare = strip_possessive(word);
    if bare != word {
        out.push(Cow::Borrowed(bare));
    }
    if lang == Lang::He {
        let mut rest = word;
        for _ in 0..3 {
            let mut chars = rest.chars();
            match chars.next() {
                Some(c) if HEBREW_PREFIXES.contains(&c) && chars.as_str().chars().count() >= 2 => {
                    rest = chars.as_str();
                    out.push(Cow::Borrowed(rest.trim_start_matches('-')));
                }
                _ => break,
            }
        }
    }
    out
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("'S"))
        .or_else(|| word.strip_suffix('\''))
        .unwrap_or(word)
}

/// Splits text into word tokens: runs of letters and digits, keeping an
/// apostrophe or double quote between letters (Hebrew acronyms and
/// transliterations such as `אזרבייג'ן`, `ארה"ב`; English `Netanyahu's`).
/// Hyphens split words, so "Ben-Gurion" is two tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner_quote = (c == '\'' || c == '"')
            && start.is_some()
            && chars.peek().is_some_and(|(_, n)| n.is_alphabetic());
        if c.is_alphanumeric() || inner_quote {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Token {
                start: s,
                end: i,
                text: text[s..i].to_string(),
            });
        }
    }
    if let Some(s) = start {
        out.push(Token {
            start: s,
            end: text.len(),
            text: text[s..].to_string(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(l: &[(Lang, &[&str])]) -> Words {
        l.iter()
            .map(|(lang, ws)| (*lang, ws.iter().map(|w| w.to_string()).collect()))
            .collect()
    }

    fn vocab() -> Vocabulary {
        let entities = vec![
            EntityDef {
                name: "Azerbaijan".into(),
                kind: EntityType::Place,
                aliases: words(&[(Lang::En, &["Azerbaijan"]), (Lang::He, &["אזרבייג׳ן"])]),
                demonyms: words(&[(Lang::En, &["Azerbaijani"])]),
                part_of: None,
            },
            EntityDef {
                name: "Baku".into(),
                kind: EntityType::Place,
                aliases: words(&[(Lang::En, &["Baku"]), (Lang::He, &["באקו"])]),
                demonyms: Words::new(),
                part_of: Some("Azerbaijan".into()),
            },
            EntityDef {
                name: "Ben Gurion Airport".into(),
                kind: EntityType::Place,
                aliases: words(&[(Lang::En, &["Ben-Gurion Airport"])]),
                demonyms: Words::new(),
                part_of: None,
            },
        ];
        let frames = vec![FrameDef {
            id: "visit".into(),
            triggers: words(&[(Lang::En, &["visit", "stay"]), (Lang::He, &["ביקור"])]),
            window_days: Some(7),
            places: PlaceScope::Destination,
            agent: true,
            min_countries: 0,
            exact_places: false,
            attributes: vec![],
        }];
        Vocabulary::new(
            frames,
            entities,
            words(&[(Lang::En, &["according to foreign reports"])]),
        )
    }

    #[test]
    fn tokenizes_hebrew_geresh_and_possessives() {
        let t: Vec<String> = tokenize("באזרבייג'ן ו-ארה\"ב, Netanyahu's Ben-Gurion")
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            vec!["באזרבייג'ן", "ו", "ארה\"ב", "Netanyahu's", "Ben", "Gurion"]
        );
    }

    #[test]
    fn finds_entities_with_prefixes_and_triggers_folded() {
        let v = vocab();
        let m = v.matcher();
        let he = normalize("ביקור בבאקו ובאזרבייג׳ן").text;
        let targets: Vec<Target> = m
            .find(Lang::He, &he)
            .into_iter()
            .map(|h| h.target)
            .collect();
        assert_eq!(
            targets,
            vec![
                Target::Trigger(0),
                Target::Entity(1, false),
                Target::Entity(0, false)
            ]
        );
        let en = "A Stay in Baku, per Azerbaijani sources, according to foreign reports.";
        let targets: Vec<Target> = m.find(Lang::En, en).into_iter().map(|h| h.target).collect();
        assert_eq!(
            targets,
            vec![
                Target::Trigger(0),
                Target::Entity(1, false),
                Target::Entity(0, true),
                Target::Attribution(0)
            ]
        );
    }

    #[test]
    fn multiword_alias_with_hyphen() {
        let v = vocab();
        let hits = v
            .matcher()
            .find(Lang::En, "from Ben-Gurion Airport on Tuesday");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].target, Target::Entity(2, false));
    }

    #[test]
    fn top_place_follows_part_of() {
        let v = vocab();
        assert_eq!(v.top_place("Baku"), "Azerbaijan");
        assert_eq!(v.top_place("Azerbaijan"), "Azerbaijan");
    }
}
