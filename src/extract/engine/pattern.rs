//! Word-order patterns in the slot notation, parsed and matched.
//!
//! A pattern is a sequence of elements: slots the engine fills
//! (`{number}`, `{month}` ...) and literal words, each optional with `?`; a
//! slot written `{unit:dual}` takes only a dual form. Elements separated by
//! a space may have whitespace between them in the text; elements written
//! together (`{dd}/{mm}`) must touch. The notation is documented for
//! language authors at the top of `rules/lang/ar.toml`.
//!
//! Matching tries an optional element first present, then absent, so the
//! longest reading wins; it returns what each slot captured for
//! [`super::produce`] to build a value from.

use super::data::Source;
use super::scan::Cx;
use super::slots::{self, Fill};
use crate::error::Error;

/// The kinds patterns are listed under, in the order the scanner tries them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PatKind {
    /// A calendar date.
    Date,
    /// A bare weekday.
    Weekday,
    /// A date relative to the reference.
    Relative,
    /// Money.
    Money,
    /// A percentage.
    Percent,
    /// A length of time.
    Duration,
    /// A quantity with a unit.
    Quantity,
    /// A year.
    Year,
    /// A count with its noun.
    Count,
    /// A plain number.
    Number,
}

impl PatKind {
    /// The `[patterns]` key of each kind, in scanning order.
    pub const ALL: [(&'static str, PatKind); 10] = [
        ("date", PatKind::Date),
        ("weekday", PatKind::Weekday),
        ("relative", PatKind::Relative),
        ("money", PatKind::Money),
        ("percent", PatKind::Percent),
        ("duration", PatKind::Duration),
        ("quantity", PatKind::Quantity),
        ("year", PatKind::Year),
        ("count", PatKind::Count),
        ("number", PatKind::Number),
    ];
}

/// The slots of the notation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// A number phrase or range.
    Number,
    /// A day of month 1-31.
    Day,
    /// A month name.
    Month,
    /// A year in digits.
    Year,
    /// The day digits of a numeric date.
    Dd,
    /// The month digits of a numeric date.
    Mm,
    /// The year digits of a numeric date.
    Yyyy,
    /// A weekday name.
    Weekday,
    /// A currency name.
    Currency,
    /// A currency sign or ISO code.
    Sign,
    /// A measurement unit.
    Unit,
    /// A time unit.
    Duration,
    /// A percent sign or word.
    Percent,
    /// A fraction after the connector.
    Fraction,
    /// A calendar unit beside a modifier.
    Calendar,
    /// A relative day word.
    RelDay,
    /// A modifier after a calendar unit.
    AfterUnit,
    /// A modifier before a calendar unit.
    BeforeUnit,
    /// "ago".
    Ago,
    /// "in", later.
    Later,
    /// A word that makes the next number a year.
    YearWord,
    /// A word that makes a bare time unit a duration.
    Cue,
    /// The counted noun.
    Noun,
}

impl Slot {
    fn from_name(name: &str) -> Option<Slot> {
        use Slot::*;
        Some(match name {
            "number" => Number,
            "day" => Day,
            "month" => Month,
            "year" => Year,
            "dd" => Dd,
            "mm" => Mm,
            "yyyy" => Yyyy,
            "weekday" => Weekday,
            "currency" => Currency,
            "sign" => Sign,
            "unit" => Unit,
            "duration" => Duration,
            "percent" => Percent,
            "fraction" => Fraction,
            "calendar" => Calendar,
            "relday" => RelDay,
            "after_unit" => AfterUnit,
            "before_unit" => BeforeUnit,
            "ago" => Ago,
            "later" => Later,
            "yearword" => YearWord,
            "cue" => Cue,
            "noun" => Noun,
            _ => return None,
        })
    }
}

/// What one element asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum What {
    /// A slot; `true` for `:dual`.
    Slot(Slot, bool),
    /// A literal word or mark, folded.
    Word(String),
}

/// One element of a pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct Elem {
    /// What it asks for.
    pub what: What,
    /// May be absent.
    pub optional: bool,
    /// Must touch the element before it.
    pub glued: bool,
}

/// One pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// The kind it produces.
    pub kind: PatKind,
    /// Its elements.
    pub elems: Vec<Elem>,
}

