//! Counted nouns and counts (§2, §11): a number before a plural noun
//! (שלושה ביקורים, שלושת השרים, 100 איש, שלושה חברי כנסת) is a count with
//! `Mention.noun` as written; a noun before אחד/אחת (חייל אחד) is one; vague
//! plurals (מאות מפגינים, עשרות אלפי, מיליארדי דולרים) are ranges of §0.
//! An ambiguous number word (שמונה, שבעה) counts only before a plural noun.

use super::money;
use super::number;
use super::quantity::{emit, Shape};
use super::token::TokKind;
use super::{Cx, Found};
use crate::extract::lang::he::{self as t, NumClass};
use crate::extract::Kind;
use crate::value::Axis;

/// Whether what starts at token `k` makes a number before it a measure
/// (unit, currency, percent, scale word) or, with `nouns`, a count.
pub fn measure_follows_with(cx: &Cx<'_, '_>, k: usize, nouns: bool) -> bool {
    let Some(tk) = cx.tok(k) else { return false };
    if money::at(cx, k).is_some() || tk.is_punct('%') {
        return true;
    }
    if tk.kind != TokKind::Word || !tk.prefix.is_empty() {
        return false;
    }
    if let Some(e) = tk.lex {
        if e.time.is_some() || e.percent || e.unit.is_some() {
            return true;
        }
        if e.num
            .is_some_and(|n| matches!(n.class, NumClass::Scale | NumClass::Thousand))
        {
            return true;
        }
    }
    nouns && noun_at(cx, k, false).is_some()
}

/// [`measure_follows_with`] counting nouns.
pub fn measure_follows(cx: &Cx<'_, '_>, k: usize) -> bool {
    measure_follows_with(cx, k, true)
}

/// The counted noun at `k`, as written: a plural-looking word (ים/ות) or a
/// noun counted in the singular (איש, בני אדם). `strict` (after an
/// ambiguous number word) wants a plural without a ל prefix.
pub fn noun_at(cx: &Cx<'_, '_>, k: usize, strict: bool) -> Option<String> {
    let tk = cx.tok(k)?;
    if tk.kind != TokKind::Word || tk.is_acronym() || tk.text.is_ascii() {
        return None;
    }
    if let Some(e) = tk.lex {
        if e.num.is_some()
            || e.time.is_some()
            || e.currency.is_some()
            || e.unit.is_some()
            || e.percent
            || e.month.is_some()
            || e.relative.is_some()
            || e.heb_month
            || e.vague.is_some()
            || e.frac.is_some()
        {
            return None;
        }
    }
    let key = tk.key();
    let hedge_word = t::HEDGES_BEFORE.iter().any(|(ws, _, _)| ws.contains(&key));
    if t::NOT_NOUNS.contains(&key) || t::PARTITIVES.contains(&key) || hedge_word {
        return None;
    }
    let plural = (key.ends_with("ים") || key.ends_with("ות")) && key.chars().count() >= 4;
    // A construct plural before its complement: שלושה חברי כנסת, אנשי צוות.
    let construct = key.ends_with('י')
        && key.chars().count() >= 4
        && cx
            .tok(k + 1)
            .is_some_and(|x| x.kind == TokKind::Word && !x.text.is_ascii());
    let bare = key.strip_prefix('ה').unwrap_or(key);
    let singular = t::SINGULAR_COUNT_NOUNS.contains(&bare);
    let ok = if strict {
        (plural || construct) && !key.starts_with('ל')
    } else {
        plural || singular || construct
    };
    if !ok {
        return None;
    }
    if (bare == "בני" || bare == "בנות") && cx.tok(k + 1).is_some_and(|x| x.is("אדם")) {
        return Some(format!("{} אדם", tk.text));
    }
    Some(tk.text.to_string())
}

pub(super) fn partitive_at(cx: &Cx<'_, '_>, k: usize) -> bool {
    cx.tok(k).is_some_and(|x| t::PARTITIVES.contains(&x.key()))
}

pub(super) fn vague_plural(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let (lo, hi, next) = number::parse_vague(cx.toks, i)?;
    let tk = &cx.toks[i];
    // מאות after a unit word is a multiplier, handled by the number parser.
    if cx
        .before(i, 1)
        .is_some_and(|x| x.kind == TokKind::Word && x.lex.and_then(|e| e.num).is_some())
    {
        return None;
    }
    if let Some(c) = money::at(cx, next) {
        let m = emit(
            cx,
            tk.start,
            c.next,
            Kind::Money,
            Axis::Money(c.code.into()),
            Shape::Vague(lo, hi).scale(c.factor),
            None,
        );
        return Some(Found::one(m, c.next));
    }
    // עשרות שנים: decades, vaguely.
    let time = cx
        .tok(next)
        .filter(|x| x.prefix.is_empty())
        .and_then(|x| x.lex)
        .and_then(|e| e.time)
        .filter(|tw| tw.plural);
    if let Some(tw) = time {
        let shape = Shape::Vague(lo, hi).scale(tw.unit.seconds());
        let m = emit(
            cx,
            tk.start,
            next + 1,
            Kind::Duration,
            Axis::Seconds,
            shape,
            None,
        );
        return Some(Found::one(m, next + 1));
    }
    // A noun, or a scale word that makes the phrase a number by itself
    // (מאות אלפים הפגינו).
    let noun = noun_at(cx, next, false);
    // עשרות נפצעו, נעצרו מאות: people, by the verb.
    let verb =
        cx.tok(next).is_some_and(casualty_verb) || cx.before(i, 1).is_some_and(casualty_verb);
    if noun.is_none() && next == i + 1 && !verb {
        return None;
    }
    let n = next + noun.as_ref().map_or(0, |x| x.split(' ').count());
    let mut m = emit(
        cx,
        tk.start,
        n,
        Kind::Count,
        Axis::Count,
        Shape::Vague(lo, hi),
        None,
    );
    m.noun = noun;
    Some(Found::one(m, n))
}

