//! Absolute dates (§6): day-first dates (14 בדצמבר 2016, ה-14 בדצמבר,
//! 14.12.2016, 14/12/16, ISO), months (ביולי 2015, בחודש מאי), weekday +
//! date (ביום רביעי, 14 בדצמבר), days in words (שלושה במרץ), day ranges
//! (בין ה-5 ל-7 ביוני). Years live in [`super::year`], relative dates and
//! weekdays in [`super::relative`]; [`recognize`] tries them all, most
//! specific first.

use chrono::{Datelike, NaiveDate, Weekday};

use super::count;
use super::number;
use super::token::{strip_to, TokKind};
use super::{mention, period, relative, year, Cx, Found};
use crate::extract::lang::he as t;
use crate::extract::Kind;
use crate::value::{DateParts, DateValue, Qualifier, Value};

/// Tries every date form at token `i`.
pub fn recognize(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    weekday_date(cx, i)
        .or_else(|| period::recognize(cx, i))
        .or_else(|| relative::relative(cx, i))
        .or_else(|| year::decade(cx, i))
        .or_else(|| year::year_in_words(cx, i))
        .or_else(|| date_range(cx, i))
        .or_else(|| full_date(cx, i).map(|(p, next)| date_found(cx, i, p, next)))
        .or_else(|| year::year(cx, i))
        .or_else(|| hebrew_calendar(cx, i))
}

pub(super) fn date_found(cx: &Cx<'_, '_>, i: usize, parts: DateParts, next: usize) -> Found {
    let start = cx.toks[i].start;
    Found::one(date_mention(cx, start, next, parts), next)
}

pub(super) fn date_mention(
    cx: &Cx<'_, '_>,
    start: usize,
    next: usize,
    parts: DateParts,
) -> crate::extract::Mention {
    let kind = if parts.month.is_some() {
        Kind::Date
    } else {
        Kind::Year
    };
    mention(
        cx,
        start,
        next,
        kind,
        Value::Date(DateValue::from_parts(parts)),
        Qualifier::Exact,
    )
}

/// A Gregorian month word at `k` (any prefix but ה): `(month, ambiguous)`.
pub(super) fn month_at(cx: &Cx<'_, '_>, k: usize) -> Option<(u32, bool)> {
    let tk = cx.tok(k)?;
    if tk.kind != TokKind::Word || tk.prefix.he || tk.prefix.about() {
        return None;
    }
    let m = tk.lex?.month?;
    Some((m, t::AMBIGUOUS_MONTHS.contains(&tk.stem())))
}

pub(super) fn int_of(s: &str) -> Option<u32> {
    (s.len() <= 4 && !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())?
}

/// The value of a gematria number (כ"ט = 29, ט"ו = 15, ה' = 5).
pub fn gematria(s: &str) -> Option<u32> {
    let mut total = 0;
    let mut last = u32::MAX;
    for c in s.chars() {
        let v = match c {
            '"' | '\'' => continue,
            'א'..='ט' => c as u32 - 'א' as u32 + 1,
            'י' => 10,
            'כ' | 'ך' => 20,
            'ל' => 30,
            'מ' | 'ם' => 40,
            'נ' | 'ן' => 50,
            'ס' => 60,
            'ע' => 70,
            'פ' | 'ף' => 80,
            'צ' | 'ץ' => 90,
            'ק' => 100,
            'ר' => 200,
            'ש' => 300,
            'ת' => 400,
            _ => return None,
        };
        if v > last {
            return None;
        }
        last = v;
        total += v;
    }
    (total > 0).then_some(total)
}

/// A day of month (1–31, one or two digits) at `k`, or in gematria before a
/// Gregorian month (כ"ט בנובמבר).
fn day_at(cx: &Cx<'_, '_>, k: usize) -> Option<u32> {
    let tk = cx.tok(k)?;
    if tk.kind == TokKind::Word
        && (tk.key().contains('"') || tk.key().ends_with('\'') && tk.key().chars().count() == 2)
    {
        if t::ACRONYMS.contains(&tk.key()) {
            return None;
        }
        let d = gematria(tk.key()).filter(|d| (1..=31).contains(d))?;
        return month_at(cx, k + 1).is_some().then_some(d);
    }
    if tk.kind != TokKind::Num || tk.text.len() > 2 || tk.prefix.about() {
        return None;
    }
    int_of(tk.text).filter(|d| (1..=31).contains(d))
}

