//! Alignment: which claims speak of the same fact.
//!
//! A fact is identified by a [`FactKey`] (frame, attribute, agent, places)
//! plus a time window: "six hours in Azerbaijan" and "a 7-hour stay in Baku"
//! share a key (same visitor, Baku lies in Azerbaijan) and a week; a
//! three-day visit to Azerbaijan *and* Kazakhstan has other places, Gantz's
//! visit another agent, and a 1997 visit another time. Checks in `rules` only
//! ever compare claims this module put together.

pub mod figures;
pub mod stories;

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::claims::{Claim, Participants};
use crate::value::DateValue;

/// What two claims must share to be about the same fact (time aside).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FactKey {
    /// The frame id.
    pub frame: String,
    /// The attribute id.
    pub attribute: String,
    /// Agent and places.
    pub participants: Participants,
}

impl FactKey {
    /// The key of a claim, when it was attached to a frame.
    pub fn of(claim: &Claim) -> Option<FactKey> {
        Some(FactKey {
            frame: claim.subject.frame.clone()?,
            attribute: claim.subject.attribute.clone()?,
            participants: claim.subject.participants.clone().unwrap_or_default(),
        })
    }

    /// A stable text form for messages and fingerprints:
    /// `visit.duration[Benjamin Netanyahu @ Azerbaijan]`.
    pub fn describe(&self) -> String {
        let agent = self.participants.agent.as_deref().unwrap_or("-");
        format!(
            "{}.{}[{} @ {}]",
            self.frame,
            self.attribute,
            agent,
            self.participants.places.join("+")
        )
    }
}

/// How the event times of two claims relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeRelation {
    /// Within the frame's window of each other.
    Same,
    /// Further apart than the window: different events.
    Different,
    /// At least one time is unknown: cannot tell them apart.
    Unknown,
}

/// Relates two event times under a frame's window (`None`: time never separates).
pub fn time_relation(
    a: Option<&DateValue>,
    b: Option<&DateValue>,
    window_days: Option<u32>,
) -> TimeRelation {
    let Some(window) = window_days else {
        return TimeRelation::Same;
    };
    let (Some(a), Some(b)) = (a, b) else {
        return TimeRelation::Unknown;
    };
    match gap_days(a, b) {
        Some(gap) if gap <= i64::from(window) => TimeRelation::Same,
        Some(_) => TimeRelation::Different,
        None => TimeRelation::Unknown,
    }
}

/// Days between two dated values (0 when they overlap). A date without a
/// year is placed in the year (before, of, or after the other's) that brings
/// it closest, so "December 14" is a day from 13 December 2016.
pub fn gap_days(a: &DateValue, b: &DateValue) -> Option<i64> {
    match (a.days, b.days) {
        (Some(x), Some(y)) => Some(interval_gap(x, y)),
        (None, Some(y)) => partial_gap(a, y),
        (Some(x), None) => partial_gap(b, x),
        (None, None) => {
            let (ma, mb) = (a.parts.month?, b.parts.month?);
            let da = a.parts.day.unwrap_or(15);
            let db = b.parts.day.unwrap_or(15);
            let x = NaiveDate::from_ymd_opt(2000, ma, da)?;
            let y = NaiveDate::from_ymd_opt(2000, mb, db)?;
            let d = (x - y).num_days().abs();
            Some(d.min(366 - d))
        }
    }
}

fn interval_gap(x: (NaiveDate, NaiveDate), y: (NaiveDate, NaiveDate)) -> i64 {
    if x.1 < y.0 {
        (y.0 - x.1).num_days()
    } else if y.1 < x.0 {
        (x.0 - y.1).num_days()
    } else {
        0
    }
}

fn partial_gap(partial: &DateValue, other: (NaiveDate, NaiveDate)) -> Option<i64> {
    let month = partial.parts.month?;
    let years = [
        other.0.year() - 1,
        other.0.year(),
        other.1.year(),
        other.1.year() + 1,
    ];
    years
        .iter()
        .filter_map(|&y| {
            let first = NaiveDate::from_ymd_opt(y, month, partial.parts.day.unwrap_or(1))?;
            let last = match partial.parts.day {
                Some(_) => first,
                None => crate::value::last_day_of_month(y, month)?,
            };
            Some(interval_gap((first, last), other))
        })
        .min()
}

