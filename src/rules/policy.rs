//! How two values of one fact are judged, for every check that compares
//! values: the interval a stated figure covers (its precision), and what
//! time does to a figure that changes while a story unfolds.
//!
//! One rule for all kinds of figures:
//! - each figure covers the interval its precision gives it
//!   ([`crate::claims::precision`]);
//! - figures whose intervals overlap as stated agree (`agreement` when both
//!   are precise, else `compatible`); figures that overlap only within their
//!   rounding are `compatible`;
//! - figures that do not overlap contradict, unless the figure only grows
//!   while a story unfolds (a death toll) and the report published later
//!   gives the larger one: that is `updated`. When one of the two reports has
//!   no date, a growing figure is left unjudged (time may explain it).

use super::{CheckContext, Verdict};
use crate::align::figures::Affinity;
use crate::claims::precision::{calendar_days, comparable};
use crate::claims::Claim;
use crate::value::Interval;

/// How a figure behaves over time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dynamics {
    /// It does not change, or reports must agree on it whatever their day: a
    /// date, a depth, the price of a deal, the number of people trapped.
    Static,
    /// It only grows while the story unfolds (dead, injured, arrested).
    Grows,
}

/// The outcome of judging two values of one fact.
#[derive(Clone, Debug)]
pub struct Judgement {
    /// The verdict.
    pub verdict: Verdict,
    /// Whether the values overlap (as stated or within rounding).
    pub overlap: bool,
    /// Sentences for the explanation.
    pub notes: Vec<String>,
}

/// Judges two claims of one fact. `None` when the values cannot be compared
/// (different axes, an unanchored date) or when time leaves it open.
pub fn judge(
    ctx: &CheckContext,
    a: &Claim,
    b: &Claim,
    dynamics: Dynamics,
    tolerance: f64,
) -> Option<Judgement> {
    let (axis_a, sa, ra) = comparable(a, tolerance)?;
    let (axis_b, sb, rb) = comparable(b, tolerance)?;
    if axis_a != axis_b {
        return None;
    }
    if dynamics == Dynamics::Grows {
        if let Some(j) = grown(ctx, a, b, &ra, &rb) {
            return Some(j);
        }
    }
    let counted = calendar_days(sa, a).1 || calendar_days(sb, b).1;
    let precise = a.qualifier.is_precise() && b.qualifier.is_precise() && !counted;
    let mut notes = Vec::new();
    if counted {
        notes.push(
            "A length in whole days (\"a one-day visit\") counts calendar days, so it is read as more than one day less than stated up to the stated number."
                .to_string(),
        );
    }
    if sa.overlaps(&sb) {
        let verdict = if precise {
            Verdict::Agreement
        } else {
            Verdict::Compatible
        };
        return Some(Judgement {
            verdict,
            overlap: true,
            notes,
        });
    }
    if ra.overlaps(&rb) {
        notes.push(format!(
            "The figures differ by less than the precision they are stated with (\"{}\", \"{}\"): rounded, not contradictory.",
            a.text, b.text
        ));
        return Some(Judgement {
            verdict: Verdict::Compatible,
            overlap: true,
            notes,
        });
    }
    if let Some(note) = elapsed(ctx, a, b, &ra, &rb) {
        notes.push(note);
        return Some(Judgement {
            verdict: Verdict::Updated,
            overlap: false,
            notes,
        });
    }
    let verdict = match dynamics {
        Dynamics::Static => Verdict::Contradiction,
        Dynamics::Grows => {
            let pa = ctx.document(&a.doc).and_then(|d| d.meta.published);
            let pb = ctx.document(&b.doc).and_then(|d| d.meta.published);
            match (pa, pb) {
                (Some(pa), Some(pb)) if pa != pb => {
                    let (early, late, ie, il) = if pa < pb {
                        (a, b, ra, rb)
                    } else {
                        (b, a, rb, ra)
                    };
                    let grew = matches!((il.min, ie.max), (Some(l), Some(e)) if l >= e);
                    let (pe, pl) = (pa.min(pb), pa.max(pb));
                    if grew {
                        notes.push(format!(
                            "The figure only grows while the story unfolds, and the later report ({}, published {pl}: \"{}\") gives more than the earlier one ({}, published {pe}: \"{}\"): an update, not a contradiction.",
                            late.doc, late.text, early.doc, early.text
                        ));
                        Verdict::Updated
                    } else {
                        notes.push(format!(
                            "The figure only grows while the story unfolds, yet the later report ({}, published {pl}: \"{}\") gives less than the earlier one ({}, published {pe}: \"{}\").",
                            late.doc, late.text, early.doc, early.text
                        ));
                        Verdict::Contradiction
                    }
                }
                (Some(_), Some(_)) | (None, None) => Verdict::Contradiction,
                // One report's date is unknown: growth may explain the difference.
                _ => return None,
            }
        }
    };
    Some(Judgement {
        verdict,
        overlap: false,
        notes,
    })
}