/// A four-digit year at `k` with no prefix (after a month).
fn plain_year_at(cx: &Cx<'_, '_>, k: usize) -> Option<i32> {
    let tk = cx.tok(k)?;
    if tk.kind != TokKind::Num || tk.text.len() != 4 || !tk.prefix.is_empty() {
        return None;
    }
    int_of(tk.text)
        .map(|y| y as i32)
        .filter(|y| (1000..3000).contains(y))
}

/// An optional `[,] YEAR` after a date part ending before `k`.
fn year_after(cx: &Cx<'_, '_>, k: usize) -> Option<(i32, usize)> {
    if let Some(y) = plain_year_at(cx, k) {
        return Some((y, k + 1));
    }
    if cx.tok(k).is_some_and(|x| x.is_punct(',')) {
        return plain_year_at(cx, k + 1).map(|y| (y, k + 2));
    }
    None
}

fn valid(y: Option<i32>, m: u32, d: Option<u32>) -> bool {
    if !(1..=12).contains(&m) {
        return false;
    }
    match d {
        None => true,
        Some(d) => NaiveDate::from_ymd_opt(y.unwrap_or(2000), m, d).is_some(),
    }
}

fn two_digit_year(y: u32) -> i32 {
    if y < 50 {
        2000 + y as i32
    } else {
        1900 + y as i32
    }
}

/// Numeric dates at `i`: `d.m.y`, `d/m/y`, `d-m-y`, ISO `y-m-d`, and a
/// yearless `d.m` only after ב-/ה-/מ-/עד and not before a scale or unit.
fn numeric_date(cx: &Cx<'_, '_>, i: usize) -> Option<(DateParts, usize)> {
    let tk = cx.tok(i)?;
    if tk.kind != TokKind::Num {
        return None;
    }
    let mut parts: Vec<&str> = Vec::new();
    let mut next = i + 1;
    if tk.text.contains(['.', '/']) {
        let sep = if tk.text.contains('/') { '/' } else { '.' };
        if tk.text.contains(',') || (sep == '/' && tk.text.contains('.')) {
            return None;
        }
        parts = tk.text.split(sep).collect();
    } else {
        // d-m-y or y-m-d written with dashes: five tokens, no spaces.
        let dash = |k: usize| {
            cx.tok(k)
                .is_some_and(|x| x.is_punct('-') && !x.space_before)
        };
        let num = |k: usize| {
            cx.tok(k)
                .filter(|x| x.kind == TokKind::Num && x.prefix.is_empty() && !x.space_before)
        };
        if dash(i + 1) && dash(i + 3) {
            if let (Some(b), Some(c)) = (num(i + 2), num(i + 4)) {
                parts = vec![tk.text, b.text, c.text];
                next = i + 5;
            }
        }
    }
    let nums: Vec<u32> = parts
        .iter()
        .map(|p| int_of(p))
        .collect::<Option<Vec<_>>>()?;
    match nums.as_slice() {
        [y, m, d] if parts[0].len() == 4 => {
            valid(Some(*y as i32), *m, Some(*d)).then_some(())?;
            Some((ymd(Some(*y as i32), *m, Some(*d)), next))
        }
        [d, m, y] if parts[2].len() == 4 || parts[2].len() == 2 => {
            let y = if parts[2].len() == 2 {
                two_digit_year(*y)
            } else {
                *y as i32
            };
            valid(Some(y), *m, Some(*d)).then_some(())?;
            Some((ymd(Some(y), *m, Some(*d)), next))
        }
        [d, m] if parts[0].len() <= 2 && parts[1].len() <= 2 => {
            let p = tk.prefix;
            // After עד, בתאריך, or a weekday (יום ד' 14.12) a bare d.m is a date.
            let back = if cx.before(i, 1).is_some_and(|x| x.is_punct(',')) {
                2
            } else {
                1
            };
            let after_word = cx.before(i, back).is_some_and(|x| {
                x.is("עד")
                    || x.is("ועד")
                    || strip_to(x.key(), |r| r == "תאריך").is_some()
                    || x.lex.is_some_and(|e| e.weekday.is_some()) && x.prefix.is_empty()
                    || t::WEEKDAY_LETTERS.iter().any(|(l, _)| x.key() == *l)
            });
            let dated = matches!(p.prep, Some('ב' | 'מ' | 'ל')) || p.he || after_word;
            if !dated || p.about() {
                return None;
            }
            if count::measure_follows(cx, next) {
                return None;
            }
            valid(None, *m, Some(*d)).then_some(())?;
            Some((ymd(None, *m, Some(*d)), next))
        }
        _ => None,
    }
}

