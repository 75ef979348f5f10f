//! Turning one document's mentions into claims.
//!
//! For each mention: find its sentence, the frame triggered nearest to it,
//! the attribute it fills, the entities around it (the agent nearest to it,
//! the places right after it for destination frames), the event time, any
//! attribution, and whether the same sentence already occurred earlier in the
//! document (a repeated paragraph is one source, not two).

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::vocab::{
    tokenize, AttributeDef, EntityType, FrameDef, Hit, PlaceScope, Target, Token, Vocabulary,
};
use super::{display_value, Claim, Span, Subject};
use crate::corpus::{Document, Lang};
use crate::extract::{self, Kind, Mention};
use crate::text::{normalize, sentence_bounds, LineIndex, NormalizedText};
use crate::value::{DateParts, DateValue, Value};

/// Extracts and attaches every claim of one document.
pub fn attach(doc: &Document, vocab: &Vocabulary) -> Vec<Claim> {
    let norm = normalize(&doc.text);
    let published = doc.meta.published;
    let mentions = extract::extract_with(&norm.text, doc.lang, published, &vocab.languages);
    let sentences = sentence_bounds(&norm.text);
    let lines = LineIndex::new(&doc.text);
    let hits: Vec<Vec<Hit>> = sentences
        .iter()
        .map(|&(s, e)| {
            let text = &norm.text[s..e];
            let mut hs = vocab.matcher().find(doc.lang, text);
            // "US$", "A$", "HK$": a currency sign, not a party to the fact.
            hs.retain(|h| {
                !(matches!(h.target, Target::Entity(..)) && text[h.end..].starts_with('$'))
            });
            hs.iter_mut().for_each(|h| {
                h.start += s;
                h.end += s;
            });
            hs
        })
        .collect();
    let countries = document_countries(vocab, &hits);
    let ctx = DocContext {
        doc,
        vocab,
        norm: &norm,
        mentions: &mentions,
        published,
        year_reference: published.or_else(|| latest_full_date(&mentions)),
        countries,
    };

    let mut claims: Vec<Claim> = Vec::new();
    // Sentence text (normalized, trimmed) → ids of its claims, for repeats.
    let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (si, &(s, e)) in sentences.iter().enumerate() {
        // A bare weekday ("on Thursday") is a claim about a day once the
        // publication date says which day it is; otherwise it only dates
        // its sentence.
        let dated: Vec<Mention> = ctx
            .in_sentence((s, e))
            .iter()
            .filter_map(|m| match m.kind {
                Kind::Weekday => published.and_then(|p| weekday_claim(m, p, ctx.ahead((s, e)))),
                _ => Some(m.clone()),
            })
            .collect();
        let in_sentence: Vec<&Mention> = dated.iter().collect();
        if in_sentence.is_empty() {
            continue;
        }
        let key = norm.text[s..e]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let earlier = seen.get(&key).cloned();
        let mut ids = Vec::new();
        let tokens = tokenize(&norm.text[s..e]);
        for (k, m) in in_sentence.iter().enumerate() {
            let mut claim = ctx.claim(claims.len() + 1, m, (s, e), (&hits[si], &tokens), &lines);
            claim.repeat_of = earlier.as_ref().and_then(|ids| ids.get(k).cloned());
            if claim.repeat_of.is_none() && k > 0 {
                // "70 km (43 miles)": the conversion restates the same figure.
                let prev = &in_sentence[k - 1];
                let between = norm.text.get(prev.end..m.start).unwrap_or("");
                let restates =
                    matches!(m.kind, Kind::Quantity | Kind::Money) && prev.kind == m.kind;
                if restates && between.trim() == "(" {
                    claim.repeat_of = claims.last().map(|c: &Claim| c.id.clone());
                }
            }
            ids.push(claim.id.clone());
            claims.push(claim);
        }
        seen.entry(key).or_insert(ids);
    }
    claims
}

/// Per-document facts every claim of the document needs.
struct DocContext<'a> {
    doc: &'a Document,
    vocab: &'a Vocabulary,
    norm: &'a NormalizedText,
    mentions: &'a [Mention],
    published: Option<NaiveDate>,
    /// The date a yearless date ("September 13") is placed near: the
    /// publication date, else the latest full date the text itself gives.
    year_reference: Option<NaiveDate>,
    /// Countries named in the document, most named first.
    countries: Vec<String>,
}

