//! Spans of text that must yield no claim, in any language.
//!
//! URLs, e-mail addresses and handles, IP addresses, version strings, phone
//! numbers, codes that interleave letters and digits and model numbers are
//! written with the same Latin letters and ASCII digits whatever the language
//! around them, so they are found here once, on the raw text, before any
//! language reads it. A tokenizer then marks every token overlapping a trap
//! span as blocked: no number, date or amount may start inside one.
//!
//! Every rule is script-neutral: a Hebrew or Arabic word glued before a URL or
//! a code (a proclitic such as ב- or و) is stripped before the chunk is
//! judged, and letters of other scripts glued to digits are never a code
//! (ב2009 is "in 2009"). Times of day are not traps: whether "5:30" is a time,
//! a score or a ratio needs the words around it, so each grammar decides.
//!
//! The scan is linear in the text: one pass over whitespace chunks, one
//! pass over Latin letter runs, and one phone pattern run by the `regex`
//! crate, which never backtracks.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::extract::units::currency_code;

/// Latin currency signs written glued before digits ("Rs500", "RM42"):
/// money, not a code. ISO codes ("USD34.6") are known from `units`.
const GLUED_CURRENCY_SIGNS: &[&str] = &["Rs", "RM"];

/// The byte ranges of `text` that must yield no claim, sorted and
/// non-overlapping.
///
/// Every Latin word followed by a hyphen and digits counts as a model name
/// here ("F-35", "COVID-19"); a language with words that may stand there
/// ("mid-2015") uses [`trap_spans_with`].
pub fn trap_spans(text: &str) -> Vec<Range<usize>> {
    trap_spans_with(text, &|_| false)
}

/// [`trap_spans`], where `not_a_name` says which lower-cased Latin words
/// before a hyphen and digits are words of the language rather than the name
/// of a model ("mid-2015", "Jan-2016", "up-to-5", "twenty-5").
pub fn trap_spans_with(text: &str, not_a_name: &dyn Fn(&str) -> bool) -> Vec<Range<usize>> {
    let mut spans = chunk_traps(text);
    spans.extend(PHONE.find_iter(text).map(|m| m.range()));
    spans.extend(name_digits(text, not_a_name));
    merge(spans)
}

/// Whether byte range `r` overlaps any of the sorted, non-overlapping
/// `spans`; a binary search, for callers that test one range at a time.
pub fn overlaps(spans: &[Range<usize>], r: &Range<usize>) -> bool {
    let k = spans.partition_point(|s| s.end <= r.start);
    spans.get(k).is_some_and(|s| s.start < r.end)
}

/// For each of the sorted `items` (byte ranges), whether it overlaps a trap
/// span: one merge of two sorted lists, linear in both.
pub fn mark<T>(
    spans: &[Range<usize>],
    items: &[T],
    range: impl Fn(&T) -> Range<usize>,
) -> Vec<bool> {
    let mut k = 0;
    items
        .iter()
        .map(|it| {
            let r = range(it);
            while k < spans.len() && spans[k].end <= r.start {
                k += 1;
            }
            spans
                .get(k)
                .is_some_and(|s| s.start < r.end && r.start < r.end)
        })
        .collect()
}

/// Sorts and merges overlapping ranges.
fn merge(mut spans: Vec<Range<usize>>) -> Vec<Range<usize>> {
    spans.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(spans.len());
    for r in spans {
        match out.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// Whitespace-separated chunks that are URLs, addresses, versions or codes.
/// Every such chunk holds a digit, an `@`, a slash or "www.", so only the
/// chunks around those bytes are looked at; each chunk once.
fn chunk_traps(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let www = (c | 0x20) == b'w'
            && b.get(i..i + 4)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"www."));
        if !(c.is_ascii_digit() || c == b'@' || c == b'/' || www) {
            i += 1;
            continue;
        }
        let start = text[..i]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(k, c)| k + c.len_utf8());
        let end = text[i..]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(text.len(), |(k, _)| i + k);
        if is_trap_chunk(&text[start..end]) {
            out.push(start..end);
        }
        i = end.max(i + 1);
    }
    out
}