fn ymd(year: Option<i32>, m: u32, d: Option<u32>) -> DateParts {
    DateParts {
        year,
        month: Some(m),
        day: d,
        weekday: None,
    }
}

/// Day + month (+ year), month + year, month + day, בחודש + month.
pub(super) fn full_date(cx: &Cx<'_, '_>, i: usize) -> Option<(DateParts, usize)> {
    if let Some(r) = numeric_date(cx, i) {
        return Some(r);
    }
    // A day in digits, in words (שלושה במרץ) or as an ordinal (השלישי באוקטובר).
    let day = day_at(cx, i)
        .map(|d| (d, i + 1))
        .or_else(|| word_day(cx, i));
    if let Some((d, k)) = day {
        let i = k - 1;
        let (m, _) = month_at(cx, i + 1)?;
        let tkm = &cx.toks[i + 1];
        if !matches!(tkm.prefix.prep, None | Some('ב' | 'ל')) || tkm.prefix.vav || tkm.prefix.she
        {
            return None;
        }
        let (year, next) = match year_after(cx, i + 2) {
            Some((y, n)) => (Some(y), n),
            None => (None, i + 2),
        };
        valid(year, m, Some(d)).then_some(())?;
        return Some((ymd(year, m, Some(d)), next));
    }
    // בחודש מאי
    let tk = cx.tok(i)?;
    let month_word = tk.kind == TokKind::Word && tk.stem() == t::MONTH_WORD && !tk.prefix.he;
    let (m_at, after_month_word) = if month_word {
        (i + 1, true)
    } else {
        (i, false)
    };
    let (m, _) = month_at(cx, m_at)?;
    if after_month_word && !cx.toks[m_at].prefix.is_empty() {
        return None;
    }
    if let Some((y, next)) = year_after(cx, m_at + 1) {
        return Some((ymd(Some(y), m, None), next));
    }
    if let Some(d) = day_at(cx, m_at + 1).filter(|_| cx.toks[m_at + 1].prefix.is_empty()) {
        let (year, next) = match year_after(cx, m_at + 2) {
            Some((y, n)) => (Some(y), n),
            None => (None, m_at + 2),
        };
        valid(year, m, Some(d)).then_some(())?;
        return Some((ymd(year, m, Some(d)), next));
    }
    let modifier = cx
        .tok(m_at + 1)
        .and_then(|x| t::RELATIVE_MODIFIERS.iter().find(|(w, _)| x.is(w)))
        .map(|(_, o)| *o);
    let prep_b = cx.toks[m_at].prefix.prep == Some('ב');
    let ambiguous_b = t::AMBIGUOUS_AFTER_B.contains(&cx.toks[m_at].stem());
    if after_month_word || modifier.is_some() || (prep_b && !ambiguous_b) {
        let next = if modifier.is_some() {
            m_at + 2
        } else {
            m_at + 1
        };
        // מרץ הבא, במרץ האחרון: the next or last such month, given a reference.
        let year = match (modifier, cx.reference) {
            (Some(o), Some(r)) => {
                let rm = r.month();
                Some(match o {
                    o if o > 0 => r.year() + i32::from(m <= rm),
                    o if o < 0 => r.year() - i32::from(m >= rm),
                    _ => r.year(),
                })
            }
            _ => None,
        };
        return Some((ymd(year, m, None), next));
    }
    None
}

/// A day of month written as a number word (שלושה, עשרים ואחד) or as a
/// definite ordinal (השלישי), directly before a month: `(day, next)`.
fn word_day(cx: &Cx<'_, '_>, i: usize) -> Option<(u32, usize)> {
    let tk = cx.tok(i)?;
    if tk.kind != TokKind::Word {
        return None;
    }
    let (d, next) = match tk.lex.and_then(|e| e.ordinal) {
        Some(o) if tk.prefix.he && tk.prefix_text.len() == "ה".len() => (o, i + 1),
        _ => {
            let p = number::parse(cx.toks, i)?;
            if !p.words || p.value.fract() != 0.0 || !tk.prefix.is_empty() {
                return None;
            }
            (p.value as u32, p.next)
        }
    };
    let m = cx.tok(next)?;
    let prep_ok = matches!(m.prefix.prep, Some('ב' | 'ל')) && !m.prefix.vav;
    ((1..=31).contains(&d) && prep_ok && month_at(cx, next).is_some()).then_some((d, next))
}

