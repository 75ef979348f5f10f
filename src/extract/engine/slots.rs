//! Filling one slot of a pattern at a token: what each slot accepts.
//!
//! Every slot is answered from the token's lexicon hits and, for digits,
//! its figure; nothing here knows a word of any language.

use chrono::Weekday;

use super::compose::{self, Amount};
use super::lexicon::{Form, Hit, Meaning};
use super::pattern::Slot;
use super::scan::Cx;
use super::token::TokKind;
use crate::value::CalendarUnit;

/// What a slot captured.
#[derive(Clone, Debug, PartialEq)]
pub enum Fill {
    /// A number phrase or range.
    Amount(Amount),
    /// A whole number (day, month).
    Int(u32),
    /// A year.
    Year(i32),
    /// A weekday.
    Weekday(Weekday),
    /// A currency code; `true` for a dual.
    Currency(String, bool),
    /// A unit symbol; `true` for a dual.
    Unit(String, bool),
    /// A time unit index and its form.
    Duration(usize, Form),
    /// A fraction.
    Fraction(f64),
    /// A calendar unit.
    Calendar(CalendarUnit),
    /// A relative day word.
    RelDay(CalendarUnit, i32),
    /// A modifier's offset.
    Offset(i32),
    /// The counted noun as written, lower case.
    Noun(String),
    /// A word that only had to be there.
    Present,
}

/// The first hit at `k` whose meaning `f` accepts, with the token after it.
fn first<T>(cx: &Cx<'_>, k: usize, f: impl Fn(&Hit) -> Option<T>) -> Option<(T, usize)> {
    cx.hits[k].iter().find_map(|h| f(h).map(|x| (x, h.next)))
}

/// Digits at `k`: a whole number with at most `max_digits` digits.
fn int_digits(cx: &Cx<'_>, k: usize, max_digits: u32) -> Option<u32> {
    let f = cx.toks[k].figure?;
    (f.decimals == 0 && !f.grouped && f.int_digits <= max_digits && f.value < 1e9)
        .then_some(f.value as u32)
}

/// Fills `slot` at token `k`; the capture and the token after it.
pub fn fill(cx: &Cx<'_>, slot: Slot, dual: bool, k: usize) -> Option<(Fill, usize)> {
    use Meaning as M;
    match slot {
        Slot::Number => (*cx.amounts[k].get_or_init(|| compose::amount(cx, k)))
            .map(|a| (Fill::Amount(a), a.next)),
        Slot::Day => day(cx, k),
        Slot::Month => first(cx, k, |h| match h.meaning {
            M::Month(m) => Some(Fill::Int(m)),
            _ => None,
        }),
        Slot::Year => year(cx, k),
        Slot::Dd => int_digits(cx, k, 2)
            .filter(|d| (1..=31).contains(d))
            .map(|d| (Fill::Int(d), k + 1)),
        Slot::Mm => int_digits(cx, k, 2)
            .filter(|d| (1..=12).contains(d))
            .map(|d| (Fill::Int(d), k + 1)),
        Slot::Yyyy => int_digits(cx, k, 4)
            .filter(|_| cx.toks[k].figure.is_some_and(|f| f.int_digits == 4))
            .map(|y| (Fill::Year(y as i32), k + 1)),
        Slot::Weekday => weekday(cx, k),
        Slot::Currency => first(cx, k, |h| match &h.meaning {
            M::Currency(c, d) if (*d || h.dual) == dual => Some(Fill::Currency(c.clone(), dual)),
            _ => None,
        }),
        Slot::Sign => first(cx, k, |h| match &h.meaning {
            M::Sign(c) if h.proclitics.is_empty() => Some(Fill::Currency(c.clone(), false)),
            _ => None,
        }),
        Slot::Unit => first(cx, k, |h| match &h.meaning {
            M::Unit(u) if h.dual == dual => Some(Fill::Unit(u.clone(), dual)),
            _ => None,
        }),
        Slot::Duration => first(cx, k, |h| match h.meaning {
            M::Duration(i, f) => {
                let f = if h.dual { Form::Dual } else { f };
                ((f == Form::Dual) == dual).then_some(Fill::Duration(i, f))
            }
            _ => None,
        }),
        Slot::Percent => first(cx, k, |h| {
            (h.meaning == M::Percent && h.proclitics.is_empty()).then_some(Fill::Present)
        }),
        Slot::Fraction => fraction(cx, k),
        Slot::Calendar => first(cx, k, |h| match h.meaning {
            M::Calendar(u) => Some(Fill::Calendar(u)),
            _ => None,
        }),
        Slot::RelDay => rel_day(cx, k),
        Slot::AfterUnit => first(cx, k, |h| match h.meaning {
            M::AfterUnit(o) if h.proclitics.is_empty() => Some(Fill::Offset(o)),
            _ => None,
        }),
        Slot::BeforeUnit => first(cx, k, |h| match h.meaning {
            M::BeforeUnit(o) => Some(Fill::Offset(o)),
            _ => None,
        }),
        Slot::Ago => word(cx, k, &M::Ago),
        Slot::Later => word(cx, k, &M::Later),
        Slot::YearWord => word(cx, k, &M::YearWord),
        Slot::Cue => word(cx, k, &M::Cue),
        Slot::Noun => noun(cx, k),
    }
}

