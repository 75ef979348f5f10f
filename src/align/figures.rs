//! Which figure of one report speaks of the same fact as which figure of
//! another, for figures of any event, frame or not.
//!
//! Every pair of figures from two documents that could be about one fact
//! gets an [`Affinity`]: evidence that they are (the same counted thing, the
//! same state counted, shared context words, the same frame key, a copy of
//! the same sentence) or a reason they cannot be (workers against children,
//! killed against injured, events weeks apart). Then each figure is aligned
//! with at most one figure of each other document, best evidence first, so
//! that "40 workers trapped" meets "41 workers trapped" and not "2 workers
//! injured" of the same report. Checks only judge aligned pairs.

use std::collections::{BTreeMap, BTreeSet};

use super::stories::Stories;
use super::{gap_days, FactKey, SentenceWords};
use crate::claims::measure::MeasureVocab;
use crate::claims::precision::{comparable, yearless_days};
use crate::claims::Claim;
use crate::corpus::Document;
use crate::extract::Kind;
use crate::value::{Axis, Qualifier};

/// Evidence that two figures speak of the same fact.
#[derive(Clone, Debug, PartialEq)]
pub struct Affinity {
    /// Summed weight of the evidence.
    pub score: f32,
    /// Whether the evidence is enough to call different values a
    /// contradiction, not only equal values an agreement.
    pub strong: bool,
    /// The evidence in words, for explanations.
    pub reasons: Vec<String>,
    /// Whether the figures are equal within their precision. An equal pair
    /// is aligned even when one of them already has its counterpart in the
    /// other report (a figure repeated in one report agrees with every
    /// mention of it in another); an unequal pair only as each other's one
    /// counterpart.
    pub equal: bool,
    /// Whether the two sentences are one sentence but for their figures.
    pub parallel: bool,
    /// Whether both fill one frame key that picks one figure in each report.
    pub unique_key: bool,
}

/// The least evidence for two figures to be aligned at all.
pub const ALIGN_SCORE: f32 = 3.0;
/// The least evidence for different values to contradict.
pub const STRONG_SCORE: f32 = 4.0;

/// How much an equal counterpart weighs when choosing between candidates.
const EQUAL_BONUS: f32 = 1.5;

/// How many times larger one figure may be than another and still be the
/// same figure misreported rather than another fact.
const MAGNITUDE: f64 = 5.0;

/// Past this many figures, a key pairs each figure only with its
/// [`NEIGHBOURS`] next ones.
const WIDE_POSTINGS: usize = 64;
/// How many following figures a figure of a wide key is paired with.
const NEIGHBOURS: usize = 16;

/// Most claims a context word may index before it is too common to pair by.
const MAX_POSTINGS: usize = 400;

/// One claim's facts that pairing needs, computed once.
struct Facets {
    axis: Option<String>,
    /// No other figure of its document has its axis and its counted thing
    /// (or state, when it counts nothing named).
    only_of_kind: bool,
    /// No other figure of its document fills its frame key.
    only_of_key: bool,
    /// The axis and the interval its precision covers, when comparable.
    covered: Option<(Axis, crate::value::Interval)>,
    /// The interval's ends (its one bound twice), for magnitudes.
    ends: Option<(f64, f64)>,
    ordinal: usize,
    words: SentenceWords,
    key: Option<FactKey>,
}

/// The aligned pairs of a corpus: claim indexes into the claim slice.
#[derive(Clone, Debug, Default)]
pub struct Alignment {
    pairs: BTreeMap<(usize, usize), Affinity>,
    /// For each claim, the claims it is aligned with, in index order.
    partners: Vec<Vec<usize>>,
    /// For each claim, the words of its sentence (for near-copy tests).
    words: Vec<SentenceWords>,
}

impl Alignment {
    /// The affinity of two aligned claims (in either order), if aligned.
    pub fn get(&self, a: usize, b: usize) -> Option<&Affinity> {
        self.pairs.get(&(a.min(b), a.max(b)))
    }

