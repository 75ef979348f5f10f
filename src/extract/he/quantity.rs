//! Expressions built on a number phrase: money, durations, percents,
//! quantities with a unit, counts, ranges (בין X ל-Y, מ-X עד Y, X-Y), ratios
//! (אחד לשלוש) and plain numbers (פי שלושה, בן 70). What counts as a counted
//! noun, and the counts that start with a word (חייל אחד, מאות מפגינים), are
//! in [`super::count`]; ordinals in [`super::ordinal`].
//!
//! Number words that are also other words (שבע in באר שבע, שמונה "who was
//! appointed", ישבו שבעה) count only before a plural noun, a unit or another
//! number word; `אחד ה…` ("one of the …") is no claim.

use super::count::{casualty_verb, measure_follows, noun_at, noun_one, partitive_at, vague_plural};
use super::duration::{self, DurPhrase};
use super::hedge::{self, Hedge};
use super::money;
use super::number::{self, NumPhrase};
use super::token::{strip_to, TokKind};
use super::year;
use super::{mention, range, scalar, vague, Cx, Found};
use crate::extract::lang::he::{self as t, Bound};
use crate::extract::{units, Kind, Mention, AGE_NOUN};
use crate::value::Axis;

/// The shape of a value before it is put on an axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Shape {
    /// A stated value with an optional hedge.
    Point(f64, Option<Bound>),
    /// Two stated ends.
    Range(f64, f64),
    /// An order of magnitude.
    Vague(f64, f64),
}

impl Shape {
    pub(super) fn scale(self, f: f64) -> Shape {
        match self {
            Shape::Point(x, b) => Shape::Point(x * f, b),
            Shape::Range(a, b) => Shape::Range(a * f, b * f),
            Shape::Vague(a, b) => Shape::Vague(a * f, b * f),
        }
    }
}

pub(super) fn emit(
    cx: &Cx<'_, '_>,
    start: usize,
    next: usize,
    kind: Kind,
    axis: Axis,
    shape: Shape,
    hedge: Option<String>,
) -> Mention {
    let (value, q) = match shape {
        Shape::Point(x, b) => scalar(axis, x, b),
        Shape::Range(a, b) => range(axis, a, b),
        Shape::Vague(a, b) => vague(axis, a, b),
    };
    let mut m = mention(cx, start, next, kind, value, q);
    m.hedge = hedge;
    m
}

/// Money, durations, percents, quantities, counts and numbers at `i`.
pub fn recognize(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tk = cx.tok(i)?;
    // A currency written first: $3 מיליון, ₪250, EUR 20.
    if let Some(c) = money::before_number(cx, i) {
        let p = number::parse(cx.toks, c.next)?;
        let h = hedge::before(cx, i);
        let start = h.as_ref().map_or(tk.start, |h| h.start);
        let shape = Shape::Point(p.value * c.factor, h.as_ref().map(|h| h.bound));
        let m = emit(
            cx,
            start,
            p.next,
            Kind::Money,
            Axis::Money(c.code.into()),
            shape,
            h.map(|h| h.text),
        );
        return Some(Found::one(m, p.next));
    }
    // %30: a percent sign written first (right-to-left copy).
    if tk.is_punct('%')
        && !cx
            .before(i, 1)
            .is_some_and(|x| x.kind == TokKind::Num && x.end == tk.start)
    {
        if let Some(n) = cx
            .tok(i + 1)
            .filter(|x| x.kind == TokKind::Num && x.start == tk.end && x.prefix.is_empty())
        {
            if let Some(v) = number::digits_value(n.text) {
                let m = emit(
                    cx,
                    tk.start,
                    i + 2,
                    Kind::Percent,
                    Axis::Percent,
                    Shape::Point(v, None),
                    None,
                );
                return Some(Found::one(m, i + 2));
            }
        }
    }
    if tk.kind == TokKind::Word {
        // פי שלושה: a multiplier.
        if tk.key() == t::TIMES_WORD {
            let p = number::parse(cx.toks, i + 1)?;
            let m = emit(
                cx,
                tk.start,
                p.next,
                Kind::Number,
                Axis::Count,
                Shape::Point(p.value, None),
                None,
            );
            return Some(Found::one(m, p.next));
        }
        // מינוס 1,200,000
        if t::MINUS_WORDS.contains(&tk.key()) {
            let p = number::parse(cx.toks, i + 1)?;
            let m = emit(
                cx,
                tk.start,
                p.next,
                Kind::Number,
                Axis::Count,
                Shape::Point(-p.value, None),
                None,
            );
            return Some(Found::one(m, p.next));
        }
        if let Some(f) = vague_plural(cx, i) {
            return Some(f);
        }
        // פעמיים: twice.
        let dual = t::DUAL_COUNTS
            .iter()
            .find(|(w, _, _)| tk.stem() == *w && !tk.prefix.he);
        if let Some((_, v, noun)) = dual {
            let h = hedge::before(cx, i);
            let start = h.as_ref().map_or(tk.start, |h| h.start);
            let shape = Shape::Point(*v, h.as_ref().map(|h| h.bound));
            let mut m = emit(
                cx,
                start,
                i + 1,
                Kind::Count,
                Axis::Count,
                shape,
                h.map(|h| h.text),
            );
            m.noun = Some((*noun).to_string());
            return Some(Found::one(m, i + 1));
        }
        if let Some(f) = noun_one(cx, i) {
            return Some(f);
        }
        if let Some(f) = age_with_article(cx, i) {
            return Some(f);
        }
        // השלושה, התשעה עשר: a definite number word ("the three") is read
        // whole and left unclaimed, so its tail (עשר) is not a number.
        // After a noun, from 11 up it is an ordinal (§4): הכנסת העשרים וחמש.
        if tk.lex.is_some_and(|e| e.num.is_some()) {
            if let Some(p) = number::parse_definite(cx.toks, i) {
                let after_noun = cx.before(i, 1).is_some_and(|x| {
                    x.kind == TokKind::Word
                        && x.lex.is_none_or(|e| e.num.is_none() && e.time.is_none())
                });
                if after_noun && p.value >= 11.0 && p.value.fract() == 0.0 {
                    let m = emit(
                        cx,
                        tk.start,
                        p.next,
                        Kind::Ordinal,
                        Axis::Count,
                        Shape::Point(p.value, None),
                        None,
                    );
                    return Some(Found::one(m, p.next));
                }
                return Some(Found::none(p.next));
            }
        }
        // אחוז אחד: one percent.
        if tk.lex.is_some_and(|e| e.percent)
            && (tk.prefix.is_empty() || tk.prefix.about())
            && cx.tok(i + 1).is_some_and(|x| x.is("אחד") || x.is("אחת"))
        {
            let h = hedge::before(cx, i);
            let start = h.as_ref().map_or(tk.start, |h| h.start);
            let shape = Shape::Point(1.0, h.as_ref().map(|h| h.bound));
            let m = emit(
                cx,
                start,
                i + 2,
                Kind::Percent,
                Axis::Percent,
                shape,
                h.map(|h| h.text),
            );
            return Some(Found::one(m, i + 2));
        }
    }
    // בן ה-47, משה כהן (47): ages in digits.
    if let Some(f) = age_with_article(cx, i).or_else(|| age_in_parens(cx, i)) {
        return Some(f);
    }
    let p = number::parse(cx.toks, i)?;
    after_number(cx, i, p)
}