impl DocContext<'_> {
    /// The mentions starting inside a sentence (mentions are sorted by start).
    fn in_sentence(&self, (s, e): (usize, usize)) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.start < s);
        let to = self.mentions.partition_point(|m| m.start < e);
        &self.mentions[from..to]
    }

    fn claim(
        &self,
        n: usize,
        m: &Mention,
        sentence: (usize, usize),
        (hits, tokens): (&[Hit], &[Token]),
        lines: &LineIndex,
    ) -> Claim {
        let (start, end) = self.norm.original_range(m.start, m.end);
        let (line, column) = lines.position(&self.doc.text, start);
        let (ss, se) = self.norm.original_range(sentence.0, sentence.1);
        let resolved;
        let m = match self
            .year_reference
            .and_then(|p| with_year_near(&m.value, p))
        {
            Some(value) => {
                resolved = Mention { value, ..m.clone() };
                &resolved
            }
            None => m,
        };
        let subject = self.subject(m, sentence, hits, tokens);
        let attribution = hits.iter().find_map(|h| match h.target {
            Target::Attribution(_) => Some(self.original(h.start, h.end)),
            _ => None,
        });
        let weekday = self.sentence_weekday(sentence);
        Claim {
            id: format!("{}#{n}", self.doc.id),
            doc: self.doc.id.clone(),
            span: Span {
                start,
                end,
                line,
                column,
            },
            text: self.doc.text[start..end].to_string(),
            sentence: self.doc.text[ss..se].to_string(),
            kind: m.kind,
            value: m.value.clone(),
            qualifier: m.qualifier,
            display: display_value(&m.value, m.qualifier),
            subject,
            hedge: m.hedge.clone(),
            attribution,
            noun: m.noun.clone(),
            repeat_of: None,
            sentence_weekday: weekday,
        }
    }

    /// Original text of a normalized range.
    fn original(&self, start: usize, end: usize) -> String {
        let (s, e) = self.norm.original_range(start, end);
        self.doc.text[s..e].to_string()
    }

    fn subject(
        &self,
        m: &Mention,
        sentence: (usize, usize),
        hits: &[Hit],
        tokens: &[Token],
    ) -> Subject {
        let mut entities: Vec<String> = hits
            .iter()
            .filter_map(|h| match h.target {
                Target::Entity(i, _) => Some(self.vocab.entities[i].name.clone()),
                _ => None,
            })
            .collect();
        entities.sort();
        entities.dedup();
        let (when, when_source) = self.when(m, sentence);
        let place = super::measure::FigurePlace {
            sentence: &self.norm.text[sentence.0..sentence.1],
            tokens,
            offset: sentence.0,
            start: m.start,
            end: m.end,
            noun: m.noun.as_deref(),
            kind: m.kind,
            lang: self.doc.lang,
        };
        let measure = super::measure::measure_of(&self.vocab.measures, &place, hits);
        let mut subject = Subject {
            frame: None,
            attribute: None,
            entities,
            when,
            when_source,
            participants: None,
            measure,
        };
        let Some((fi, ai, anchor_end)) = self.frame_for(m, hits) else {
            return subject;
        };
        let frame = &self.vocab.frames[fi];
        subject.frame = Some(frame.id.clone());
        subject.attribute = Some(frame.attributes[ai].id.clone());
        let agent = if frame.agent {
            self.agent(m, hits)
                .or_else(|| self.unknown_agent(m, sentence, hits))
        } else {
            None
        };
        let places = self.places(frame, m, anchor_end, hits);
        subject.participants = Some(super::Participants { agent, places });
        subject
    }

    /// The frame and attribute a mention fills, and the end of the trigger
    /// that chose it (for destination scanning).
    fn frame_for(&self, m: &Mention, hits: &[Hit]) -> Option<(usize, usize, usize)> {
        // A counted noun names its attribute directly ("three visits").
        if let Some(noun) = &m.noun {
            for h in hits {
                if let Target::Noun(fi, ai) = h.target {
                    if h.start >= m.start && h.start <= m.end + 1 + noun.len() {
                        return Some((fi, ai, h.end));
                    }
                }
            }
        }
        let mut best: Option<(usize, usize, usize, usize)> = None; // (distance, fi, ai, end)
        for h in hits {
            let fi = match h.target {
                // Only a trigger evokes a frame; cue words only pick its attribute.
                Target::Trigger(fi) => fi,
                _ => continue,
            };
            let Some(ai) = self.attribute_for(&self.vocab.frames[fi], m, hits) else {
                continue;
            };
            let d = self.cost(h.start, h.end, m.start, m.end);
            if best.is_none_or(|b| d < b.0) {
                best = Some((d, fi, ai, h.end));
            }
        }
        best.map(|(_, fi, ai, end)| (fi, ai, end))
    }

    /// How far a trigger is from a value: bytes between them, plus a
    /// penalty per clause boundary (`,` `;` `:` or a dash) crossed, so a
    /// trigger in the value's own clause wins over a closer one beyond a comma.
    fn cost(&self, a_start: usize, a_end: usize, b_start: usize, b_end: usize) -> usize {
        distance(a_start, a_end, b_start, b_end)
            + 40 * self.clauses_between(a_start, a_end, b_start, b_end)
    }

    /// Where the clause containing byte `from` ends: the next `,` `;` `:` `.`
    /// or the end of the text.
    fn clause_end(&self, from: usize) -> usize {
        let rest = self.norm.text.get(from..).unwrap_or("");
        from + rest.find([',', ';', ':', '.']).unwrap_or(rest.len())
    }

    /// Clause boundaries (`,` `;` `:` or a spaced dash) between two ranges.
    fn clauses_between(&self, a_start: usize, a_end: usize, b_start: usize, b_end: usize) -> usize {
        let (from, to) = if a_end <= b_start {
            (a_end, b_start)
        } else {
            (b_end.min(a_start), a_start)
        };
        let between = self.norm.text.get(from..to).unwrap_or("");
        between.matches([',', ';', ':']).count() + between.matches(" - ").count()
    }

    /// The attribute of `frame` that `m` fills: one accepting its kind whose
    /// cues (if any) stand in the sentence, the nearest cue winning.
    fn attribute_for(&self, frame: &FrameDef, m: &Mention, hits: &[Hit]) -> Option<usize> {
        let fi = self.vocab.frames.iter().position(|f| f.id == frame.id)?;
        let mut plain = None;
        let mut cued: Option<(usize, usize)> = None;
        for (ai, a) in frame.attributes.iter().enumerate() {
            // Attributes with counted nouns are filled only through them
            // ("three visits"), never by a count of something else.
            if !a.kinds.contains(&m.kind)
                || !a.nouns.is_empty()
                || !fits_count(a, m)
                || !plausible(a, m)
            {
                continue;
            }
            if a.cues.is_empty() {
                plain.get_or_insert(ai);
                continue;
            }
            for h in hits {
                if h.target == Target::Cue(fi, ai) {
                    let d = self.cost(h.start, h.end, m.start, m.end);
                    if cued.is_none_or(|c| d < c.0) {
                        cued = Some((d, ai));
                    }
                }
            }
        }
        cued.map(|c| c.1).or(plain)
    }

    /// The person nearest the mention.
    ///
    /// A person in the value's own clause is preferred; then one named
    /// before the value, as the subject usually is ("Netanyahu, the prime
    /// minister, had a 7-hour stay in Baku to meet Aliyev"); then the nearest
    /// one after it ("a two-day visit of Defence Minister Benny Gantz").
    ///
    /// Known people come first, then known organizations ("Rafael's revenue").
    fn agent(&self, m: &Mention, hits: &[Hit]) -> Option<String> {
        [EntityType::Person, EntityType::Org]
            .into_iter()
            .find_map(|kind| {
                hits.iter()
                    .filter_map(|h| match h.target {
                        Target::Entity(i, false) if self.vocab.entities[i].kind == kind => {
                            let after = h.start >= m.end;
                            let clauses = self.clauses_between(h.start, h.end, m.start, m.end);
                            Some((clauses, after, distance(h.start, h.end, m.start, m.end), i))
                        }
                        _ => None,
                    })
                    .min()
                    .map(|(_, _, _, i)| self.vocab.entities[i].name.clone())
            })
    }

    /// When no known person or organization is in the sentence: the nearest run of
    /// capitalized words that is not a known entity nor listed in
    /// `not_names` ("Mayor John Smith spent three hours in ..."), by its last
    /// word, so "John Smith" and "Smith" are one agent. Only for scripts that
    /// capitalize names.
    fn unknown_agent(&self, m: &Mention, sentence: (usize, usize), hits: &[Hit]) -> Option<String> {
        if self.doc.lang != Lang::En {
            return None;
        }
        // Known entities are not unknown names, and neither are the words of
        // the vocabulary ("Inflation eased ..." starts a sentence capitalized).
        let covered = |pos: usize| hits.iter().any(|h| h.start <= pos && pos < h.end);
        let text = &self.norm.text[sentence.0..sentence.1];
        let mut runs: Vec<(usize, usize, String)> = Vec::new();
        let mut last_end: Option<usize> = None;
        for t in tokenize(text) {
            let (start, end) = (sentence.0 + t.start, sentence.0 + t.end);
            let word = t.text.trim_end_matches("'s");
            let is_name = word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().all(char::is_alphabetic)
                && word.chars().count() > 1
                && !self.vocab.is_not_name(Lang::En, word)
                && !covered(start);
            if !is_name {
                last_end = None;
                continue;
            }
            let joins = last_end.is_some_and(|e| self.norm.text[e..start].trim().is_empty());
            match runs.last_mut() {
                Some(run) if joins => {
                    run.1 = end;
                    run.2 = word.to_string();
                }
                _ => runs.push((start, end, word.to_string())),
            }
            last_end = Some(end);
        }
        runs.into_iter()
            .map(|(s, e, last)| {
                let clauses = self.clauses_between(s, e, m.start, m.end);
                (clauses, s >= m.end, distance(s, e, m.start, m.end), last)
            })
            .min()
            .map(|(_, _, _, last)| last)
    }

    /// The countries the claim is about, outermost places, sorted.
    fn places(
        &self,
        frame: &FrameDef,
        m: &Mention,
        anchor_end: usize,
        hits: &[Hit],
    ) -> Vec<String> {
        // Places named inside an attribution ("according to the US Geological
        // Survey") say who reports, not where the fact happened.
        let attributed: Vec<(usize, usize)> = hits
            .iter()
            .filter(|h| matches!(h.target, Target::Attribution(_)))
            .map(|h| (h.start, self.clause_end(h.end)))
            .collect();
        let place_hits: Vec<&Hit> = hits
            .iter()
            .filter(|h| matches!(h.target, Target::Entity(i, _) if self.vocab.entities[i].kind == EntityType::Place))
            .filter(|h| !attributed.iter().any(|&(s, e)| s <= h.start && h.start < e))
            .collect();
        let chosen: Vec<&Hit> = match frame.places {
            PlaceScope::Sentence => place_hits,
            PlaceScope::Destination => {
                // Places right after the value ("six hours in Azerbaijan"),
                // after the trigger that chose the frame ("visited Baku in
                // 1997"), or after another trigger of the frame in the
                // value's clause ("arrived in Israel for a three-day visit").
                let fi = self.vocab.frames.iter().position(|f| f.id == frame.id);
                let mut anchors = vec![m.end, anchor_end];
                anchors.extend(
                    hits.iter()
                        .filter(|h| Some(h.target) == fi.map(Target::Trigger))
                        .filter(|h| self.clauses_between(h.start, h.end, m.start, m.end) == 0)
                        .map(|h| h.end),
                );
                anchors.sort_unstable();
                anchors.dedup();
                anchors
                    .into_iter()
                    .flat_map(|a| self.destination(a, &place_hits))
                    .collect()
            }
        };
        let mut places: Vec<String> = chosen
            .iter()
            .filter_map(|h| match h.target {
                Target::Entity(i, _) if frame.exact_places => {
                    Some(self.vocab.entities[i].name.clone())
                }
                Target::Entity(i, _) => Some(
                    self.vocab
                        .top_place(&self.vocab.entities[i].name)
                        .to_string(),
                ),
                _ => None,
            })
            .collect();
        places.sort();
        places.dedup();
        for c in &self.countries {
            if places.len() >= frame.min_countries {
                break;
            }
            if !places.contains(c) {
                places.push(c.clone());
            }
        }
        places.sort();
        places
    }

    /// Place names in a run right after `from`, joined only by connectors.
    fn destination<'h>(&self, from: usize, place_hits: &[&'h Hit]) -> Vec<&'h Hit> {
        let text = &self.norm.text;
        let mut out = Vec::new();
        let mut cursor = from;
        for h in place_hits.iter().filter(|h| h.start >= from) {
            if matches!(h.target, Target::Entity(_, true)) && out.is_empty() {
                // A demonym ("Israeli minister") is not a destination.
                continue;
            }
            if h.start < cursor {
                continue;
            }
            let gap = &text[cursor..h.start];
            let connectors_only = gap
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| {
                    self.vocab
                        .is_place_connector(self.doc.lang, &w.to_lowercase())
                });
            if !connectors_only || gap.chars().count() > 24 {
                break;
            }
            out.push(*h);
            cursor = h.end;
        }
        out
    }

    /// When the event happened: a date in the sentence, else a weekday in
    /// the sentence resolved in the document's week, else the document date.
    fn when(
        &self,
        m: &Mention,
        sentence: (usize, usize),
    ) -> (Option<DateValue>, Option<&'static str>) {
        if let Value::Date(d) = &m.value {
            if d.days.is_some() || d.parts.month.is_some() {
                return (Some(d.clone()), Some("claim"));
            }
        }
        let nearest = self
            .in_sentence(sentence)
            .iter()
            .filter(|o| o.start != m.start)
            .filter_map(|o| match &o.value {
                Value::Date(d) if d.days.is_some() || d.parts.month.is_some() => {
                    Some((distance(o.start, o.end, m.start, m.end), d))
                }
                _ => None,
            })
            .min_by_key(|(d, _)| *d);
        if let Some((_, d)) = nearest {
            return (Some(d.clone()), Some("sentence"));
        }
        if let (Some(w), Some(p)) = (self.sentence_weekday(sentence), self.published) {
            let day = weekday_near(p, w, self.ahead(sentence));
            return (
                Some(DateValue::from_parts(DateParts {
                    year: Some(day.year()),
                    month: Some(day.month()),
                    day: Some(day.day()),
                    weekday: Some(w),
                })),
                Some("weekday"),
            );
        }
        match self.published {
            Some(p) => (
                Some(DateValue::from_parts(DateParts {
                    year: Some(p.year()),
                    month: Some(p.month()),
                    day: Some(p.day()),
                    weekday: None,
                })),
                Some("document"),
            ),
            None => (None, None),
        }
    }

    /// A bare weekday stated in the sentence ("on Tuesday").
    /// Whether the sentence speaks of what is still to come.
    fn ahead(&self, (s, e): (usize, usize)) -> bool {
        self.vocab
            .speaks_of_future(self.doc.lang, &self.norm.text[s..e])
    }

    fn sentence_weekday(&self, sentence: (usize, usize)) -> Option<Weekday> {
        self.in_sentence(sentence)
            .iter()
            .filter(|o| o.kind == Kind::Weekday)
            .find_map(|o| match &o.value {
                Value::Date(d) => d.parts.weekday,
                _ => None,
            })
    }
}