    /// Every aligned pair, lower index first, in index order.
    pub fn pairs(&self) -> impl Iterator<Item = (usize, usize, &Affinity)> {
        self.pairs.iter().map(|(&(a, b), f)| (a, b, f))
    }

    /// The claims aligned with claim `i`, in index order.
    pub fn partners(&self, i: usize) -> &[usize] {
        self.partners.get(i).map_or(&[], Vec::as_slice)
    }

    /// Whether the sentences of claims `i` and `k` are near-identical: one
    /// story syndicated twice is one source.
    pub fn copies(&self, i: usize, k: usize) -> bool {
        match (self.words.get(i), self.words.get(k)) {
            (Some(a), Some(b)) => a.near_identical(b),
            _ => false,
        }
    }
}

/// Aligns the figures of a corpus (see the module doc).
pub fn align(claims: &[Claim], documents: &[Document], vocab: &MeasureVocab) -> Alignment {
    let facets = facets(claims);
    let stories = Stories::of(claims, documents);
    let mut candidates: Vec<(f32, usize, usize, Affinity)> =
        candidate_pairs(claims, &facets, &stories)
            .into_iter()
            .filter_map(|(i, k)| {
                let f = affinity(&claims[i], &claims[k], &facets[i], &facets[k], vocab)?;
                (f.score >= ALIGN_SCORE).then_some((rank(&claims[i], &claims[k], &f), i, k, f))
            })
            .collect();
    // Best evidence first; equal evidence in corpus order, so the result
    // does not depend on anything but the claims.
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let mut taken: BTreeSet<(usize, &str)> = BTreeSet::new();
    let mut pairs = BTreeMap::new();
    let mut equal_rest = Vec::new();
    for (_, i, k, f) in candidates {
        let (a, b) = (&claims[i], &claims[k]);
        if taken.contains(&(i, b.doc.as_str())) || taken.contains(&(k, a.doc.as_str())) {
            if f.equal && f.score >= ALIGN_SCORE + 0.5 {
                equal_rest.push((i, k, f));
            }
            continue;
        }
        taken.insert((i, b.doc.as_str()));
        taken.insert((k, a.doc.as_str()));
        pairs.insert((i, k), f);
    }
    pairs.extend(equal_rest.into_iter().map(|(i, k, f)| ((i, k), f)));
    // A figure a report repeats ("41 workers" in the headline and the text)
    // is one statement: its repeats meet the counterpart too.
    let siblings = siblings(claims, &facets, vocab);
    // A repeat whose own sentence is copied in the other report meets its
    // copy there, not the counterpart of another mention.
    let copied: BTreeSet<(usize, &str)> = pairs
        .iter()
        .filter(|(_, f)| f.parallel)
        .flat_map(|(&(i, k), _)| [(i, claims[k].doc.as_str()), (k, claims[i].doc.as_str())])
        .collect();
    let mut derived: Vec<((usize, usize), Affinity)> = Vec::new();
    for (&(i, k), f) in &pairs {
        let xs: Vec<usize> = siblings[i].iter().copied().chain([i]).collect();
        let ys: Vec<usize> = siblings[k].iter().copied().chain([k]).collect();
        for &x in &xs {
            for &y in &ys {
                let own = copied.contains(&(x, claims[y].doc.as_str()))
                    || copied.contains(&(y, claims[x].doc.as_str()));
                if (x, y) != (i, k) && !own {
                    derived.push(((x.min(y), x.max(y)), f.clone()));
                }
            }
        }
    }
    for (key, f) in derived {
        pairs.entry(key).or_insert(f);
    }
    let mut partners = vec![Vec::new(); claims.len()];
    for &(i, k) in pairs.keys() {
        partners[i].push(k);
        partners[k].push(i);
    }
    partners.iter_mut().for_each(|p| p.sort_unstable());
    let words = facets.into_iter().map(|f| f.words).collect();
    Alignment {
        pairs,
        partners,
        words,
    }
}

