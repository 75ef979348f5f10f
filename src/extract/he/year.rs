//! Years (§6): four digits after any prefix stack (וב-2009, ב1997, ב- 1997,
//! מאז 1993), in words after שנת (בשנת אלפיים), ranges (מ-2015 עד 2018,
//! בין 2010 ל-2014, 1997-2009: one `range` claim), and decades (שנות ה-90,
//! בשנות התשעים: a span of ten years). Four digits before a noun or a unit
//! (2000 חיילים, 1997 שקלים) are not a year.

use super::count;
use super::date::{date_found, int_of};
use super::number;
use super::token::{strip_to, TokKind};
use super::{mention, Cx, Found};
use crate::extract::lang::he as t;
use crate::extract::Kind;
use crate::value::{DateParts, DateValue, Qualifier, Value};

/// שנות ה-90, בשנות התשעים, שנות ה-2000: a decade as a span of years.
pub(super) fn decade(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tk = cx.tok(i)?;
    let decade_word = t::DECADE_WORDS.iter().any(|w| tk.key().ends_with(w));
    if tk.kind != TokKind::Word
        || !decade_word
        || strip_to(tk.key(), |r| t::DECADE_WORDS.contains(&r)).is_none()
    {
        return None;
    }
    let n = cx.tok(i + 1)?;
    if !n.prefix.he {
        return None;
    }
    let from = match n.kind {
        TokKind::Num => {
            let v = int_of(n.text)?;
            match n.text.len() {
                2 if v % 10 == 0 => 1900 + v as i32,
                4 if v % 10 == 0 => v as i32,
                _ => return None,
            }
        }
        TokKind::Word => {
            let nw = n.lex?.num?;
            match nw.class {
                t::NumClass::Ten => 1900 + nw.value as i32,
                // שנות האלפיים: the 2000s.
                t::NumClass::TwoThousand => 2000,
                _ => return None,
            }
        }
        TokKind::Punct | TokKind::Trapped => return None,
    };
    let v = DateValue::years(from, from + 9)?;
    Some(Found::one(
        mention(
            cx,
            tk.start,
            i + 2,
            Kind::Year,
            Value::Date(v),
            Qualifier::Exact,
        ),
        i + 2,
    ))
}

/// בשנת אלף תשע מאות תשעים ושלוש, בשנת אלפיים.
pub(super) fn year_in_words(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tk = cx.tok(i)?;
    if tk.kind != TokKind::Word
        || !tk.key().ends_with(t::YEAR_WORD)
        || strip_to(tk.key(), |r| t::YEAR_WORD == r).is_none()
    {
        return None;
    }
    let n = cx.tok(i + 1)?;
    if n.kind != TokKind::Word || !n.prefix.is_empty() {
        return None;
    }
    let p = number::parse(cx.toks, i + 1)?;
    let y = p.value;
    if y.fract() != 0.0 || !(1000.0..3000.0).contains(&y) {
        return None;
    }
    let parts = DateParts {
        year: Some(y as i32),
        ..DateParts::default()
    };
    Some(date_found(cx, i, parts, p.next))
}

/// A four-digit year at `i`, or a year range starting there.
pub(super) fn year(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tk = cx.tok(i)?;
    let y = year_value(cx, i)?;
    if tk.prefix.about() || tk.prefix.he && !tk.dashed {
        return None;
    }
    // After ב-/מ-/ל- or a year word (בשנת, מאז, עד) a noun may follow the
    // year (ב-2015 ישראלים רבים ביקרו); bare, 2000 חיילים is a count. A
    // unit or currency always makes it a measure (תמורת 1997 שקלים).
    let introduced = matches!(tk.prefix.prep, Some('ב' | 'מ' | 'ל'))
        || cx
            .before(i, 1)
            .is_some_and(|x| t::YEAR_WORDS.contains(&x.key()));
    if count::measure_follows_with(cx, i + 1, !introduced) {
        return None;
    }
    // Ranges: 1997-2009, מ-2015 עד 2018, בין 2010 ל-2014.
    let end = if cx.tok(i + 1).is_some_and(|x| x.is_punct('-')) {
        year_value(cx, i + 2)
            .filter(|_| cx.toks[i + 2].prefix.is_empty())
            .map(|e| (e, i + 3))
    } else if cx.tok(i + 1).is_some_and(|x| t::UNTIL.contains(&x.key())) {
        // מ-2015 עד 2018, משנת 2015 ועד שנת 2018, בשנים 2015 עד 2018.
        let k = if cx.tok(i + 2).is_some_and(|x| x.is("שנת")) {
            i + 3
        } else {
            i + 2
        };
        year_value(cx, k).map(|e| (e, k + 1))
    } else if between(cx, i) && cx.tok(i + 1).is_some_and(|x| x.prefix.prep == Some('ל')) {
        year_value(cx, i + 1).map(|e| (e, i + 2))
    } else {
        None
    };
    if let Some((e, next)) = end.filter(|(e, _)| *e > y) {
        if !count::measure_follows(cx, next) {
            let v = DateValue::years(y, e)?;
            return Some(Found::one(
                mention(
                    cx,
                    tk.start,
                    next,
                    Kind::Year,
                    Value::Date(v),
                    Qualifier::Range,
                ),
                next,
            ));
        }
    }
    let parts = DateParts {
        year: Some(y),
        ..DateParts::default()
    };
    Some(date_found(cx, i, parts, i + 1))
}

