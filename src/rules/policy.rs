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

use chrono::NaiveDate;

use super::{CheckContext, Verdict};
use crate::align::figures::Affinity;
use crate::claims::precision::{calendar_days, comparable};
use crate::claims::Claim;
use crate::value::{Axis, Interval, Qualifier, Value};

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
    // A day does not grow while a story unfolds, whatever grows on it: the
    // date of the deaths is one date in every report.
    let dynamics = if axis_a == Axis::Date {
        Dynamics::Static
    } else {
        dynamics
    };
    let order = Reports::of(ctx, (a, &ra), (b, &rb));
    let judged = |verdict, overlap, notes| {
        Some(Judgement {
            verdict,
            overlap,
            notes,
        })
    };
    // A growing figure stated larger later is an update even where bounds
    // overlap ("more than 2,000" on Monday, "at least 5,100" on Wednesday).
    if let (Dynamics::Grows, Some(o)) = (dynamics, &order) {
        if o.grew() {
            return judged(Verdict::Updated, false, vec![o.note("gives more than")]);
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
    if meet(a, &sa, b, &sb) {
        let verdict = if precise {
            Verdict::Agreement
        } else {
            Verdict::Compatible
        };
        return judged(verdict, true, notes);
    }
    if meet(a, &ra, b, &rb) {
        notes.push(format!(
            "The figures differ by less than the precision they are stated with (\"{}\", \"{}\"): rounded, not contradictory.",
            a.text, b.text
        ));
        return judged(Verdict::Compatible, true, notes);
    }
    if let Some(note) = order.as_ref().and_then(Reports::elapsed) {
        notes.push(note);
        return judged(Verdict::Updated, false, notes);
    }
    if dynamics == Dynamics::Grows {
        match &order {
            Some(o) => notes.push(o.note("yet gives less than")),
            // One report's date is unknown: growth may explain the difference.
            None if published(ctx, a).is_some() != published(ctx, b).is_some() => return None,
            None => {}
        }
    }
    judged(Verdict::Contradiction, false, notes)
}

/// Whether two figures meet. Two hedged figures ("about 39 km", "about 32
/// km") meet only when one's hedge covers the other's figure: each "about"
/// widens its own figure, and letting the two widths add up would make any
/// two figures within a fifth of each other agree.
fn meet(a: &Claim, ia: &Interval, b: &Claim, ib: &Interval) -> bool {
    match (hedged_middle(a, ia), hedged_middle(b, ib)) {
        (Some(ma), Some(mb)) => {
            ia.overlaps(&Interval::point(mb)) || ib.overlaps(&Interval::point(ma))
        }
        _ => ia.overlaps(ib),
    }
}

/// The figure an approximate claim widens: the middle of its interval.
fn hedged_middle(c: &Claim, i: &Interval) -> Option<f64> {
    if c.qualifier != Qualifier::Approx {
        return None;
    }
    Some((i.min? + i.max?) / 2.0)
}

fn published(ctx: &CheckContext, c: &Claim) -> Option<NaiveDate> {
    ctx.document(&c.doc)?.meta.published
}

/// Two claims of reports published on different days, the earlier first,
/// each with the interval its precision covers.
struct Reports<'a> {
    early: (&'a Claim, &'a Interval, NaiveDate),
    late: (&'a Claim, &'a Interval, NaiveDate),
}

impl<'a> Reports<'a> {
    /// `None` when a date is unknown or both reports are of one day.
    fn of(
        ctx: &CheckContext,
        a: (&'a Claim, &'a Interval),
        b: (&'a Claim, &'a Interval),
    ) -> Option<Self> {
        let (pa, pb) = (published(ctx, a.0)?, published(ctx, b.0)?);
        match pa.cmp(&pb) {
            std::cmp::Ordering::Less => Some(Reports {
                early: (a.0, a.1, pa),
                late: (b.0, b.1, pb),
            }),
            std::cmp::Ordering::Greater => Some(Reports {
                early: (b.0, b.1, pb),
                late: (a.0, a.1, pa),
            }),
            std::cmp::Ordering::Equal => None,
        }
    }

    /// "The figure only grows while the story unfolds, and the later report
    /// (...) gives more than the earlier one (...)".
    fn note(&self, relation: &str) -> String {
        let ((e, _, pe), (l, _, pl)) = (self.early, self.late);
        let (and, tail) = if relation.starts_with("yet") {
            ("", ".")
        } else {
            (" and", ": an update, not a contradiction.")
        };
        format!(
            "The figure only grows while the story unfolds,{and} the later report ({}, published {pl}: \"{}\") {relation} the earlier one ({}, published {pe}: \"{}\"){tail}",
            l.doc, l.text, e.doc, e.text
        )
    }

    /// Whether the later report states the larger figure: the figures
    /// themselves, a bound as its bound, beyond their precision; a vague
    /// figure by its interval.
    fn grew(&self) -> bool {
        let stated = |(c, r, _): (&Claim, &Interval, NaiveDate)| -> Option<(f64, f64)> {
            let Value::Scalar {
                interval, point, ..
            } = &c.value
            else {
                return None;
            };
            let figure = match c.qualifier {
                Qualifier::Vague => return None,
                Qualifier::AtLeast => interval.min?,
                Qualifier::AtMost => interval.max?,
                _ => point.or_else(|| Some((interval.min? + interval.max?) / 2.0))?,
            };
            // The figure's own precision: its rounded interval's half-width.
            let half = match (r.min, r.max) {
                (Some(x), Some(y)) if c.qualifier == Qualifier::Exact => (y - x) / 2.0,
                _ => 0.0,
            };
            Some((figure, half))
        };
        match (stated(self.early), stated(self.late)) {
            (Some((e, he)), Some((l, hl))) => l - hl > e + he,
            _ => matches!((self.late.1.min, self.early.1.max), (Some(l), Some(e)) if l >= e),
        }
    }

    /// A length of time that runs on while the story unfolds ("trapped for
    /// five days", then "for 17 days") grows by the time between the
    /// reports: when the later figure exceeds the earlier one by about that
    /// much, the note saying so.
    fn elapsed(&self) -> Option<String> {
        const DAY: f64 = 86_400.0;
        let ((e, ie, pe), (l, il, pl)) = (self.early, self.late);
        if e.value.axis() != Axis::Seconds {
            return None;
        }
        let mid = |i: &Interval| Some((i.min? + i.max?) / 2.0);
        let days = (pl - pe).num_days();
        let gap = days as f64 * DAY;
        // Only lengths counted in days or more run on from one report to the next.
        let in_days = |c: &Claim| crate::claims::precision::unit_of(c) >= DAY;
        let grew = mid(il)? - mid(ie)?;
        let runs_on = grew >= 0.5 * gap && (grew - gap).abs() <= (0.25 * gap).max(1.5 * DAY);
        (in_days(e) && in_days(l) && runs_on).then(|| {
            format!(
                "The length of time grew by about the {days} days between the reports (\"{}\" in {}, \"{}\" in {}): it was still running, an update.",
                e.text, e.doc, l.text, l.doc
            )
        })
    }
}

/// Whether a verdict on an aligned pair says enough to report: an overlap
/// with a vague figure ("thousands" against "5,100") only when one frame key
/// picks exactly these two figures out of their reports ("billions of
/// dollars" and "some $5 billion" for the one deal between two countries).
pub fn worth_reporting(j: &Judgement, a: &Claim, b: &Claim, affinity: &Affinity) -> bool {
    let vague = |c: &Claim| c.qualifier == crate::value::Qualifier::Vague;
    !(j.overlap && (vague(a) || vague(b)) && !affinity.unique_key)
}