/// What a match captured: each filled slot, in order, and the token after it.
#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    /// The captures.
    pub fills: Vec<(Slot, Fill)>,
    /// The first token of the match.
    pub first: usize,
    /// The token after it.
    pub next: usize,
}

impl Match {
    /// The first capture of a slot.
    pub fn get(&self, slot: Slot) -> Option<&Fill> {
        self.fills.iter().find(|(s, _)| *s == slot).map(|(_, f)| f)
    }
}

/// Parses one pattern; `fold` folds literal words as the lexicon does.
pub fn parse(
    src: &Source<'_>,
    at: &toml::Spanned<String>,
    kind: PatKind,
    fold: &dyn Fn(&str) -> String,
) -> Result<Pattern, Error> {
    let mut elems = Vec::new();
    for chunk in at.get_ref().split_whitespace() {
        let mut rest = chunk;
        let mut glued = false;
        while !rest.is_empty() {
            let (what, after) = if let Some(body) = rest.strip_prefix('{') {
                let close = body
                    .find('}')
                    .ok_or_else(|| src.error_at(at, format!("unclosed slot in `{chunk}`")))?;
                let name = &body[..close];
                let (name, dual) = match name.strip_suffix(":dual") {
                    Some(n) => (n, true),
                    None => (name, false),
                };
                let slot = Slot::from_name(name)
                    .ok_or_else(|| src.error_at(at, format!("unknown slot `{{{name}}}`")))?;
                (What::Slot(slot, dual), &body[close + 1..])
            } else {
                let end = rest
                    .char_indices()
                    .find(|&(i, c)| c == '{' || (i > 0 && c == '?'))
                    .map_or(rest.len(), |(i, _)| i);
                let word = &rest[..end];
                // Marks are elements of their own: "/" in "{dd}/{mm}".
                let first_len = word.chars().next().map_or(0, char::len_utf8);
                let take = if word.chars().all(char::is_alphabetic) {
                    end
                } else {
                    first_len
                };
                (What::Word(fold(&rest[..take])), &rest[take..])
            };
            let optional = after.starts_with('?');
            rest = after.strip_prefix('?').unwrap_or(after);
            elems.push(Elem {
                what,
                optional,
                glued,
            });
            glued = true;
        }
    }
    if elems.iter().all(|e| e.optional) {
        return Err(src.error_at(
            at,
            "a pattern needs at least one element that is not optional",
        ));
    }
    Ok(Pattern { kind, elems })
}

/// Matches `pat` with its first element at token `i`.
pub fn matches(cx: &Cx<'_>, pat: &Pattern, i: usize) -> Option<Match> {
    let mut fills = Vec::new();
    let next = walk(cx, &pat.elems, i, &mut fills)?;
    (next > i).then_some(Match {
        fills,
        first: i,
        next,
    })
}

/// Matches `elems` from token `k`; the token after the match.
fn walk(cx: &Cx<'_>, elems: &[Elem], k: usize, fills: &mut Vec<(Slot, Fill)>) -> Option<usize> {
    let Some((e, rest)) = elems.split_first() else {
        return Some(k);
    };
    let mark = fills.len();
    let touches = |k: usize| !e.glued || cx.toks.get(k).is_some_and(|t| !t.space_before);
    if k < cx.toks.len() && touches(k) {
        let got = match &e.what {
            What::Word(w) => literal(cx, k, w).map(|n| (None, n)),
            What::Slot(s, dual) => slots::fill(cx, *s, *dual, k).map(|(f, n)| (Some((*s, f)), n)),
        };
        if let Some((fill, n)) = got {
            fills.extend(fill);
            if let Some(end) = walk(cx, rest, n, fills) {
                return Some(end);
            }
            fills.truncate(mark);
        }
    }
    if e.optional {
        return walk(cx, rest, k, fills);
    }
    None
}

/// A literal word at `k`, as written or with proclitics stripped.
fn literal(cx: &Cx<'_>, k: usize, w: &str) -> Option<usize> {
    let t = &cx.toks[k];
    t.readings
        .iter()
        .any(|r| r.stem == w && !r.dual)
        .then_some(k + 1)
}