/// `בין` right before token `i`, or `בין השנים`.
pub fn between(cx: &Cx<'_, '_>, i: usize) -> bool {
    let is_between = |x: &super::token::Tok<'_>| x.is(t::BETWEEN) || x.is("ובין");
    cx.before(i, 1).is_some_and(is_between)
        || (cx
            .before(i, 1)
            .is_some_and(|x| x.is("השנים") || x.is("התאריכים"))
            && cx.before(i, 2).is_some_and(is_between))
}

fn year_value(cx: &Cx<'_, '_>, k: usize) -> Option<i32> {
    let tk = cx.tok(k)?;
    if tk.kind != TokKind::Num || tk.text.len() != 4 {
        return None;
    }
    int_of(tk.text)
        .map(|y| y as i32)
        .filter(|y| (1800..=2100).contains(y))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{date_days as days, date_parts as parts, only};
    use super::*;

    #[test]
    fn years_after_any_prefix_stack() {
        for s in [
            "ומ-2004 הוא גר שם",
            "שב-2004 עבר",
            "ב2004 עבר",
            "ב- 2004 עבר",
            "ובשנת 2004 עבר",
        ] {
            let m = only(s);
            assert_eq!(m.kind, Kind::Year, "{s}");
            assert_eq!(days(&m), ("2004-01-01".into(), "2004-12-31".into()), "{s}");
        }
    }

    #[test]
    fn year_ranges_are_one_range_claim() {
        for s in [
            "בשנים 2001 עד 2006",
            "מ-2001 עד 2006 שימש כיועץ",
            "בין 2001 ל-2006",
            "בשנים 2001-2006",
            "בין השנים 2001 ל-2006",
            "משנת 2001 ועד 2006",
        ] {
            let m = only(s);
            assert_eq!(m.kind, Kind::Year, "{s}");
            assert_eq!(m.qualifier, Qualifier::Range, "{s}");
            assert_eq!(days(&m), ("2001-01-01".into(), "2006-12-31".into()), "{s}");
        }
    }

    #[test]
    fn years_in_words_and_decades() {
        let m = only("בשנת אלף תשע מאות שמונים ושמונה");
        assert_eq!(parts(&m).year, Some(1988));
        let m = only("בשנות ה-70 עבד שם");
        assert_eq!(days(&m), ("1970-01-01".into(), "1979-12-31".into()));
        let m = only("בשנות השישים");
        assert_eq!(days(&m).0, "1960-01-01");
        let m = only("בתחילת שנות האלפיים");
        assert_eq!(days(&m), ("2000-01-01".into(), "2002-12-31".into()));
    }

    #[test]
    fn an_introduced_year_may_precede_a_noun() {
        let m = only("ב-2015 ישראלים רבים ביקרו שם");
        assert_eq!(m.kind, Kind::Year);
        let m = only("בשנת 1999 מתנדבים הגיעו");
        assert_eq!(m.kind, Kind::Year);
    }

    #[test]
    fn four_digits_before_a_noun_are_not_a_year() {
        let m = only("גויסו 1999 מתנדבים");
        assert_eq!(m.kind, Kind::Count);
    }
}
