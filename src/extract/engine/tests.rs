//! Arabic through the whole engine: one case per production.

use chrono::NaiveDate;

use crate::corpus::Lang;
use crate::extract::{extract, Kind, Mention};
use crate::value::{Axis, Qualifier, Value};

fn all(text: &str) -> Vec<Mention> {
    extract(text, Lang::Ar, NaiveDate::from_ymd_opt(2016, 11, 7))
}

fn one(text: &str) -> Mention {
    let ms: Vec<_> = all(text)
        .into_iter()
        .filter(|m| m.kind.is_claim())
        .collect();
    assert_eq!(ms.len(), 1, "{text}: {ms:#?}");
    ms.into_iter().next().unwrap()
}

fn point(m: &Mention) -> (Axis, f64) {
    match &m.value {
        Value::Scalar {
            axis,
            interval,
            point,
        } => (axis.clone(), point.or(interval.min).unwrap()),
        Value::Date(_) => panic!("a date: {m:?}"),
    }
}

fn exact(text: &str, kind: Kind, axis: Axis, x: f64) {
    let m = one(text);
    assert_eq!(m.kind, kind, "{text}: {m:?}");
    let (a, v) = point(&m);
    assert_eq!(a, axis, "{text}");
    assert!(
        (v - x).abs() <= 1e-9 * x.abs().max(1.0),
        "{text}: {v} != {x}"
    );
}

fn date(text: &str) -> String {
    let m = one(text);
    let Value::Date(d) = &m.value else {
        panic!("{text}: {m:?}")
    };
    match d.days {
        Some((a, b)) if a == b => a.to_string(),
        Some((a, b)) => format!("{a}..{b}"),
        None => d.parts.pattern().unwrap_or_default(),
    }
}

#[test]
fn number_words_compose() {
    let n = |t: &str, x: f64| exact(t, Kind::Number, Axis::Count, x);
    n("ثلاثة عشر", 13.0);
    n("خمسة وعشرون", 25.0);
    n("واحدة و عشرون", 21.0);
    n("ثلاث مائة وواحد وثلاثون", 331.0);
    n("ثلاثمائة وخمسين", 350.0);
    n("مليونين", 2e6);
    n("ألفين ومائتين", 2200.0);
    n("إحدى عشرة", 11.0);
    n("٣ ملايين", 3e6);
    n("١٠٠٬٠٠٠", 1e5);
    n("٢٫٥", 2.5);
    n("مئة وثلاثة ارباع", 100.75);
    n("واحد وعشرون تريليون وثلاث مائة", 21e12 + 300.0);
}

#[test]
fn money_with_words_signs_and_duals() {
    let usd = |t: &str, x: f64| exact(t, Kind::Money, Axis::Money("USD".into()), x);
    usd("بلغت الخسائر 2.5 مليار دولار", 2.5e9);
    usd("دفع عشرة دولارات", 10.0);
    usd("$10", 10.0);
    usd("بقيمة دولارين", 2.0);
    usd("بلغت التكلفة مليون ونصف دولار", 1.5e6);
    exact("20 يورو", Kind::Money, Axis::Money("EUR".into()), 20.0);
    exact("42 جنيه مصري", Kind::Money, Axis::Money("EGP".into()), 42.0);
    exact("خمسة شيكل", Kind::Money, Axis::Money("ILS".into()), 5.0);
}

#[test]
fn bounds_by_shared_name() {
    let m = one("قتل أكثر من 100 شخص");
    assert_eq!(m.qualifier, Qualifier::AtLeast);
    assert_eq!(m.noun.as_deref(), Some("شخص"));
    assert_eq!(m.hedge.as_deref(), Some("أكثر من"));
    let m = one("بنحو 5 ملايين دولار");
    assert_eq!(m.qualifier, Qualifier::Approx);
    let m = one("3.42$ على الأقل");
    assert_eq!(m.qualifier, Qualifier::AtLeast);
    let m = one("ما بين عشرة وعشرين دولار");
    assert_eq!(m.qualifier, Qualifier::Range);
    let m = one("من 10 الى 20 دولار");
    assert_eq!(m.qualifier, Qualifier::Range);
}