/// A bare weekday as the day it names ([`weekday_near`] the publication
/// date), as a date claim.
fn weekday_claim(m: &Mention, published: NaiveDate, ahead: bool) -> Option<Mention> {
    let Value::Date(d) = &m.value else {
        return None;
    };
    let w = d.parts.weekday?;
    let day = weekday_near(published, w, ahead);
    Some(Mention {
        kind: Kind::Date,
        value: Value::Date(DateValue::from_parts(DateParts {
            year: Some(day.year()),
            month: Some(day.month()),
            day: Some(day.day()),
            weekday: Some(w),
        })),
        ..m.clone()
    })
}

/// For a report without a publication date, the latest full date (day,
/// month and year) it states in its most stated year: a reader places
/// "Sept. 13" in the year of "Nov. 5, 2024" a paragraph above. The most
/// stated year, so that one date of history or of the far future ("runs to
/// 2028") does not move every other. `None` when the text gives no full date.
fn latest_full_date(mentions: &[Mention]) -> Option<NaiveDate> {
    let full: Vec<NaiveDate> = mentions
        .iter()
        .filter_map(|m| match &m.value {
            Value::Date(d) if d.relative.is_none() && d.parts.day.is_some() => match d.days {
                Some((a, b)) if a == b && d.parts.year.is_some() => Some(a),
                _ => None,
            },
            _ => None,
        })
        .collect();
    let mut per_year: BTreeMap<i32, usize> = BTreeMap::new();
    for d in &full {
        *per_year.entry(d.year()).or_default() += 1;
    }
    // Most stated year; on a tie, the later one.
    let (&year, _) = per_year.iter().max_by_key(|(y, n)| (**n, **y))?;
    full.into_iter().filter(|d| d.year() == year).max()
}