/// The order in which aligned candidates claim their partners: their score,
/// and where a report gives a figure and a bound on it ("passes 5,000" in
/// the headline, "5,100" in the text) the stated figure first. Only an
/// order: whether a pair aligns at all is its score alone.
fn rank(a: &Claim, b: &Claim, f: &Affinity) -> f32 {
    let bound = |c: &Claim| matches!(c.qualifier, Qualifier::AtLeast | Qualifier::AtMost);
    f.score + if bound(a) || bound(b) { 0.0 } else { 0.25 }
}

/// The figure a claim states, as a key: "at least 36 workers", "about 36
/// workers" and "36 workers" in one report state one figure, 36, so a
/// counterpart found for one of them meets the others too.
fn stated_figure(c: &Claim) -> String {
    match &c.value {
        crate::value::Value::Scalar { point: Some(x), .. } => format!("{x}"),
        crate::value::Value::Scalar { interval, .. } => {
            match (c.qualifier, interval.min, interval.max) {
                (Qualifier::AtLeast, Some(x), None) | (Qualifier::AtMost, None, Some(x)) => {
                    format!("{x}")
                }
                _ => format!("{interval:?}"),
            }
        }
        other => format!("{:?}", other.interval()),
    }
}

/// For each claim, the other claims of its document that repeat it: the
/// same figure on the same axis, counting the same thing in the same state.
fn siblings(claims: &[Claim], facets: &[Facets], vocab: &MeasureVocab) -> Vec<Vec<usize>> {
    let mut by_value: BTreeMap<(&str, String, String), Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if facets[i].axis.is_none() || c.qualifier == crate::value::Qualifier::Vague {
            continue;
        }
        let value = stated_figure(c);
        by_value
            .entry((c.doc.as_str(), format!("{:?}", c.value.axis()), value))
            .or_default()
            .push(i);
    }
    let mut out = vec![Vec::new(); claims.len()];
    for group in by_value.values() {
        for &i in group {
            for &k in group {
                let (mi, mk) = (&claims[i].subject.measure, &claims[k].subject.measure);
                let same = match mi.same_what(mk, vocab) {
                    Some(true) => {
                        mi.predicate.is_none()
                            || mk.predicate.is_none()
                            || mi.predicate == mk.predicate
                    }
                    Some(false) => false,
                    None => mi.predicate.is_some() && mi.predicate == mk.predicate,
                };
                if i != k && same {
                    out[i].push(k);
                }
            }
        }
    }
    out
}

/// The evidence for every candidate pair of a corpus, aligned or not, in
/// pair order: what `align` chose from, for tools that explain an alignment
/// (`examples/alignment.rs`).
pub fn candidates(
    claims: &[Claim],
    documents: &[Document],
    vocab: &MeasureVocab,
) -> Vec<(usize, usize, Option<Affinity>)> {
    let facets = facets(claims);
    candidate_pairs(claims, &facets, &Stories::of(claims, documents))
        .into_iter()
        .map(|(i, k)| {
            (
                i,
                k,
                affinity(&claims[i], &claims[k], &facets[i], &facets[k], vocab),
            )
        })
        .collect()
}

/// Each claim's alignment axis ([`axis_class`]). A claim that restates an
/// earlier one of its document on the same axis (a repeated paragraph, "70
/// km (43 miles)") is that claim again and has none; one that gives it in
/// another currency ("$69bn (£59bn)") is a figure of its own.
fn axes(claims: &[Claim]) -> Vec<Option<String>> {
    claims
        .iter()
        .zip(super::restatements(claims))
        .map(|(c, restates_itself)| axis_class(c, restates_itself))
        .collect()
}

