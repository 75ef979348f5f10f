//! Durations (§5): N + unit (45 דקות, שלושה ימים, 20 שנה: singular after
//! numbers), duals (יומיים, שבועיים, שעתיים, חודשיים, שנתיים), fractions
//! (חצי שעה, שעה וחצי, שעה ורבע, שלוש שעות וחצי), and a bare unit after a
//! frame word (במשך עשור, תוך שעה, חודש ימים) or with כ (כשבוע).

use super::hedge;
use super::number;
use super::token::TokKind;
use super::{mention, range, scalar, Cx, Found};
use crate::extract::lang::he::{self as t, TimeUnit};
use crate::extract::Kind;
use crate::value::Axis;

/// A duration phrase: `count` units.
#[derive(Clone, Debug, PartialEq)]
pub struct DurPhrase {
    /// The unit.
    pub unit: TimeUnit,
    /// How many units.
    pub count: f64,
    /// The token after the phrase.
    pub next: usize,
    /// Carried the approximating כ (כשבוע, כשלוש שנים).
    pub about: bool,
    /// Seconds of a smaller unit joined with ו (שעה ו-20 דקות).
    pub extra: f64,
}

impl DurPhrase {
    /// The length in seconds.
    pub fn seconds(&self) -> f64 {
        self.count * self.unit.seconds() + self.extra
    }
}

/// A smaller unit joined with ו after a duration ending before `k`
/// (שעתיים ועשרים דקות, 7 שעות ו-30 דקות): `(seconds, next)`.
pub fn compound_tail(cx: &Cx<'_, '_>, k: usize, unit: TimeUnit) -> (f64, usize) {
    if cx.tok(k).is_none_or(|x| x.prefix_text != "ו") {
        return (0.0, k);
    }
    let Some(p) = number::parse(cx.toks, k) else {
        return (0.0, k);
    };
    match cx
        .tok(p.next)
        .filter(|x| x.prefix.is_empty())
        .and_then(|x| x.lex)
        .and_then(|e| e.time)
    {
        Some(tw) if tw.count == 1.0 && tw.unit.seconds() < unit.seconds() => {
            (p.value * tw.unit.seconds(), p.next + 1)
        }
        _ => (0.0, k),
    }
}

fn unit_word(cx: &Cx<'_, '_>, k: usize) -> Option<t::TimeWord> {
    let tk = cx.tok(k)?;
    if tk.kind != TokKind::Word {
        return None;
    }
    tk.lex?.time
}

/// `וחצי`/`ורבע` after a unit: `(fraction, next)`.
fn trailing_fraction(cx: &Cx<'_, '_>, k: usize) -> (f64, usize) {
    match number::and_fraction(cx.toks, k) {
        Some(f) => (f, k + 1),
        None => (0.0, k),
    }
}

/// A duration phrase starting at token `k`; `hedged` also accepts a מ/ל
/// prefix that a hedge before asks for (פחות מיממה, קרוב לשנה).
pub fn phrase_with(cx: &Cx<'_, '_>, k: usize, hedged: bool) -> Option<DurPhrase> {
    let tk = cx.tok(k)?;
    let about = tk.prefix.about();
    let hedge_prep = hedged && matches!(tk.prefix.prep, Some('מ' | 'ל')) && !tk.prefix.he;
    if !(tk.prefix.is_empty() || about || tk.prefix.only_vav() || hedge_prep) {
        return None;
    }
    if let Some(tw) = unit_word(cx, k) {
        if tw.plural {
            return None;
        }
        let mut next = k + 1;
        let mut count = tw.count;
        if tw.count == 1.0 {
            // חודש ימים = one month; שעה וחצי; יום אחד.
            // חודש ימים, שבוע ימים: "a whole month/week".
            let month_of_days = matches!(tw.unit, TimeUnit::Month | TimeUnit::Week)
                && cx.tok(next).is_some_and(|x| x.is("ימים"));
            if month_of_days || cx.tok(next).is_some_and(|x| x.is("אחד") || x.is("אחת")) {
                next += 1;
            }
        }
        // שעה וחצי, שנתיים וחצי.
        let (f, n) = trailing_fraction(cx, next);
        count += f;
        let (extra, next) = compound_tail(cx, n, tw.unit);
        return Some(DurPhrase {
            unit: tw.unit,
            count,
            next,
            about,
            extra,
        });
    }
    let p = number::parse(cx.toks, k)?;
    let u = cx.tok(p.next)?;
    if !u.prefix.is_empty() {
        return None;
    }
    let tw = unit_word(cx, p.next)?;
    if tw.count != 1.0 {
        return None;
    }
    let (f, next) = trailing_fraction(cx, p.next + 1);
    let (extra, next) = compound_tail(cx, next, tw.unit);
    Some(DurPhrase {
        unit: tw.unit,
        count: p.value + f,
        next,
        about,
        extra,
    })
}