/// Claims grouped by fact key, repeats within a document left out (they are
/// the same source). Groups and their claims keep corpus order.
pub fn group_by_key(claims: &[Claim]) -> BTreeMap<FactKey, Vec<&Claim>> {
    let restated = restatements(claims);
    let mut groups: BTreeMap<FactKey, Vec<&Claim>> = BTreeMap::new();
    for (c, _) in claims.iter().zip(&restated).filter(|(_, r)| !**r) {
        if let Some(k) = FactKey::of(c) {
            groups.entry(k).or_default().push(c);
        }
    }
    groups
}

/// For each claim, whether it restates an earlier claim of its document on
/// the same axis (a repeated paragraph, "70 km (43 miles)"): that claim
/// again, not a figure of its own. One that gives it in another currency
/// ("$69bn (£59bn)") is a figure of its own, which another report may
/// state differently.
pub fn restatements(claims: &[Claim]) -> Vec<bool> {
    let by_id: BTreeMap<&str, &Claim> = claims.iter().map(|c| (c.id.as_str(), c)).collect();
    claims
        .iter()
        .map(|c| {
            c.repeat_of.as_deref().is_some_and(|id| {
                by_id
                    .get(id)
                    .is_none_or(|t| t.value.axis() == c.value.axis())
            })
        })
        .collect()
}

/// Two claims are independent sources when they come from different
/// documents and their sentences are not near-identical ([`SentenceWords`]):
/// a syndicated copy of one story is one source, so its agreement
/// corroborates nothing, though a copy that changed a figure still
/// contradicts.
/// A sentence's words, lower-cased, for near-duplicate tests. Computed once
/// per claim when many pairs are compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceWords(Vec<String>);

impl SentenceWords {
    /// The words of a sentence.
    pub fn of(sentence: &str) -> Self {
        SentenceWords(
            sentence
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect(),
        )
    }

    /// The words without figures, joined: equal for two copies of a
    /// sentence that differ only in a figure written in digits.
    pub fn fingerprint(&self) -> String {
        self.0
            .iter()
            .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// At most one word in five inserted, deleted or replaced. Compared
    /// word by word rather than character by character, so that pairing many
    /// documents stays cheap.
    pub fn near_identical(&self, other: &SentenceWords) -> bool {
        let (wa, wb) = (&self.0, &other.0);
        if wa == wb {
            return true;
        }
        let longest = wa.len().max(wb.len());
        if wa.len().min(wb.len()) < 8 || wa.len().abs_diff(wb.len()) * 5 > longest {
            return false;
        }
        strsim::generic_levenshtein(wa, wb) * 5 <= longest
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::DateParts;

    fn day(y: i32, m: u32, d: u32) -> DateValue {
        DateValue::from_parts(DateParts {
            year: Some(y),
            month: Some(m),
            day: Some(d),
            weekday: None,
        })
    }

    #[test]
    fn same_week_is_same_event() {
        let a = day(2016, 12, 13);
        let b = day(2016, 12, 18);
        assert_eq!(
            time_relation(Some(&a), Some(&b), Some(7)),
            TimeRelation::Same
        );
        let c = day(1997, 8, 30);
        assert_eq!(
            time_relation(Some(&a), Some(&c), Some(7)),
            TimeRelation::Different
        );
        assert_eq!(
            time_relation(Some(&a), None, Some(7)),
            TimeRelation::Unknown
        );
        assert_eq!(time_relation(Some(&a), Some(&c), None), TimeRelation::Same);
    }

    #[test]
    fn yearless_date_is_placed_in_the_nearest_year() {
        let partial = DateValue::from_parts(DateParts {
            month: Some(12),
            day: Some(14),
            ..Default::default()
        });
        assert_eq!(gap_days(&partial, &day(2016, 12, 13)), Some(1));
        assert_eq!(gap_days(&partial, &day(2017, 1, 2)), Some(19));
    }

    #[test]
    fn year_contains_its_days() {
        let y = DateValue::years(2016, 2016).unwrap();
        assert_eq!(gap_days(&y, &day(2016, 12, 13)), Some(0));
    }

    #[test]
    fn syndicated_sentences_are_one_source() {
        let a = "Israel and Azerbaijan maintain strategic ties, including the supply of oil.";
        let b =
            "Israel and Azerbaijan maintain strategic ties, including the supply of oil and gas.";
        let near = |x: &str, y: &str| SentenceWords::of(x).near_identical(&SentenceWords::of(y));
        assert!(near(a, b));
        assert!(!near(
            a,
            "The visit lasted six hours and ended with a dinner in the capital."
        ));
    }
}