/// The chunk without the punctuation around it and without a proclitic of
/// another script glued before it ("ב-10.0.0.1", "(v1.2.3)," → the core).
pub fn chunk_core(chunk: &str) -> &str {
    let open = ['(', '[', '{', '"', '\'', '«', '“', '‘', '<'];
    let close = [
        '.', ',', ';', ':', ')', ']', '}', '!', '?', '"', '\'', '»', '”', '’', '>', '،', '؛', '؟',
    ];
    let mut s = chunk.trim_start_matches(open);
    let proclitic = s
        .find(|c: char| !c.is_alphabetic() || c.is_ascii_alphabetic())
        .unwrap_or(0);
    if proclitic > 0 {
        let rest = &s[proclitic..];
        s = rest.trim_start_matches(['-', '\u{05BE}', '\u{0640}']);
    }
    s.trim_start_matches(open).trim_end_matches(close)
}

fn is_trap_chunk(chunk: &str) -> bool {
    let lower = chunk.to_ascii_lowercase();
    let core = chunk_core(chunk);
    is_url(&lower)
        || is_email(core)
        || is_handle(core)
        || is_ip(core)
        || is_version(core)
        || is_identifier(core)
}

/// A URL: a scheme ("https://"), "www." or a domain with a path
/// ("ynet.co.il/news/2016/12/14").
fn is_url(lower: &str) -> bool {
    if lower.contains("://") || lower.contains("www.") {
        return true;
    }
    // A dot, two or more Latin letters and a slash: a top-level domain.
    let b = lower.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        c == b'.'
            && i > 0
            && b[i - 1].is_ascii_alphanumeric()
            && b[i + 1..]
                .iter()
                .position(|x| !x.is_ascii_lowercase())
                .is_some_and(|n| n >= 2 && b[i + 1 + n] == b'/')
    })
}

/// An e-mail address: letters before an `@`, a dotted domain after.
fn is_email(core: &str) -> bool {
    core.split_once('@')
        .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'))
}

/// A social-media handle ("@user2016"): a name, whatever digits it holds.
fn is_handle(core: &str) -> bool {
    core.strip_prefix('@')
        .is_some_and(|h| !h.is_empty() && h.chars().all(|c| c.is_alphanumeric() || c == '_'))
}