/// An age mention: a number in years, [`AGE_NOUN`] as its noun.
fn age_mention(
    cx: &Cx<'_, '_>,
    start: usize,
    next: usize,
    shape: Shape,
    hedge: Option<String>,
) -> Mention {
    let mut m = emit(cx, start, next, Kind::Number, Axis::Count, shape, hedge);
    m.noun = Some(AGE_NOUN.to_string());
    m
}

/// משה כהן (47): a whole number 1–120 alone in brackets right after a
/// word that is no number, unit, time or label word is the age of the
/// person just named.
fn age_in_parens(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tk = cx.tok(i)?;
    if tk.kind != TokKind::Num || !tk.prefix.is_empty() {
        return None;
    }
    let open = cx
        .before(i, 1)
        .filter(|x| x.is_punct('(') && x.end == tk.start)?;
    cx.tok(i + 1)
        .filter(|x| x.is_punct(')') && x.start == tk.end)?;
    cx.before(i, 2).filter(|x| {
        x.kind == TokKind::Word
            && x.lex.is_none()
            && x.end < open.start
            && !x.text.bytes().all(|b| b.is_ascii())
            && !t::LABEL_WORDS.contains(&x.key())
    })?;
    let v = number::digits_value(tk.text)
        .filter(|v| v.fract() == 0.0 && (1.0..=t::MAX_AGE).contains(v))?;
    Some(Found::one(
        age_mention(cx, tk.start, i + 1, Shape::Point(v, None), None),
        i + 1,
    ))
}

/// הילד בן השש, בת השבעים ושתיים: an age written with the article after
/// בן/בת is the number (§5: בן + number without a unit is an age).
fn age_with_article(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tk = cx.tok(i)?;
    if tk.prefix_text != "ה" || !cx.before(i, 1).is_some_and(|x| x.is("בן") || x.is("בת")) {
        return None;
    }
    // בן ה-47: digits with the article.
    if tk.kind == TokKind::Num {
        let v = number::digits_value(tk.text)
            .filter(|v| v.fract() == 0.0 && (1.0..=t::MAX_AGE).contains(v))?;
        if cx
            .tok(i + 1)
            .is_some_and(|x| x.lex.is_some_and(|e| e.time.is_some()))
        {
            return None;
        }
        return Some(Found::one(
            age_mention(cx, tk.start, i + 1, Shape::Point(v, None), None),
            i + 1,
        ));
    }
    let nw = tk.lex?.num?;
    if nw.construct || !matches!(nw.class, t::NumClass::Unit | t::NumClass::Ten) {
        return None;
    }
    let mut value = nw.value;
    let mut next = i + 1;
    // השבעים ושתיים, השלוש עשרה
    if let Some(n) = cx.tok(next).filter(|x| x.kind == TokKind::Word) {
        let unit = n
            .lex
            .and_then(|e| e.num)
            .filter(|w| w.class == t::NumClass::Unit);
        if let Some(u) = unit.filter(|_| nw.class == t::NumClass::Ten && n.prefix_text == "ו") {
            value += u.value;
            next += 1;
        } else if nw.class == t::NumClass::Unit
            && n.prefix.is_empty()
            && (n.is("עשר") || n.is("עשרה"))
        {
            value += 10.0;
            next += 1;
        }
    }
    if cx
        .tok(next)
        .is_some_and(|x| x.lex.is_some_and(|e| e.time.is_some()))
    {
        return None;
    }
    Some(Found::one(
        age_mention(cx, tk.start, next, Shape::Point(value, None), None),
        next,
    ))
}

