//! Parts of periods and month ranges (§6): בתחילת 2016, באמצע מרץ, בסוף
//! מרץ 2015, בשלהי שנות ה-90 (a year or decade narrows to the part's
//! months or years; a month stays whole, as §0 spells dates), המחצית
//! הראשונה של 2016, ברבעון השלישי של 2015 (a half or quarter: its months),
//! and ינואר-מרץ 2016, בין ינואר למרץ (each end its own month mention, as
//! day ranges are).

use chrono::{Datelike, NaiveDate};

use super::count;
use super::date::{date_mention, month_at};
use super::token::{strip_to, TokKind};
use super::{mention, Cx, Found};
use crate::extract::lang::he as t;
use crate::extract::Kind;
use crate::value::{last_day_of_month, DateParts, DateValue, Qualifier, Value};

/// Days `[first, last]` of the part `lo..hi` (fractions) of year `y`, by months.
fn part_of_year(y: i32, lo: f64, hi: f64) -> Option<(NaiveDate, NaiveDate)> {
    let m1 = (12.0 * lo).round() as u32 + 1;
    let m2 = ((12.0 * hi).round() as u32).max(m1);
    Some((
        NaiveDate::from_ymd_opt(y, m1, 1)?,
        last_day_of_month(y, m2)?,
    ))
}

/// A plain four-digit year at `k` (no prefix), not before a unit or noun.
fn year_at(cx: &Cx<'_, '_>, k: usize) -> Option<i32> {
    let tk = cx.tok(k)?;
    if tk.kind != TokKind::Num || tk.text.len() != 4 || !tk.prefix.is_empty() {
        return None;
    }
    let y: i32 = tk.text.parse().ok()?;
    ((1800..=2100).contains(&y) && !count::measure_follows(cx, k + 1)).then_some(y)
}

/// `שנת`/`חודש` right after a period word is skipped (בסוף שנת 2016).
fn skip_word(cx: &Cx<'_, '_>, k: usize, w: &str) -> usize {
    if cx.tok(k).is_some_and(|x| x.is(w)) {
        k + 1
    } else {
        k
    }
}

/// Tries a part of a period, a half or quarter of a year, or a month range at `i`.
pub(super) fn recognize(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    part(cx, i)
        .or_else(|| division(cx, i))
        .or_else(|| month_range(cx, i))
}

/// A part of a period is stated, not hedged (§8 lists no such word): exact.
fn part_found(cx: &Cx<'_, '_>, i: usize, next: usize, kind: Kind, v: DateValue) -> Found {
    Found::one(
        mention(
            cx,
            cx.toks[i].start,
            next,
            kind,
            Value::Date(v),
            Qualifier::Exact,
        ),
        next,
    )
}

/// בתחילת 2016, באמצע מרץ, בסוף מרץ 2015, בשלהי שנות ה-90.
fn part(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tk = cx.tok(i)?;
    if tk.kind != TokKind::Word {
        return None;
    }
    let (p, stem) = strip_to(tk.key(), |r| {
        t::PERIOD_PARTS.iter().any(|(w, _, _)| *w == r)
    })?;
    if p.he || p.about() {
        return None;
    }
    let &(_, lo, hi) = t::PERIOD_PARTS.iter().find(|(w, _, _)| *w == stem)?;
    // A decade: בסוף שנות ה-90.
    if let Some(f) = super::year::decade(cx, i + 1) {
        let m = f.mentions.first()?;
        let Value::Date(d) = &m.value else {
            return None;
        };
        let (a, _) = d.days?;
        let y = a.year();
        let from = y + (10.0 * lo).round() as i32;
        let to = (y + (10.0 * hi).round() as i32 - 1).max(from);
        let v = DateValue::years(from, to)?;
        return Some(part_found(cx, i, f.next, Kind::Year, v));
    }
    // A month, with or without a year: באמצע מרץ, בסוף חודש מרץ 2015.
    let k = skip_word(cx, i + 1, t::MONTH_WORD);
    if let Some((m, _)) = month_at(cx, k).filter(|_| cx.toks[k].prefix.is_empty()) {
        let (year, next) = match year_at(cx, k + 1) {
            Some(y) => (Some(y), k + 2),
            None => (None, k + 1),
        };
        let parts = DateParts {
            year,
            month: Some(m),
            ..DateParts::default()
        };
        let v = DateValue::from_parts(parts);
        return Some(part_found(cx, i, next, Kind::Date, v));
    }
    // A year: בתחילת 2016, בסוף שנת 2016.
    let k = skip_word(cx, i + 1, t::YEAR_WORD);
    let y = year_at(cx, k)?;
    let parts = DateParts {
        year: Some(y),
        ..DateParts::default()
    };
    let v = DateValue {
        parts,
        days: Some(part_of_year(y, lo, hi)?),
        relative: None,
    };
    Some(part_found(cx, i, k + 1, Kind::Year, v))
}

