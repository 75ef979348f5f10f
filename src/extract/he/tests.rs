//! Helpers shared by the Hebrew unit tests, and tests of the extractor as a
//! whole: the false-positive traps of §11 and span bookkeeping. Every
//! sentence here is written for these tests.

use chrono::NaiveDate;

use super::extract;
use crate::extract::{Kind, Mention};
use crate::text::normalize;
use crate::value::{Qualifier, Value};

/// The claims (not bare weekdays) in `text`, normalized first as the
/// pipeline does.
pub fn claims(text: &str) -> Vec<Mention> {
    claims_at(text, None)
}

/// [`claims`] with a reference date.
pub fn claims_at(text: &str, reference: Option<NaiveDate>) -> Vec<Mention> {
    let n = normalize(text);
    extract(&n.text, reference)
        .into_iter()
        .filter(|m| m.kind.is_claim())
        .collect()
}

/// The only claim in `text`.
pub fn only(text: &str) -> Mention {
    let c = claims(text);
    assert_eq!(c.len(), 1, "{text}: {c:#?}");
    c.into_iter().next().unwrap()
}

/// The stated value (the point) of a scalar mention.
pub fn point(m: &Mention) -> f64 {
    match &m.value {
        Value::Scalar { point, .. } => point.expect("a stated point"),
        Value::Date(_) => panic!("not a scalar: {m:?}"),
    }
}

/// `(min, max)` of a scalar mention's interval.
pub fn bounds(m: &Mention) -> (Option<f64>, Option<f64>) {
    match &m.value {
        Value::Scalar { interval, .. } => (interval.min, interval.max),
        Value::Date(_) => panic!("not a scalar: {m:?}"),
    }
}

/// Asserts one claim of `kind` stating `x`, exact.
pub fn exact(text: &str, kind: Kind, x: f64) {
    let m = only(text);
    assert_eq!(m.kind, kind, "{text}");
    assert_eq!(m.qualifier, Qualifier::Exact, "{text}");
    assert!(
        (point(&m) - x).abs() <= 1e-9 * x.abs().max(1.0),
        "{text}: {} != {x}",
        point(&m)
    );
}

/// First and last day of a date mention, as ISO strings.
pub fn date_days(m: &Mention) -> (String, String) {
    match &m.value {
        Value::Date(d) => {
            let (a, b) = d.days.expect("days");
            (a.to_string(), b.to_string())
        }
        _ => panic!("not a date: {m:?}"),
    }
}

/// The stated parts of a date mention.
pub fn date_parts(m: &Mention) -> crate::value::DateParts {
    match &m.value {
        Value::Date(d) => d.parts,
        _ => panic!("not a date: {m:?}"),
    }
}

/// `(unit, offset)` of a relative date mention.
pub fn rel_of(m: &Mention) -> (crate::value::CalendarUnit, i32) {
    match &m.value {
        Value::Date(d) => {
            let r = d.relative.expect("relative");
            (r.unit, r.offset)
        }
        _ => panic!("not a date: {m:?}"),
    }
}

/// The text a mention covers.
pub fn span<'a>(text: &'a str, m: &Mention) -> &'a str {
    &text[m.start..m.end]
}

#[test]
fn false_positive_traps_yield_nothing() {
    for s in [
        "הסגן שמונה לתפקיד השבוע רק אתמול",
        "הטקס נערך בבאר שבע",
        "האלמנה יושבת שבעה בביתה",
        "עברו שנים רבות מאז",
        "הם התאמנו במרץ רב",
        "יולי אדלשטיין פתח את הישיבה",
        "אחד היועצים התפטר",
        "אף אחד לא הגיע",
        "מזל\"ט נפל בשטח פתוח",
        "יו\"ר הוועדה ומנכ\"ל החברה",
        "צה\"ל הודיע",
        "התקשרו: 02-5551234",
        "נייד: 054-7654321",
        "ג'ון סמית' הגיע",
        "פרופ' לוי ודר' כהן",
        "ביום רביעי נפגשו",
        "במשך מספר שבועות",
        "כמה ימים אחר כך",
        "בראשון לציון ובאשדוד",
        "ט\"ו בשבט חל השנה בשבת",
        "בשנת תשפ\"ה",
        "ב-9 באב",
        "בשעה 8 בערב",
        "בחג השבועות",
        "בחגיגות היום הלאומי",
        "בקריית שמונה",
    ] {
        let c = claims(s);
        let c: Vec<_> = c
            .iter()
            .filter(|m| {
                m.kind != Kind::Date || !matches!(&m.value, Value::Date(d) if d.relative.is_some())
            })
            .collect();
        assert!(c.is_empty(), "{s}: {c:#?}");
    }
}

