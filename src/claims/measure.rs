//! What a figure measures, for figures no frame describes.
//!
//! Frames know a few kinds of events well; most figures in a report about an
//! event nobody wrote rules for have none. Such a figure is still aligned
//! with the same figure in another report by a [`Measure`]: the class of the
//! thing it counts ("41 workers" → `worker`), the state or event it counts
//! ("trapped" → `trapped`), the dimension of a length ("300 metres deep" →
//! `depth`), and the content words around it. The classes are data
//! (`rules/measures.toml`), in every language, so a Hebrew and an English
//! report of one death toll meet on `person` and `killed`.

use serde::Deserialize;

use super::vocab::{Hit, Target, Words};
use crate::corpus::Lang;

/// A class of counted nouns ("workers", "labourers", "miners" → `worker`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NounClass {
    /// The class id, shown in explanations.
    pub id: String,
    /// A broader class: a count of workers may be the count of people.
    #[serde(default)]
    pub is_a: Option<String>,
    /// The nouns of the class, per language, lower case.
    pub words: Words,
}

/// A class of states or events a figure counts ("killed", "trapped").
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PredicateClass {
    /// The class id.
    pub id: String,
    /// The figure only grows while a story unfolds (a death toll): a larger
    /// figure in a report published later is an update.
    #[serde(default)]
    pub grows: bool,
    /// The noun class the state applies to ("killed" counts people): a
    /// figure counting anything else never takes it.
    #[serde(default)]
    pub counts: Option<String>,
    /// The kinds of figures the state applies to (empty: every kind): money
    /// is paid, a vote share is not.
    #[serde(default)]
    pub kinds: Vec<crate::extract::Kind>,
    /// Its words, per language.
    pub words: Words,
}

/// What a length, mass or area measures ("deep" → `depth`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionClass {
    /// The dimension id.
    pub id: String,
    /// Its words, per language.
    pub words: Words,
}

/// A named group of words per language: a rate period ("a day", "ליום"
/// after a figure make it a rate, a fact of its own that meets only a rate
/// of the same period) or a synonym group (context words that say one
/// thing).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WordGroup {
    /// The group id (`day`, `acquire`).
    pub id: String,
    /// Its words, per language.
    pub words: Words,
}

/// The classes of `rules/measures.toml`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureVocab {
    /// Counted-noun classes.
    #[serde(default)]
    pub noun: Vec<NounClass>,
    /// Predicate classes.
    #[serde(default)]
    pub predicate: Vec<PredicateClass>,
    /// Dimension classes.
    #[serde(default)]
    pub dimension: Vec<DimensionClass>,
    /// Rate periods: the words after a figure that make it a rate.
    #[serde(default)]
    pub rate: Vec<WordGroup>,
    /// Groups of context words that say one thing ("purchase", "deal",
    /// "bought"), in any language.
    #[serde(default)]
    pub synonym: Vec<WordGroup>,
    /// `synonym` by language and stem, built by [`MeasureVocab::indexed`].
    #[serde(skip)]
    synonym_of: std::collections::HashMap<(Lang, String), String>,
    /// Words left out of context words, per language.
    #[serde(default)]
    pub stopwords: Words,
    /// `stopwords` as a set, built by [`MeasureVocab::indexed`].
    #[serde(skip)]
    stopword_set: std::collections::HashSet<(Lang, String)>,
}

impl MeasureVocab {
    /// The vocabulary with its lookup sets built (stopwords are tested for
    /// every word near every figure).
    pub fn indexed(mut self) -> Self {
        self.stopword_set = self
            .stopwords
            .iter()
            .flat_map(|(lang, ws)| ws.iter().map(|w| (*lang, w.clone())))
            .collect();
        let mut synonym_of = std::collections::HashMap::new();
        for group in &self.synonym {
            for (lang, ws) in &group.words {
                for w in ws {
                    let id = format!("{SYNONYM_MARK}{}", group.id);
                    synonym_of.insert((*lang, stem(*lang, w)), id);
                }
            }
        }
        self.synonym_of = synonym_of;
        self
    }