/// המחצית הראשונה של 2016, ברבעון השלישי של 2015: the months of that half
/// or quarter. Without a year (במחצית השנייה של השנה) the words are consumed
/// so that neither the fraction nor the ordinal becomes a claim.
fn division(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tk = cx.tok(i)?;
    if tk.kind != TokKind::Word {
        return None;
    }
    let (p, stem) = strip_to(tk.key(), |r| t::YEAR_DIVISIONS.iter().any(|(w, _)| *w == r))?;
    if p.about() {
        return None;
    }
    let &(_, n) = t::YEAR_DIVISIONS.iter().find(|(w, _)| *w == stem)?;
    let o = cx.tok(i + 1)?;
    if !o.prefix.he || o.prefix_text.len() != "ה".len() {
        return None;
    }
    let which = o
        .lex
        .and_then(|e| e.ordinal)
        .filter(|w| (1..=n).contains(w))?;
    let k = if cx.tok(i + 2).is_some_and(|x| x.is(t::OF_WORD)) {
        i + 3
    } else {
        i + 2
    };
    let k = skip_word(cx, k, t::YEAR_WORD);
    let Some(y) = year_at(cx, k) else {
        return Some(Found::none(i + 2));
    };
    let per = 12 / n;
    let m1 = (which - 1) * per + 1;
    let m2 = which * per;
    let first = NaiveDate::from_ymd_opt(y, m1, 1)?;
    let last = last_day_of_month(y, m2)?;
    let v = DateValue::part_of_year(y, first, last);
    Some(Found::one(
        mention(
            cx,
            tk.start,
            k + 1,
            Kind::Year,
            Value::Date(v),
            Qualifier::Exact,
        ),
        k + 1,
    ))
}

/// ינואר-מרץ 2016, בין ינואר למרץ, מינואר עד מרץ: two month mentions
/// sharing the year stated after the second.
fn month_range(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let (m1, _) = month_at(cx, i)?;
    let tk = &cx.toks[i];
    let between = super::year::between(cx, i);
    let (k, ok) = match cx.tok(i + 1) {
        Some(x) if x.is_punct('-') => (i + 2, true),
        Some(x) if t::UNTIL.contains(&x.key()) => (i + 2, true),
        Some(x) => (
            i + 1,
            between && x.prefix.prep == Some('ל') && x.prefix_text == "ל",
        ),
        None => return None,
    };
    if !ok {
        return None;
    }
    let (m2, _) = month_at(cx, k)?;
    if k == i + 2 && !cx.toks[k].prefix.is_empty() {
        return None;
    }
    // A dash range needs no prefix or ב/מ on the first month; מ- with עד.
    if !matches!(tk.prefix.prep, None | Some('ב' | 'מ')) || m2 <= m1 {
        return None;
    }
    let (year, next) = match year_at(cx, k + 1) {
        Some(y) => (Some(y), k + 2),
        None => (None, k + 1),
    };
    let ym = |m: u32| DateParts {
        year,
        month: Some(m),
        ..DateParts::default()
    };
    let a = date_mention(cx, tk.start, i + 1, ym(m1));
    let b = date_mention(cx, cx.toks[k].start, next, ym(m2));
    Some(Found {
        mentions: vec![a, b],
        next,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claims, date_days as days, date_parts as parts, only};
    use super::*;

    #[test]
    fn parts_of_a_year_narrow_to_months() {
        let m = only("בתחילת 2016 עבר לחיפה");
        assert_eq!(m.kind, Kind::Year);
        assert_eq!(m.qualifier, Qualifier::Exact);
        assert_eq!(days(&m), ("2016-01-01".into(), "2016-04-30".into()));
        let m = only("עד סוף שנת 2019 ייבנו");
        assert_eq!(days(&m), ("2019-09-01".into(), "2019-12-31".into()));
        let m = only("באמצע 2012");
        assert_eq!(days(&m), ("2012-05-01".into(), "2012-08-31".into()));
    }

    #[test]
    fn parts_of_a_month_and_a_decade() {
        let m = only("בסוף אוגוסט 2014 נפתח");
        assert_eq!(m.kind, Kind::Date);
        assert_eq!(days(&m), ("2014-08-01".into(), "2014-08-31".into()));
        let m = only("באמצע מאי נפגשו");
        assert_eq!(parts(&m).pattern().as_deref(), Some("--05"));
        let m = only("בתחילת שנות ה-80 עבד שם");
        assert_eq!(days(&m), ("1980-01-01".into(), "1982-12-31".into()));
    }

    #[test]
    fn halves_and_quarters() {
        let m = only("במחצית הראשונה של 2018 גדלו המכירות");
        assert_eq!(days(&m), ("2018-01-01".into(), "2018-06-30".into()));
        let m = only("ברבעון השלישי של 2021");
        assert_eq!(days(&m), ("2021-07-01".into(), "2021-09-30".into()));
        let c = claims("במחצית השנייה של העונה");
        assert!(c.is_empty(), "{c:?}");
    }

    #[test]
    fn month_ranges_give_both_months() {
        for s in [
            "בחודשים פברואר-אפריל 2017 ירד",
            "בין פברואר לאפריל 2017",
            "מפברואר עד אפריל 2017",
        ] {
            let c = claims(s);
            assert_eq!(c.len(), 2, "{s}: {c:?}");
            assert_eq!(days(&c[0]).0, "2017-02-01", "{s}");
            assert_eq!(days(&c[1]).1, "2017-04-30", "{s}");
        }
        let c = claims("בין יוני לאוגוסט");
        assert_eq!(parts(&c[0]).pattern().as_deref(), Some("--06"));
        assert_eq!(parts(&c[1]).pattern().as_deref(), Some("--08"));
    }
}