/// A date stated without its year ("November 12", "Friday, Oct. 13",
/// "April") placed in the year that makes it the latest such day no more
/// than two months after the publication date: news reports speak of the
/// recent past and the near future. `None` when the value is no yearless
/// date.
fn with_year_near(value: &Value, published: NaiveDate) -> Option<Value> {
    let Value::Date(d) = value else {
        return None;
    };
    if d.days.is_some() || d.relative.is_some() || d.parts.year.is_some() {
        return None;
    }
    let month = d.parts.month?;
    let horizon = published + Duration::days(60);
    let year = [published.year() + 1, published.year(), published.year() - 1]
        .into_iter()
        .find(|&y| {
            NaiveDate::from_ymd_opt(y, month, d.parts.day.unwrap_or(1))
                .is_some_and(|x| x <= horizon)
        })?;
    let parts = DateParts {
        year: Some(year),
        ..d.parts
    };
    parts.days()?;
    Some(Value::Date(DateValue::from_parts(parts)))
}

/// The day a bare weekday in a report names. News reports mostly tell of
/// the days just past: the most recent such day, up to five days before the
/// publication date, or the day after it ("on Friday" in Thursday's report
/// may be tomorrow); in a sentence that speaks of what is to come (`ahead`),
/// the next such day, up to five days after it, or the day before.
pub fn weekday_near(reference: NaiveDate, w: Weekday, ahead: bool) -> NaiveDate {
    let diff =
        i64::from(w.num_days_from_monday()) - i64::from(reference.weekday().num_days_from_monday());
    let offset = if ahead {
        (diff + 1).rem_euclid(7) - 1
    } else {
        (diff + 5).rem_euclid(7) - 5
    };
    reference + Duration::days(offset)
}

