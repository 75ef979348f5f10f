//! Numbers that name or tally rather than measure: labels ("flight 372",
//! "page 7", "Route 66", "Article 5", "Street 5"), house numbers ("10
//! Downing Street") and scores ("won 3-1", "a 2-0 win"). They are consumed
//! with no claim, like times of day.

use super::measure::{measure, Tag};
use super::tokens::Ctx;
use super::Found;
use crate::extract::lang::en as t;

/// A label, house number or score at `i`: consumed, no claim.
pub fn identifier(cx: &Ctx, i: usize) -> Option<Found> {
    if !cx.is_digits(i) || cx.is_blocked(i) {
        return None;
    }
    let end = score(cx, i)
        .or_else(|| house_number(cx, i))
        .or_else(|| labelled(cx, i))?;
    Some(Found { end, mention: None })
}

/// Whether a phrase of `list` ends right before token `i`.
fn ends_before(cx: &Ctx, i: usize, list: &[&str]) -> bool {
    list.iter().any(|p| {
        let n = p.split(' ').count();
        i >= n && cx.phrase(i - n, p) == Some(i)
    })
}

/// "flight 372", "page 7", "Route 66", "No. 10": digits after a label word,
/// unless a unit, currency, time unit or counted noun follows ("a road 5 km
/// long", "on the road 5 people died").
fn labelled(cx: &Ctx, i: usize) -> Option<usize> {
    if !ends_before(cx, i, t::LABEL_WORDS) {
        return None;
    }
    let m = measure(cx, i)?;
    if m.tag != Tag::Plain {
        return None;
    }
    // "pages 7-9", "Articles 3-5": a span of labels.
    if cx.is(i + 1, "-") && cx.glued(i + 1) && cx.glued(i + 2) && cx.is_digits(i + 2) {
        return Some(i + 3);
    }
    Some(i + 1)
}

/// "10 Downing Street", "1600 Pennsylvania Avenue": a number before one to
/// three capitalized words and a street word.
fn house_number(cx: &Ctx, i: usize) -> Option<usize> {
    if cx.raw(i).len() > 5 || cx.glued(i + 1) {
        return None;
    }
    // "in 2016 Oxford Street ...": a year, not a house.
    if i > 0 && t::YEAR_PREPOSITIONS.contains(&cx.low(i - 1)) && cx.raw(i).len() == 4 {
        return None;
    }
    let mut k = i + 1;
    while k < i + 4 && cx.is_word(k) && cx.capitalized(k) && !cx.is_blocked(k) {
        if k > i + 1 && t::STREET_WORDS.contains(&cx.low(k)) {
            return Some(k + 1);
        }
        k += 1;
    }
    None
}

/// "won 3-1", "beat Chelsea 2:0", "drew 1-1", "a 3-1 win": two small whole
/// numbers joined by a glued dash or colon next to a word of winning or
/// losing. Elsewhere "3-1" stays what it was.
fn score(cx: &Ctx, i: usize) -> Option<usize> {
    let sep = cx.is(i + 1, "-") || cx.is(i + 1, ":");
    let small = |k: usize| cx.is_digits(k) && cx.raw(k).len() <= 3;
    if !sep || !cx.glued(i + 1) || !cx.glued(i + 2) || !small(i) || !small(i + 2) {
        return None;
    }
    if cx.glued(i + 3) && (cx.is_digits(i + 4) || cx.is_word(i + 3)) {
        return None;
    }
    // A score word up to three words before, within the clause.
    let before = (1..=3).any(|n| {
        i >= n
            && (i - n..i).all(|k| cx.is_word(k) || cx.is(k, "the") || cx.is(k, "a"))
            && t::SCORE_BEFORE.contains(&cx.low(i - n))
    });
    let after = (3..=4).any(|n| t::SCORE_AFTER.contains(&cx.low(i + n)))
        && (cx.is_word(i + 3) || cx.is_digits(i + 3));
    (before || after).then_some(i + 3)
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use crate::extract::Kind;

    #[test]
    fn labels_house_numbers_and_scores_are_no_claims() {
        for text in [
            "The flight 372 landed at 10 Downing Street.",
            "See page 7 and Article 5 of the treaty.",
            "They drove down Route 66 to platform 9 and gate 12.",
            "He lives on Street 5 near bus 18.",
            "The team won 3-1.",
            "Arsenal beat Chelsea 2:0 on the night.",
            "a 3-1 win over Spurs",
            "They drew 1-1 at home.",
            "under Section 230 and UN Resolution 2334",
        ] {
            let ms = extract(text, None);
            assert!(ms.is_empty(), "{text:?}: {ms:#?}");
        }
    }

    #[test]
    fn numbers_near_labels_still_measure() {
        assert_eq!(extract("a road 5 km long", None)[0].kind, Kind::Quantity);
        assert_eq!(
            extract("on the road 5 people died", None)[0].kind,
            Kind::Count
        );
        assert_eq!(extract("47 workers came", None)[0].kind, Kind::Count);
        assert_eq!(
            extract("10 people on Downing Street", None)[0].kind,
            Kind::Count
        );
        assert_eq!(
            extract("9 Supreme Court justices", None)[0].kind,
            Kind::Count
        );
        // "3-1" without a word of winning is what it was before.
        let ms = extract("the ratio was 3-1", None);
        assert!(!ms.is_empty(), "{ms:#?}");
        assert_eq!(extract("in 2016", None)[0].kind, Kind::Year);
        assert_eq!(extract("1,500 people fled", None)[0].kind, Kind::Count);
    }
}