    /// The synonym group of a stemmed context word, as a context word
    /// (`~acquire`), when it is in one.
    fn synonym(&self, lang: Lang, stem: &str) -> Option<&String> {
        self.synonym_of.get(&(lang, stem.to_string()))
    }

    /// Whether two noun classes may name the same things: equal, or one is a
    /// broader class of the other ("worker" is a "person").
    pub fn nouns_compatible(&self, a: &str, b: &str) -> bool {
        a == b || self.broader(a).any(|x| x == b) || self.broader(b).any(|x| x == a)
    }

    /// The classes above a noun class, nearest first.
    fn broader<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        let mut cur = Some(id);
        std::iter::from_fn(move || {
            let next = self
                .noun
                .iter()
                .find(|n| Some(n.id.as_str()) == cur)
                .and_then(|n| n.is_a.as_deref());
            cur = next;
            next
        })
        .take(8)
    }

    /// The predicate class with this id.
    pub fn predicate(&self, id: &str) -> Option<&PredicateClass> {
        self.predicate.iter().find(|p| p.id == id)
    }

    fn is_stopword(&self, lang: Lang, word: &str) -> bool {
        self.stopword_set.contains(&(lang, word.to_string()))
    }
}

/// What one figure measures.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Measure {
    /// The counted noun's class, or the counted noun itself when it is in no
    /// class ("aftershocks"), or a quantity's dimension (`depth`).
    pub what: Option<String>,
    /// Whether `what` came from a class of the vocabulary (else it is the
    /// noun as written, which matches only itself).
    pub what_is_class: bool,
    /// The nearest state or event the figure counts (`killed`, `trapped`).
    pub predicate: Option<String>,
    /// Content words near the figure, stemmed, sorted, unique.
    pub context: Vec<String>,
    /// The period the figure is given per, when it is a rate ("a day").
    pub rate: Option<String>,
    /// The language the words are in (stems only meet within one).
    pub lang: Option<Lang>,
}

impl Measure {
    /// Whether two figures count the same kind of thing: `Some(true)` when
    /// their nouns are one class or one is broader ("workers", "people"),
    /// `Some(false)` when they name different things, `None` when it cannot
    /// be told (one has no noun, or two nouns in no class in two languages).
    pub fn same_what(&self, other: &Measure, vocab: &MeasureVocab) -> Option<bool> {
        let (x, y) = (self.what.as_ref()?, other.what.as_ref()?);
        match (self.what_is_class, other.what_is_class) {
            (true, true) => Some(vocab.nouns_compatible(x, y)),
            (false, false) if self.lang == other.lang => Some(x == y),
            // A noun in no class is none of the class's nouns, in one language.
            (true, false) | (false, true) if self.lang == other.lang => Some(false),
            _ => None,
        }
    }
}

/// Where one figure stands, for [`measure_of`].
pub struct FigurePlace<'a> {
    /// The sentence text (normalized).
    pub sentence: &'a str,
    /// The sentence's word tokens (offsets within `sentence`), computed once
    /// for all its figures.
    pub tokens: &'a [super::vocab::Token],
    /// Byte offset of the sentence in the document's normalized text.
    pub offset: usize,
    /// The figure's span in the normalized text.
    pub start: usize,
    /// The figure's span end.
    pub end: usize,
    /// The counted noun the extractor found, when any.
    pub noun: Option<&'a str>,
    /// The figure's kind (a length, mass or area is measured along a
    /// dimension).
    pub kind: crate::extract::Kind,
    /// The document language.
    pub lang: Lang,
}

/// What a context word that names a synonym group starts with: such words
/// are the same in every language, so they meet across languages.
pub const SYNONYM_MARK: char = '~';

/// How many words on each side of a figure count as its context.
const CONTEXT_WORDS: usize = 8;