/// A casualty or arrest verb (נהרגו, ונפצעו).
pub(super) fn casualty_verb(x: &super::token::Tok<'_>) -> bool {
    let k = x.key();
    t::CASUALTY_VERBS.contains(&k)
        || k.strip_prefix('ו')
            .is_some_and(|r| t::CASUALTY_VERBS.contains(&r))
}

/// A noun followed by אחד/אחת ("חייל אחד"), or a currency word that is an
/// amount by itself (שנקל, שקל בודד).
pub(super) fn noun_one(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tk = &cx.toks[i];
    if let Some(c) = money::at(cx, i) {
        if tk.kind != TokKind::Word || c.factor > 1.0 {
            return None;
        }
        let single = cx
            .tok(c.next)
            .is_some_and(|x| t::SINGLE_MARKERS.iter().any(|w| x.is(w)));
        // שקל וחצי
        let half = number::and_fraction(cx.toks, c.next);
        // A singular unit word at the end of a phrase: "אגורה", "עלה שקל."
        let words: Vec<&str> = cx.toks[i..c.next].iter().map(|x| x.key()).collect();
        let at_end = cx.tok(c.next).is_none_or(|x| x.kind == TokKind::Punct);
        let alone = at_end && t::SINGLE_UNITS.contains(&words.join(" ").as_str());
        let amount = c
            .amount
            .or(single.then_some(1.0))
            .or(half.map(|f| 1.0 + f))
            .or(alone.then_some(1.0))?;
        let next = if single || half.is_some() {
            c.next + 1
        } else {
            c.next
        };
        let m = emit(
            cx,
            tk.start,
            next,
            Kind::Money,
            Axis::Money(c.code.into()),
            Shape::Point(amount * c.factor, None),
            None,
        );
        return Some(Found::one(m, next));
    }
    // Not "אחת לשבוע" (once a week).
    let one = cx.tok(i + 1).is_some_and(|x| x.is("אחד") || x.is("אחת"))
        && !cx.tok(i + 2).is_some_and(|x| {
            x.is("עשר")
                || x.is("עשרה")
                || x.prefix_text == "ל" && x.lex.is_some_and(|e| e.time.is_some())
        });
    if !one
        || tk.lex.is_some()
        || tk.is_acronym()
        || tk.text.is_ascii()
        || tk.key().chars().count() < 3
        || number::and_fraction(cx.toks, i + 2).is_some()
    {
        return None;
    }
    let bare = tk.key().strip_prefix('ו').unwrap_or(tk.key());
    if t::NOT_BEFORE_ONE.contains(&bare)
        || t::NOT_NOUNS.contains(&bare)
        || t::DURATION_FRAMES.contains(&bare)
        || t::AGO_WORDS.contains(&bare)
        || t::IN_WORDS.contains(&bare)
    {
        return None;
    }
    let mut m = emit(
        cx,
        tk.start,
        i + 2,
        Kind::Count,
        Axis::Count,
        Shape::Point(1.0, None),
        None,
    );
    m.noun = Some(tk.text.to_string());
    Some(Found::one(m, i + 2))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{bounds, claims, exact, only, point};
    use crate::extract::Kind;
    use crate::value::Qualifier;

    #[test]
    fn counts_keep_their_noun() {
        let m = only("השר קיים ארבע פגישות");
        assert_eq!(m.kind, Kind::Count);
        assert_eq!(point(&m), 4.0);
        assert_eq!(m.noun.as_deref(), Some("פגישות"));
        let m = only("ששת החטופים שוחררו");
        assert_eq!(point(&m), 6.0);
        assert_eq!(m.noun.as_deref(), Some("החטופים"));
        let m = only("שוטר אחד נפצע");
        assert_eq!(point(&m), 1.0);
        assert_eq!(m.noun.as_deref(), Some("שוטר"));
        exact("שלושה מהם שוחררו", Kind::Count, 3.0);
        exact("עשרים ושלוש מדינות", Kind::Count, 23.0);
        exact("אלף ומאתיים תושבים", Kind::Count, 1200.0);
        exact("4,500 עובדים", Kind::Count, 4500.0);
        exact("ביקר שם ארבע פעמים", Kind::Count, 4.0);
        exact("ביקר שם פעמיים", Kind::Count, 2.0);
        let m = only("שבעה חברי פרלמנט");
        assert_eq!(m.noun.as_deref(), Some("חברי"));
        let m = only("כ-40 איש");
        assert_eq!(m.qualifier, Qualifier::Approx);
        assert_eq!(point(&m), 40.0);
    }

    #[test]
    fn ambiguous_number_words_need_a_plural_noun() {
        exact("שבעה פצועים", Kind::Count, 7.0);
        exact("שמונה חברות", Kind::Count, 8.0);
        assert!(claims("היועצת שמונה לדוברת").is_empty());
        assert!(claims("המשפחה ישבה שבעה").is_empty());
        assert!(claims("אחת הבעיות").is_empty());
    }

    #[test]
    fn vague_counts() {
        let m = only("אלפי מפגינים");
        assert_eq!(m.qualifier, Qualifier::Vague);
        assert_eq!(bounds(&m), (Some(2000.0), Some(1e6)));
        assert!(claims("רבים הגיעו").is_empty());
    }
}