/// `am`/`pm` (or `a.m.`, a glued `a`/`p`) at `k`: the token after it.
fn am_pm(cx: &Cx<'_, '_>, k: usize) -> Option<usize> {
    let x = cx.tok(k).filter(|x| x.kind == TokKind::Word)?;
    let w = x.text.to_ascii_lowercase();
    if w == "am" || w == "pm" {
        return Some(k + 1);
    }
    if w != "a" && w != "p" {
        return None;
    }
    let dotted = cx.tok(k + 1).is_some_and(|d| d.is_punct('.'))
        && cx
            .tok(k + 2)
            .is_some_and(|m| m.text.eq_ignore_ascii_case("m"));
    if dotted {
        let end = if cx.tok(k + 3).is_some_and(|d| d.is_punct('.')) {
            k + 4
        } else {
            k + 3
        };
        return Some(end);
    }
    (!x.space_before).then_some(k + 1)
}

/// A part of the day at `k` (בערב, אחרי הצהריים): the number before it
/// is an hour.
fn day_part_at(cx: &Cx<'_, '_>, k: usize) -> bool {
    let Some(x) = cx.tok(k) else {
        return false;
    };
    t::DAY_PARTS.contains(&x.key())
        || t::DAY_PARTS_2
            .iter()
            .any(|(a, b)| x.is(a) && cx.tok(k + 1).is_some_and(|y| y.is(b)))
}

/// The sign of a number written `-9.2` (a dash glued to it, not a range).
fn negative(cx: &Cx<'_, '_>, i: usize) -> Option<usize> {
    let tk = cx.tok(i)?;
    let d = cx.before(i, 1)?;
    // "-9.2", or "- 1,200,000" opening the text.
    let glued = d.end == tk.start || (i == 1 && d.end + 1 == tk.start);
    if tk.kind != TokKind::Num || !tk.prefix.is_empty() || !d.is_punct('-') || !glued {
        return None;
    }
    let prev_num = cx
        .before(i, 2)
        .is_some_and(|x| x.kind == TokKind::Num && x.end == d.start);
    (!prev_num).then_some(d.start)
}