/// The day of weekday `w` nearest to `reference` (at most three days away).
///
/// News reports name the days around their publication: an article of
/// Tuesday 13 December says "Tuesday" for the 13th, "on Wednesday" for the
/// 14th and "on Saturday" for the 10th; one of Monday says "on Sunday" for
/// the day before.
pub fn nearest_weekday(reference: NaiveDate, w: Weekday) -> NaiveDate {
    let diff =
        i64::from(w.num_days_from_monday()) - i64::from(reference.weekday().num_days_from_monday());
    let offset = (diff + 3).rem_euclid(7) - 3;
    reference + Duration::days(offset)
}

/// Countries named in a document (outermost places of every place hit), most named first.
fn document_countries(vocab: &Vocabulary, hits: &[Vec<Hit>]) -> Vec<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for h in hits.iter().flatten() {
        if let Target::Entity(i, _) = h.target {
            if vocab.entities[i].kind == EntityType::Place {
                *counts
                    .entry(vocab.top_place(&vocab.entities[i].name).to_string())
                    .or_default() += 1;
            }
        }
    }
    let mut ranked: Vec<(usize, String)> = counts.into_iter().map(|(c, n)| (n, c)).collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.into_iter().map(|(_, c)| c).collect()
}

/// A bare number fills a count attribute ("12 killed") only when it is a
/// whole number: "a magnitude 7.8 earthquake" killed no 7.8 people; and an
/// age ("the driver, 47,") counts nothing.
fn fits_count(attr: &AttributeDef, m: &Mention) -> bool {
    if m.kind != Kind::Number || !attr.kinds.contains(&Kind::Count) {
        return true;
    }
    if m.noun.as_deref() == Some(extract::AGE_NOUN) {
        return false;
    }
    match &m.value {
        Value::Scalar { point: Some(p), .. } => p.fract() == 0.0 && *p >= 0.0,
        Value::Scalar { interval, .. } => interval.min.is_some_and(|x| x.fract() == 0.0),
        Value::Date(_) => false,
    }
}

