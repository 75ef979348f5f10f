//! Ordinals (§4): ה + an ordinal adjective after a noun (הביקור הראשון,
//! בפעם השלישית), לראשונה, ה-N after a noun (הכנסת ה-25), and centuries
//! (המאה ה-21, where מאה is "century", not 100). Without ה, ראשון…שישי
//! are weekdays or indefinite, and stay unread.

use super::count::measure_follows;
use super::number;
use super::token::TokKind;
use super::{mention, Cx, Found};
use crate::extract::lang::he as t;
use crate::extract::Kind;
use crate::value::{Axis, Value};

/// A definite number word after מאה (העשרים, התשע עשרה, העשרים ואחת):
/// `(n, next)` for a century 1–30.
fn century_in_words(cx: &Cx<'_, '_>, k: usize) -> Option<(f64, usize)> {
    let tk = cx.tok(k)?;
    if tk.kind != TokKind::Word || tk.prefix_text != "ה" {
        return None;
    }
    let nw = tk.lex?.num?;
    let mut n = nw.value;
    let mut next = k + 1;
    match nw.class {
        t::NumClass::Unit if !nw.construct => {
            if cx.tok(next).is_some_and(|x| x.is("עשרה") || x.is("עשר")) {
                n += 10.0;
                next += 1;
            } else if n < 10.0 {
                return None; // המאה השלוש: not a century
            }
        }
        t::NumClass::Ten => {
            if let Some(u) = cx
                .tok(next)
                .filter(|x| x.prefix_text == "ו")
                .and_then(|x| x.lex?.num)
                .filter(|u| u.class == t::NumClass::Unit)
            {
                n += u.value;
                next += 1;
            }
        }
        _ => return None,
    }
    (1.0..=30.0).contains(&n).then_some((n, next))
}

/// Ordinals: ה + ordinal adjective (הביקור הראשון, בפעם השלישית),
/// לראשונה, ה-N after a noun (הכנסת ה-25), המאה ה-21 (century).
pub fn ordinal(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tk = cx.tok(i)?;
    let ord = |next: usize, n: f64| {
        let m = mention(
            cx,
            tk.start,
            next,
            Kind::Ordinal,
            Value::exact(Axis::Count, n),
            crate::value::Qualifier::Exact,
        );
        Found::one(m, next)
    };
    let he_num = |k: usize| {
        cx.tok(k)
            .filter(|x| {
                x.kind == TokKind::Num
                    && x.prefix.he
                    && x.prefix.prep.is_none()
                    && !x.prefix.she
                    && !x.prefix.kesh
            })
            .and_then(|x| number::digits_value(x.text))
            .filter(|v| v.fract() == 0.0 && *v > 0.0)
    };
    match tk.kind {
        TokKind::Word => {
            if t::FIRST_TIME.contains(&tk.key()) {
                return Some(ord(i + 1, 1.0));
            }
            if tk.stem() == "מאה" {
                if let Some(n) = he_num(i + 1) {
                    return Some(ord(i + 2, n));
                }
                // במאה העשרים, המאה התשע עשרה: the century in words.
                if let Some((n, next)) = century_in_words(cx, i + 1) {
                    return Some(ord(next, n));
                }
            }
            let o = tk.lex.and_then(|e| e.ordinal)?;
            (tk.prefix.he && !tk.prefix.she).then(|| ord(i + 1, f64::from(o)))
        }
        TokKind::Num => {
            let n = he_num(i)?;
            // עד ה-15 בחודש: a day of an unnamed month, no claim.
            if cx
                .tok(i + 1)
                .is_some_and(|x| t::OF_THE_MONTH.contains(&x.key()))
            {
                return Some(Found::none(i + 2));
            }
            // בן ה-47: an age (read by the number grammar), not a rank.
            let after_word = cx.before(i, 1).is_some_and(|x| {
                x.kind == TokKind::Word
                    && !t::NOT_BEFORE_ORDINAL.contains(&x.key())
                    && !x.is("בן")
                    && !x.is("בת")
            });
            (after_word && !measure_follows(cx, i + 1)).then(|| ord(i + 1, n))
        }
        TokKind::Punct | TokKind::Trapped => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::exact;
    use crate::extract::Kind;

    #[test]
    fn ordinals() {
        exact("במאה העשרים", Kind::Ordinal, 20.0);
        exact("המאה התשע עשרה", Kind::Ordinal, 19.0);
        exact("הסבב השלישי", Kind::Ordinal, 3.0);
        exact("בפעם השנייה", Kind::Ordinal, 2.0);
        exact("ביקר שם לראשונה", Kind::Ordinal, 1.0);
        exact("הממשלה ה-37", Kind::Ordinal, 37.0);
        exact("במאה ה-19", Kind::Ordinal, 19.0);
        exact("הבחירות החמישיות", Kind::Ordinal, 5.0);
        assert!(super::super::tests::claims("עד ה-15 בחודש").is_empty());
    }
}