fn after_number(cx: &Cx<'_, '_>, i: usize, p: NumPhrase) -> Option<Found> {
    let tk = &cx.toks[i];
    let mut value = p.value;
    let mut start = tk.start;
    if let Some(s) = negative(cx, i) {
        value = -value;
        start = s;
    }
    if p.words {
        let prev_name = cx
            .before(i, 1)
            .is_some_and(|x| strip_to(x.key(), |r| t::NAME_BEFORE_NUMBER.contains(&r)).is_some());
        let idiom = t::IDIOMS
            .iter()
            .any(|(a, b)| tk.stem() == *a && cx.tok(p.next).is_some_and(|x| x.is(b)));
        if prev_name || idiom {
            return Some(Found::none(p.next));
        }
        // אף אחד "nobody", כל אחד "everyone", בבת אחת "at once".
        let prev_blocks_one = cx
            .before(i, 1)
            .is_some_and(|x| t::NOT_BEFORE_ONE.contains(&x.key()));
        if value == 1.0 && p.next == i + 1 && prev_blocks_one {
            return Some(Found::none(p.next));
        }
        // אחד השרים, אחת מהן, אחד מיועציו: "one of".
        if value == 1.0 && p.next == i + 1 {
            if let Some(n) = cx.tok(p.next) {
                let part = n.kind == TokKind::Word
                    && (n.key().starts_with('ה')
                        || n.key().starts_with('מ') && n.lex.is_none_or(|e| e.num.is_none()));
                if part {
                    return Some(Found::none(p.next));
                }
            }
            // אחת לשבוע, אחת לשנתיים: "once every", a frequency.
            if cx
                .tok(p.next)
                .is_some_and(|x| x.prefix_text == "ל" && x.lex.is_some_and(|e| e.time.is_some()))
            {
                return Some(Found::none(p.next + 1));
            }
            // ח"כ אחד, מילימטר אחד: "one" after a word the count rules did
            // not take is no number of its own.
            let after_word = cx
                .before(i, 1)
                .is_some_and(|x| x.kind == TokKind::Word && x.lex.is_none_or(|e| e.num.is_none()));
            if after_word && tk.prefix.is_empty() && (tk.is("אחד") || tk.is("אחת")) {
                return Some(Found::none(p.next));
            }
        }
    }
    // F-35, COVID-19, G20: digits glued to a Latin name are part of it.
    let latin = |x: &super::token::Tok<'_>| {
        x.kind == TokKind::Word && x.text.bytes().all(|b| b.is_ascii_alphabetic())
    };
    if tk.kind == TokKind::Num && tk.prefix.is_empty() && !tk.space_before {
        let glued_name = cx.before(i, 1).is_some_and(|x| {
            latin(x)
                || x.is_punct('-')
                    && !x.space_before
                    && cx
                        .before(i, 2)
                        .is_some_and(|y| latin(y) && y.end == x.start)
        });
        if glued_name {
            return Some(Found::none(p.next));
        }
    }
    // 3pm, 11 PM, 330 p.m.: a time of day.
    if let Some(n) = am_pm(cx, p.next) {
        return Some(Found::none(n));
    }
    // כביש 1, מס' 5, סעיף 4: a label, not a quantity.
    if tk.kind == TokKind::Num
        && tk.prefix.is_empty()
        && cx
            .before(i, 1)
            .is_some_and(|x| t::LABEL_WORDS.contains(&x.key()))
    {
        return Some(Found::none(p.next));
    }
    // רחוב הרצל 10, בשדרות רוטשילד 22: a house number after a street's name.
    if tk.kind == TokKind::Num && tk.prefix.is_empty() && street_before(cx, i) {
        return Some(Found::none(p.next));
    }
    // בשעה 8, בשבע וחצי בערב, 3 לפנות בוקר: a time of day.
    if cx
        .before(i, 1)
        .is_some_and(|x| t::CLOCK_WORDS.contains(&x.key()))
        || (value > 0.0 && value <= 24.0 && day_part_at(cx, p.next))
    {
        // בשעה 5 עד 7: the end hour too.
        let until = cx.tok(p.next).is_some_and(|x| t::UNTIL.contains(&x.key()))
            && cx.tok(p.next + 1).is_some_and(|x| x.kind == TokKind::Num);
        return Some(Found::none(if until { p.next + 2 } else { p.next }));
    }
    let h = hedge::before(cx, i);
    if let Some(h) = &h {
        start = start.min(h.start);
    }
    let mut bound = h.as_ref().map(|h| h.bound);
    let mut hedge_text = h.map(|h: Hedge| h.text);
    // בשלוש השנים האחרונות, ב-10 השנים הבאות: a length of time.
    if let Some(tw) = cx
        .tok(p.next)
        .filter(|x| x.kind == TokKind::Word && x.prefix_text == "ה")
        .and_then(|x| x.lex)
        .and_then(|e| e.time)
        .filter(|tw| tw.plural && tw.count == 1.0)
    {
        let mut next = p.next + 1;
        if cx
            .tok(next)
            .is_some_and(|x| t::LAST_NEXT_PLURALS.contains(&x.key()))
        {
            next += 1;
        }
        let m = emit(
            cx,
            start,
            next,
            Kind::Duration,
            Axis::Seconds,
            Shape::Point(value * tw.unit.seconds(), bound),
            hedge_text,
        );
        return Some(Found::one(m, next));
    }

    // Ranges: בין X ל-Y, מ-X עד Y, X-Y.
    let k0 = p.next;
    let mut range_end: Option<(f64, usize)> = None;
    // A unit may follow each end: בין 20% ל-30%.
    let k1 = if cx.tok(k0).is_some_and(|x| x.is_punct('%')) {
        k0 + 1
    } else {
        money::at(cx, k0).map_or(k0, |c| c.next)
    };
    let mut upper: Option<NumPhrase> = None;
    if year::between(cx, i) && cx.tok(k1).is_some_and(|x| x.prefix.prep == Some('ל')) {
        upper = number::parse(cx.toks, k1);
    } else if (tk.prefix.prep == Some('מ') || tk.prefix.is_empty() || tk.prefix_text == "ל")
        && cx.tok(k1).is_some_and(|x| t::UNTIL.contains(&x.key()))
    {
        // מ-5 עד 10, and 20 עד 30 איש, ל-3 עד 5 שנים.
        upper = number::parse(cx.toks, k1 + 1);
    } else if p.words
        && cx
            .tok(k1)
            .is_some_and(|x| x.is_punct('-') && !x.space_before)
        && cx
            .tok(k1 + 1)
            .is_some_and(|x| x.kind == TokKind::Word && x.prefix.is_empty() && !x.space_before)
    {
        // שניים-שלושה ימים, שלושה-ארבעה חודשים.
        upper = number::parse(cx.toks, k1 + 1).filter(|q| q.words && q.value > value);
    } else if tk.kind == TokKind::Num && cx.tok(k1).is_some_and(|x| x.is_punct('-')) {
        if let Some(n) = cx
            .tok(k1 + 1)
            .filter(|x| x.kind == TokKind::Num && x.prefix.is_empty())
        {
            if tk.text.starts_with('0') || n.text.len() >= 5 {
                return Some(Found::none(k1 + 2)); // a phone number
            }
            upper = number::parse(cx.toks, k1 + 1);
            // 85-80: a score or a tally, not a range.
            if upper.as_ref().is_some_and(|q| {
                q.value < value && q.next == k1 + 2 && !measure_follows(cx, q.next)
            }) {
                return Some(Found::none(k1 + 2));
            }
        }
    }
    if let Some(q) = upper {
        // בין 10 ל-20 מיליון, 5-10 מיליון: the lower end borrows the scale.
        if q.scaled && !p.scaled && value * q.scale <= q.value {
            value *= q.scale;
        }
        range_end = Some((q.value, q.next));
    }
    if range_end.is_some() {
        bound = None;
        hedge_text = None;
    }
    // מ-1 ל-2 מיליארד דולר, מ-5% ל-7%: a change "from X to Y" where only Y
    // carries the unit; X takes it too (and Y's scale), as its own mention.
    if range_end.is_none() && tk.prefix.prep == Some('מ') && !tk.prefix.he {
        if let Some(f) = from_to(cx, &p, value, start, bound, hedge_text.clone()) {
            return Some(f);
        }
    }
    let k = range_end.map_or(p.next, |r| r.1);
    let shape_of = |factor: f64| match range_end {
        Some((hi, _)) => Shape::Range(value * factor, hi * factor),
        None => Shape::Point(value * factor, bound),
    };

    // Duration: 45 דקות, שלוש שעות וחצי.
    if let Some(tw) = cx
        .tok(k)
        .filter(|x| x.kind == TokKind::Word && x.prefix.is_empty())
        .and_then(|x| x.lex)
        .and_then(|e| e.time)
    {
        if tw.count == 1.0 {
            let d = DurPhrase {
                unit: tw.unit,
                count: value,
                next: k + 1,
                about: false,
                extra: 0.0,
            };
            let (frac, next) = match number::and_fraction(cx.toks, k + 1) {
                Some(f) => (f, k + 2),
                None => (0.0, k + 1),
            };
            if range_end.is_none() {
                let (extra, next) = duration::compound_tail(cx, next, tw.unit);
                let d = DurPhrase {
                    count: value + frac,
                    next,
                    extra,
                    ..d
                };
                let mut f = duration::found(cx, i, &d);
                f.mentions[0].start = start;
                return Some(f);
            }
            let m = emit(
                cx,
                start,
                next,
                Kind::Duration,
                Axis::Seconds,
                shape_of(tw.unit.seconds()),
                None,
            );
            return Some(Found::one(m, next));
        }
    }
    // Money: NUM [scale] CUR, NUM SYM.
    if let Some(c) = money::at(cx, k).filter(|c| c.amount.is_none()) {
        let mut next = c.next;
        let mut shape = shape_of(c.factor);
        // 2 דולר ו-23 סנט
        if let (Shape::Point(x, b), Some(n)) = (shape, cx.tok(next)) {
            if n.kind == TokKind::Num && n.prefix_text == "ו" {
                if let Some(c2) =
                    money::at(cx, next + 1).filter(|c2| c2.code == c.code && c2.factor < 1.0)
                {
                    if let Some(v) = number::digits_value(n.text) {
                        shape = Shape::Point(x + v * c2.factor, b);
                        next = c2.next;
                    }
                }
            }
        }
        // מ5 דולר: "from 5 dollars" is a lower bound.
        if bound.is_none() && range_end.is_none() && tk.prefix.prep == Some('מ') && !tk.prefix.he {
            if let Shape::Point(x, _) = shape {
                shape = Shape::Point(x, Some(Bound::AtLeast));
                hedge_text = Some("מ-".into());
            }
        }
        let (shape, next, hedge_text) = with_after_hedge(cx, shape, next, hedge_text);
        let m = emit(
            cx,
            start,
            next,
            Kind::Money,
            Axis::Money(c.code.into()),
            shape,
            hedge_text,
        );
        return Some(Found::one(m, next));
    }
    // Percent: 30%, 30 אחוז.
    if let Some(n) = cx.tok(k) {
        let word =
            n.kind == TokKind::Word && n.prefix.is_empty() && n.lex.is_some_and(|e| e.percent);
        if n.is_punct('%') || word {
            let (shape, next, hedge_text) = with_after_hedge(cx, shape_of(1.0), k + 1, hedge_text);
            let m = emit(
                cx,
                start,
                next,
                Kind::Percent,
                Axis::Percent,
                shape,
                hedge_text,
            );
            return Some(Found::one(m, next));
        }
    }
    // Quantity: 100 ק"מ, 30 מעלות צלזיוס.
    let phrase = t::UNIT_PHRASES.iter().find(|(a, b, _)| {
        cx.tok(k).is_some_and(|x| x.is(a)) && cx.tok(k + 1).is_some_and(|x| x.is(b))
    });
    let unit_at = match phrase {
        Some((_, _, sym)) => Some((*sym, k + 2)),
        None => cx
            .tok(k)
            .filter(|x| x.kind == TokKind::Word && x.prefix.is_empty())
            .and_then(|x| x.lex)
            .and_then(|e| e.unit)
            .map(|sym| (sym, k + 1)),
    };
    if let Some((sym, after)) = unit_at {
        if let Some(u) = units::unit(sym) {
            let (shape, next, hedge_text) =
                with_after_hedge(cx, shape_of(u.factor), after, hedge_text);
            let m = emit(
                cx,
                start,
                next,
                Kind::Quantity,
                Axis::Unit(u.canonical.into()),
                shape,
                hedge_text,
            );
            return Some(Found::one(m, next));
        }
    }
    // A day before a Hebrew-calendar month: not converted in v1.
    if cx
        .tok(k)
        .is_some_and(|x| x.lex.is_some_and(|e| e.heb_month))
    {
        return Some(Found::none(k + 1));
    }
    // פי 3, בן 70: a plain number even before a noun.
    let multiplier = cx.before(i, 1).is_some_and(|x| x.key() == t::TIMES_WORD);
    // Counts (a fraction of a noun, כמחצית מהתושבים, is a plain number).
    if !multiplier && value >= 1.0 {
        let noun = noun_at(cx, k, p.ambiguous);
        if noun.is_some() || partitive_at(cx, k) {
            let words = noun.as_ref().map_or(0, |n| n.split(' ').count());
            let next = k + words;
            let (shape, next2, hedge_text) = with_after_hedge(cx, shape_of(1.0), next, hedge_text);
            let mut m = emit(
                cx,
                start,
                next2,
                Kind::Count,
                Axis::Count,
                shape,
                hedge_text,
            );
            m.noun = noun;
            return Some(Found::one(m, next2));
        }
    }
    // שבעה נהרגו ושמונה נפצעו: people, counted by the verb after them.
    if !multiplier
        && value >= 1.0
        && value.fract() == 0.0
        && (cx.tok(k).is_some_and(casualty_verb) || cx.before(i, 1).is_some_and(casualty_verb))
    {
        let m = emit(
            cx,
            start,
            k,
            Kind::Count,
            Axis::Count,
            shape_of(1.0),
            hedge_text,
        );
        return Some(Found::one(m, k));
    }
    // A number word standing alone as the whole text ("שמונה", "זוג") is a
    // number; inside a sentence an ambiguous word needs a noun or a unit.
    let whole_text = i == 0 && cx.toks[k..].iter().all(|x| x.kind == TokKind::Punct);
    // בן שש, בגיל שבע: an age.
    let age = cx
        .before(i, 1)
        .is_some_and(|x| t::AGE_FRAMES.contains(&x.key()));
    if (p.ambiguous && !whole_text && !age) || (p.construct && p.words) {
        return None;
    }
    // בשמונה וחצי, בשלוש ורבע: an hour in words with nothing counted after it.
    let clock = p.words
        && tk.prefix.prep == Some('ב')
        && !tk.prefix.kaf
        && bound.is_none()
        && range_end.is_none()
        && value < 13.0
        && matches!(value.fract(), 0.25 | 0.5);
    if clock {
        return Some(Found::none(k));
    }
    // אחד לשלוש, 1 לעשרים: a ratio.
    if range_end.is_none() && bound.is_none() && tk.prefix.prep.is_none() {
        if let Some(q) = cx
            .tok(k)
            .filter(|x| x.prefix_text == "ל" && !year::between(cx, i))
            .and_then(|_| number::parse(cx.toks, k))
            .filter(|q| q.value != 0.0 && !measure_follows(cx, q.next))
        {
            // רבע ל-12: a quarter to twelve, a time of day.
            if value < 1.0 && q.value <= 12.0 && q.value.fract() == 0.0 {
                return Some(Found::none(q.next));
            }
            let m = emit(
                cx,
                start,
                q.next,
                Kind::Number,
                Axis::Count,
                Shape::Point(value / q.value, None),
                None,
            );
            return Some(Found::one(m, q.next));
        }
    }
    let (shape, next, hedge_text) = with_after_hedge(cx, shape_of(1.0), k, hedge_text);
    if age && (0.0..=t::MAX_AGE).contains(&value) {
        return Some(Found::one(
            age_mention(cx, start, next, shape, hedge_text),
            next,
        ));
    }
    let m = emit(
        cx,
        start,
        next,
        Kind::Number,
        Axis::Count,
        shape,
        hedge_text,
    );
    Some(Found::one(m, next))
}