fn facets(claims: &[Claim]) -> Vec<Facets> {
    let axes = axes(claims);
    let mut ordinal_in: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut facets: Vec<Facets> = claims
        .iter()
        .zip(axes)
        .map(|(c, axis)| {
            let n = ordinal_in.entry((&c.doc, &c.sentence)).or_default();
            *n += 1;
            Facets {
                axis,
                only_of_kind: false,
                only_of_key: false,
                covered: comparable(c, 0.0).map(|(axis, _, rounded)| (axis, rounded)),
                ends: ends(c),
                ordinal: *n,
                words: SentenceWords::of(&c.sentence),
                key: FactKey::of(c),
            }
        })
        .collect();
    let kinds: Vec<Option<(&str, String, String)>> = claims
        .iter()
        .zip(&facets)
        .map(|(c, f)| {
            let m = &c.subject.measure;
            let what = m.what.as_ref().or(m.predicate.as_ref())?;
            Some((c.doc.as_str(), f.axis.clone()?, what.clone()))
        })
        .collect();
    let mut counts: BTreeMap<&(&str, String, String), usize> = BTreeMap::new();
    for k in kinds.iter().flatten() {
        *counts.entry(k).or_default() += 1;
    }
    for (f, k) in facets.iter_mut().zip(&kinds) {
        f.only_of_kind = k.as_ref().is_some_and(|k| counts[k] == 1);
    }
    // Repeats of one value ("two-day" in a headline and in the text) are
    // one figure of the key.
    let mut keys: BTreeMap<(&str, String), BTreeSet<String>> = BTreeMap::new();
    for (c, f) in claims.iter().zip(&facets) {
        if let Some(k) = &f.key {
            keys.entry((c.doc.as_str(), k.describe()))
                .or_default()
                .insert(c.display.clone());
        }
    }
    for (c, f) in claims.iter().zip(facets.iter_mut()) {
        f.only_of_key = f
            .key
            .as_ref()
            .is_some_and(|k| keys[&(c.doc.as_str(), k.describe())].len() == 1);
    }
    facets
}

/// The axis figures are compared on, as a string; `None` for claims that
/// are never aligned (ordinals, repeats).
fn axis_class(c: &Claim, restates_itself: bool) -> Option<String> {
    if restates_itself || c.kind == Kind::Ordinal || is_reference(c) {
        return None;
    }
    if c.value.interval().is_none() {
        // A yearless day meets only other yearless days.
        return yearless_days(&c.value).map(|_| "date:yearless".to_string());
    }
    Some(match c.value.axis() {
        Axis::Unit(u) if u == "ton" => "unit:kg".to_string(),
        Axis::Unit(u) => format!("unit:{u}"),
        Axis::Money(m) => format!("money:{m}"),
        Axis::Seconds => "s".into(),
        Axis::Date => "date".into(),
        Axis::Percent => "%".into(),
        Axis::Count => "count".into(),
    })
}