/// Computes the measure of a figure from the sentence's vocabulary hits
/// (byte offsets in the document's normalized text, as [`Hit`]s are after
/// attachment shifts them).
pub fn measure_of(vocab: &MeasureVocab, place: &FigurePlace, hits: &[Hit]) -> Measure {
    let nearest = |want: fn(Target) -> Option<usize>, max_cost: usize| -> Option<usize> {
        hits.iter()
            .filter_map(|h| want(h.target).map(|i| (cost(place, h), i)))
            .filter(|(c, _)| *c <= max_cost)
            .min()
            .map(|(_, i)| i)
    };
    let noun_class = |t| match t {
        Target::NounClass(i) => Some(i),
        _ => None,
    };
    let mut what = None;
    let mut what_is_class = false;
    if place.noun == Some(crate::extract::AGE_NOUN) {
        // An age: the state counted is no toll ("the driver, 47, was killed").
        return Measure {
            what: Some(crate::extract::AGE_NOUN.to_string()),
            what_is_class: true,
            predicate: None,
            context: context_words(vocab, place),
            rate: None,
            lang: Some(place.lang),
        };
    }
    if let Some(noun) = place.noun {
        // The class of the counted noun inside the figure's span.
        let inside = hits.iter().find_map(|h| match h.target {
            Target::NounClass(i) if h.start >= place.start && h.end <= place.end + 1 => Some(i),
            _ => None,
        });
        match inside {
            Some(i) => {
                what = Some(vocab.noun[i].id.clone());
                what_is_class = true;
            }
            None => {
                what = Some(stem(
                    place.lang,
                    noun.split_whitespace().last().unwrap_or(noun),
                ))
            }
        }
    } else if place.kind == crate::extract::Kind::Quantity {
        let dim = |t| match t {
            Target::Dimension(i) => Some(i),
            _ => None,
        };
        if let Some(i) = nearest(dim, 60) {
            what = Some(vocab.dimension[i].id.clone());
            what_is_class = true;
        }
    } else if let Some(i) = hits
        .iter()
        .filter(|h| h.start >= place.end && h.start <= place.end + 2)
        .find_map(|h| noun_class(h.target))
    {
        // "5,100 dead", "41 men": a class word right after a bare number.
        what = Some(vocab.noun[i].id.clone());
        what_is_class = true;
    }
    let predicate_class = |t| match t {
        Target::Predicate(i) => Some(i),
        _ => None,
    };
    let applies = |i: usize| {
        let p = &vocab.predicate[i];
        let kind = p.kinds.is_empty() || p.kinds.contains(&place.kind);
        kind && match (&p.counts, &what) {
            (Some(class), Some(w)) if what_is_class => vocab.nouns_compatible(class, w),
            _ => true,
        }
    };
    let predicate = hits
        .iter()
        .filter_map(|h| predicate_class(h.target).map(|i| (cost(place, h), i)))
        .filter(|&(c, i)| c <= 90 && applies(i))
        .min()
        .map(|(_, i)| vocab.predicate[i].id.clone());
    // "$50 million a day": a rate word right after the figure.
    let rate = hits
        .iter()
        .filter(|h| h.start >= place.end && h.start <= place.end + 2)
        .find_map(|h| match h.target {
            Target::Rate(i) => Some(vocab.rate[i].id.clone()),
            _ => None,
        });
    Measure {
        what,
        what_is_class,
        predicate,
        context: context_words(vocab, place),
        rate,
        lang: Some(place.lang),
    }
}

