//! Dates and years (§6): day-first dates (14 בדצמבר 2016, ה-14 בדצמבר,
//! 14.12.2016, 14/12/16, ISO), months (ביולי 2015, בחודש מאי), weekday +
//! date (ביום רביעי, 14 בדצמבר), years after any prefix stack (וב-2009,
//! ב1997, בשנת אלפיים), year ranges (מ-2015 עד 2018, בין 2010 ל-2014,
//! 1997-2009), decades (שנות ה-90, שנות התשעים) and relative dates (אתמול,
//! בחודש הבא, לפני שלוש שנים), resolved against the reference date when one
//! is given (see [`resolve`]).

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::duration;
use super::number;
use super::quantity;
use super::token::{strip_to, TokKind};
use super::{mention, Cx, Found};
use crate::extract::lang::he as t;
use crate::extract::Kind;
use crate::value::{CalendarUnit, DateParts, DateValue, Qualifier, RelativeDate, Value};

/// Tries every date form at token `i`.
pub fn recognize(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    weekday_date(cx, i)
        .or_else(|| relative(cx, i))
        .or_else(|| decade(cx, i))
        .or_else(|| year_in_words(cx, i))
        .or_else(|| date_range(cx, i))
        .or_else(|| full_date(cx, i).map(|(p, next)| date_found(cx, i, p, next)))
        .or_else(|| year(cx, i))
        .or_else(|| hebrew_calendar(cx, i))
}

fn date_found(cx: &Cx<'_, '_>, i: usize, parts: DateParts, next: usize) -> Found {
    let start = cx.toks[i].start;
    Found::one(date_mention(cx, start, next, parts), next)
}