/// Four dotted groups of one to three digits: "10.0.0.1".
fn is_ip(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// "v1.2.3", "v2", "2.0.1" (but not "1.500.000", thousands with dots, nor a
/// dotted date).
pub fn is_version(s: &str) -> bool {
    let body = s
        .strip_prefix('v')
        .or_else(|| s.strip_prefix('V'))
        .unwrap_or(s);
    let parts: Vec<&str> = body.split('.').collect();
    if parts.len() < 2
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    if body.len() != s.len() {
        return true; // "v1.2"
    }
    parts.len() >= 3 && !parts[1..].iter().all(|p| p.len() == 3) && !is_dotted_date(&parts)
}

/// Day, month and year joined by dots: "3.5.2015", "21.04.2016", "03.05.15"
/// (a two-digit year only with a two-digit day and month; "1.2.15" stays a
/// version).
pub fn is_dotted_date(parts: &[&str]) -> bool {
    let [d, m, y] = parts else {
        return false;
    };
    let num = |s: &str| s.parse::<u32>().ok();
    let day_month = d.len() <= 2
        && m.len() <= 2
        && num(d).is_some_and(|d| (1..=31).contains(&d))
        && num(m).is_some_and(|m| (1..=12).contains(&m));
    let year = match y.len() {
        4 => num(y).is_some_and(|y| (1900..=2100).contains(&y)),
        2 => d.len() == 2 && m.len() == 2,
        _ => false,
    };
    day_month && year
}

/// Letters and digits interleaved ("24703L202", "A320neo2"): an identifier.
/// Hyphens and slashes separate parts ("3km-5km" is two amounts).
pub fn is_identifier(s: &str) -> bool {
    s.split(['-', '/', '_', '.']).any(is_identifier_part)
}

fn is_identifier_part(s: &str) -> bool {
    // "24703m2", "50km2": an area or volume, not a code.
    if let Some(head) = s.strip_suffix(['2', '3']) {
        let unit_start = head.find(|c: char| !c.is_ascii_digit() && c != '.');
        if let Some(k) = unit_start {
            let (num, unit) = head.split_at(k);
            let is_num = !num.is_empty() && num.bytes().all(|b| b.is_ascii_digit() || b == b'.');
            if is_num && ["m", "km", "cm", "mm", "ft", "mi", "yd"].contains(&unit) {
                return false;
            }
        }
    }
    // "1e10" is a number in scientific notation.
    if let Some((m, e)) = s.split_once(['e', 'E']) {
        let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
        if digits(m) && digits(e) {
            return false;
        }
    }
    let mut changes = 0;
    let mut last: Option<bool> = None;
    for c in s.chars() {
        if !c.is_alphanumeric() {
            return false;
        }
        let d = c.is_ascii_digit();
        if last.is_some_and(|l| l != d) {
            changes += 1;
        }
        last = Some(d);
    }
    changes >= 2
        && (s.chars().next().is_some_and(|c| c.is_ascii_digit())
            || s.chars().filter(|c| c.is_ascii_digit()).count() >= 3)
}

/// Phone numbers: "555-123-4567", "(555) 123-4567", "+1 555 123 4567",
/// "+972-3-555-1234", "03-5551234", "050-1234567". ASCII-only, so the text
/// around them may be in any script.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u)\+\d{1,3}[ ./-]?(?:\(\d{1,4}\)|\d{1,4})(?:[ ./-]?\d{2,4}){2,4}|\(\d{2,4}\) ?\d{3,4}[ .-]\d{3,4}|\b\d{3}[.-]\d{3,4}[.-]\d{4}\b|\b0\d{1,2}-\d{7}\b",
    )
    .expect("phone pattern")
});

/// The digits of names: digits glued after Latin letters ("A320", "G7",
/// "L2", "A320-200"), unless the letters are a currency ("USD34.6",
/// "Rs500"), and digits after a Latin word and a hyphen ("COVID-19",
/// "F-16", "scp-173"), unless `not_a_name` knows the word or the word is
/// glued after a number ("3km-5km"). The span covers the digits (and what
/// runs on: "-200"), not the letters, which may still be read.
fn name_digits(text: &str, not_a_name: &dyn Fn(&str) -> bool) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        // Only the first digit of a run, right after a letter or a hyphen.
        let starts_run = b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit());
        if !starts_run || i == 0 || !(b[i - 1] == b'-' || b[i - 1] >= b'A') {
            i += 1;
            continue;
        }
        let dashed = b[i - 1] == b'-';
        let word_end = if dashed { i - 1 } else { i };
        let word_start = text[..word_end]
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(word_end, |(k, _)| k);
        let word = &text[word_start..word_end];
        if word.is_empty() || !word.chars().all(is_latin) {
            i += 1;
            continue;
        }
        let after_number = text[..word_start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit());
        let span = if dashed {
            (!after_number && !not_a_name(&word.to_lowercase())).then(|| i..digit_end(b, i))
        } else {
            // "2.5e3", "1e10": an exponent, not a code.
            let exponent = after_number && word.eq_ignore_ascii_case("e");
            let sign = GLUED_CURRENCY_SIGNS.contains(&word)
                || (word.len() == 3
                    && word.bytes().all(|c| c.is_ascii_uppercase())
                    && currency_code(word).is_some());
            (!exponent && !sign).then(|| i..run_on(b, i))
        };
        match span {
            Some(r) => {
                i = r.end;
                out.push(r);
            }
            None => i += 1,
        }
    }
    out
}

