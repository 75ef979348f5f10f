//! Hedges and bounds around a number (§8): כ- / כ+word, בערך, כמעט, קרוב ל-
//! (about); יותר מ-, למעלה מ-, מעל (more than); לפחות, לא פחות מ- (at
//! least); פחות מ-, מתחת ל- (less than); עד, לכל היותר (up to). The prefix
//! כש "when" is not a hedge (כשביקר), and neither is כ inside a word
//! (כשגריר), which the lexicon never strips because the rest is no number.

use super::Cx;
use crate::extract::lang::he::{self as t, Bound};

/// A hedge found before a number.
#[derive(Clone, Debug, PartialEq)]
pub struct Hedge {
    /// Which bound it sets.
    pub bound: Bound,
    /// First byte of the hedge.
    pub start: usize,
    /// The hedge as written ("כ-", "יותר מ-").
    pub text: String,
}

fn word_is(cx: &Cx<'_, '_>, k: usize, w: &str, first: bool) -> bool {
    cx.tok(k).is_some_and(|tk| {
        tk.kind == super::token::TokKind::Word
            && (tk.key() == w || (first && tk.key().strip_prefix('ו') == Some(w)))
    })
}

/// The hedge before the number phrase whose first token is `first`.
pub fn before(cx: &Cx<'_, '_>, first: usize) -> Option<Hedge> {
    let tk = cx.tok(first)?;
    let prep = tk.prefix.prep;
    for (words, need, bound) in t::HEDGES_BEFORE {
        let n = words.len();
        let Some(s) = first.checked_sub(n).filter(|s| *s >= cx.floor.get()) else {
            continue;
        };
        let matched = words
            .iter()
            .enumerate()
            .all(|(k, w)| word_is(cx, s + k, w, k == 0));
        if !matched {
            continue;
        }
        if let Some(c) = need {
            if prep != Some(*c) {
                continue;
            }
        }
        let mut text = words.join(" ");
        if let Some(c) = need {
            text.push(' ');
            text.push(*c);
            text.push('-');
        }
        return Some(Hedge {
            bound: *bound,
            start: cx.toks[s].start,
            text,
        });
    }
    if tk.prefix.about() {
        return Some(Hedge {
            bound: Bound::About,
            start: tk.start,
            text: "כ-".to_string(),
        });
    }
    None
}

/// A hedge right after the expression ending before token `next`; returns it
/// with the token index after it.
pub fn after(cx: &Cx<'_, '_>, next: usize) -> Option<(Bound, usize, String)> {
    for (phrase, bound) in t::HEDGES_AFTER {
        let words: Vec<&str> = phrase.split(' ').collect();
        if words
            .iter()
            .enumerate()
            .all(|(k, w)| cx.tok(next + k).is_some_and(|x| x.is(w)))
        {
            return Some((*bound, next + words.len(), phrase.to_string()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tests::{bounds, only, point};
    use crate::value::{Interval, Qualifier, Value};

    fn q(s: &str) -> Qualifier {
        only(s).qualifier
    }

    #[test]
    fn each_hedge_sets_its_qualifier() {
        assert_eq!(q("כ-300 חיילים"), Qualifier::Approx);
        assert_eq!(q("כשלושים חיילים"), Qualifier::Approx);
        assert_eq!(q("בערך 300 חיילים"), Qualifier::Approx);
        assert_eq!(q("300 חיילים בערך"), Qualifier::Approx);
        assert_eq!(q("כמעט 300 חיילים"), Qualifier::Approx);
        assert_eq!(q("קרוב ל-300 חיילים"), Qualifier::Approx);
        assert_eq!(q("למעלה מ-300 חיילים"), Qualifier::AtLeast);
        assert_eq!(q("לפחות 300 חיילים"), Qualifier::AtLeast);
        assert_eq!(q("לא פחות מ-300 חיילים"), Qualifier::AtLeast);
        assert_eq!(q("פחות מ-300 חיילים"), Qualifier::AtMost);
        assert_eq!(q("עד 300 חיילים"), Qualifier::AtMost);
        assert_eq!(q("לכל היותר 300 חיילים"), Qualifier::AtMost);
    }

    #[test]
    fn exceeding_verbs_set_a_lower_bound() {
        assert_eq!(q("העסקה עולה על 2 מיליארד דולר"), Qualifier::AtLeast);
        assert_eq!(q("יותר מ-5,000 איש פונו"), Qualifier::AtLeast);
        assert_eq!(q("התקציב חורג מ-10 מיליון שקל"), Qualifier::AtLeast);
        // עלה על is also "got on": only the present tense is a bound.
        assert_eq!(q("הוא עלה על 3 אוטובוסים"), Qualifier::Exact);
    }

    #[test]
    fn approx_widens_but_keeps_the_point() {
        let m = only("כ-200 חיילים");
        assert_eq!(point(&m), 200.0);
        assert_eq!(bounds(&m), (Some(180.0), Some(220.0)));
        assert_eq!(m.hedge.as_deref(), Some("כ-"));
    }

    #[test]
    fn nearly_is_just_below_the_figure() {
        let m = only("כמעט 100 מיליון דולר");
        assert_eq!(point(&m), 1e8);
        assert_eq!(bounds(&m), (Some(9e7), Some(1e8)));
        assert_eq!(m.qualifier, Qualifier::Approx);
    }

    #[test]
    fn more_than_is_exclusive() {
        let m = only("יותר מ-50 הרוגים");
        match m.value {
            Value::Scalar { interval, .. } => {
                assert_eq!(interval, Interval::above(50.0, false));
            }
            _ => panic!(),
        }
    }

    #[test]
    fn kesh_is_when_not_about() {
        let m = only("כשהגיעו 300 חיילים");
        assert_eq!(m.qualifier, Qualifier::Exact);
        assert_eq!(q("כשגריר שירת שלוש שנים"), Qualifier::Exact);
    }

    #[test]
    fn estimates_are_approximate() {
        let m = only("לפי הערכות המשטרה השתתפו 8,000 איש");
        assert_eq!(m.qualifier, Qualifier::Approx);
        assert_eq!(point(&m), 8000.0);
        assert_eq!(m.hedge.as_deref(), Some("הערכות"));
        // Only within the sentence.
        let c = super::super::tests::claims("לפי הערכות זה נכון. השתתפו 8,000 איש");
        assert_eq!(c[0].qualifier, Qualifier::Exact);
    }

    #[test]
    fn until_with_a_date_is_not_a_bound() {
        assert_eq!(q("עד 2030 יושלם"), Qualifier::Exact);
    }
}
