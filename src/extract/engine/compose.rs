//! The number-word composer: one number phrase from digits and words.
//!
//! Reads left to right, keeping a running `total` (scaled parts) and a
//! `small` part below the next scale word, as every language with scale
//! words is read: a unit right before the ten word makes a teen (ثلاثة عشر),
//! a unit right before a hundred word multiplies it (ثلاث مائة), a scale
//! multiplies what stands before it (ثلاثة آلاف, 2.5 مليون), the connector
//! adds (مائة وخمسة وعشرون), a fraction after the connector adds that part
//! of the last scale (مليون ونصف), a dual scale is a whole number (ألفين), a
//! vague plural gives an order of magnitude (عشرات, آلاف). Ranges of two such
//! phrases (بين 10 و20, من 10 إلى 20, 10-20) are read by [`amount`].

use super::figures::Figure;
use super::lexicon::{Hit, Meaning};
use super::scan::Cx;
use super::token::TokKind;

/// A number phrase, or a range of two.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Amount {
    /// Lower end (the value, for a point).
    pub lo: f64,
    /// Upper end.
    pub hi: f64,
    /// Two stated ends.
    pub range: bool,
    /// An order of magnitude only.
    pub vague: bool,
    /// The largest scale word used (for "between 2 and 3 million").
    pub scale: Option<f64>,
    /// The token it starts at.
    pub first: usize,
    /// Its first byte (after a proclitic of the first word).
    pub start: usize,
    /// The token after it.
    pub next: usize,
    /// The digits, when the phrase is one digit token and nothing else.
    pub figure: Option<Figure>,
}

impl Amount {
    /// The value of a point amount.
    pub fn value(&self) -> Option<f64> {
        (!self.range && !self.vague).then_some(self.lo)
    }
}

/// What the previous word was, for the composing rules.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Last {
    Unit,
    Tens,
    Hundred,
    Scale(f64),
    Digits,
    Fraction,
}

struct State {
    total: f64,
    small: f64,
    last: Last,
    scale: Option<f64>,
    /// The last term added to `small`: a plural fraction after it takes
    /// that part of it alone (مئة وثلاثة أرباع = 100.75).
    added: f64,
}

impl State {
    /// Applies one word; `false` when it cannot continue the phrase.
    fn step(&mut self, m: &Meaning, joined: bool) -> bool {
        match (m, joined) {
            (Meaning::Number(v), false) if *v == 10.0 && self.last == Last::Unit => {
                self.small += 10.0;
                self.last = Last::Tens;
            }
            (Meaning::Number(v), false) if *v == 100.0 && self.last == Last::Unit => {
                self.small *= 100.0;
                self.last = Last::Hundred;
            }
            (Meaning::Number(v), true) => {
                self.small += v;
                self.added = *v;
                self.last = last_of(*v);
            }
            (Meaning::Scale(s), false) if !matches!(self.last, Last::Scale(_)) => {
                self.total += if self.small == 0.0 { 1.0 } else { self.small } * s;
                self.small = 0.0;
                self.last = Last::Scale(*s);
                self.scale = Some(self.scale.map_or(*s, |x: f64| x.max(*s)));
            }
            (Meaning::Scale(s), true) => {
                self.total += s;
                self.last = Last::Scale(*s);
            }
            (Meaning::DualScale(v), true) => {
                self.total += v;
                self.last = Last::Scale(v / 2.0);
            }
            (Meaning::Fraction(f), false) if self.last == Last::Unit => {
                self.small += self.added * (f - 1.0);
                self.last = Last::Fraction;
            }
            (Meaning::Fraction(f), true) => {
                let of = match self.last {
                    Last::Scale(s) => s,
                    _ => 1.0,
                };
                self.small += f * of;
                self.last = Last::Fraction;
            }
            _ => return false,
        }
        true
    }
}

fn last_of(v: f64) -> Last {
    match v {
        v if v < 10.0 => Last::Unit,
        v if v < 100.0 => Last::Tens,
        _ => Last::Hundred,
    }
}

/// The number-word meaning of a hit, a dual scale read as two.
fn numeric(h: &Hit) -> Option<Meaning> {
    match &h.meaning {
        Meaning::Scale(s) if h.dual => Some(Meaning::DualScale(2.0 * s)),
        m @ (Meaning::Number(_)
        | Meaning::Compound(_)
        | Meaning::Scale(_)
        | Meaning::DualScale(_)
        | Meaning::Fraction(_)
        | Meaning::Vague(..)) => Some(m.clone()),
        _ => None,
    }
}