/// Pairs from different documents on one axis that share at least one
/// thing worth pairing by (a context word, a class, an entity, a frame key),
/// from documents that tell one story.
fn candidate_pairs(
    claims: &[Claim],
    facets: &[Facets],
    stories: &Stories,
) -> BTreeSet<(usize, usize)> {
    let mut index: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        let Some(axis) = &facets[i].axis else {
            continue;
        };
        let m = &c.subject.measure;
        let mut keys: Vec<String> = m.context.iter().map(|w| format!("w:{w}")).collect();
        keys.extend(m.what.iter().map(|w| format!("what:{w}")));
        keys.extend(m.predicate.iter().map(|p| format!("pred:{p}")));
        keys.extend(c.subject.entities.iter().map(|e| format!("ent:{e}")));
        keys.extend(
            facets[i]
                .key
                .iter()
                .map(|k| format!("key:{}", k.describe())),
        );
        // Keys whose places overlap or are missing on one side also meet
        // (see `keys_overlap`): pair them by frame and attribute alone.
        keys.extend(
            facets[i]
                .key
                .iter()
                .map(|k| format!("attr:{}.{}", k.frame, k.attribute)),
        );
        // A copy of the sentence with one figure changed shares its words.
        keys.push(format!("sent:{}", facets[i].words.fingerprint()));
        for k in keys {
            index.entry((axis.clone(), k)).or_default().push(i);
        }
    }
    let mut out = BTreeSet::new();
    for ((_, key), posting) in &index {
        let common = key.starts_with("w:") || key.starts_with("ent:") || key.starts_with("attr:");
        if common && posting.len() > MAX_POSTINGS {
            continue;
        }
        // A key shared by very many figures (a syndicated sentence, the
        // class `person` in a large corpus) pairs each figure with the next
        // few that have it, in corpus order, so pairing stays linear.
        let reach = if posting.len() > WIDE_POSTINGS {
            NEIGHBOURS
        } else {
            posting.len()
        };
        for (n, &i) in posting.iter().enumerate() {
            for &k in posting[n + 1..].iter().take(reach) {
                if claims[i].doc != claims[k].doc {
                    out.insert((i, k));
                }
            }
        }
    }
    // Each distinct pair once: two figures of two stories are no fact.
    out.retain(|&(i, k)| stories.related(&claims[i].doc, &claims[k].doc));
    out
}

