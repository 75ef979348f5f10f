//! Which documents tell the same story, so that figures of two different
//! events are never taken for one fact.
//!
//! A folder about one event needs none of this: all its reports share the
//! names and figures of that event. An archive of many events does: two
//! flood reports years apart both say "rescue teams worked for N hours", and
//! nothing in the two sentences tells them apart. What does is the rest of
//! the reports: the names they give (a town, a company) and the figures they
//! state (a date, a toll). Reports of one event share several of these;
//! reports of two events share only generic ones ("Monday", "October",
//! "2019"), which many documents of the corpus also have.
//!
//! So each document gets a set of features — capitalized names inside its
//! sentences (Latin script; Hebrew and Arabic have no capitals and rely on
//! figures, which cross scripts unchanged) and the figures of its claims —
//! and two documents are related when the features they share are rare
//! enough in the corpus: the sum of `1 / documents having it` over their
//! shared features reaches [`RELATED_WEIGHT`], or they share at least
//! [`MANY_SHARED`] features of any frequency. Only document pairs that
//! alignment meets as candidates are ever tested, so the cost follows the
//! candidates, not the square of the corpus.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use crate::claims::precision::comparable;
use crate::claims::Claim;
use crate::corpus::Document;
use crate::extract::Kind;

/// The least summed rarity of shared features for two documents to be one
/// story: two features found in no other document (1/2 + 1/2), or, in a
/// folder of five reports of one event, three features all five have.
pub const RELATED_WEIGHT: f64 = 0.5;

/// Documents sharing this many features are one story however common the
/// features are: the reports of one event in a large folder about it.
pub const MANY_SHARED: usize = 8;

/// Reports published this many days apart or fewer may tell one story
/// whatever they share: the reports of one event come out within days or
/// weeks of each other, while an archive spans years.
pub const STORY_DAYS: i64 = 30;

/// The least count worth a feature: small counts ("two teachers") are in
/// too many unrelated reports to tell stories apart.
const SMALL_COUNT: f64 = 12.0;

/// The documents of a corpus as feature sets, answering whether two tell
/// one story.
pub struct Stories {
    /// Document id → its index.
    index: HashMap<String, usize>,
    /// Per document, the ids of its features, sorted.
    features: Vec<Vec<u32>>,
    /// Per feature id, how many documents have it.
    frequency: Vec<u32>,
    /// Per document, its publication date, when known.
    published: Vec<Option<NaiveDate>>,
    /// Answers already computed, per document pair.
    memo: RefCell<HashMap<(usize, usize), bool>>,
}

impl Stories {
    /// The feature sets of the documents the claims come from, with the
    /// documents' publication dates (from `documents`, which may be empty).
    pub fn of(claims: &[Claim], documents: &[Document]) -> Stories {
        let dates: HashMap<&str, NaiveDate> = documents
            .iter()
            .filter_map(|d| Some((d.id.as_str(), d.meta.published?)))
            .collect();
        let mut ids: BTreeMap<String, u32> = BTreeMap::new();
        let mut per_doc: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
        for c in claims {
            let doc = per_doc.entry(c.doc.as_str()).or_default();
            for f in features(c) {
                let next = ids.len() as u32;
                doc.push(*ids.entry(f).or_insert(next));
            }
        }
        let mut index = HashMap::new();
        let mut features = Vec::new();
        let mut frequency = vec![0u32; ids.len()];
        let mut published = Vec::new();
        for (doc, mut fs) in per_doc {
            published.push(dates.get(doc).copied());
            fs.sort_unstable();
            fs.dedup();
            for &f in &fs {
                frequency[f as usize] += 1;
            }
            index.insert(doc.to_string(), features.len());
            features.push(fs);
        }
        Stories {
            index,
            features,
            frequency,
            published,
            memo: RefCell::new(HashMap::new()),
        }
    }

    /// Whether documents `a` and `b` tell the same story. A document with
    /// no features at all cannot be placed and is related to every other.
    pub fn related(&self, a: &str, b: &str) -> bool {
        let (Some(&x), Some(&y)) = (self.index.get(a), self.index.get(b)) else {
            return true;
        };
        let key = (x.min(y), x.max(y));
        if let Some(&known) = self.memo.borrow().get(&key) {
            return known;
        }
        let answer = self.compute(x, y);
        self.memo.borrow_mut().insert(key, answer);
        answer
    }

    fn compute(&self, x: usize, y: usize) -> bool {
        let close = match (self.published[x], self.published[y]) {
            (Some(p), Some(q)) => (p - q).num_days().abs() <= STORY_DAYS,
            _ => true,
        };
        let (fx, fy) = (&self.features[x], &self.features[y]);
        if close || fx.is_empty() || fy.is_empty() {
            return true;
        }
        let (mut i, mut k, mut shared, mut weight) = (0, 0, 0usize, 0.0f64);
        while i < fx.len() && k < fy.len() {
            match fx[i].cmp(&fy[k]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => k += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    weight += 1.0 / self.frequency[fx[i] as usize] as f64;
                    i += 1;
                    k += 1;
                }
            }
        }
        // Two short documents (a brief of one or two figures) can share
        // little; all they have in common must then be rare.
        let fewest = fx.len().min(fy.len());
        weight >= RELATED_WEIGHT || shared >= MANY_SHARED || (fewest <= 2 && shared == fewest)
    }
}

/// The features one claim gives its document: its figure, when it is one
/// that tells events apart, and the capitalized names of its sentence.
fn features(c: &Claim) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(f) = figure(c) {
        out.push(f);
    }
    out.extend(names(&c.sentence).map(|n| format!("name:{n}")));
    out.extend(c.subject.entities.iter().map(|e| format!("entity:{e}")));
    out
}

/// The figure as a feature: its axis and the interval its precision covers.
/// Weekdays (dated by the publication, not by the text) and small counts are
/// left out.
fn figure(c: &Claim) -> Option<String> {
    if c.kind == Kind::Ordinal || (c.kind == Kind::Date && !c.text.chars().any(char::is_numeric)) {
        return None;
    }
    let (axis, _, covered) = comparable(c, 0.0)?;
    let (min, max) = (covered.min?, covered.max?);
    if matches!(c.kind, Kind::Count | Kind::Number) && max <= SMALL_COUNT {
        return None;
    }
    Some(format!("{axis:?}:{min}:{max}"))
}

/// Capitalized words inside a sentence (never its first word, which every
/// sentence capitalizes), lower-cased.
fn names(sentence: &str) -> impl Iterator<Item = String> + '_ {
    sentence
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .skip(1)
        .filter(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(|ch| ch.is_uppercase())
                && w.chars().count() >= 3
                && chars.all(|ch| ch.is_lowercase())
        })
        .map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_skip_the_first_word_and_lower_case_words() {
        let got: Vec<String> =
            names("The floods struck Qarka on Monday, officials said.").collect();
        assert_eq!(got, vec!["qarka", "monday"]);
    }

    #[test]
    fn names_ignore_acronyms_and_short_words() {
        let got: Vec<String> = names("Officials of the UN met Al in Derna.").collect();
        assert_eq!(got, vec!["derna"]);
    }
}