/// A number word at token `k`: its meaning, the proclitics on it, its start.
fn word_at(cx: &Cx<'_>, k: usize) -> Option<(Meaning, String, usize)> {
    cx.hits
        .get(k)?
        .iter()
        .filter(|h| h.next == k + 1)
        .find_map(|h| numeric(h).map(|m| (m, h.proclitics.clone(), h.start)))
}

/// The first word of a phrase at `i`; `None` when it cannot start one.
fn first(cx: &Cx<'_>, i: usize, st: &mut State) -> Option<(usize, usize)> {
    let tk = cx.toks.get(i)?;
    if let Some(f) = tk.figure {
        st.small = f.value;
        st.last = Last::Digits;
        return Some((tk.start, i + 1));
    }
    // A minus sign touching the digits, itself after a space or the start:
    // "-1.2", not the dash of "10-20".
    let minus = ["-", "\u{2212}"].contains(&tk.key.as_str())
        && cx
            .toks
            .get(i + 1)
            .is_some_and(|t| t.figure.is_some() && !t.space_before)
        && (i == 0 || tk.space_before);
    // A leading decimal mark: ".08".
    let point = cx
        .lang
        .separators
        .notation
        .decimal
        .iter()
        .any(|c| tk.key == c.to_string())
        && cx.toks.get(i + 1).is_some_and(|t| !t.space_before)
        && (i == 0 || tk.space_before);
    if let Some(f) = cx
        .toks
        .get(i + 1)
        .and_then(|t| t.figure)
        .filter(|f| point && f.decimals == 0 && !f.grouped)
    {
        st.small = f.value / 10f64.powi(f.int_digits as i32);
        st.last = Last::Digits;
        return Some((tk.start, i + 2));
    }
    if minus {
        let f = cx.toks[i + 1].figure?;
        st.small = -f.value;
        st.last = Last::Digits;
        return Some((tk.start, i + 2));
    }
    let (m, _, start) = word_at(cx, i)?;
    match m {
        Meaning::Number(v) => {
            st.small = v;
            st.added = v;
            st.last = last_of(v);
        }
        Meaning::Compound(v) => {
            // أحد عشر, اثنا عشر: only before the ten word.
            let ten = word_at(cx, i + 1)
                .filter(|(m, p, _)| *m == Meaning::Number(10.0) && p.is_empty())
                .is_some();
            if !ten {
                return None;
            }
            st.small = v + 10.0;
            st.last = Last::Tens;
            return Some((start, i + 2));
        }
        Meaning::Scale(s) => {
            st.total = s;
            st.last = Last::Scale(s);
            st.scale = Some(s);
        }
        Meaning::DualScale(v) => {
            st.total = v;
            st.last = Last::Scale(v / 2.0);
        }
        Meaning::Fraction(f) => {
            st.small = f;
            st.last = Last::Fraction;
        }
        _ => return None,
    }
    Some((start, i + 1))
}

/// A single number phrase starting at token `i`.
pub fn number(cx: &Cx<'_>, i: usize) -> Option<Amount> {
    number_until(cx, i, cx.toks.len())
}

/// A number phrase starting at `i` that ends at token `stop` at the latest.
fn number_until(cx: &Cx<'_>, i: usize, stop: usize) -> Option<Amount> {
    if let Some(v) = vague(cx, i) {
        return Some(v);
    }
    let mut st = State {
        total: 0.0,
        small: 0.0,
        last: Last::Unit,
        scale: None,
        added: 0.0,
    };
    let (start, mut k) = first(cx, i, &mut st)?;
    let only_digits = cx.toks[i].figure.filter(|_| k == i + 1);
    let connector = cx.lang.connector.as_str();
    while k < stop {
        let tk = &cx.toks[k];
        // The connector as a word of its own: "واحدة و عشرون".
        let (joined, at) = if tk.key == connector && k + 1 < cx.toks.len() {
            (true, k + 1)
        } else {
            (false, k)
        };
        let t = &cx.toks[at];
        if t.kind == TokKind::Num {
            // "ألف و500": digits continue only after the connector.
            let Some(f) = t
                .figure
                .filter(|_| joined && matches!(st.last, Last::Scale(_)))
            else {
                break;
            };
            st.small += f.value;
            st.last = Last::Digits;
            k = at + 1;
            continue;
        }
        let Some((m, procl, _)) = word_at(cx, at) else {
            break;
        };
        let joined = joined || cx.morph.is_connector(&procl, connector);
        if !(procl.is_empty() || joined) || (joined && !procl.is_empty() && at != k) {
            break;
        }
        if let Meaning::Compound(v) = m {
            let ten = word_at(cx, at + 1)
                .is_some_and(|(m, p, _)| m == Meaning::Number(10.0) && p.is_empty());
            if !(ten && joined) {
                break;
            }
            st.small += v + 10.0;
            st.last = Last::Tens;
            k = at + 2;
            continue;
        }
        if !st.step(&m, joined) {
            break;
        }
        k = at + 1;
    }
    let v = st.total + st.small;
    Some(Amount {
        lo: v,
        hi: v,
        range: false,
        vague: false,
        scale: st.scale,
        first: i,
        start,
        next: k,
        figure: only_digits.filter(|_| k == i + 1),
    })
}

