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
            for (words, c) in PHRASES.iter() {
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
        TokKind::Num => None,
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