fn word(cx: &Cx<'_>, k: usize, want: &Meaning) -> Option<(Fill, usize)> {
    first(cx, k, |h| (h.meaning == *want).then_some(Fill::Present))
}

fn day(cx: &Cx<'_>, k: usize) -> Option<(Fill, usize)> {
    if cx.toks[k].kind == TokKind::Num {
        return int_digits(cx, k, 2)
            .filter(|d| (1..=31).contains(d))
            .map(|d| (Fill::Int(d), k + 1));
    }
    if let Some((n, next)) = first(cx, k, |h| match h.meaning {
        Meaning::Ordinal(n) => Some(n),
        _ => None,
    }) {
        let (add, next) = ordinal_tail(cx, n, next).unwrap_or((0, next));
        return (n + add <= 31).then_some((Fill::Int(n + add), next));
    }
    let a = compose::number(cx, k)?;
    let v = a.value()?;
    (v.fract() == 0.0 && (1.0..=31.0).contains(&v)).then_some((Fill::Int(v as u32), a.next))
}

/// What follows an ordinal unit: the ten word (الثالث عشر) or the connector
/// and a tens word (الحادي والعشرين); what it adds and the token after it.
fn ordinal_tail(cx: &Cx<'_>, n: u32, k: usize) -> Option<(u32, usize)> {
    if n >= 10 {
        return None;
    }
    let connector = cx.lang.connector.as_str();
    cx.hits.get(k)?.iter().find_map(|h| {
        let joined = cx.morph.is_connector(&h.proclitics, connector);
        let v = match h.meaning {
            Meaning::Number(v) if v == 10.0 && h.proclitics.is_empty() => {
                return Some((10, h.next))
            }
            Meaning::Number(v) if joined && (v == 20.0 || v == 30.0) => v as u32,
            Meaning::Ordinal(v) if joined && (v == 20 || v == 30) => v,
            _ => return None,
        };
        Some((v, h.next))
    })
}

fn year(cx: &Cx<'_>, k: usize) -> Option<(Fill, usize)> {
    let f = cx.toks[k].figure?;
    let y = f.value as i32;
    let ok = f.decimals == 0 && !f.grouped && f.int_digits == 4 && (1000..3000).contains(&y);
    ok.then_some((Fill::Year(y), k + 1))
}

fn weekday(cx: &Cx<'_>, k: usize) -> Option<(Fill, usize)> {
    let (w, mut next) = first(cx, k, |h| match h.meaning {
        Meaning::Weekday(w) => Some(w),
        _ => None,
    })?;
    // "Tuesday, December 14": the comma belongs to the date.
    if cx
        .toks
        .get(next)
        .is_some_and(|t| t.kind == TokKind::Punct && cx.lang.is_comma(&t.key))
    {
        next += 1;
    }
    Some((Fill::Weekday(w), next))
}

/// A fraction after the connector: on the word (ونصف) or before it (و نصف).
fn fraction(cx: &Cx<'_>, k: usize) -> Option<(Fill, usize)> {
    let connector = cx.lang.connector.as_str();
    let glued = first(cx, k, |h| match h.meaning {
        Meaning::Fraction(f) if cx.morph.is_connector(&h.proclitics, connector) => Some(f),
        _ => None,
    });
    if let Some((f, n)) = glued {
        return Some((Fill::Fraction(f), n));
    }
    if cx.toks[k].key != connector || k + 1 >= cx.toks.len() {
        return None;
    }
    first(cx, k + 1, |h| match h.meaning {
        Meaning::Fraction(f) if h.proclitics.is_empty() => Some(Fill::Fraction(f)),
        _ => None,
    })
}

/// A relative day word, unless an ordinal follows ("اليوم الثالث" is "the
/// third day", not "today").
fn rel_day(cx: &Cx<'_>, k: usize) -> Option<(Fill, usize)> {
    let (fill, next) = first(cx, k, |h| match h.meaning {
        Meaning::RelDay(u, o) => Some(Fill::RelDay(u, o)),
        _ => None,
    })?;
    let ordinal_next = cx
        .hits
        .get(next)
        .is_some_and(|hs| hs.iter().any(|h| matches!(h.meaning, Meaning::Ordinal(_))));
    (!ordinal_next).then_some((fill, next))
}

/// The counted noun: the next word, unless the lexicon gives it another
/// role; after a partitive word, the word after it.
fn noun(cx: &Cx<'_>, k: usize) -> Option<(Fill, usize)> {
    let is_noun = |k: usize| {
        let t = cx.toks.get(k)?;
        let plain = t.kind == TokKind::Word
            && t.key.chars().count() > 1
            && !cx.toks[k].key.is_ascii()
            && cx.hits[k].iter().all(|h| h.meaning == Meaning::Literal);
        plain.then(|| cx.text[t.start..t.end].to_lowercase())
    };
    if let Some(n) = is_noun(k) {
        return Some((Fill::Noun(n), k + 1));
    }
    let partitive = cx.hits[k]
        .iter()
        .any(|h| h.meaning == Meaning::Partitive && h.proclitics.is_empty());
    if partitive {
        return is_noun(k + 1).map(|n| (Fill::Noun(n), k + 2));
    }
    None
}