/// Bytes between a hit and the figure, plus 40 per clause boundary crossed.
/// "And" between them costs a clause too: a word after the figure that
/// opens a new clause ("7,000 injured and killed 5,300", "נפצעו 7,000 ונהרגו
/// 5,300") belongs to what follows it, and one before it to what precedes.
fn cost(place: &FigurePlace, h: &Hit) -> usize {
    let local = |x: usize| x.saturating_sub(place.offset);
    let (from, to) = if h.end <= place.start {
        (h.end, place.start)
    } else if h.start >= place.end {
        (place.end, h.start)
    } else {
        return 0;
    };
    let between = place.sentence.get(local(from)..local(to)).unwrap_or("");
    let mut clauses = between.matches([',', ';', ':', '(', ')']).count();
    // Whichever side the word is on, "and" between them opens another
    // conjunct: in "thousands missing and 30,000 left without homes" the
    // 30,000 are not the missing. A glued "and" is on the later word.
    let later = if h.start >= place.end {
        local(h.start)
    } else {
        local(place.start)
    };
    let word = place.sentence.get(later..).unwrap_or("");
    let joined = between
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case("and") || w == "ו" || w == "و");
    let glued_and = match place.lang {
        Lang::He => word.starts_with('ו'),
        Lang::Ar => word.starts_with('و'),
        Lang::En => false,
    };
    if joined || glued_and {
        clauses += 1;
    }
    (to - from) + 40 * clauses
}

/// The content words within [`CONTEXT_WORDS`] of the figure, stemmed.
fn context_words(vocab: &MeasureVocab, place: &FigurePlace) -> Vec<String> {
    let tokens = place.tokens;
    let (s, e) = (place.start - place.offset, place.end - place.offset);
    let first_inside = tokens
        .iter()
        .position(|t| t.end > s)
        .unwrap_or(tokens.len());
    let after = tokens
        .iter()
        .position(|t| t.start >= e)
        .unwrap_or(tokens.len());
    let before = &tokens[first_inside.saturating_sub(CONTEXT_WORDS)..first_inside];
    let behind = &tokens[after..(after + CONTEXT_WORDS).min(tokens.len())];
    let mut words: Vec<String> = before
        .iter()
        .chain(behind)
        .map(|t| t.text.to_lowercase())
        .filter(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(|c| c.is_ascii_digit()))
        .filter(|w| w.chars().count() > 1 && !vocab.is_stopword(place.lang, w))
        .map(|w| stem(place.lang, &w))
        .filter(|w| !vocab.is_stopword(place.lang, w))
        .map(|w| vocab.synonym(place.lang, &w).cloned().unwrap_or(w))
        .collect();
    words.sort();
    words.dedup();
    words
}

/// The word of `sentence` that a context word was stemmed from, for
/// explanations: "inside", not its stem "insid". The stem itself when no
/// word of the sentence gives it.
pub fn surface_of(lang: Lang, sentence: &str, stemmed: &str) -> String {
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty() && stem(lang, w) == stemmed)
        .map_or_else(|| stemmed.to_string(), str::to_lowercase)
}