/// Whether a street word and a name of one or two words stand right before
/// token `i` (רחוב הרצל, ברח' אבן גבירול).
fn street_before(cx: &Cx<'_, '_>, i: usize) -> bool {
    (2..=3).any(|n| {
        let Some(s) = i.checked_sub(n) else {
            return false;
        };
        let street = cx.toks[s].kind == TokKind::Word
            && strip_to(cx.toks[s].key(), |r| t::STREET_WORDS.contains(&r)).is_some();
        street
            && cx.toks[s + 1..i]
                .iter()
                .all(|x| x.kind == TokKind::Word && x.lex.is_none_or(|e| e.num.is_none()))
    })
}

/// The X of "מ-X ל-Y <unit>", given the unit after Y (see `after_number`).
fn from_to(
    cx: &Cx<'_, '_>,
    p: &NumPhrase,
    value: f64,
    start: usize,
    bound: Option<Bound>,
    hedge_text: Option<String>,
) -> Option<Found> {
    cx.tok(p.next).filter(|x| x.prefix_text == "ל")?;
    let q = number::parse(cx.toks, p.next)?;
    let mut x = value;
    if q.scaled && !p.scaled && x * q.scale <= q.value {
        x *= q.scale;
    }
    let next = p.next;
    let u = cx.tok(q.next)?;
    let (kind, axis, factor) = if let Some(c) = money::at(cx, q.next).filter(|c| c.amount.is_none())
    {
        (Kind::Money, Axis::Money(c.code.into()), c.factor)
    } else if u.is_punct('%') || (u.prefix.is_empty() && u.lex.is_some_and(|e| e.percent)) {
        (Kind::Percent, Axis::Percent, 1.0)
    } else if let Some(tw) = u
        .lex
        .and_then(|e| e.time)
        .filter(|tw| tw.count == 1.0 && u.prefix.is_empty())
    {
        (Kind::Duration, Axis::Seconds, tw.unit.seconds())
    } else {
        return None;
    };
    let m = emit(
        cx,
        start,
        next,
        kind,
        axis,
        Shape::Point(x * factor, bound),
        hedge_text,
    );
    Some(Found::one(m, next))
}

