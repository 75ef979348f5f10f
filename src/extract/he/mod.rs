//! Hebrew surface grammar: numbers, dates, durations, money, counts, percents
//! and ordinals in Hebrew text (`hebrew-extraction.md`).
//!
//! The text is already normalized (`text::normalize`): no bidi marks or
//! niqqud, maqaf and dashes are `-`, gershayim `"`, geresh `'`. It is split
//! once into tokens with byte offsets ([`token`]), each word looked up in the
//! lexicon built from `lang::he` with its prefix letters ([`prefix`])
//! stripped. Recognizers then run over token windows, left to right, most
//! specific first:
//!
//! 1. dates ([`date`]), years and decades ([`year`]), relative dates
//!    ([`relative`]);
//! 2. ordinals ([`ordinal`]);
//! 3. expressions built on a number phrase ([`number`]): money ([`money`]),
//!    durations ([`duration`]), percents, quantities, counts ([`count`]) and
//!    plain numbers ([`quantity`]), with hedges ([`hedge`]);
//! 4. bare durations (שעתיים, במשך עשור) and bare weekdays.
//!
//! The first recognizer that matches at a token consumes its tokens, so one
//! span yields one mention. No regex and no `\b`: word edges come from the
//! tokenizer, which keeps the scan linear on Hebrew text.

mod count;
mod date;
mod duration;
mod hedge;
mod money;
mod number;
mod ordinal;
mod period;
mod prefix;
mod quantity;
mod relative;
mod token;
mod visual;
mod year;

use chrono::NaiveDate;

use super::{Kind, Mention};
use crate::extract::lang::he::{Bound, ESTIMATE_WORDS};
use crate::value::{Axis, Interval, Qualifier, Value};
use token::Tok;

/// Extracts Hebrew mentions from normalized `text`, sorted by start offset.
///
/// `reference` resolves relative dates (אתמול, בחודש הבא, לפני שלוש שנים)
/// to concrete days; without it they stay relative.
pub fn extract(text: &str, reference: Option<NaiveDate>) -> Vec<Mention> {
    if !text.split('\n').any(visual::is_visual) {
        return extract_logical(text, reference);
    }
    // Lines stored in visual order (§1 step 6) are read in logical order,
    // their spans mapped back; the other lines as they are.
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if visual::is_visual(line) {
            let (logical, map) = visual::to_logical(line);
            for mut m in extract_logical(&logical, reference) {
                let (s, e) = visual::map_back(&map, m.start, m.end);
                m.start = offset + s;
                m.end = offset + e;
                out.push(m);
            }
        } else {
            for mut m in extract_logical(line, reference) {
                m.start += offset;
                m.end += offset;
                out.push(m);
            }
        }
        offset += line.len();
    }
    out.sort_by(|a, b| (a.start, b.end).cmp(&(b.start, a.end)));
    out
}

/// [`extract`] on text in logical order.
fn extract_logical(text: &str, reference: Option<NaiveDate>) -> Vec<Mention> {
    let toks = token::tokenize(text);
    let cx = Cx {
        toks: &toks,
        reference,
        floor: std::cell::Cell::new(0),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match recognize(&cx, i) {
            Some(Found { mentions, next }) => {
                out.extend(mentions);
                i = next.max(i + 1);
                cx.floor.set(i);
            }
            None => i += 1,
        }
    }
    mark_estimates(&toks, &mut out);
    out.sort_by(|a, b| (a.start, b.end).cmp(&(b.start, a.end)));
    out
}

/// After an estimation word (לפי הערכות, להערכת המשטרה), exact scalar
/// values in the same sentence become approximate (±10 %, point kept).
fn mark_estimates(toks: &[Tok<'_>], mentions: &mut [Mention]) {
    let mut from: Option<(usize, &str)> = None;
    let mut spans: Vec<(usize, usize, &str)> = Vec::new();
    for tk in toks {
        if tk.kind == token::TokKind::Punct && matches!(tk.key(), "." | "!" | "?") {
            if let Some((s, w)) = from.take() {
                spans.push((s, tk.start, w));
            }
        } else if from.is_none() && ESTIMATE_WORDS.contains(&tk.key()) {
            from = Some((tk.end, tk.key()));
        }
    }
    if let Some((s, w)) = from {
        spans.push((s, usize::MAX, w));
    }
    for m in mentions.iter_mut() {
        let Some((_, _, w)) = spans.iter().find(|(s, e, _)| *s <= m.start && m.start < *e) else {
            continue;
        };
        if m.qualifier != Qualifier::Exact || m.kind == Kind::Ordinal {
            continue;
        }
        if let Value::Scalar {
            axis,
            point: Some(x),
            ..
        } = &m.value
        {
            let (v, q) = scalar(axis.clone(), *x, Some(Bound::About));
            m.value = v;
            m.qualifier = q;
            m.hedge = Some((*w).to_string());
        }
    }
}

/// What the recognizers see.
pub(crate) struct Cx<'t, 'a> {
    /// The tokens.
    pub toks: &'t [Tok<'a>],
    /// The document date, if known.
    pub reference: Option<NaiveDate>,
    /// The first token no earlier mention consumed: a hedge before a number
    /// may not reach back past it.
    pub floor: std::cell::Cell<usize>,
}