/// A crude stem that only has to be the same for the forms of one word in
/// one language: English loses its plural and verb endings ("trapped",
/// "traps" → "trap"), Hebrew its one-letter prefixes.
pub fn stem(lang: Lang, word: &str) -> String {
    let w = word.to_lowercase();
    match lang {
        Lang::En => {
            let w = w.trim_end_matches("'s").trim_end_matches('\'');
            // A silent final "e" goes too, with or without an ending, so
            // that "wage" meets "wages" and "raise" meets "raised".
            let silent_e = |b: String| match b.strip_suffix('e') {
                Some(base) if base.chars().count() >= 3 && !base.ends_with('e') => base.to_string(),
                _ => b,
            };
            for (suffix, keep) in [("ies", "y"), ("ing", ""), ("ed", ""), ("s", "")] {
                if let Some(base) = w.strip_suffix(suffix) {
                    if base.chars().count() >= 3 && !w.ends_with("ss") {
                        let mut b = format!("{base}{keep}");
                        // "trapped" → "trapp" → "trap"
                        let cs: Vec<char> = b.chars().collect();
                        if cs.len() >= 4 && cs[cs.len() - 1] == cs[cs.len() - 2] {
                            b.pop();
                        }
                        return silent_e(b);
                    }
                }
            }
            silent_e(w.to_string())
        }
        Lang::He => {
            let mut rest = w.as_str();
            for _ in 0..2 {
                let mut cs = rest.chars();
                match cs.next() {
                    Some(c) if "והבלמשכ".contains(c) && cs.as_str().chars().count() >= 3 => {
                        rest = cs.as_str()
                    }
                    _ => break,
                }
            }
            rest.trim_start_matches(['-', '־']).to_string()
        }
        // Languages of the extraction engine: its morphology's folding, and
        // the reading with the most proclitics that leaves three letters.
        Lang::Ar => {
            let Some(l) = crate::extract::language(lang) else {
                return w;
            };
            let folded: String = w.chars().filter_map(|c| l.morph.fold(c)).collect();
            l.morph
                .strip(&folded)
                .into_iter()
                .filter(|a| !a.dual && a.stem.chars().count() >= 3)
                .max_by_key(|a| a.offset)
                .map_or(folded, |a| a.stem)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_stems_meet() {
        assert_eq!(stem(Lang::En, "trapped"), stem(Lang::En, "traps"));
        assert_eq!(stem(Lang::En, "workers"), "worker");
        assert_eq!(stem(Lang::En, "casualties"), "casualty");
        assert_eq!(stem(Lang::En, "rescuing"), stem(Lang::En, "rescued"));
        assert_eq!(stem(Lang::En, "glass"), "glass");
        assert_eq!(
            surface_of(Lang::En, "trapped Inside the cave", "insid"),
            "inside"
        );
        assert_eq!(surface_of(Lang::En, "no such word", "insid"), "insid");
        for (a, b) in [
            ("wage", "wages"),
            ("raise", "raised"),
            ("raise", "raises"),
            ("increase", "increasing"),
            ("tonne", "tonnes"),
            ("box", "boxes"),
        ] {
            assert_eq!(stem(Lang::En, a), stem(Lang::En, b), "{a} / {b}");
        }
    }

    #[test]
    fn hebrew_stems_drop_prefixes() {
        assert_eq!(stem(Lang::He, "והעובדים"), "עובדים");
        // A word that starts with a prefix letter loses it too, the same way
        // in every report, so the forms still meet.
        assert_eq!(stem(Lang::He, "במנהרה"), stem(Lang::He, "מנהרה"));
        assert_eq!(stem(Lang::He, "בית"), "בית");
        assert_eq!(stem(Lang::Ar, "والقتلى"), stem(Lang::Ar, "قتلى"));
    }

    #[test]
    fn synonyms_of_the_bundled_vocabulary_meet_across_forms_and_languages() {
        let rules = crate::RuleSet::bundled().unwrap();
        let v = &rules.vocabulary.measures;
        let group = |lang, w: &str| v.synonym(lang, &stem(lang, w)).cloned();
        let acquire = Some("~acquire".to_string());
        assert_eq!(group(Lang::En, "purchase"), acquire);
        assert_eq!(group(Lang::En, "deals"), acquire);
        assert_eq!(group(Lang::He, "העסקה"), acquire);
        assert_eq!(group(Lang::Ar, "صفقة"), acquire);
        assert_eq!(group(Lang::En, "strike"), group(Lang::He, "שביתה"));
        assert_eq!(group(Lang::En, "tunnel"), None);
    }

    #[test]
    fn broader_noun_classes_are_compatible() {
        let v: MeasureVocab = toml::from_str(
            r#"
            [[noun]]
            id = "person"
            words.en = ["people"]
            [[noun]]
            id = "worker"
            is_a = "person"
            words.en = ["workers"]
            [[noun]]
            id = "child"
            is_a = "person"
            words.en = ["children"]
            "#,
        )
        .unwrap();
        assert!(v.nouns_compatible("worker", "person"));
        assert!(v.nouns_compatible("person", "child"));
        assert!(!v.nouns_compatible("worker", "child"));
        assert!(v.nouns_compatible("aftershock", "aftershock"));
    }
}