/// A length of time that runs on while the story unfolds ("trapped for five
/// days", then "for 17 days") grows by the time between the reports: when
/// the later report's figure exceeds the earlier one's by that much (within
/// a day and a half), the note saying so.
fn elapsed(
    ctx: &CheckContext,
    a: &Claim,
    b: &Claim,
    ia: &Interval,
    ib: &Interval,
) -> Option<String> {
    const DAY: f64 = 86_400.0;
    if a.value.axis() != crate::value::Axis::Seconds {
        return None;
    }
    let pa = ctx.document(&a.doc)?.meta.published?;
    let pb = ctx.document(&b.doc)?.meta.published?;
    if pa == pb {
        return None;
    }
    let mid = |i: &Interval| Some((i.min? + i.max?) / 2.0);
    let (early, late, e, l) = if pa < pb {
        (a, b, mid(ia)?, mid(ib)?)
    } else {
        (b, a, mid(ib)?, mid(ia)?)
    };
    let days = (pa - pb).num_days().abs();
    let gap = days as f64 * DAY;
    // Only lengths counted in days or more run on from one report to the next.
    let in_days = |c: &Claim| crate::claims::precision::unit_of(c) >= DAY;
    let grew = l - e;
    let runs_on = grew >= 0.5 * gap && (grew - gap).abs() <= (0.25 * gap).max(1.5 * DAY);
    (in_days(early) && in_days(late) && runs_on).then(|| {
        format!(
            "The length of time grew by about the {days} days between the reports (\"{}\" in {}, \"{}\" in {}): it was still running, an update.",
            early.text, early.doc, late.text, late.doc
        )
    })
}

/// A growing figure (a toll) in two reports published on different days:
/// the later report's stated figure is larger than the earlier one's (the
/// figures themselves, bounds as their bound: "more than 2,000" on Monday,
/// "at least 5,100" on Wednesday). `None` when that is not the case, and
/// the intervals decide.
fn grown(
    ctx: &CheckContext,
    a: &Claim,
    b: &Claim,
    ra: &Interval,
    rb: &Interval,
) -> Option<Judgement> {
    let pa = ctx.document(&a.doc)?.meta.published?;
    let pb = ctx.document(&b.doc)?.meta.published?;
    if pa == pb {
        return None;
    }
    let stated = |c: &Claim, r: &Interval| -> Option<(f64, f64)> {
        let crate::value::Value::Scalar {
            interval, point, ..
        } = &c.value
        else {
            return None;
        };
        let figure = match c.qualifier {
            crate::value::Qualifier::Vague => return None,
            crate::value::Qualifier::AtLeast => interval.min?,
            crate::value::Qualifier::AtMost => interval.max?,
            _ => point.or_else(|| Some((interval.min? + interval.max?) / 2.0))?,
        };
        // The figure's own precision: its rounded interval's half-width.
        let half = match (r.min, r.max) {
            (Some(x), Some(y)) if c.qualifier == crate::value::Qualifier::Exact => (y - x) / 2.0,
            _ => 0.0,
        };
        Some((figure, half))
    };
    let (early, late, (e, he), (l, hl)) = if pa < pb {
        (a, b, stated(a, ra)?, stated(b, rb)?)
    } else {
        (b, a, stated(b, rb)?, stated(a, ra)?)
    };
    if l - hl <= e + he {
        return None;
    }
    let (pe, pl) = (pa.min(pb), pa.max(pb));
    Some(Judgement {
        verdict: Verdict::Updated,
        overlap: false,
        notes: vec![format!(
            "The figure only grows while the story unfolds, and the later report ({}, published {pl}: \"{}\") gives more than the earlier one ({}, published {pe}: \"{}\"): an update, not a contradiction.",
            late.doc, late.text, early.doc, early.text
        )],
    })
}

/// Whether a verdict on an aligned pair says enough to report: an overlap
/// with a vague figure ("thousands" against "5,100") only when one frame key
/// picks exactly these two figures out of their reports ("billions of
/// dollars" and "some $5 billion" for the one deal between two countries).
pub fn worth_reporting(j: &Judgement, a: &Claim, b: &Claim, affinity: &Affinity) -> bool {
    let vague = |c: &Claim| c.qualifier == crate::value::Qualifier::Vague;
    !(j.overlap && (vague(a) || vague(b)) && !affinity.unique_key)
}