/// The evidence that two figures are one fact; `None` when something rules
/// it out.
fn affinity(
    a: &Claim,
    b: &Claim,
    fa: &Facets,
    fb: &Facets,
    vocab: &MeasureVocab,
) -> Option<Affinity> {
    let (ma, mb) = (&a.subject.measure, &b.subject.measure);
    let mut score = 0.0f32;
    let mut strong = false;
    let mut veto = false;
    let mut reasons = Vec::new();
    // The same sentence with only this figure changed, or nearly the same.
    let same_but_figure =
        a.sentence.replacen(&a.text, "\u{0}", 1) == b.sentence.replacen(&b.text, "\u{0}", 1);
    let parallel = fa.ordinal == fb.ordinal
        && a.kind == b.kind
        && (same_but_figure || fa.words.near_identical(&fb.words));
    if parallel {
        // A copied sentence is the strongest evidence there is.
        score += 10.0;
        strong = true;
        reasons.push("the two sentences are the same but for their figures".to_string());
    }
    match (&fa.key, &fb.key) {
        (Some(x), Some(y)) if x == y => {
            // A frame of the rules knows this kind of fact: strong evidence,
            // unless a report gives several figures of the key (percentages
            // of one deal) and nothing else tells which is which.
            score += 5.0;
            strong |= fa.only_of_key && fb.only_of_key;
            reasons.push(format!("both fill {}", x.describe()));
        }
        // Places taken from one sentence and not the other are weak
        // evidence, never a reason to keep two figures apart.
        (Some(x), Some(y)) if keys_overlap(x, y) => {
            score += 4.0;
            reasons.push(format!("both fill {}.{}", x.frame, x.attribute));
        }
        _ => {}
    }
    match ma.same_what(mb, vocab) {
        Some(false) if !parallel => return None,
        Some(true) => {
            score += 2.0;
            let what = ma.what.as_deref().unwrap_or("");
            // Two ages are of one person only if more than that says so.
            // One noun class, or one noun in one language ("submersibles").
            if ma.what == mb.what && what != crate::extract::AGE_NOUN {
                score += 0.5;
                strong = true;
            }
            reasons.push(format!("both count {what}"));
        }
        _ => {}
    }
    let same_key = fa.key.is_some() && fa.key == fb.key;
    match (&ma.predicate, &mb.predicate) {
        (Some(x), Some(y)) if x == y => {
            score += 2.0;
            strong = true;
            reasons.push(format!("both are about what was {x}"));
        }
        // The frame may know better than the nearest verb, but two states
        // are too much doubt for a contradiction.
        (Some(_), Some(_)) if same_key => {
            score -= 1.0;
            veto = true;
        }
        (Some(_), Some(_)) if !parallel => return None,
        _ => {}
    }
    match (&ma.rate, &mb.rate) {
        // Two figures per one period ("$50 million a day", "$100 million
        // a day") are rarely more than one fact of a story.
        (Some(x), Some(y)) if x == y => {
            score += 2.5;
            strong = true;
            reasons.push(format!("both are per {x}"));
        }
        (Some(_), Some(_)) if !parallel => return None,
        // A rate and a total are different facts, unless more says so.
        (Some(_), None) | (None, Some(_)) if !parallel => score -= 2.0,
        _ => {}
    }
    {
        // Words meet within one language; synonym groups in any.
        let same_lang = ma.lang == mb.lang;
        let shared: Vec<&String> = ma
            .context
            .iter()
            .filter(|w| same_lang || w.starts_with(crate::claims::measure::SYNONYM_MARK))
            .filter(|w| mb.context.contains(w))
            .collect();
        let fewest = ma.context.len().min(mb.context.len()).max(1);
        let ratio = shared.len() as f32 / fewest as f32;
        score += 0.75 * shared.len().min(4) as f32 + 1.5 * ratio;
        if shared.len() >= 3 {
            strong = true;
        }
        if !shared.is_empty() {
            // A synonym group reads as "words for <group>", not as its key.
            let words: Vec<String> = shared
                .iter()
                .take(5)
                .map(
                    |w| match w.strip_prefix(crate::claims::measure::SYNONYM_MARK) {
                        Some(group) => format!("words for \"{group}\""),
                        None => match ma.lang {
                            Some(lang) => crate::claims::measure::surface_of(lang, &a.sentence, w),
                            None => w.to_string(),
                        },
                    },
                )
                .collect();
            reasons.push(format!("shared words: {}", words.join(", ")));
        }
    }
    let entities: Vec<&String> = a
        .subject
        .entities
        .iter()
        .filter(|e| b.subject.entities.contains(e))
        .collect();
    score += 0.5 * entities.len().min(2) as f32;
    if !entities.is_empty() {
        let names: Vec<&str> = entities.iter().map(|e| e.as_str()).collect();
        reasons.push(format!("both name {}", names.join(", ")));
    }
    // A bare number needs more than words around it to be a figure of a fact.
    let bare = |c: &Claim| c.kind == Kind::Number && c.subject.measure.what.is_none();
    if (bare(a) || bare(b)) && !parallel && fa.key.is_none() {
        strong = false;
        score -= 1.0;
    }
    if a.value.axis() != Axis::Date && events_apart(a, b) && !parallel {
        return None;
    }
    let equal = fa
        .covered
        .clone()
        .zip(fb.covered.clone())
        .is_some_and(|((xa, x), (ya, y))| xa == ya && x.overlaps(&y))
        && informative(a)
        && informative(b)
        && !magnitudes_apart(a, fa, fb);
    if equal {
        // Equal figures are likelier one fact; this also prefers the equal
        // counterpart when a report gives two candidates. Most of all for
        // dates: two reports dating a visit to 1997 speak of one visit, one
        // saying 1997 and one 2016 most likely of two.
        score += if a.value.axis() == Axis::Date {
            2.0
        } else {
            EQUAL_BONUS
        };
    }
    if !equal && !parallel && magnitudes_apart(a, fa, fb) {
        // "4.5 km" and "60 metres" in two reports are likelier two facts
        // than one misreported by a factor of 75.
        score -= 2.0;
        strong = false;
    }
    if fa.only_of_kind && fb.only_of_kind {
        // The only figure of its kind in each report ("after 20 months",
        // "twenty-one months after"): likely the same one.
        score += 1.0;
        reasons.push("the only such figure in each report".to_string());
    }
    strong &= score >= STRONG_SCORE && !veto;
    Some(Affinity {
        score,
        strong,
        reasons,
        equal,
        parallel,
        unique_key: same_key && fa.only_of_key && fb.only_of_key,
    })
}