impl<'a> Cx<'_, 'a> {
    /// Token `i`, if any.
    pub fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.toks.get(i)
    }

    /// Token `i` when `i` is a valid index reached by stepping back from `from`.
    pub fn before(&self, from: usize, n: usize) -> Option<&Tok<'a>> {
        from.checked_sub(n).and_then(|k| self.toks.get(k))
    }
}

/// Mentions found at one position and the token index after them.
pub(crate) struct Found {
    /// Zero or more mentions (zero: tokens consumed and deliberately skipped).
    pub mentions: Vec<Mention>,
    /// The next token to look at.
    pub next: usize,
}

impl Found {
    fn one(m: Mention, next: usize) -> Self {
        Found {
            mentions: vec![m],
            next,
        }
    }

    fn none(next: usize) -> Self {
        Found {
            mentions: Vec::new(),
            next,
        }
    }
}

fn recognize(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tk = cx.tok(i)?;
    if tk.is_acronym() && tk.lex.is_none() {
        // מזל"ט, יו"ר, תשפ"ד: never numbers; a gematria day before a
        // Gregorian month (כ"ט בנובמבר) is still a date.
        return date::recognize(cx, i);
    }
    date::recognize(cx, i)
        .or_else(|| ordinal::ordinal(cx, i))
        .or_else(|| quantity::recognize(cx, i))
        .or_else(|| duration::bare(cx, i))
        .or_else(|| relative::weekday(cx, i))
}

/// A mention over tokens `first..next`, with an explicit start byte.
pub(crate) fn mention(
    cx: &Cx<'_, '_>,
    start: usize,
    next: usize,
    kind: Kind,
    value: Value,
    qualifier: Qualifier,
) -> Mention {
    let end = cx.toks[next.saturating_sub(1).min(cx.toks.len() - 1)].end;
    Mention {
        start,
        end: end.max(start),
        kind,
        value,
        qualifier,
        noun: None,
        hedge: None,
    }
}

/// A scalar value with a hedge applied: about widens ±10 % and keeps the
/// stated point; nearly keeps it too but only reaches 10 % below it; bounds are one-sided with no point (the text states a
/// limit, not a value; "up to 7" leaves the lower end open).
pub(crate) fn scalar(axis: Axis, x: f64, bound: Option<Bound>) -> (Value, Qualifier) {
    let (interval, point, q) = match bound {
        None => (Interval::point(x), Some(x), Qualifier::Exact),
        Some(Bound::About) => (Interval::point(x).widen(0.1), Some(x), Qualifier::Approx),
        Some(Bound::Nearly) => (
            Interval::closed(x - x.abs() * 0.1, x),
            Some(x),
            Qualifier::Approx,
        ),
        Some(Bound::MoreThan) => (Interval::above(x, false), None, Qualifier::AtLeast),
        Some(Bound::AtLeast) => (Interval::above(x, true), None, Qualifier::AtLeast),
        Some(Bound::LessThan) => (Interval::below(x, false, None), None, Qualifier::AtMost),
        Some(Bound::UpTo) => (Interval::below(x, true, None), None, Qualifier::AtMost),
    };
    (
        Value::Scalar {
            axis,
            interval,
            point,
        },
        q,
    )
}

/// A stated range `[lo, hi]`.
pub(crate) fn range(axis: Axis, lo: f64, hi: f64) -> (Value, Qualifier) {
    (
        Value::Scalar {
            axis,
            interval: Interval::closed(lo.min(hi), lo.max(hi)),
            point: None,
        },
        Qualifier::Range,
    )
}

/// A vague value `[lo, hi]` (מיליארדי דולרים).
pub(crate) fn vague(axis: Axis, lo: f64, hi: f64) -> (Value, Qualifier) {
    (
        Value::Scalar {
            axis,
            interval: Interval::closed(lo, hi),
            point: None,
        },
        Qualifier::Vague,
    )
}

#[cfg(test)]
mod tests;
