//! Currencies (§7): words (ש"ח, שקלים, דולר, יורו, ליש"ט, לירות שטרלינג,
//! אגורות = 0.01, אש"ח = ×1000), symbols (₪ $ € £) before or after the
//! number, and ISO codes (NIS, EUR 20).

use std::sync::LazyLock;

use super::token::TokKind;
use super::Cx;
use crate::extract::lang::he as t;
use crate::extract::units;

/// A currency found at a token: code, factor, and the token after it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Currency {
    /// ISO 4217 code.
    pub code: &'static str,
    /// Factor to the currency's unit (0.01 for אגורות).
    pub factor: f64,
    /// An amount by itself (שנקל).
    pub amount: Option<f64>,
    /// The token after the currency.
    pub next: usize,
}

/// Multi-word currency phrases, longest first.
static PHRASES: LazyLock<Vec<(Vec<&'static str>, t::CurrencyWord)>> = LazyLock::new(|| {
    let mut v: Vec<_> = t::CURRENCY_WORDS
        .iter()
        .filter(|(w, _)| w.contains(' '))
        .map(|(w, c)| (w.split(' ').collect::<Vec<_>>(), *c))
        .collect();
    v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    v
});

/// A currency symbol character.
pub fn symbol(c: &str) -> Option<&'static str> {
    let ch = c.chars().next()?;
    t::CURRENCY_SYMBOLS
        .iter()
        .find(|(s, _)| *s == ch)
        .map(|(_, code)| *code)
}

/// The currency at token `k` (no prefix letters allowed on a word).
pub fn at(cx: &Cx<'_, '_>, k: usize) -> Option<Currency> {
    let tk = cx.tok(k)?;
    match tk.kind {
        TokKind::Punct => symbol(tk.text).map(|code| Currency {
            code,
            factor: 1.0,
            amount: None,
            next: k + 1,
        }),
        TokKind::Word => {
            let first = tk.key();
            let phrases = PHRASES.iter().filter(|(w, _)| w[0] == first);
            for (words, c) in phrases {
                if words
                    .iter()
                    .enumerate()
                    .all(|(j, w)| cx.tok(k + j).is_some_and(|x| x.is(w)))
                {
                    return Some(Currency {
                        code: c.code,
                        factor: c.factor,
                        amount: c.amount,
                        next: k + words.len(),
                    });
                }
            }
            if let Some(c) = tk
                .lex
                .and_then(|e| e.currency)
                .filter(|_| tk.prefix_text.is_empty())
            {
                return Some(Currency {
                    code: c.code,
                    factor: c.factor,
                    amount: c.amount,
                    next: k + 1,
                });
            }
            if tk.text.len() == 3 && tk.text.bytes().all(|b| b.is_ascii_uppercase()) {
                return units::currency_code(tk.text).map(|code| Currency {
                    code,
                    factor: 1.0,
                    amount: None,
                    next: k + 1,
                });
            }
            None
        }
        TokKind::Num | TokKind::Trapped => None,
    }
}

/// A currency written before the number (`$3`, `₪250`, `EUR 20`).
pub fn before_number(cx: &Cx<'_, '_>, k: usize) -> Option<Currency> {
    let c = at(cx, k)?;
    if c.factor != 1.0 || c.amount.is_some() {
        return None;
    }
    let tk = &cx.toks[k];
    let is_symbol = tk.kind == TokKind::Punct;
    let is_code = tk.kind == TokKind::Word && tk.text.bytes().all(|b| b.is_ascii_uppercase());
    let n = cx.tok(c.next)?;
    (n.kind == TokKind::Num && n.prefix.is_empty() && (is_symbol || is_code)).then_some(c)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{bounds, exact, only, point};
    use crate::extract::Kind;
    use crate::value::{Axis, Qualifier, Value};

    fn code(m: &crate::extract::Mention) -> String {
        match &m.value {
            Value::Scalar {
                axis: Axis::Money(c),
                ..
            } => c.clone(),
            _ => panic!("not money: {m:?}"),
        }
    }

    #[test]
    fn number_scale_currency() {
        for (s, x, c) in [
            ("הוא גבה 450 ש\"ח", 450.0, "ILS"),
            ("תקציב של 2.7 מיליארד שקלים", 2.7e9, "ILS"),
            ("ארבעה מיליון דולר", 4e6, "USD"),
            ("מענק של 80 אלף יורו", 80_000.0, "EUR"),
            ("3 מיליון ליש\"ט", 3e6, "GBP"),
            ("מאה אלף אירו", 100_000.0, "EUR"),
            ("50 אגורות", 0.5, "ILS"),
            ("15 מיליון NIS", 15e6, "ILS"),
        ] {
            let m = only(s);
            assert_eq!(m.kind, Kind::Money, "{s}");
            assert_eq!(code(&m), c, "{s}");
            assert!((point(&m) - x).abs() < 1e-6 * x, "{s}");
        }
    }

    #[test]
    fn symbols_before_and_after() {
        exact("₪75", Kind::Money, 75.0);
        exact("$12 מיליון", Kind::Money, 12e6);
        exact("מחיר: 30 ₪", Kind::Money, 30.0);
        exact("€ 40", Kind::Money, 40.0);
    }

    #[test]
    fn vague_plurals() {
        let m = only("הושקעו מיליוני דולרים");
        assert_eq!(m.qualifier, Qualifier::Vague);
        assert_eq!(bounds(&m), (Some(2e6), Some(1e9)));
        let m = only("עשרות מיליארדי שקלים");
        assert_eq!(bounds(&m), (Some(2e10), Some(1e11)));
    }

    #[test]
    fn hedges_and_ranges() {
        let m = only("כ-3 מיליארד דולר");
        assert_eq!(m.qualifier, Qualifier::Approx);
        assert_eq!(point(&m), 3e9);
        assert_eq!(bounds(&m), (Some(2.7e9), Some(3.3e9)));
        let m = only("יותר מ-2 מיליון שקל");
        assert_eq!(m.qualifier, Qualifier::AtLeast);
        assert_eq!(bounds(&m), (Some(2e6), None));
        let m = only("עד 900 שקל");
        assert_eq!(m.qualifier, Qualifier::AtMost);
        assert_eq!(bounds(&m), (None, Some(900.0)));
        let m = only("בין 5 ל-8 מיליון דולר");
        assert_eq!(m.qualifier, Qualifier::Range);
        assert_eq!(bounds(&m), (Some(5e6), Some(8e6)));
        let m = only("5-8 מיליון דולר");
        assert_eq!(bounds(&m), (Some(5e6), Some(8e6)));
    }

    #[test]
    fn a_four_digit_amount_is_not_a_year() {
        exact("שילם 2010 שקלים", Kind::Money, 2010.0);
    }
}