/// Whether a value lies in the attribute's plausible range, when it has one.
fn plausible(attr: &AttributeDef, m: &Mention) -> bool {
    let (Some([lo, hi]), Value::Scalar { interval, .. }) = (attr.within, &m.value) else {
        return true;
    };
    let (min, max) = (
        interval.min.unwrap_or(f64::NEG_INFINITY),
        interval.max.unwrap_or(f64::INFINITY),
    );
    max >= lo && min <= hi
}

/// Bytes between two ranges (0 when they touch or overlap).
fn distance(a_start: usize, a_end: usize, b_start: usize, b_end: usize) -> usize {
    if a_end <= b_start {
        b_start - a_end
    } else {
        a_start.saturating_sub(b_end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_resolves_to_the_nearest_day() {
        let tue = NaiveDate::from_ymd_opt(2016, 12, 13).unwrap();
        assert_eq!(nearest_weekday(tue, Weekday::Tue), tue);
        assert_eq!(nearest_weekday(tue, Weekday::Wed).to_string(), "2016-12-14");
        assert_eq!(nearest_weekday(tue, Weekday::Fri).to_string(), "2016-12-16");
        assert_eq!(nearest_weekday(tue, Weekday::Sat).to_string(), "2016-12-10");
        let mon = NaiveDate::from_ymd_opt(2023, 9, 11).unwrap();
        assert_eq!(nearest_weekday(mon, Weekday::Sun).to_string(), "2023-09-10");
    }

    #[test]
    fn a_bare_weekday_is_a_day_just_past_unless_the_sentence_looks_ahead() {
        let fri = NaiveDate::from_ymd_opt(2023, 4, 21).unwrap();
        assert_eq!(
            weekday_near(fri, Weekday::Mon, false).to_string(),
            "2023-04-17"
        );
        assert_eq!(
            weekday_near(fri, Weekday::Sat, false).to_string(),
            "2023-04-22"
        );
        assert_eq!(weekday_near(fri, Weekday::Fri, false), fri);
        assert_eq!(
            weekday_near(fri, Weekday::Mon, true).to_string(),
            "2023-04-24"
        );
        assert_eq!(
            weekday_near(fri, Weekday::Thu, true).to_string(),
            "2023-04-20"
        );
        let tue = NaiveDate::from_ymd_opt(2016, 12, 13).unwrap();
        assert_eq!(
            weekday_near(tue, Weekday::Wed, false).to_string(),
            "2016-12-14"
        );
    }

    #[test]
    fn a_yearless_date_takes_the_year_around_publication() {
        let yearless = |month, day| {
            Value::Date(DateValue::from_parts(DateParts {
                month: Some(month),
                day: Some(day),
                ..Default::default()
            }))
        };
        let year_of = |v: Option<Value>| match v {
            Some(Value::Date(d)) => d.parts.year,
            _ => None,
        };
        let nov28 = NaiveDate::from_ymd_opt(2023, 11, 28).unwrap();
        assert_eq!(
            year_of(with_year_near(&yearless(11, 12), nov28)),
            Some(2023)
        );
        let jan5 = NaiveDate::from_ymd_opt(2024, 1, 5).unwrap();
        assert_eq!(year_of(with_year_near(&yearless(12, 28), jan5)), Some(2023));
        assert_eq!(year_of(with_year_near(&yearless(2, 20), jan5)), Some(2024));
        let full = Value::Date(DateValue::from_parts(DateParts {
            year: Some(2020),
            month: Some(1),
            day: Some(1),
            weekday: None,
        }));
        assert!(with_year_near(&full, jan5).is_none());
    }

    #[test]
    fn a_currency_sign_names_no_country() {
        let rules = crate::RuleSet::bundled().unwrap();
        let doc = |text: &str| {
            crate::Document::new(
                "a.txt",
                "a.txt",
                text.to_string(),
                crate::Metadata::default(),
            )
        };
        let claims = attach(
            &doc("Brazil signed a US$2 billion deal."),
            &rules.vocabulary,
        );
        let entities = &claims[0].subject.entities;
        assert!(entities.iter().any(|e| e == "Brazil"), "{entities:?}");
        assert!(
            !entities.iter().any(|e| e == "United States"),
            "{entities:?}"
        );
    }

    #[test]
    fn distance_is_zero_when_touching() {
        assert_eq!(distance(0, 5, 5, 9), 0);
        assert_eq!(distance(0, 5, 8, 9), 3);
        assert_eq!(distance(8, 9, 0, 5), 3);
    }
}