/// A duration whose number comes first (handled by `quantity` after the
/// number is parsed), or a bare unit: a dual, a unit with וחצי/ורבע, a unit
/// after a frame word or with כ.
pub fn bare(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tw = unit_word(cx, i)?;
    let tk = &cx.toks[i];
    // במהלך השנתיים האחרונות: two units, definite.
    if tw.count == 2.0
        && (tk.prefix.he || tk.prefix.prep == Some('ב'))
        && cx
            .tok(i + 1)
            .is_some_and(|x| t::LAST_NEXT_PLURALS.contains(&x.key()))
    {
        let (value, q) = scalar(Axis::Seconds, 2.0 * tw.unit.seconds(), None);
        let m = mention(cx, tk.start, i + 2, Kind::Duration, value, q);
        return Some(Found::one(m, i + 2));
    }
    if tw.plural || tk.prefix.he {
        return None;
    }
    // A hedge word before the unit (כמעט עשור, יותר משנתיים), not the כ- prefix.
    let hedged = hedge::before(cx, i).is_some_and(|h| h.text != "כ-");
    let d = phrase_with(cx, i, hedged)?;
    let framed = hedged
        || cx.before(i, 1).is_some_and(|x| {
            x.kind == TokKind::Word
                && t::DURATION_FRAMES
                    .iter()
                    .any(|f| x.key() == *f || x.key().strip_prefix('ו') == Some(f))
        });
    let stands = tw.count == 2.0 || d.count != tw.count || framed || d.about || d.next > i + 1;
    if !stands || !(tk.prefix.is_empty() || d.about || hedged) {
        return None;
    }
    // שנתיים-שלוש, חודשיים-שלושה: a dual and a larger number, one range.
    if tw.count == 2.0 && d.next == i + 1 {
        let dash = cx
            .tok(i + 1)
            .is_some_and(|x| x.is_punct('-') && !x.space_before);
        let upper = cx
            .tok(i + 2)
            .filter(|x| dash && x.kind == TokKind::Word && x.prefix.is_empty() && !x.space_before)
            .and_then(|_| number::parse(cx.toks, i + 2))
            .filter(|q| q.words && q.value > 2.0 && q.value.fract() == 0.0);
        if let Some(q) = upper {
            let mut next = q.next;
            if cx
                .tok(next)
                .and_then(|x| x.lex)
                .and_then(|e| e.time)
                .is_some_and(|u| u.unit == tw.unit)
            {
                next += 1;
            }
            let secs = tw.unit.seconds();
            let (value, qual) = range(Axis::Seconds, 2.0 * secs, q.value * secs);
            let m = mention(cx, tk.start, next, Kind::Duration, value, qual);
            return Some(Found::one(m, next));
        }
    }
    Some(found(cx, i, &d))
}