#[test]
fn durations_quantities_percents() {
    let s = |t: &str, x: f64| exact(t, Kind::Duration, Axis::Seconds, x);
    s("استمر الحريق خمس ساعات", 5.0 * 3600.0);
    s("يومين", 2.0 * 86400.0);
    s("سنتين", 2.0 * 365.0 * 86400.0);
    s("ثلاث ساعات ونصف", 3.5 * 3600.0);
    s("لمدة شهر", 30.0 * 86400.0);
    exact(
        "70 كيلومترا",
        Kind::Quantity,
        Axis::Unit("m".into()),
        70_000.0,
    );
    exact("لتر ونصف", Kind::Quantity, Axis::Unit("m3".into()), 0.0015);
    exact("نصف لتر", Kind::Quantity, Axis::Unit("m3".into()), 0.0005);
    exact("ارتفع بنسبة 5%", Kind::Percent, Axis::Percent, 5.0);
    exact("عشرين بالمئة", Kind::Percent, Axis::Percent, 20.0);
    exact("٣٠٪", Kind::Percent, Axis::Percent, 30.0);
    exact("خمسة في المئة", Kind::Percent, Axis::Percent, 5.0);
}

#[test]
fn dates_in_both_month_systems() {
    assert_eq!(date("في 15 آذار 2020"), "2020-03-15");
    assert_eq!(date("يوم الخميس 14 شباط 2013"), "2013-02-14");
    assert_eq!(date("الرابع من نيسان"), "--04-04");
    assert_eq!(date("في 3 تشرين الأول 2019"), "2019-10-03");
    assert_eq!(date("في ديسمبر 2016"), "2016-12-01..2016-12-31");
    assert_eq!(date("21/04/2016"), "2016-04-21");
    assert_eq!(date("في عام 1997"), "1997-01-01..1997-12-31");
    assert_eq!(one("في عام 1997").kind, Kind::Year);
}

#[test]
fn relative_dates_resolve_with_the_reference() {
    assert_eq!(date("أمس"), "2016-11-06");
    assert_eq!(date("الأسبوع الماضي"), "2016-10-30..2016-11-05");
    assert_eq!(date("العام المقبل"), "2017-01-01..2017-12-31");
    assert_eq!(date("قبل ثلاثة أيام"), "2016-11-04");
    assert_eq!(date("منذ شهرين"), "2016-09-01..2016-09-30");
}

#[test]
fn spans_are_original_bytes() {
    let text = "قُتِلَ ثَلاثَةُ أشخاصٍ";
    let m = one(text);
    assert_eq!(&text[m.start..m.end], "ثَلاثَةُ أشخاصٍ");
    assert_eq!(m.kind, Kind::Count);
    let text = "بِأَلْفَيْ دولار";
    let m = one(text);
    assert_eq!(&text[m.start..m.end], "أَلْفَيْ دولار");
}

#[test]
fn weekdays_and_traps() {
    let ms = all("وصل يوم الأحد");
    assert_eq!(ms.len(), 1);
    assert_eq!(ms[0].kind, Kind::Weekday);
    assert!(all("راجع https://example.com/2016/12/14/ للمزيد").is_empty());
}

#[test]
fn a_malformed_language_file_names_its_position() {
    let bad = crate::extract::ENGINE_LANGUAGES[0]
        .2
        .replace("week_start = \"sunday\"", "week_start = \"someday\"");
    let err = super::Language::load(std::path::Path::new("ar.toml"), &bad)
        .err()
        .unwrap()
        .to_string();
    assert!(err.starts_with("ar.toml:"), "{err}");
    assert!(err.contains("someday"), "{err}");
}

#[test]
fn ordinal_days_compose_and_minus_signs() {
    assert_eq!(date("الحادي والعشرين من مايو"), "--05-21");
    assert_eq!(date("الثالث عشرة من شباط"), "--02-13");
    assert_eq!(date("الثانية والعشرون من يونيو"), "--06-22");
    exact("-١٫٢", Kind::Number, Axis::Count, -1.2);
    exact("نصف دزينة", Kind::Number, Axis::Count, 6.0);
}

#[test]
fn every_sentence_end_of_a_language_file_splits_sentences() {
    for (_, path, text) in crate::extract::ENGINE_LANGUAGES {
        let l = super::Language::load(std::path::Path::new(path), text).unwrap();
        for c in &l.sentence_ends {
            assert!(
                c.is_ascii() || crate::text::SCRIPT_ENDS.contains(c),
                "{path}: sentence end {c} unknown to text::sentences"
            );
        }
    }
}