/// Two yearless or full dates sharing a month: בין ה-5 ל-7 ביוני, 5-7 ביוני,
/// מה-5 עד ה-7 ביוני. Each end is its own date mention.
fn date_range(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let d1 = day_at(cx, i)?;
    let (k, sep_ok) = if cx
        .tok(i + 1)
        .is_some_and(|x| x.is_punct('-') || t::UNTIL.contains(&x.key()))
    {
        (i + 2, true)
    } else {
        (
            i + 1,
            cx.tok(i + 1)
                .is_some_and(|x| x.prefix.prep == Some('ל') || x.prefix.vav),
        )
    };
    if !sep_ok {
        return None;
    }
    let d2 = day_at(cx, k)?;
    let (m, _) = month_at(cx, k + 1)?;
    let (year, next) = match year_after(cx, k + 2) {
        Some((y, n)) => (Some(y), n),
        None => (None, k + 2),
    };
    if !(valid(year, m, Some(d1)) && valid(year, m, Some(d2))) || d1 >= d2 {
        return None;
    }
    let a = date_mention(cx, cx.toks[i].start, i + 1, ymd(year, m, Some(d1)));
    let b = date_mention(cx, cx.toks[k].start, next, ymd(year, m, Some(d2)));
    Some(Found {
        mentions: vec![a, b],
        next,
    })
}

/// `יום רביעי`, `ביום ה'`, or a bare weekday name, at `k`.
pub(super) fn weekday_at(cx: &Cx<'_, '_>, k: usize, bare_ok: bool) -> Option<(Weekday, usize)> {
    let tk = cx.tok(k)?;
    if tk.kind != TokKind::Word {
        return None;
    }
    if tk.stem() == t::DAY_WORD && !tk.prefix.he {
        let n = cx.tok(k + 1)?;
        if n.kind != TokKind::Word || !n.prefix.is_empty() {
            return None;
        }
        if let Some(w) = n.lex.and_then(|e| e.weekday) {
            return Some((w, k + 2));
        }
        if let Some((_, w)) = t::WEEKDAY_LETTERS.iter().find(|(s, _)| n.key() == *s) {
            return Some((*w, k + 2));
        }
        return None;
    }
    if bare_ok && tk.prefix.is_empty() {
        return tk.lex.and_then(|e| e.weekday).map(|w| (w, k + 1));
    }
    None
}

fn weekday_date(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let (w, mut k) = weekday_at(cx, i, true)?;
    if cx.tok(k).is_some_and(|x| x.is_punct(',')) {
        k += 1;
    }
    if let Some((mut parts, next)) = full_date(cx, k) {
        parts.weekday = Some(w);
        return Some(date_found(cx, i, parts, next));
    }
    // ביום שלישי ה-19, יום שלישי התשעה עשר: a day of an unnamed month.
    let tk = cx.tok(k)?;
    let (d, mut next) = match tk.kind {
        TokKind::Num if tk.prefix_text == "ה" => (int_of(tk.text)?, k + 1),
        TokKind::Word => {
            let p = number::parse_definite(cx.toks, k).filter(|p| p.value.fract() == 0.0)?;
            (p.value as u32, p.next)
        }
        _ => return None,
    };
    if !(1..=31).contains(&d) || count::measure_follows(cx, next) {
        return None;
    }
    if cx
        .tok(next)
        .is_some_and(|x| t::OF_THE_MONTH.contains(&x.key()))
    {
        next += 1;
    }
    let parts = DateParts {
        day: Some(d),
        weekday: Some(w),
        ..DateParts::default()
    };
    let m = mention(
        cx,
        cx.toks[i].start,
        next,
        Kind::Date,
        Value::Date(DateValue::from_parts(parts)),
        Qualifier::Exact,
    );
    Some(Found::one(m, next))
}