fn date_mention(
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
fn month_at(cx: &Cx<'_, '_>, k: usize) -> Option<(u32, bool)> {
    let tk = cx.tok(k)?;
    if tk.kind != TokKind::Word || tk.prefix.he || tk.prefix.about() {
        return None;
    }
    let m = tk.lex?.month?;
    Some((m, t::AMBIGUOUS_MONTHS.contains(&tk.stem())))
}

fn int_of(s: &str) -> Option<u32> {
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
            if !dated {
                return None;
            }
            if quantity::measure_follows(cx, next) {
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
fn full_date(cx: &Cx<'_, '_>, i: usize) -> Option<(DateParts, usize)> {
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
fn weekday_at(cx: &Cx<'_, '_>, k: usize, bare_ok: bool) -> Option<(Weekday, usize)> {
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
    let (mut parts, next) = full_date(cx, k)?;
    parts.weekday = Some(w);
    Some(date_found(cx, i, parts, next))
}

/// A bare weekday (ביום שני): a `Weekday` mention, never a claim. With a
/// reference date, `רביעי הזה`/`הבא`/`שעבר` resolve to a day.
pub fn weekday(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    // בראשון הזה: a weekday name with ב before a modifier.
    let with_b = cx.tok(i).is_some_and(|x| {
        x.prefix_text == "ב"
            && x.lex.is_some_and(|e| e.weekday.is_some())
            && x.stem() != t::DAY_WORD
    });
    let (w, next) = if with_b {
        (cx.toks[i].lex.and_then(|e| e.weekday)?, i + 1)
    } else {
        weekday_at(cx, i, true)?
    };
    let modifier = weekday_modifier(cx, next);
    if with_b && modifier.is_none() {
        return None;
    }
    if let (Some((which, after)), Some(r)) = (modifier, cx.reference) {
        let day = weekday_near(r, w, which);
        let parts = DateParts {
            year: Some(day.year()),
            month: Some(day.month()),
            day: Some(day.day()),
            weekday: Some(w),
        };
        return Some(date_found(cx, i, parts, after));
    }
    if cx.toks[i].stem() != t::DAY_WORD {
        return None; // a bare ראשון/שני is an ordinal or a number
    }
    let parts = DateParts {
        weekday: Some(w),
        ..DateParts::default()
    };
    let m = mention(
        cx,
        cx.toks[i].start,
        next,
        Kind::Weekday,
        Value::Date(DateValue::from_parts(parts)),
        Qualifier::Exact,
    );
    Some(Found::one(m, next))
}

/// Which occurrence of a weekday a modifier picks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Which {
    /// הזה: the coming one (today included).
    This,
    /// האחרון: the most recent one before today.
    Last,
    /// In the week `n` weeks from this one (הבא +1, שעבר −1).
    Week(i64),
}

/// The modifier after a weekday at `k`, with the token after it:
/// הזה, הבא, שעבר, האחרון, (ב)שבוע הבא/שעבר.
fn weekday_modifier(cx: &Cx<'_, '_>, k: usize) -> Option<(Which, usize)> {
    let tk = cx.tok(k)?;
    if tk.kind == TokKind::Word && tk.stem() == "שבוע" && !tk.prefix.he {
        let (_, o) = t::RELATIVE_MODIFIERS
            .iter()
            .find(|(m, _)| cx.tok(k + 1).is_some_and(|x| x.is(m)))?;
        return Some((Which::Week(i64::from(*o)), k + 2));
    }
    let (m, o) = t::RELATIVE_MODIFIERS.iter().find(|(m, _)| tk.is(m))?;
    let which = match (*m, *o) {
        ("האחרון" | "האחרונה", _) => Which::Last,
        (_, 0) => Which::This,
        (_, o) => Which::Week(i64::from(o)),
    };
    Some((which, k + 1))
}

/// The day a weekday + modifier names, seen from `r`; weeks start on Sunday.
fn weekday_near(r: NaiveDate, w: Weekday, which: Which) -> NaiveDate {
    let wd = i64::from(w.num_days_from_sunday());
    let rd = i64::from(r.weekday().num_days_from_sunday());
    match which {
        Which::This => r + Duration::days((wd - rd).rem_euclid(7)),
        Which::Last => {
            r - Duration::days(match (rd - wd).rem_euclid(7) {
                0 => 7,
                n => n,
            })
        }
        Which::Week(n) => r + Duration::days(wd - rd + 7 * n),
    }
}

/// Relative dates: single words, unit + modifier, ago/in + duration.
fn relative(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tk = cx.tok(i)?;
    if tk.kind != TokKind::Word {
        return None;
    }
    let modifier_at = |k: usize| {
        cx.tok(k)
            .and_then(|x| t::RELATIVE_MODIFIERS.iter().find(|(m, _)| x.is(m)))
            .map(|(_, o)| *o)
    };
    let lex = tk.lex;
    if let Some((unit, off)) = lex.and_then(|e| e.relative) {
        // ראש השנה: the holiday.
        if cx
            .before(i, 1)
            .is_some_and(|x| t::NOT_BEFORE_RELATIVE.contains(&x.key()))
        {
            return None;
        }
        // היום העשירי: "the day", not "today".
        if cx
            .tok(i + 1)
            .is_some_and(|x| x.prefix.he && x.lex.is_some_and(|e| e.ordinal.is_some()))
        {
            return None;
        }
        if off == 0 && unit != CalendarUnit::Day {
            if let Some(o) = modifier_at(i + 1) {
                return Some(rel_found(cx, i, i + 2, unit, o, true, false));
            }
        }
        return Some(rel_found(cx, i, i + 1, unit, off, true, false));
    }
    // בשבוע הבא, בחודש שעבר, בשנה שעברה, שנה הבאה.
    if let Some(tw) = lex
        .and_then(|e| e.time)
        .filter(|tw| tw.count == 1.0 && !tw.plural)
    {
        if !tk.prefix.he && matches!(tk.prefix.prep, None | Some('ב' | 'ל')) {
            if let (Some((unit, 1)), Some(o)) = (tw.unit.calendar(), modifier_at(i + 1)) {
                if matches!(
                    unit,
                    CalendarUnit::Week | CalendarUnit::Month | CalendarUnit::Year
                ) {
                    return Some(rel_found(cx, i, i + 2, unit, o, true, false));
                }
            }
        }
    }
    // לפני N unit, בעוד N unit.
    let sign = if t::AGO_WORDS
        .iter()
        .any(|w| tk.key() == *w || tk.key().strip_prefix('ו') == Some(w))
    {
        -1
    } else if t::IN_WORDS
        .iter()
        .any(|w| tk.key() == *w || tk.key().strip_prefix('ו') == Some(w))
    {
        1
    } else {
        return None;
    };
    let d = duration::phrase(cx, i + 1)?;
    let (unit, steps) = match d.unit.calendar() {
        Some((u, mult)) if d.count.fract() == 0.0 => (u, d.count as i32 * mult),
        _ => {
            let secs = d.count * d.unit.seconds();
            if secs >= 86_400.0 && secs % 86_400.0 == 0.0 {
                (CalendarUnit::Day, (secs / 86_400.0) as i32)
            } else {
                return None; // בעוד חצי שעה: a duration
            }
        }
    };
    let mut f = rel_found(cx, i, d.next, unit, sign * steps, false, d.about);
    if d.about {
        for m in &mut f.mentions {
            m.hedge = Some("כ-".to_string());
        }
    }
    Some(f)
}

fn rel_found(
    cx: &Cx<'_, '_>,
    i: usize,
    next: usize,
    unit: CalendarUnit,
    offset: i32,
    period: bool,
    about: bool,
) -> Found {
    let rel = RelativeDate { unit, offset };
    let value = match cx.reference {
        Some(r) => resolve(rel, period, r),
        None => DateValue::relative(unit, offset),
    };
    let q = if about {
        Qualifier::Approx
    } else {
        Qualifier::Exact
    };
    Found::one(
        mention(
            cx,
            cx.toks[i].start,
            next,
            Kind::Date,
            Value::Date(value),
            q,
        ),
        next,
    )
}

/// Resolves a relative date against `reference`. `period` ("next week",
/// "last year") covers the whole calendar unit; otherwise ("two weeks ago")
/// days and weeks land on one day, months and years on the whole unit.
/// Weeks run Sunday to Saturday, as in Israel.
pub fn resolve(rel: RelativeDate, period: bool, reference: NaiveDate) -> DateValue {
    let off = i64::from(rel.offset);
    let (parts, days) = match rel.unit {
        CalendarUnit::Day => {
            let d = reference + Duration::days(off);
            (full(d), Some((d, d)))
        }
        CalendarUnit::Week => {
            let d = reference + Duration::days(7 * off);
            if period {
                let s = d - Duration::days(i64::from(d.weekday().num_days_from_sunday()));
                (DateParts::default(), Some((s, s + Duration::days(6))))
            } else {
                (full(d), Some((d, d)))
            }
        }
        CalendarUnit::Month => {
            let total = reference.year() * 12 + reference.month0() as i32 + rel.offset;
            let p = DateParts {
                year: Some(total.div_euclid(12)),
                month: Some(total.rem_euclid(12) as u32 + 1),
                ..DateParts::default()
            };
            (p, p.days())
        }
        CalendarUnit::Year => {
            let p = DateParts {
                year: Some(reference.year() + rel.offset),
                ..DateParts::default()
            };
            (p, p.days())
        }
    };
    DateValue {
        parts,
        days,
        relative: Some(rel),
    }
}

fn full(d: NaiveDate) -> DateParts {
    DateParts {
        year: Some(d.year()),
        month: Some(d.month()),
        day: Some(d.day()),
        weekday: None,
    }
}

/// שנות ה-90, בשנות התשעים, שנות ה-2000: a decade as a span of years.
fn decade(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tk = cx.tok(i)?;
    if tk.kind != TokKind::Word || strip_to(tk.key(), |r| t::DECADE_WORDS.contains(&r)).is_none() {
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
            if nw.class != t::NumClass::Ten {
                return None;
            }
            1900 + nw.value as i32
        }
        TokKind::Punct => return None,
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
fn year_in_words(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tk = cx.tok(i)?;
    if tk.kind != TokKind::Word || strip_to(tk.key(), |r| t::YEAR_WORD == r).is_none() {
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
fn year(cx: &Cx<'_, '_>, i: usize) -> Option<Found> {
    let tk = cx.tok(i)?;
    let y = year_value(cx, i)?;
    if tk.prefix.about() || tk.prefix.he && !tk.dashed {
        return None;
    }
    if quantity::measure_follows(cx, i + 1) {
        return None;
    }
    // Ranges: 1997-2009, מ-2015 עד 2018, בין 2010 ל-2014.
    let end = if cx.tok(i + 1).is_some_and(|x| x.is_punct('-')) {
        year_value(cx, i + 2)
            .filter(|_| cx.toks[i + 2].prefix.is_empty())
            .map(|e| (e, i + 3))
    } else if (tk.prefix.prep == Some('מ') || from_word(cx, i))
        && cx.tok(i + 1).is_some_and(|x| t::UNTIL.contains(&x.key()))
    {
        // מ-2015 עד 2018, משנת 2015 ועד שנת 2018.
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
        if !quantity::measure_follows(cx, next) {
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

/// `משנת` / `מאז` before token `i`: a range start.
fn from_word(cx: &Cx<'_, '_>, i: usize) -> bool {
    cx.before(i, 1)
        .is_some_and(|x| x.is("משנת") || x.is("ומשנת") || x.is("מאז"))
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
    use super::super::tests::{claims, claims_at, only};
    use super::*;

    fn days(m: &crate::extract::Mention) -> (String, String) {
        match &m.value {
            Value::Date(d) => {
                let (a, b) = d.days.expect("days");
                (a.to_string(), b.to_string())
            }
            _ => panic!("not a date"),
        }
    }

    fn parts(m: &crate::extract::Mention) -> DateParts {
        match &m.value {
            Value::Date(d) => d.parts,
            _ => panic!("not a date"),
        }
    }

    fn rel(m: &crate::extract::Mention) -> (CalendarUnit, i32) {
        match &m.value {
            Value::Date(d) => {
                let r = d.relative.expect("relative");
                (r.unit, r.offset)
            }
            _ => panic!("not a date"),
        }
    }

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
    }

    #[test]
    fn four_digits_before_a_noun_are_not_a_year() {
        let m = only("גויסו 1999 מתנדבים");
        assert_eq!(m.kind, Kind::Count);
    }

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
    fn relative_dates_without_reference() {
        assert_eq!(rel(&only("שלשום נפגשו")), (CalendarUnit::Day, -2));
        assert_eq!(rel(&only("בשבוע הבא")), (CalendarUnit::Week, 1));
        assert_eq!(rel(&only("בשנה שעברה")), (CalendarUnit::Year, -1));
        assert_eq!(rel(&only("לפני ארבעה חודשים")), (CalendarUnit::Month, -4));
        assert_eq!(rel(&only("בעוד שבועיים")), (CalendarUnit::Week, 2));
        assert_eq!(rel(&only("לפני עשור")), (CalendarUnit::Year, -10));
        let m = only("לפני כשנה");
        assert_eq!(rel(&m), (CalendarUnit::Year, -1));
        assert_eq!(m.qualifier, Qualifier::Approx);
        assert!(claims("ראש השנה").is_empty());
    }

    #[test]
    fn relative_dates_resolve_against_the_reference() {
        let r = NaiveDate::from_ymd_opt(2016, 12, 14); // a Wednesday
        let one = |s: &str| {
            let c = claims_at(s, r);
            assert_eq!(c.len(), 1, "{s}");
            days(&c[0])
        };
        assert_eq!(one("אתמול"), ("2016-12-13".into(), "2016-12-13".into()));
        assert_eq!(one("בחודש הבא"), ("2017-01-01".into(), "2017-01-31".into()));
        assert_eq!(one("אשתקד"), ("2015-01-01".into(), "2015-12-31".into()));
        // The week runs Sunday to Saturday.
        assert_eq!(
            one("בשבוע שעבר"),
            ("2016-12-04".into(), "2016-12-10".into())
        );
        assert_eq!(
            one("לפני שלושה ימים"),
            ("2016-12-11".into(), "2016-12-11".into())
        );
        assert_eq!(
            one("בעוד 48 שעות"),
            ("2016-12-16".into(), "2016-12-16".into())
        );
        assert_eq!(one("שני הבא"), ("2016-12-19".into(), "2016-12-19".into()));
    }

    #[test]
    fn weekday_and_month_modifiers_resolve_with_a_reference() {
        let r = NaiveDate::from_ymd_opt(2016, 12, 14); // a Wednesday
        let day = |s: &str| {
            let c = claims_at(s, r);
            assert_eq!(c.len(), 1, "{s}");
            days(&c[0]).0
        };
        assert_eq!(day("חמישי הזה"), "2016-12-15");
        assert_eq!(day("בשני הזה"), "2016-12-19");
        assert_eq!(day("ביום שלישי האחרון"), "2016-12-13");
        assert_eq!(day("רביעי האחרון"), "2016-12-07");
        assert_eq!(day("ראשון הבא"), "2016-12-18");
        assert_eq!(day("שישי בשבוע שעבר"), "2016-12-09");
        assert_eq!(day("ינואר הבא"), "2017-01-01");
        assert_eq!(day("בנובמבר האחרון"), "2016-11-01");
        assert_eq!(day("ביוני שעבר"), "2016-06-01");
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
    fn a_bare_weekday_is_no_claim() {
        assert!(claims("ביום חמישי האחרון").is_empty());
        let n = crate::text::normalize("ביום חמישי");
        let all = super::super::extract(&n.text, None);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].kind, Kind::Weekday);
    }

    #[test]
    fn gematria_day_before_a_gregorian_month() {
        assert_eq!(gematria("כ\"ט"), Some(29));
        assert_eq!(gematria("ט\"ו"), Some(15));
        assert_eq!(parts(&only("כ\"ט בנובמבר")).day, Some(29));
        assert!(claims("י\"ד בכסלו").is_empty());
    }
}