/// Whether `c` is a letter of the Latin script (Basic Latin, Latin-1, the
/// Latin Extended blocks): the script codes and model names are written in.
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (c.is_alphabetic() && matches!(u32::from(c), 0x00C0..=0x024F | 0x1E00..=0x1EFF))
}

fn digit_end(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    i
}

/// The end of a code's digits, running on through glued separators and
/// digits ("A320-200", "B737/800").
fn run_on(b: &[u8], i: usize) -> usize {
    let mut end = digit_end(b, i);
    while matches!(b.get(end), Some(b'-' | b'/' | b'.'))
        && b.get(end + 1).is_some_and(u8::is_ascii_digit)
    {
        end = digit_end(b, end + 1);
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trapped(text: &str) -> Vec<&str> {
        trap_spans(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn urls_in_any_script() {
        assert_eq!(
            trapped("see https://x.com/a/2016/12/14/story ok"),
            ["https://x.com/a/2016/12/14/story"]
        );
        assert_eq!(
            trapped("כתבה ynet.co.il/articles/2016/12/14 פורסמה"),
            ["ynet.co.il/articles/2016/12/14"]
        );
        assert_eq!(trapped("موقع www.example.org/2020 هنا").len(), 1);
        assert_eq!(trapped("(ראו https://a.b/2016/12/14/),").len(), 1);
        assert!(trapped("at 3.5 km/h and 5 a.m./p.m.").is_empty());
    }

    #[test]
    fn addresses_ips_and_versions() {
        assert_eq!(trapped("mail info2@x.org now"), ["info2@x.org"]);
        assert_eq!(trapped("follow @bbc2016."), ["@bbc2016."]);
        assert_eq!(trapped("ב-10.0.0.1 שרת"), ["ב-10.0.0.1"]);
        assert_eq!(trapped("with v1.2.3, and 2.0.1"), ["v1.2.3,", "2.0.1"]);
        assert!(trapped("1.500.000 and 3.5.2015 and 1.5").is_empty());
        assert!(is_version("1.2.15") && !is_version("03.05.15"));
        assert!(is_identifier("24703L202") && !is_identifier("3km"));
        assert!(!is_identifier("50km2"));
    }

    #[test]
    fn phones() {
        for p in [
            "555-123-4567",
            "+972-3-555-1234",
            "(555) 123-4567",
            "+1 555 123 4567",
            "03-5551234",
        ] {
            let text = format!("התקשרו call {p}, now");
            assert_eq!(trapped(&text), [p], "{p}");
        }
        assert!(trapped("from 2015-2016 and 10-20 and 1990-2000").is_empty());
    }

    #[test]
    fn model_numbers_and_codes() {
        assert_eq!(trapped("an A320 and A320-200 jets"), ["320", "320-200"]);
        assert_eq!(
            trapped("F-35 and COVID-19 and scp-173"),
            ["35", "19", "173"]
        );
        assert_eq!(trapped("the G7, MH17"), ["7", "17"]);
        assert!(trapped("USD34.6 and Rs500 and 3km-5km").is_empty());
        assert!(trapped("2.5e3 and 1E10").is_empty());
        assert_eq!(trapped("Škoda Ö3 and émA320"), ["3", "320"]);
        assert!(trapped("ב2009 וב-2010 في2019").is_empty());
        let en = |w: &str| ["mid", "jan"].contains(&w);
        assert!(trap_spans_with("mid-2015 and Jan-2016", &en).is_empty());
        assert_eq!(trap_spans("mid-2015").len(), 1);
    }

    #[test]
    fn spans_are_sorted_merged_and_marked() {
        let text = "call +1 555-123-4567 or A320";
        let spans = trap_spans(text);
        assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
        let items = [0..4, 5..7, 24..25, 25..28];
        assert_eq!(
            mark(&spans, &items, |r| r.clone()),
            [false, true, false, true]
        );
        assert!(overlaps(&spans, &(26..27)) && !overlaps(&spans, &(0..4)));
    }
}