#[test]
fn one_span_one_mention() {
    // The number inside the amount is not reported again.
    let c = claims("נחתם חוזה בשווי 7 מיליון דולר ב-2019");
    assert_eq!(c.len(), 2);
    assert_eq!(c[0].kind, Kind::Money);
    assert_eq!(c[1].kind, Kind::Year);
}

#[test]
fn spans_are_byte_offsets_into_the_text() {
    let text = "השר, כשביקר בעיר ב-2011, אמר";
    let n = normalize(text);
    let c = extract(&n.text, None);
    assert_eq!(c.len(), 1);
    assert_eq!(span(&n.text, &c[0]), "ב-2011");
    assert_eq!(
        c[0].qualifier,
        Qualifier::Exact,
        "כש is 'when', not 'about'"
    );
}

#[test]
fn niqqud_and_maqaf_are_normalized_first() {
    let m = only("אַרְבָּעָה שָׁבוּעוֹת");
    assert_eq!(m.kind, Kind::Duration);
    assert_eq!(point(&m), 4.0 * 604_800.0);
    let m = only("הוא עזב ב־2003");
    assert_eq!(m.kind, Kind::Year);
}

/// Throughput on a large file: `HE_BENCH=path cargo test --release -- --ignored he_throughput --nocapture`.
#[test]
fn mentions_never_overlap() {
    // A trailing hedge of one mention is not the leading hedge of the next.
    let text = "100 איש בערך שלושה ימים";
    let c = claims(text);
    assert_eq!(c.len(), 2);
    assert!(c[0].end <= c[1].start, "{c:#?}");
}

#[test]
fn about_after_a_preposition() {
    for s in [
        "ההשקעה נאמדת בכ-2 מיליארד דולר",
        "המחיר ירד לכ-300 שקל",
        "המדד עלה בכ-3%",
    ] {
        let m = only(s);
        assert_eq!(m.qualifier, Qualifier::Approx, "{s}");
    }
    assert_eq!(only("בכ-2 מיליארד דולר").kind, Kind::Money);
}

#[test]
fn construct_time_units_after_a_number() {
    exact(
        "הוא נידון ל-12 שנות מאסר",
        Kind::Duration,
        12.0 * 31_536_000.0,
    );
    exact(
        "נגזרו עליו 18 חודשי מאסר",
        Kind::Duration,
        18.0 * 2_592_000.0,
    );
    exact("שלושה ימי לחימה", Kind::Duration, 3.0 * 86_400.0);
}

#[test]
fn more_currencies() {
    use crate::value::Axis;
    for (s, code) in [
        ("שילם 100 דולר קנדי", "CAD"),
        ("עלה 40 לירות טורקיות", "TRY"),
        ("גייס 5 מיליון פרנק שוויצרי", "CHF"),
        ("מחירו 900 רופי", "INR"),
    ] {
        let m = only(s);
        assert_eq!(m.kind, Kind::Money, "{s}");
        assert_eq!(m.value.axis(), Axis::Money(code.into()), "{s}");
    }
}

#[test]
fn word_number_ranges_with_a_dash() {
    let m = only("שלושה-ארבעה חודשים");
    assert_eq!(m.qualifier, Qualifier::Range);
    assert_eq!(m.kind, Kind::Duration);
    let m = only("שניים-שלושה חיילים");
    assert_eq!(bounds(&m), (Some(2.0), Some(3.0)));
}

#[test]
fn one_percent_and_definite_ordinals_in_words() {
    exact("ירידה של אחוז אחד", Kind::Percent, 1.0);
    assert_eq!(only("עלייה של כאחוז אחד").qualifier, Qualifier::Approx);
    exact("הכנסת העשרים וחמש", Kind::Ordinal, 25.0);
    assert!(claims("ביקרו השלושה").is_empty());
}

#[test]
fn teens_with_a_dash_and_a_fraction_before_a_scale() {
    exact("שנים-עשר חיילים", Kind::Count, 12.0);
    exact("שניים וחצי מיליון תושבים", Kind::Count, 2_500_000.0);
}

#[test]
fn abbreviated_scales() {
    exact("5 מיל' דולר", Kind::Money, 5e6);
    exact("$2.5B", Kind::Money, 2.5e9);
    exact("15K שקל", Kind::Money, 15_000.0);
}

#[test]
fn month_and_unit_abbreviations_without_a_geresh() {
    assert_eq!(date_days(&only("14 דצמ 2016")).0, "2016-12-14");
    assert!(claims("הוא אכל אפר").is_empty());
    exact("תוך 20 דק'", Kind::Duration, 1200.0);
}

#[test]
fn vague_counts_by_a_casualty_verb() {
    let m = only("עשרות נפצעו");
    assert_eq!((m.kind, m.qualifier), (Kind::Count, Qualifier::Vague));
    assert_eq!(only("בהפגנה נעצרו מאות").kind, Kind::Count);
}