/// One frame and attribute, agents that do not differ, and places that
/// overlap or are missing on one side.
fn keys_overlap(x: &FactKey, y: &FactKey) -> bool {
    let (px, py) = (&x.participants, &y.participants);
    x.frame == y.frame
        && x.attribute == y.attribute
        && (px.agent.is_none() || py.agent.is_none() || px.agent == py.agent)
        && (px.places.is_empty()
            || py.places.is_empty()
            || px.places.iter().any(|p| py.places.contains(p)))
}

/// A small count that refers back to things already named rather than
/// stating a figure: "the two countries", "both leaders", "ושתי המדינות".
fn is_reference(c: &Claim) -> bool {
    if !matches!(c.kind, Kind::Count) || !c.value.interval().is_some_and(|i| i.max <= Some(3.0)) {
        return false;
    }
    let before = c
        .sentence
        .find(&c.text)
        .map(|i| c.sentence[..i].trim_end().to_lowercase())
        .unwrap_or_default();
    let last = before
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("");
    if matches!(last, "the" | "both" | "these" | "those" | "all") {
        return true;
    }
    // Hebrew: a number in the construct state before a definite noun.
    let mut words = c.text.split_whitespace();
    let number = words.next().unwrap_or("");
    let noun = words.next().unwrap_or("");
    let construct = ["שתי", "שני", "שלושת", "שלוש"]
        .iter()
        .any(|w| number.trim_start_matches(['ו', 'ה', 'ב', 'ל', 'מ', 'ש']) == *w || number == *w);
    construct && noun.starts_with('ה')
}

/// Whether a figure says enough for its agreeing with another to mean
/// anything: "thousands" and "tens of thousands" agree with too much.
fn informative(c: &Claim) -> bool {
    c.qualifier != crate::value::Qualifier::Vague
}

/// The ends of the interval a figure's precision covers (its one bound
/// twice), for comparing magnitudes.
fn ends(c: &Claim) -> Option<(f64, f64)> {
    let i = comparable(c, 0.0)?.1;
    match (i.min, i.max) {
        (Some(x), Some(y)) => Some((x, y)),
        (Some(x), None) | (None, Some(x)) => Some((x, x)),
        _ => None,
    }
}

/// Whether two figures differ by more than a factor of [`MAGNITUDE`], and
/// not by a scale word alone: "$68.7" against "$68.7 billion", or "60 m"
/// against "60 km", is one figure with its scale dropped or garbled, the
/// commonest misreport there is.
fn magnitudes_apart(a: &Claim, fa: &Facets, fb: &Facets) -> bool {
    if a.value.axis() == Axis::Date {
        return false;
    }
    // The nearest ends: "tens of thousands" is within reach of 10,000.
    match (fa.ends, fb.ends) {
        (Some((alo, ahi)), Some((blo, bhi))) if alo > 0.0 && blo > 0.0 => {
            let ratio = (blo / ahi).max(alo / bhi).max(1.0);
            ratio > MAGNITUDE && !scale_apart(ratio)
        }
        _ => false,
    }
}

/// Whether a ratio of two figures is within a tenth of a power of a
/// thousand (thousand, million, billion, trillion): about the same digits
/// under another scale ("$69 billion" against "$68.7").
fn scale_apart(ratio: f64) -> bool {
    [1e3, 1e6, 1e9, 1e12]
        .iter()
        .any(|scale| (ratio / scale - 1.0).abs() <= 0.1)
}

/// Whether the sentences date the two figures more than a week apart.
fn events_apart(a: &Claim, b: &Claim) -> bool {
    let dated = |c: &Claim| matches!(c.subject.when_source, Some("claim" | "sentence"));
    if !(dated(a) && dated(b)) {
        return false;
    }
    match (&a.subject.when, &b.subject.when) {
        (Some(x), Some(y)) => gap_days(x, y).is_some_and(|g| g > 7),
        _ => false,
    }
}