/// The mention for a duration phrase starting at token `i`, hedges applied.
pub fn found(cx: &Cx<'_, '_>, i: usize, d: &DurPhrase) -> Found {
    let h = hedge::before(cx, i);
    let bound = h.as_ref().map(|h| h.bound);
    let start = h
        .as_ref()
        .map_or(cx.toks[i].start, |h| h.start.min(cx.toks[i].start));
    let (value, q) = scalar(Axis::Seconds, d.seconds(), bound);
    let mut m = mention(cx, start, d.next, Kind::Duration, value, q);
    m.hedge = h.map(|h| h.text);
    Found::one(m, d.next)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claims, exact, only, point};
    use crate::extract::Kind;
    use crate::value::Qualifier;

    const H: f64 = 3600.0;
    const D: f64 = 86_400.0;
    const Y: f64 = 31_536_000.0;

    #[test]
    fn number_and_unit_both_genders() {
        exact("הדיון נמשך ארבע שעות", Kind::Duration, 4.0 * H);
        exact("הביקור נמשך ארבעה ימים", Kind::Duration, 4.0 * D);
        exact("תוך 90 דקות", Kind::Duration, 5400.0);
        exact("במשך שבעה חודשים", Kind::Duration, 7.0 * 2_592_000.0);
    }

    #[test]
    fn hedged_bare_units() {
        exact("במהלך השנתיים האחרונות", Kind::Duration, 2.0 * Y);
        exact("בשבועיים האחרונים", Kind::Duration, 2.0 * 7.0 * D);
        let m = only("במשך כמעט עשור");
        assert_eq!(m.qualifier, Qualifier::Approx);
        assert_eq!(point(&m), 10.0 * Y);
    }

    #[test]
    fn dual_to_number_ranges() {
        for (s, lo, hi) in [
            ("נמשך שנתיים-שלוש", 2.0 * Y, 3.0 * Y),
            ("תוך יומיים-שלושה", 2.0 * D, 3.0 * D),
            ("שניים-שלושה ימים", 2.0 * D, 3.0 * D),
        ] {
            let m = only(s);
            assert_eq!(m.qualifier, Qualifier::Range, "{s}");
            assert_eq!(super::super::tests::bounds(&m), (Some(lo), Some(hi)), "{s}");
        }
    }

    #[test]
    fn singular_after_large_numbers() {
        exact("אחרי 30 יום", Kind::Duration, 30.0 * D);
        exact("לאחר שלושים שנה", Kind::Duration, 30.0 * Y);
        exact("במשך שתים עשרה שנה", Kind::Duration, 12.0 * Y);
    }

    #[test]
    fn duals() {
        exact("השיחה נמשכה שעתיים", Kind::Duration, 2.0 * H);
        exact("נסיעה של יומיים", Kind::Duration, 2.0 * D);
        exact("ההפסקה נמשכה חודשיים", Kind::Duration, 2.0 * 2_592_000.0);
        exact("כהונה בת שנתיים", Kind::Duration, 2.0 * Y);
    }

    #[test]
    fn fractions() {
        exact("המתינו חצי שעה", Kind::Duration, 0.5 * H);
        exact("הנאום ארך שעה ורבע", Kind::Duration, 1.25 * H);
        exact("במשך שנתיים וחצי", Kind::Duration, 2.5 * Y);
        exact("במשך ארבע שעות וחצי", Kind::Duration, 4.5 * H);
        exact(
            "הטיסה ארכה שעתיים ועשרים דקות",
            Kind::Duration,
            2.0 * H + 1200.0,
        );
        exact("7 שעות ו-30 דקות", Kind::Duration, 7.5 * H);
    }

    #[test]
    fn frames_and_bare_units() {
        exact("במשך שבוע", Kind::Duration, 604_800.0);
        exact("נשאר שם חודש ימים", Kind::Duration, 2_592_000.0);
        let m = only("הביקור נמשך פחות מיממה");
        assert_eq!(m.qualifier, Qualifier::AtMost);
        assert_eq!(super::super::tests::bounds(&m), (None, Some(D)));
        exact("פגישה בת שלוש שעות", Kind::Duration, 3.0 * H);
        // A bare unit without a frame is just a noun.
        assert!(claims("השעה מאוחרת").is_empty());
        // בן + number without a unit is an age.
        exact("השגריר, בן 58, אמר", Kind::Number, 58.0);
    }

    #[test]
    fn hedged_durations() {
        let m = only("במשך כשבועיים");
        assert_eq!(m.qualifier, Qualifier::Approx);
        let m = only("במשך כחמש שנים");
        assert_eq!(point(&m), 5.0 * Y);
        assert_eq!(m.qualifier, Qualifier::Approx);
        let m = only("כמעט 20 שנה");
        assert_eq!(m.qualifier, Qualifier::Approx);
        assert_eq!(point(&m), 20.0 * Y);
        let m = only("עשרות שנים");
        assert_eq!(m.qualifier, Qualifier::Vague);
    }
}