/// A day number before a Hebrew-calendar month (9 באב), or gematria around
/// one: consumed without a mention (v1 does not convert Hebrew dates).
fn hebrew_calendar(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let heb = |k: usize| {
        cx.tok(k)
            .is_some_and(|x| x.lex.is_some_and(|e| e.heb_month) && !x.prefix.he)
    };
    let tk = cx.tok(i)?;
    if tk.kind == TokKind::Num && heb(i + 1) {
        let mut next = i + 2;
        if cx.tok(next).is_some_and(|x| x.kind == TokKind::Num) {
            next += 1;
        }
        return Some(Found::none(next));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claims, date_days as days, date_parts as parts, only};
    use super::*;

    #[test]
    fn day_first_dates() {
        let m = only("הוא נחת ב-3 במרץ 2019 בבוקר");
        assert_eq!(days(&m).0, "2019-03-03");
        for s in ["3.3.2019", "03/03/19", "2019-03-03", "מ3.3.2019"] {
            assert_eq!(days(&only(s)).0, "2019-03-03", "{s}");
        }
        // Day first: 02/01 is the 2nd of January.
        assert_eq!(days(&only("02/01/2020")).0, "2020-01-02");
        let m = only("ה-9 בספטמבר");
        assert_eq!(parts(&m).pattern().as_deref(), Some("--09-09"));
        let m = only("באוקטובר 2012 נבחר");
        assert_eq!(days(&m), ("2012-10-01".into(), "2012-10-31".into()));
        let m = only("נוב' 2012");
        assert_eq!(parts(&m).month, Some(11));
    }

    #[test]
    fn weekday_with_date_keeps_the_weekday_without_inventing_a_year() {
        let m = only("ביום שלישי, 9 במאי");
        let p = parts(&m);
        assert_eq!((p.year, p.month, p.day), (None, Some(5), Some(9)));
        assert_eq!(p.weekday, Some(Weekday::Tue));
        let m = only("יום ו' 12.5.2023");
        assert_eq!(parts(&m).weekday, Some(Weekday::Fri));
    }

    #[test]
    fn weekday_with_a_day_of_an_unnamed_month() {
        for s in [
            "ביום שלישי ה-19 נפגשו",
            "יום שלישי התשעה עשר",
            "ביום ג' ה-19 בחודש",
        ] {
            let m = only(s);
            assert_eq!(parts(&m).pattern().as_deref(), Some("--XX-19"), "{s}");
            assert_eq!(parts(&m).weekday, Some(Weekday::Tue), "{s}");
        }
        assert!(claims("השלושה עשר הגיעו").is_empty());
    }

    #[test]
    fn yearless_day_month_after_a_weekday() {
        let m = only("יום ד' 14.12");
        assert_eq!(parts(&m).pattern().as_deref(), Some("--12-14"));
        assert_eq!(parts(&m).weekday, Some(Weekday::Wed));
        let m = only("בתאריך 3.7");
        assert_eq!(parts(&m).month, Some(7));
    }

    #[test]
    fn yearless_day_month_only_after_a_date_prefix() {
        let m = only("ב-7.4 ייפתח הכנס");
        assert_eq!(parts(&m).pattern().as_deref(), Some("--04-07"));
        let m = only("7.4 מיליון מבקרים");
        assert_eq!(m.kind, Kind::Count);
    }

    #[test]
    fn day_ranges_share_the_month() {
        let c = claims("הכנס ייערך בין ה-12 ל-14 ביולי");
        assert_eq!(c.len(), 2);
        assert_eq!(parts(&c[0]).day, Some(12));
        assert_eq!(parts(&c[1]).day, Some(14));
        assert_eq!(parts(&c[1]).month, Some(7));
    }

    #[test]
    fn ambiguous_months_need_context() {
        assert!(claims("יולי הגיע").is_empty());
        assert!(claims("עבדו במרץ").is_empty());
        assert_eq!(parts(&only("ביולי")).month, Some(7));
        assert_eq!(parts(&only("בחודש מרץ")).month, Some(3));
        assert_eq!(parts(&only("בינואר")).month, Some(1));
    }

    #[test]
    fn days_in_words_and_ordinals_before_a_month() {
        let m = only("חמישה ביוני 1967");
        assert_eq!(days(&m).0, "1967-06-05");
        let m = only("עשרים ואחד בספטמבר");
        assert_eq!(parts(&m).day, Some(21));
        let m = only("הרביעי ביולי");
        assert_eq!(parts(&m).pattern().as_deref(), Some("--07-04"));
    }

    #[test]
    fn gematria_day_before_a_gregorian_month() {
        assert_eq!(gematria("כ\"ט"), Some(29));
        assert_eq!(gematria("ט\"ו"), Some(15));
        assert_eq!(parts(&only("כ\"ט בנובמבר")).day, Some(29));
        assert!(claims("י\"ד בכסלו").is_empty());
    }
}