/// A vague plural at `i`, a scale word after it multiplying both ends
/// (عشرات الآلاف).
fn vague(cx: &Cx<'_>, i: usize) -> Option<Amount> {
    let (m, _, start) = word_at(cx, i)?;
    let Meaning::Vague(mut lo, mut hi) = m else {
        return None;
    };
    let mut next = i + 1;
    if let Some((Meaning::Scale(s), _, _)) = cx.toks.get(next).and_then(|_| word_at(cx, next)) {
        lo *= s;
        hi *= s;
        next += 1;
    }
    Some(Amount {
        lo,
        hi,
        range: false,
        vague: true,
        scale: None,
        first: i,
        start,
        next,
        figure: None,
    })
}

/// Whether token `k` has a hit with this meaning as a word of its own.
fn is(cx: &Cx<'_>, k: usize, want: &Meaning) -> Option<usize> {
    cx.hits
        .get(k)?
        .iter()
        .find(|h| h.meaning == *want && h.proclitics.is_empty())
        .map(|h| h.next)
}

/// A number or a range of two at token `i`.
pub fn amount(cx: &Cx<'_>, i: usize) -> Option<Amount> {
    if let Some(j) = is(cx, i, &Meaning::Between) {
        // The "and" of between is also the connector inside a number
        // (بين خمسة وعشرين وثلاثين): the first end is the longest phrase
        // that leaves a second one after the "and".
        let full = number(cx, j)?;
        for stop in (j + 1..=full.next).rev() {
            let Some(a) = number_until(cx, j, stop) else {
                continue;
            };
            let b = match is(cx, a.next, &Meaning::BetweenAnd) {
                Some(k) => number(cx, k),
                None => number(cx, a.next).filter(|b| joined_by_connector(cx, b)),
            };
            if let Some(b) = b {
                return Some(join(cx, i, a, b));
            }
        }
        return None;
    }
    if let Some(j) = is(cx, i, &Meaning::From) {
        let a = number(cx, j)?;
        let b = second_end(cx, a.next)?;
        return Some(join(cx, i, a, b));
    }
    let a = number(cx, i)?;
    if a.vague {
        return Some(a);
    }
    // 10-20: a dash touching both ends.
    if let Some(d) = is(cx, a.next, &Meaning::Dash) {
        let touching =
            cx.toks.get(d).is_some_and(|t| !t.space_before) && !cx.toks[a.next].space_before;
        if touching && cx.toks[d].kind == TokKind::Num {
            if let Some(b) = number(cx, d) {
                return Some(join(cx, i, a, b));
            }
        }
    }
    Some(a)
}

fn joined_by_connector(cx: &Cx<'_>, b: &Amount) -> bool {
    cx.hits[b.first]
        .iter()
        .any(|h| cx.morph.is_connector(&h.proclitics, &cx.lang.connector))
}

/// The "to" end of a from-range: a to-word, or a to-proclitic on the number.
fn second_end(cx: &Cx<'_>, k: usize) -> Option<Amount> {
    if let Some(j) = is(cx, k, &Meaning::To) {
        return number(cx, j);
    }
    let b = number(cx, k)?;
    let procl = cx
        .hits
        .get(k)?
        .iter()
        .find(|h| numeric(h).is_some())
        .map(|h| h.proclitics.clone())?;
    let to = cx.lexicon.meanings(&procl).any(|m| *m == Meaning::To);
    to.then_some(b)
}

/// The range of two ends, a scale written only on the second applied to
/// the first (بين 2 و3 ملايين).
fn join(cx: &Cx<'_>, i: usize, mut a: Amount, b: Amount) -> Amount {
    if let (None, Some(s)) = (a.scale, b.scale) {
        if a.lo * s <= b.hi {
            a.lo *= s;
            a.hi *= s;
        }
    }
    Amount {
        lo: a.lo.min(b.lo),
        hi: a.hi.max(b.hi),
        range: true,
        vague: false,
        scale: b.scale,
        first: i,
        start: cx.toks[i].start,
        next: b.next,
        figure: None,
    }
}