/// Applies a hedge written after the expression (100 איש בערך).
fn with_after_hedge(
    cx: &Cx<'_, '_>,
    shape: Shape,
    next: usize,
    hedge_text: Option<String>,
) -> (Shape, usize, Option<String>) {
    if let Shape::Point(x, None) = shape {
        if let Some((b, n, text)) = hedge::after(cx, next) {
            return (Shape::Point(x, Some(b)), n, Some(text));
        }
    }
    (shape, next, hedge_text)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{bounds, claims, exact, only, point};
    use crate::extract::Kind;
    use crate::value::Qualifier;

    #[test]
    fn percents() {
        exact("צמיחה של 3.2%", Kind::Percent, 3.2);
        exact("שישים אחוז", Kind::Percent, 60.0);
        exact("15 אחוזים", Kind::Percent, 15.0);
        exact("עלייה של %12", Kind::Percent, 12.0);
        let c = claims("השיעור עלה מ-5% ל-7%");
        assert_eq!(c.len(), 2);
        assert_eq!((point(&c[0]), c[0].kind), (5.0, Kind::Percent));
        let c = claims("הסחר גדל מ-1 ל-3 מיליארד דולר");
        assert_eq!(c.len(), 2);
        assert_eq!((point(&c[0]), c[0].kind), (1e9, Kind::Money));
        assert_eq!(point(&c[1]), 3e9);
        let m = only("בין 10% ל-15%");
        assert_eq!(m.qualifier, Qualifier::Range);
        assert_eq!(bounds(&m), (Some(10.0), Some(15.0)));
        let m = only("פחות מ-2 אחוזים");
        assert_eq!(m.qualifier, Qualifier::AtMost);
        assert_eq!(bounds(&m), (None, Some(2.0)));
    }

    #[test]
    fn ages_with_the_article() {
        exact("הילד בן השש נפצע קל", Kind::Number, 6.0);
        exact("האישה בת השבעים ושתיים חולצה", Kind::Number, 72.0);
        exact("הנער בן השלוש עשרה", Kind::Number, 13.0);
    }

    #[test]
    fn ages_carry_the_noun_age() {
        for (s, v) in [
            ("הנהג בן 47 נעצר", 47.0),
            ("האישה, בת 31, נפצעה", 31.0),
            ("הנער בן ה-47 נעצר", 47.0),
            ("משה כהן (47) נעצר", 47.0),
            ("הילד בן השש נפצע קל", 6.0),
            ("בגיל 47 פרש", 47.0),
        ] {
            let m = only(s);
            assert_eq!((m.kind, point(&m)), (Kind::Number, v), "{s}");
            assert_eq!(m.noun.as_deref(), Some(crate::extract::AGE_NOUN), "{s}");
        }
        let m = only("בני 20 עד 30");
        assert_eq!(m.noun.as_deref(), Some(crate::extract::AGE_NOUN));
        // Not ages: a count, a rank, a numbered clause, a length of time.
        assert_eq!(only("47 חיילים נהרגו").kind, Kind::Count);
        assert_eq!(only("הממשלה ה-37").kind, Kind::Ordinal);
        assert_eq!(only("ביקור בן שלושה ימים").kind, Kind::Duration);
        assert_eq!(only("לפי סעיף (5) בחוק").noun, None);
    }

    #[test]
    fn hours_before_a_part_of_the_day_are_no_claims() {
        for s in [
            "נפגשו בשבע וחצי בערב",
            "ההפגנה החלה ב-9 בבוקר",
            "הוא התעורר בארבע לפנות בוקר",
            "הישיבה תסתיים בשלוש אחרי הצהריים",
            "בחמש אחה\"צ",
            "נפגשו בשמונה וחצי",
        ] {
            assert!(claims(s).is_empty(), "{s}: {:?}", claims(s));
        }
        assert_eq!(claims("30 בבוקר").len(), 1);
    }

    #[test]
    fn plain_numbers() {
        exact("הגדיל פי ארבעה", Kind::Number, 4.0);
        exact("מינוס 40", Kind::Number, -40.0);
        exact("-3.75", Kind::Number, -3.75);
        exact("חצי מיליון", Kind::Number, 500_000.0);
        exact("שלושה רבעים", Kind::Number, 0.75);
        exact("5 3/4", Kind::Number, 5.75);
        exact("הילד, בן שש, נפצע", Kind::Number, 6.0);
    }

    #[test]
    fn labels_scores_and_lone_ones_are_no_claims() {
        for s in [
            "נסגר כביש 1 לתנועה",
            "לפי סעיף 7 לחוק",
            "השחקן מספר 10 הבקיע",
            "הקבוצה ניצחה 85-80",
            "ח\"כ אחד נמנע",
            "ואחד מיועציו אמר",
            "הוועדה מתכנסת אחת לשבוע",
            "מטוסי F-35 נחתו",
            "נגיף COVID-19",
            "פסגת ה-G20",
            "לפי דיווח בערוץ 12",
            "הקבלה בשעה 5 עד 7",
            "נפגשו ב 3pm",
            "בשעה 330 p.m.",
            "רבע ל12",
            "הוא הגיע בשעה 06:30",
            "המטוס נחת ב-23:40",
            "הם גרים ברחוב הרצל 10 בתל אביב",
            "בשדרות רוטשילד 22",
            "טיסה 372 נחתה",
            "קו 5 בוטל",
            "ראה בעמוד 7",
            "הקבוצה ניצחה 3:1",
            "המשחק הסתיים 2-1",
        ] {
            assert!(claims(s).is_empty(), "{s}: {:?}", claims(s));
        }
    }

    #[test]
    fn until_ranges_and_digit_halves() {
        let m = only("בני 20 עד 30");
        assert_eq!(bounds(&m), (Some(20.0), Some(30.0)));
        assert_eq!(m.qualifier, Qualifier::Range);
        exact("בן 3 וחצי", Kind::Number, 3.5);
        exact("2 וחצי מיליון שקל", Kind::Money, 2.5e6);
    }

    #[test]
    fn counts_before_casualty_verbs() {
        let c = claims("שבעה נהרגו ושמונה נפצעו");
        assert_eq!(c.len(), 2, "{c:?}");
        assert!(c.iter().all(|m| m.kind == Kind::Count));
        assert!(claims("הוא שמונה לשגריר").is_empty());
        assert_eq!(only("לפחות 10 נהרגו").qualifier, Qualifier::AtLeast);
        assert_eq!(only("בתאונה נהרגו שבעה").kind, Kind::Count);
        assert_eq!(claims("נהרגו שניים ונפצעו שלושה")[1].kind, Kind::Count);
        assert_eq!(bounds(&only("בין 10 ל-20 נהרגו")), (Some(10.0), Some(20.0)));
    }

    #[test]
    fn the_last_n_years() {
        exact("בשלוש השנים האחרונות", Kind::Duration, 3.0 * 31_536_000.0);
        exact("ב-10 השנים הבאות", Kind::Duration, 10.0 * 31_536_000.0);
    }

    #[test]
    fn more_units() {
        let m = only("30 מעלות צלזיוס");
        assert_eq!(m.kind, Kind::Quantity);
        assert_eq!(m.value.axis(), crate::value::Axis::Unit("degC".into()));
        assert_eq!(only("מיליון חביות נפט ביום").kind, Kind::Quantity);
        assert_eq!(only("500 מ\"ק").kind, Kind::Quantity);
    }

    #[test]
    fn quantities_use_canonical_units() {
        let m = only("במרחק 20 ק\"מ");
        assert_eq!(m.kind, Kind::Quantity);
        assert_eq!(point(&m), 20_000.0);
        let m = only("כ-5 טון");
        assert_eq!(m.qualifier, Qualifier::Approx);
        assert_eq!(point(&m), 5000.0);
    }

    #[test]
    fn ranges_and_phone_numbers() {
        let m = only("15-20 משתתפים");
        assert_eq!(m.qualifier, Qualifier::Range);
        assert_eq!(bounds(&m), (Some(15.0), Some(20.0)));
        assert!(claims("טלפון 08-9876543").is_empty());
    }
}
