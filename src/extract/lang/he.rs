//! Hebrew word tables, as data (`hebrew-extraction.md` §2–§9).
//!
//! The grammar in `extract::he` builds one lexicon out of these tables and
//! looks every word up in it, first as written, then with 1–4 prefix letters
//! (ו ש כש ב ל מ כ ה) stripped. Spellings are after normalization: gershayim
//! is ASCII `"`, geresh ASCII `'`, no niqqud.

use chrono::Weekday;

use crate::value::CalendarUnit;

/// The grammatical role of a number word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumClass {
    /// 0–10 (both genders, absolute and construct).
    Unit,
    /// 20, 30 … 90.
    Ten,
    /// A complete hundreds word: מאה 100, מאתיים 200.
    Hundred,
    /// מאות: multiplies the unit before it by 100 (שלוש מאות).
    Hundreds,
    /// אלף: 1000 alone, or multiplies what comes before (עשרים אלף).
    Thousand,
    /// אלפים: multiplies the construct unit before it (שלושת אלפים).
    Thousands,
    /// אלפיים 2000: a complete thousands word.
    TwoThousand,
    /// מיליון, מיליארד …: multiplies what comes before, 1× alone.
    Scale,
    /// תריסר: a dozen, multiplies what comes before.
    Dozen,
}

/// A number word: its value, role, and whether it only counts as a number in
/// context (שבע in באר שבע, שמונה = "who was appointed", שני = Monday).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumWord {
    /// The value (for `Hundreds`/`Thousands`, the multiplier).
    pub value: f64,
    /// The role.
    pub class: NumClass,
    /// Construct form (שלושת, שני, שתי): wants a noun or a scale word next.
    pub construct: bool,
    /// Never a number on its own; only before a noun, unit or number word.
    pub ambiguous: bool,
}

const fn nw(value: f64, class: NumClass) -> NumWord {
    NumWord {
        value,
        class,
        construct: false,
        ambiguous: false,
    }
}

const fn cons(value: f64) -> NumWord {
    NumWord {
        value,
        class: NumClass::Unit,
        construct: true,
        ambiguous: false,
    }
}

const fn amb(value: f64) -> NumWord {
    NumWord {
        value,
        class: NumClass::Unit,
        construct: false,
        ambiguous: true,
    }
}

use NumClass::*;

/// Cardinal number words, both genders, construct and variant spellings.
pub const NUMBER_WORDS: &[(&str, NumWord)] = &[
    ("אפס", nw(0.0, Unit)),
    ("אחד", nw(1.0, Unit)),
    ("אחת", nw(1.0, Unit)),
    ("שניים", nw(2.0, Unit)),
    ("שתיים", nw(2.0, Unit)),
    ("שתים", nw(2.0, Unit)),
    (
        "שני",
        NumWord {
            value: 2.0,
            class: Unit,
            construct: true,
            ambiguous: true,
        },
    ),
    ("שתי", cons(2.0)),
    ("שלושה", nw(3.0, Unit)),
    ("שלשה", nw(3.0, Unit)),
    ("שלוש", nw(3.0, Unit)),
    ("שלש", nw(3.0, Unit)),
    ("שלושת", cons(3.0)),
    ("שלשת", cons(3.0)),
    ("ארבעה", nw(4.0, Unit)),
    ("ארבע", nw(4.0, Unit)),
    ("ארבעת", cons(4.0)),
    ("חמישה", nw(5.0, Unit)),
    ("חמשה", nw(5.0, Unit)),
    ("חמש", nw(5.0, Unit)),
    ("חמשת", cons(5.0)),
    ("חמישת", cons(5.0)),
    ("שישה", nw(6.0, Unit)),
    ("ששה", nw(6.0, Unit)),
    ("שש", amb(6.0)),
    ("ששת", cons(6.0)),
    ("שבעה", amb(7.0)),
    ("שבע", amb(7.0)),
    ("שבעת", cons(7.0)),
    ("שמונה", amb(8.0)),
    ("שמונת", cons(8.0)),
    ("תשעה", nw(9.0, Unit)),
    ("תשע", nw(9.0, Unit)),
    ("תשעת", cons(9.0)),
    ("עשרה", nw(10.0, Unit)),
    ("עשר", nw(10.0, Unit)),
    ("עשרת", cons(10.0)),
    ("עשרים", nw(20.0, Ten)),
    ("שלושים", nw(30.0, Ten)),
    ("שלשים", nw(30.0, Ten)),
    ("ארבעים", nw(40.0, Ten)),
    ("חמישים", nw(50.0, Ten)),
    ("חמשים", nw(50.0, Ten)),
    ("שישים", nw(60.0, Ten)),
    ("ששים", nw(60.0, Ten)),
    ("שבעים", nw(70.0, Ten)),
    ("שמונים", nw(80.0, Ten)),
    ("תשעים", nw(90.0, Ten)),
    ("מאה", nw(100.0, Hundred)),
    ("מאת", nw(100.0, Hundred)),
    ("מאתיים", nw(200.0, Hundred)),
    ("מאות", nw(100.0, Hundreds)),
    ("אלף", nw(1000.0, Thousand)),
    ("אלפים", nw(1000.0, Thousands)),
    ("אלפיים", nw(2000.0, TwoThousand)),
    ("מיליון", nw(1e6, Scale)),
    ("מליון", nw(1e6, Scale)),
    ("מיליארד", nw(1e9, Scale)),
    ("מליארד", nw(1e9, Scale)),
    ("ביליון", nw(1e12, Scale)),
    // Formally 1e18; the economic press uses it for 1e12 (§2).
    ("טריליון", nw(1e12, Scale)),
    ("טריליארד", nw(1e15, Scale)),
    // Abbreviations: 5 מיל' דולר.
    ("מיל'", nw(1e6, Scale)),
    ("מלי'", nw(1e6, Scale)),
    ("מיליא'", nw(1e9, Scale)),
    ("תריסר", nw(12.0, Dozen)),
    // Counted nouns that are numbers when they stand alone.
    ("זוג", amb(2.0)),
    ("יחיד", amb(1.0)),
];

/// The form `שנים` is "years" unless a teen marker (עשר, עשרה) follows.
pub const TWO_BEFORE_TEEN: &[&str] = &["שנים", "שניים"];

/// Vague plurals (§0): `(word, min, max)`; construct forms (אלפי) included.
/// A following scale word multiplies both ends (עשרות מיליוני).
pub const VAGUE_WORDS: &[(&str, f64, f64)] = &[
    ("עשרות", 20.0, 100.0),
    ("מאות", 200.0, 1000.0),
    ("אלפי", 2000.0, 1e6),
    ("אלפים", 2000.0, 1e6),
    ("רבבות", 20000.0, 100000.0),
    ("רבבת", 20000.0, 100000.0),
    ("מיליוני", 2e6, 1e9),
    ("מיליונים", 2e6, 1e9),
    ("מליוני", 2e6, 1e9),
    ("מיליארדי", 2e9, 1e12),
    ("מיליארדים", 2e9, 1e12),
    ("מליארדי", 2e9, 1e12),
];

/// Scale words in construct or plural after a vague head (עשרות מיליוני).
pub const VAGUE_SCALES: &[(&str, f64)] = &[
    ("אלפי", 1e3),
    ("אלפים", 1e3),
    ("מיליוני", 1e6),
    ("מיליונים", 1e6),
    ("מליוני", 1e6),
    ("מיליארדי", 1e9),
    ("מיליארדים", 1e9),
];

/// Fractions standing alone or after a number (`וחצי`, `חצי מיליון`).
pub const FRACTIONS: &[(&str, f64)] = &[
    ("חצי", 0.5),
    ("מחצית", 0.5),
    ("רבע", 0.25),
    ("שליש", 1.0 / 3.0),
    ("שלישים", 1.0 / 3.0),
    ("רבעים", 0.25),
    ("רבעי", 0.25),
    ("חמישיות", 0.2),
    ("שישיות", 1.0 / 6.0),
    ("שביעיות", 1.0 / 7.0),
    ("שמיניות", 0.125),
    ("תשיעיות", 1.0 / 9.0),
    ("עשיריות", 0.1),
    ("רביעית", 0.25),
    ("חמישית", 0.2),
    ("שישית", 1.0 / 6.0),
    ("שביעית", 1.0 / 7.0),
    ("שמינית", 0.125),
    ("תשיעית", 1.0 / 9.0),
    ("עשירית", 0.1),
    ("מאית", 0.01),
    ("מאיות", 0.01),
    ("אלפית", 0.001),
    ("אלפיות", 0.001),
];

/// Ordinal adjectives, masculine and feminine (§4).
pub const ORDINALS: &[(&str, u32)] = &[
    ("ראשון", 1),
    ("ראשונה", 1),
    ("ראשונים", 1),
    ("שני", 2),
    ("שנייה", 2),
    ("שניה", 2),
    ("שלישי", 3),
    ("שלישית", 3),
    ("רביעי", 4),
    ("רביעית", 4),
    ("חמישי", 5),
    ("חמישית", 5),
    ("שישי", 6),
    ("שישית", 6),
    ("שביעי", 7),
    ("שביעית", 7),
    ("שמיני", 8),
    ("שמינית", 8),
    ("תשיעי", 9),
    ("תשיעית", 9),
    ("עשירי", 10),
    ("עשירית", 10),
    // Plurals (הבחירות החמישיות); שניים/שניות are "two"/"seconds".
    ("ראשונות", 1),
    ("שלישיים", 3),
    ("שלישיות", 3),
    ("רביעיים", 4),
    ("רביעיות", 4),
    ("חמישיים", 5),
    ("חמישיות", 5),
    ("שישיים", 6),
    ("שישיות", 6),
    ("שביעיים", 7),
    ("שביעיות", 7),
    ("שמיניים", 8),
    ("שמיניות", 8),
    ("תשיעיים", 9),
    ("תשיעיות", 9),
    ("עשיריים", 10),
    ("עשיריות", 10),
];

/// "Of the month" after ה-N: a day of an unnamed month (ה-15 בחודש).
pub const OF_THE_MONTH: &[&str] = &["בחודש", "לחודש", "החודש"];

/// Words before ה-N that make it a day or a number, not an ordinal.
pub const NOT_BEFORE_ORDINAL: &[&str] = &["עד", "ועד", "בין", "החל", "לפני", "אחרי", "מאז"];

/// "For the first time" as one word.
pub const FIRST_TIME: &[&str] = &["לראשונה"];

/// Gregorian months with variant spellings and abbreviations (§6).
pub const MONTHS: &[(&str, u32)] = &[
    ("ינואר", 1),
    ("ינו'", 1),
    ("פברואר", 2),
    ("פבר'", 2),
    ("מרץ", 3),
    ("מרס", 3),
    ("מארס", 3),
    ("אפריל", 4),
    ("אפר'", 4),
    ("מאי", 5),
    ("יוני", 6),
    ("יולי", 7),
    ("אוגוסט", 8),
    ("אוג'", 8),
    ("ספטמבר", 9),
    ("ספט'", 9),
    ("אוקטובר", 10),
    ("אוק'", 10),
    ("נובמבר", 11),
    ("נוב'", 11),
    ("דצמבר", 12),
    ("דצמ'", 12),
    // Abbreviations written without the geresh (need a day or year next).
    ("ינו", 1),
    ("פבר", 2),
    ("אפר", 4),
    ("יונ", 6),
    ("יול", 7),
    ("אוג", 8),
    ("ספט", 9),
    ("אוק", 10),
    ("נוב", 11),
    ("דצמ", 12),
];

/// Months that are also common words (מרץ "vigor", יולי a first name, מאי
/// "from whom"): bare, a date only with a day, a year, בחודש before or a
/// relative word after.
pub const AMBIGUOUS_MONTHS: &[&str] = &[
    "מרץ", "יולי", "מאי", "ינו", "פבר", "אפר", "יונ", "יול", "אוג", "ספט", "אוק", "נוב", "דצמ",
];

/// Of those, the ones still ambiguous after ב (במרץ רב "vigorously", במאי
/// "film director"); ביולי is July.
pub const AMBIGUOUS_AFTER_B: &[&str] = &[
    "מרץ", "מאי", "ינו", "פבר", "אפר", "יונ", "יול", "אוג", "ספט", "אוק", "נוב", "דצמ",
];

/// Hebrew-calendar months: detected so that a number next to them is skipped.
pub const HEBREW_MONTHS: &[&str] = &[
    "תשרי",
    "חשוון",
    "חשון",
    "מרחשוון",
    "מרחשון",
    "כסלו",
    "כסליו",
    "טבת",
    "שבט",
    "אדר",
    "ניסן",
    "אייר",
    "איר",
    "סיוון",
    "סיון",
    "תמוז",
    "אב",
    "מנחם-אב",
    "אלול",
];

/// Weekday names as they follow יום (or stand alone before a date).
pub const WEEKDAYS: &[(&str, Weekday)] = &[
    ("ראשון", Weekday::Sun),
    ("שני", Weekday::Mon),
    ("שלישי", Weekday::Tue),
    ("רביעי", Weekday::Wed),
    ("חמישי", Weekday::Thu),
    ("שישי", Weekday::Fri),
    ("שבת", Weekday::Sat),
];

/// Weekday names that mean the weekday with a bare ב (בשבת, ברביעי).
pub const WEEKDAYS_AFTER_B: &[&str] = &["שלישי", "רביעי", "חמישי", "שישי", "שבת"];

/// Weekday abbreviations after יום: gematria letter + geresh.
pub const WEEKDAY_LETTERS: &[(&str, Weekday)] = &[
    ("א'", Weekday::Sun),
    ("ב'", Weekday::Mon),
    ("ג'", Weekday::Tue),
    ("ד'", Weekday::Wed),
    ("ה'", Weekday::Thu),
    ("ו'", Weekday::Fri),
    ("ש'", Weekday::Sat),
];

/// The word "day" that introduces a weekday.
pub const DAY_WORD: &str = "יום";

/// A time unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeUnit {
    /// A second.
    Second,
    /// A minute.
    Minute,
    /// An hour.
    Hour,
    /// A day.
    Day,
    /// A week.
    Week,
    /// A month (30 days).
    Month,
    /// A year (365 days).
    Year,
    /// A decade.
    Decade,
}

impl TimeUnit {
    /// Seconds in one unit, by the project's convention.
    pub fn seconds(self) -> f64 {
        match self {
            TimeUnit::Second => 1.0,
            TimeUnit::Minute => 60.0,
            TimeUnit::Hour => 3600.0,
            TimeUnit::Day => 86_400.0,
            TimeUnit::Week => 604_800.0,
            TimeUnit::Month => 2_592_000.0,
            TimeUnit::Year => 31_536_000.0,
            TimeUnit::Decade => 315_360_000.0,
        }
    }

    /// The calendar step for relative dates, with how many steps one unit is.
    pub fn calendar(self) -> Option<(CalendarUnit, i32)> {
        match self {
            TimeUnit::Day => Some((CalendarUnit::Day, 1)),
            TimeUnit::Week => Some((CalendarUnit::Week, 1)),
            TimeUnit::Month => Some((CalendarUnit::Month, 1)),
            TimeUnit::Year => Some((CalendarUnit::Year, 1)),
            TimeUnit::Decade => Some((CalendarUnit::Year, 10)),
            _ => None,
        }
    }
}

/// A time-unit word: singular, dual (= 2 units) or plural (§5).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeWord {
    /// The unit.
    pub unit: TimeUnit,
    /// 2 for a dual form (שעתיים), else 1.
    pub count: f64,
    /// A plural form (needs a number before it).
    pub plural: bool,
}

const fn tw(unit: TimeUnit, count: f64, plural: bool) -> TimeWord {
    TimeWord {
        unit,
        count,
        plural,
    }
}

/// Time units: singular, dual, plural, with variant spellings.
pub const TIME_UNITS: &[(&str, TimeWord)] = &[
    ("שנייה", tw(TimeUnit::Second, 1.0, false)),
    ("שניה", tw(TimeUnit::Second, 1.0, false)),
    ("שניות", tw(TimeUnit::Second, 1.0, true)),
    ("דקה", tw(TimeUnit::Minute, 1.0, false)),
    ("דקות", tw(TimeUnit::Minute, 1.0, true)),
    ("שעה", tw(TimeUnit::Hour, 1.0, false)),
    ("שעתיים", tw(TimeUnit::Hour, 2.0, false)),
    ("שעות", tw(TimeUnit::Hour, 1.0, true)),
    ("יום", tw(TimeUnit::Day, 1.0, false)),
    ("יומיים", tw(TimeUnit::Day, 2.0, false)),
    ("ימים", tw(TimeUnit::Day, 1.0, true)),
    ("יממה", tw(TimeUnit::Day, 1.0, false)),
    ("יממות", tw(TimeUnit::Day, 1.0, true)),
    ("שבוע", tw(TimeUnit::Week, 1.0, false)),
    ("שבועיים", tw(TimeUnit::Week, 2.0, false)),
    ("שבועות", tw(TimeUnit::Week, 1.0, true)),
    ("חודש", tw(TimeUnit::Month, 1.0, false)),
    ("חדש", tw(TimeUnit::Month, 1.0, false)),
    ("חודשיים", tw(TimeUnit::Month, 2.0, false)),
    ("חודשים", tw(TimeUnit::Month, 1.0, true)),
    ("חדשים", tw(TimeUnit::Month, 1.0, true)),
    ("שנה", tw(TimeUnit::Year, 1.0, false)),
    ("שנתיים", tw(TimeUnit::Year, 2.0, false)),
    ("שנים", tw(TimeUnit::Year, 1.0, true)),
    // Construct plurals after a number: 12 שנות מאסר, 18 חודשי מאסר, שלושה ימי לחימה.
    ("שנות", tw(TimeUnit::Year, 1.0, true)),
    ("חודשי", tw(TimeUnit::Month, 1.0, true)),
    ("ימי", tw(TimeUnit::Day, 1.0, true)),
    // Abbreviations after a number: 3 שע', 20 דק', 5 ימ', 2 חו'.
    ("שע'", tw(TimeUnit::Hour, 1.0, true)),
    ("דק'", tw(TimeUnit::Minute, 1.0, true)),
    ("ימ'", tw(TimeUnit::Day, 1.0, true)),
    ("חו'", tw(TimeUnit::Month, 1.0, true)),
    ("עשור", tw(TimeUnit::Decade, 1.0, false)),
    ("עשורים", tw(TimeUnit::Decade, 1.0, true)),
];

/// Words that frame a bare time unit as a length ("for a decade", "within an hour").
pub const DURATION_FRAMES: &[&str] = &[
    "במשך",
    "תוך",
    "בתוך",
    "מזה",
    "לאחר",
    "אחרי",
    "כעבור",
    "נמשך",
    "נמשכה",
    "נמשכו",
    "בן",
    "בת",
    "בני",
    "בנות",
    "למשך",
    "כבר",
];

/// Age/size frames: בן/בת + a number without a unit is an age, not a duration.
pub const AGE_FRAMES: &[&str] = &["בן", "בת", "בני", "בנות", "גיל", "בגיל"];

/// The oldest age read from context alone (בן 47, משה כהן (47)).
pub const MAX_AGE: f64 = 120.0;

/// A currency word: ISO code and the factor to that currency's unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurrencyWord {
    /// ISO 4217 code.
    pub code: &'static str,
    /// Multiply the number by this (אגורות 0.01, אש"ח 1000).
    pub factor: f64,
    /// An amount by itself, without a number (שנקל = 2 shekels).
    pub amount: Option<f64>,
}

const fn cw(code: &'static str, factor: f64) -> CurrencyWord {
    CurrencyWord {
        code,
        factor,
        amount: None,
    }
}

/// Currency words (§7). Multi-word forms list their words separated by a space.
pub const CURRENCY_WORDS: &[(&str, CurrencyWord)] = &[
    ("ש\"ח", cw("ILS", 1.0)),
    ("שח", cw("ILS", 1.0)),
    ("שקל", cw("ILS", 1.0)),
    ("שקלים", cw("ILS", 1.0)),
    ("שקלים חדשים", cw("ILS", 1.0)),
    ("שקל חדש", cw("ILS", 1.0)),
    ("ש\"ח חדשים", cw("ILS", 1.0)),
    ("אשח", cw("ILS", 1e3)),
    ("משח", cw("ILS", 1e6)),
    ("אגורה", cw("ILS", 0.01)),
    ("אגורות", cw("ILS", 0.01)),
    ("אש\"ח", cw("ILS", 1e3)),
    ("מש\"ח", cw("ILS", 1e6)),
    ("מלש\"ח", cw("ILS", 1e6)),
    (
        "שנקל",
        CurrencyWord {
            code: "ILS",
            factor: 1.0,
            amount: Some(2.0),
        },
    ),
    ("דולר", cw("USD", 1.0)),
    ("דולרים", cw("USD", 1.0)),
    ("דולר אמריקאי", cw("USD", 1.0)),
    ("דולרים אמריקאים", cw("USD", 1.0)),
    ("סנט", cw("USD", 0.01)),
    ("סנטים", cw("USD", 0.01)),
    ("יורו", cw("EUR", 1.0)),
    ("אירו", cw("EUR", 1.0)),
    ("ליש\"ט", cw("GBP", 1.0)),
    ("פאונד", cw("GBP", 1.0)),
    ("פאונדים", cw("GBP", 1.0)),
    ("לירה שטרלינג", cw("GBP", 1.0)),
    ("לירות שטרלינג", cw("GBP", 1.0)),
    ("מנאט", cw("AZN", 1.0)),
    ("רובל", cw("RUB", 1.0)),
    ("רובלים", cw("RUB", 1.0)),
    ("ין", cw("JPY", 1.0)),
    ("יואן", cw("CNY", 1.0)),
    ("פרנק שווייצרי", cw("CHF", 1.0)),
    ("פרנק שוויצרי", cw("CHF", 1.0)),
    ("פרנקים שווייצריים", cw("CHF", 1.0)),
    ("פרנקים שוויצריים", cw("CHF", 1.0)),
    ("דולר קנדי", cw("CAD", 1.0)),
    ("דולרים קנדיים", cw("CAD", 1.0)),
    ("דולר אוסטרלי", cw("AUD", 1.0)),
    ("דולרים אוסטרליים", cw("AUD", 1.0)),
    ("דולר ארה\"ב", cw("USD", 1.0)),
    ("לירה טורקית", cw("TRY", 1.0)),
    ("לירות טורקיות", cw("TRY", 1.0)),
    ("רופי", cw("INR", 1.0)),
    ("רופי הודי", cw("INR", 1.0)),
    ("ין יפני", cw("JPY", 1.0)),
    ("יואן סיני", cw("CNY", 1.0)),
];

/// A single currency word that is an amount together with the next word
/// ("שקל בודד" = one shekel).
pub const SINGLE_MARKERS: &[&str] = &["בודד", "אחד", "אחת"];

/// Singular currency words that are one unit standing alone at the end of a
/// phrase ("עלה שקל", "אגורה"); `שקל` is also a verb ("he weighed"), so it
/// needs no word after it.
pub const SINGLE_UNITS: &[&str] = &["שקל", "אגורה", "לירה שטרלינג"];

/// Currency symbols.
pub const CURRENCY_SYMBOLS: &[(char, &str)] =
    &[('₪', "ILS"), ('$', "USD"), ('€', "EUR"), ('£', "GBP")];

/// Unit words (§9): surface form → unit symbol of `extract::units`.
pub const UNIT_WORDS: &[(&str, &str)] = &[
    ("ק\"מ", "km"),
    ("קילומטר", "km"),
    ("קילומטרים", "km"),
    ("מטר", "m"),
    ("מטרים", "m"),
    ("מ'", "m"),
    ("ס\"מ", "cm"),
    ("סנטימטר", "cm"),
    ("סנטימטרים", "cm"),
    ("מ\"מ", "mm"),
    ("מילימטר", "mm"),
    ("מילימטרים", "mm"),
    ("ק\"ג", "kg"),
    ("קילו", "kg"),
    ("קילוגרם", "kg"),
    ("קילוגרמים", "kg"),
    ("גרם", "g"),
    ("גרמים", "g"),
    ("מ\"ג", "mg"),
    ("מיליגרם", "mg"),
    ("טון", "t"),
    ("טונות", "t"),
    ("ליטר", "L"),
    ("ליטרים", "L"),
    ("מ\"ל", "ml"),
    ("מ\"ר", "m2"),
    ("קמ\"ר", "km2"),
    ("דונם", "dunam"),
    ("דונמים", "dunam"),
    ("קמ\"ש", "km/h"),
    ("מייל", "mi"),
    ("מיילים", "mi"),
    ("קשר", "kn"),
    ("חבית", "bbl"),
    ("חביות", "bbl"),
    ("קוב", "m3"),
    ("מ\"ק", "m3"),
    ("סמ\"ק", "cm3"),
    ("אינץ'", "in"),
];

/// Two-word units: `(first, second, symbol)` (30 מעלות צלזיוס).
pub const UNIT_PHRASES: &[(&str, &str, &str)] = &[
    ("מעלות", "צלזיוס", "degC"),
    ("מעלות", "פרנהייט", "degF"),
    ("מעלה", "צלזיוס", "degC"),
];

/// Percent words.
pub const PERCENT_WORDS: &[&str] = &["אחוז", "אחוזים", "אחוזי"];

/// "Times" multiplier (פי שלושה = threefold).
pub const TIMES_WORD: &str = "פי";

/// Division words: `X חלקי Y`, `אחד מכל Y`, `1 מתוך Y` = X/Y.
pub const DIVIDED_BY: &[&str] = &["חלקי", "מכל", "מתוך"];

/// `X חלקים מתוך Y` = X/Y.
pub const PARTS_OF: (&str, &str) = ("חלקים", "מתוך");

/// Words that negate what follows ("minus").
pub const MINUS_WORDS: &[&str] = &["מינוס"];

/// Which bound a hedge sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// About: widen ±10 %.
    About,
    /// Nearly: just below the stated value, down to 10 % under it (כמעט),
    /// as English "nearly" means.
    Nearly,
    /// More than (exclusive lower bound).
    MoreThan,
    /// At least (inclusive lower bound).
    AtLeast,
    /// Less than (exclusive upper bound).
    LessThan,
    /// Up to (inclusive upper bound).
    UpTo,
}

/// A hedge phrase before a number: its words, the prefix letter the number
/// (or the next word) must carry (`מ` in יותר מ-10, `ל` in קרוב ל-), and
/// its bound. Longest phrases first.
pub const HEDGES_BEFORE: &[(&[&str], Option<char>, Bound)] = &[
    (&["לא", "פחות"], Some('מ'), Bound::AtLeast),
    (&["לא", "יותר"], Some('מ'), Bound::UpTo),
    (&["לא", "מעל"], None, Bound::UpTo),
    (&["לא", "מעבר"], Some('ל'), Bound::UpTo),
    (&["לכל", "היותר"], None, Bound::UpTo),
    (&["לכל", "הפחות"], None, Bound::AtLeast),
    (&["עולה", "על"], None, Bound::MoreThan),
    (&["עולים", "על"], None, Bound::MoreThan),
    (&["עולות", "על"], None, Bound::MoreThan),
    (&["חורג"], Some('מ'), Bound::MoreThan),
    (&["חורגת"], Some('מ'), Bound::MoreThan),
    (&["חרג"], Some('מ'), Bound::MoreThan),
    (&["חרגה"], Some('מ'), Bound::MoreThan),
    (&["למעלה"], Some('מ'), Bound::MoreThan),
    (&["יותר"], Some('מ'), Bound::MoreThan),
    (&["מעל"], None, Bound::MoreThan),
    (&["מעבר"], Some('ל'), Bound::MoreThan),
    (&["לפחות"], None, Bound::AtLeast),
    (&["פחות"], Some('מ'), Bound::LessThan),
    (&["לא", "מתחת"], Some('ל'), Bound::AtLeast),
    (&["מתחת"], Some('ל'), Bound::LessThan),
    (&["עד"], None, Bound::UpTo),
    (&["כמעט"], None, Bound::Nearly),
    (&["קרוב"], Some('ל'), Bound::About),
    (&["בערך"], None, Bound::About),
    (&["בסביבות"], None, Bound::About),
    (&["סביב"], None, Bound::About),
    (&["בקירוב"], None, Bound::About),
    (&["כ"], None, Bound::About),
    (&["מוערך"], Some('ב'), Bound::About),
    (&["מוערכת"], Some('ב'), Bound::About),
    (&["מוערכים"], Some('ב'), Bound::About),
    (&["מוערכות"], Some('ב'), Bound::About),
    (&["מוערך"], None, Bound::About),
    (&["מוערכת"], None, Bound::About),
    (&["מוערכים"], None, Bound::About),
];

/// Hedges after the expression ("100 איש בערך").
pub const HEDGES_AFTER: &[(&str, Bound)] = &[
    ("בערך", Bound::About),
    ("בקירוב", Bound::About),
    ("לפחות", Bound::AtLeast),
    ("לכל היותר", Bound::UpTo),
    ("ומעלה", Bound::AtLeast),
    ("ויותר", Bound::AtLeast),
];

/// Relative single words: `(word, unit, offset)` (§6).
pub const RELATIVE_WORDS: &[(&str, CalendarUnit, i32)] = &[
    ("היום", CalendarUnit::Day, 0),
    ("עכשיו", CalendarUnit::Day, 0),
    ("הבוקר", CalendarUnit::Day, 0),
    ("הערב", CalendarUnit::Day, 0),
    ("הלילה", CalendarUnit::Day, 0),
    ("אתמול", CalendarUnit::Day, -1),
    ("אמש", CalendarUnit::Day, -1),
    ("שלשום", CalendarUnit::Day, -2),
    ("מחר", CalendarUnit::Day, 1),
    ("מחרתיים", CalendarUnit::Day, 2),
    ("אשתקד", CalendarUnit::Year, -1),
    ("השבוע", CalendarUnit::Week, 0),
    ("החודש", CalendarUnit::Month, 0),
    ("השנה", CalendarUnit::Year, 0),
];

/// Words after שבוע/חודש/שנה that make it relative: `(word, offset)`.
pub const RELATIVE_MODIFIERS: &[(&str, i32)] = &[
    ("שעבר", -1),
    ("שעברה", -1),
    ("הקודם", -1),
    ("הקודמת", -1),
    ("החולף", -1),
    ("החולפת", -1),
    ("האחרון", -1),
    ("האחרונה", -1),
    ("הבא", 1),
    ("הבאה", 1),
    ("הקרוב", 1),
    ("הקרובה", 1),
    ("הזה", 0),
    ("הזאת", 0),
    ("הזו", 0),
    ("הנוכחי", 0),
    ("הנוכחית", 0),
];

/// "ago" and "in": `לפני N unit` is −N, `בעוד N unit` +N.
pub const AGO_WORDS: &[&str] = &["לפני"];
/// See [`AGO_WORDS`].
pub const IN_WORDS: &[&str] = &["בעוד"];

/// "The year of", introducing a year in words: בשנת אלפיים.
pub const YEAR_WORD: &str = "שנת";

/// Words after which a four-digit number is a year even before a noun.
pub const YEAR_WORDS: &[&str] = &[
    "שנת",
    "מאז",
    "עד",
    "שנים",
    "משנת",
    "בשנת",
    "ובשנת",
    "בשנים",
    "ועד",
];

/// "The years of" for decades: שנות ה-90, שנות התשעים.
pub const DECADE_WORDS: &[&str] = &["שנות"];

/// "In the month of" before a bare month name.
pub const MONTH_WORD: &str = "חודש";

/// Range markers: `בין X ל-Y`, `מ-X עד Y`.
pub const BETWEEN: &str = "בין";
/// See [`BETWEEN`].
pub const UNTIL: &[&str] = &["עד", "ועד"];

/// Partitives after a number: שניים מהם ("two of them").
pub const PARTITIVES: &[&str] = &["מהם", "מהן", "מתוכם", "מתוכן", "מבין", "מביניהם"];

/// Nouns counted in the singular after numbers (100 איש, 12 בני אדם).
pub const SINGULAR_COUNT_NOUNS: &[&str] = &[
    "איש", "נפש", "בני", "בנות", "פעם", "זוג", "ילד", "חייל", "מקרה",
];

/// Words that are not counted nouns even when they follow a number.
pub const NOT_NOUNS: &[&str] = &[
    "רבים",
    "רבות",
    "אחרים",
    "אחרות",
    "נוספים",
    "נוספות",
    "כולם",
    "כולן",
    "בלבד",
    "לפחות",
    "בערך",
    "בקירוב",
    "ומעלה",
    "ויותר",
    "של",
    "על",
    "עם",
    "את",
    "אל",
    "גם",
    "כי",
    "או",
    "אבל",
    "הם",
    "הן",
    "הוא",
    "היא",
    "זה",
    "זו",
    "זאת",
    "לא",
    "כן",
    "יש",
    "אין",
    "היו",
    "היה",
    "אשר",
    "שנים",
    "ימים",
];

/// Dual count words: `(word, value, the noun it counts)` (פעמיים = twice).
pub const DUAL_COUNTS: &[(&str, f64, &str)] = &[("פעמיים", 2.0, "פעמים")];

/// A word before a number word that makes it part of a name (באר שבע).
pub const NAME_BEFORE_NUMBER: &[&str] = &["באר", "קריית", "קרית"];

/// Idioms in which a number word is not a number: `(word, next word)`.
pub const IDIOMS: &[(&str, &str)] = &[
    ("ראשון", "לציון"),
    ("שבעה", "ימי"),
    ("אחד", "העם"),
    ("מאה", "שערים"),
    ("שבע", "ברכות"),
];

/// Definite adjectives after היום/השנה that make it "the day/year" rather
/// than "today/this year" (besides ordinals and words ending in י).
pub const DEFINITE_ADJECTIVES: &[&str] = &[
    "הגדול",
    "הגדולה",
    "הארוך",
    "הארוכה",
    "הקשה",
    "המלא",
    "המלאה",
    "השלם",
    "השלמה",
    "הבא",
    "הבאה",
    "הקודם",
    "הקודמת",
];

/// Words before a relative word that make it a name: ראש השנה (the holiday).
pub const NOT_BEFORE_RELATIVE: &[&str] = &["ראש", "בראש", "ערב", "בערב", "לראש"];

/// "Hour" before a number: a time of day (בשעה 8), not a count.
pub const CLOCK_WORDS: &[&str] = &["בשעה", "השעה", "משעה", "עד השעה", "לשעה", "שעה"];

/// Words before אחד/אחת that make it an idiom (אף אחד "nobody", כל אחד "everyone").
pub const NOT_BEFORE_ONE: &[&str] = &[
    "אף",
    "כל",
    "עוד",
    "לא",
    "רק",
    "בבת",
    "באחת",
    "ואף",
    "מישהו",
    "אחד",
];

/// Words of estimation (לפי הערכות, להערכת המשטרה): an exact value after
/// them in the same sentence is an estimate, so approximate (§8).
pub const ESTIMATE_WORDS: &[&str] = &[
    "הערכות",
    "ההערכות",
    "הערכה",
    "ההערכה",
    "להערכת",
    "להערכתו",
    "להערכתה",
    "להערכתם",
    "בהערכה",
];

/// Common acronyms (§9). Every word with gershayim is one token and never a
/// number; these are also never a gematria day (כ"ט בנובמבר is one) or a
/// unit. ש"ח is a currency only after a number (`CURRENCY_WORDS`).
pub const ACRONYMS: &[&str] = &[
    "מזל\"ט",
    "יו\"ר",
    "צה\"ל",
    "ארה\"ב",
    "ח\"כ",
    "ח\"כים",
    "מנכ\"ל",
    "מנכ\"לית",
    "בע\"מ",
    "סה\"כ",
    "דו\"ח",
    "דו\"חות",
    "אחה\"צ",
    "לפנה\"צ",
    "מוצ\"ש",
    "סופ\"ש",
    "רמטכ\"ל",
    "שב\"כ",
    "או\"ם",
    "רה\"מ",
    "ת\"א",
    "י\"ם",
    "ב\"ש",
    "עו\"ד",
    "ד\"ר",
    "בג\"ץ",
    "נ\"צ",
    "פס\"ד",
];

/// Parts of a period before a year, month or decade (בתחילת 2016, באמצע
/// מרץ, בסוף שנות ה-90, בשלהי 2016): `(word, first, last)` as fractions of
/// the period. A year splits by months, a month by tens of days, a decade
/// by years.
pub const PERIOD_PARTS: &[(&str, f64, f64)] = &[
    ("תחילת", 0.0, 1.0 / 3.0),
    ("ראשית", 0.0, 1.0 / 3.0),
    ("אמצע", 1.0 / 3.0, 2.0 / 3.0),
    ("סוף", 2.0 / 3.0, 1.0),
    ("שלהי", 2.0 / 3.0, 1.0),
    ("סיום", 2.0 / 3.0, 1.0),
];

/// Halves and quarters of a year: `(word, parts in a year)`, before an
/// ordinal (המחצית הראשונה של 2016, ברבעון השלישי של 2015).
pub const YEAR_DIVISIONS: &[(&str, u32)] = &[("מחצית", 2), ("רבעון", 4)];

/// "Of" between a part of a period and the period (של 2016).
pub const OF_WORD: &str = "של";

/// Parts of the day after an hour (בשבע וחצי בערב, 3 לפנות בוקר): the
/// number before them is a time of day, not a claim. One-word forms.
pub const DAY_PARTS: &[&str] = &[
    "בבוקר",
    "בערב",
    "בצהריים",
    "בצהרים",
    "בלילה",
    "בחצות",
    "אחה\"צ",
    "לפנה\"צ",
    "בבוקרו",
];

/// Two-word parts of the day: `(first, second)` (אחרי הצהריים, לפנות בוקר).
pub const DAY_PARTS_2: &[(&str, &str)] = &[
    ("אחר", "הצהריים"),
    ("אחר", "הצהרים"),
    ("אחרי", "הצהריים"),
    ("אחרי", "הצהרים"),
    ("אחר", "חצות"),
    ("אחרי", "חצות"),
    ("לפנות", "בוקר"),
    ("לפנות", "ערב"),
    ("לפני", "הצהריים"),
    ("בצהרי", "היום"),
];

/// Adjectives after "the N years" (בשלוש השנים האחרונות, השנתיים הבאות).
pub const LAST_NEXT_PLURALS: &[&str] = &[
    "האחרונות",
    "האחרונים",
    "הבאות",
    "הבאים",
    "הקרובות",
    "הקרובים",
    "החולפות",
    "החולפים",
    "האחרון",
    "האחרונה",
];

/// Words before a number that make it a label (כביש 1, מס' 5, סעיף 4), not
/// a quantity.
pub const LABEL_WORDS: &[&str] = &[
    "כביש",
    "לכביש",
    "בכביש",
    "קו",
    "מס'",
    "מספר",
    "סעיף",
    "בסעיף",
    "לסעיף",
    "רחוב",
    "ברחוב",
    "רח'",
    "ברח'",
    "חדר",
    "דירה",
    "טיסה",
    "ת\"ז",
    "ערוץ",
    "בערוץ",
    "לערוץ",
    "בקו",
    "לקו",
    "בטיסה",
    "בחדר",
    "רציף",
    "ברציף",
    "עמוד",
    "בעמוד",
    "פרק",
    "בפרק",
    "טרמינל",
    "בטרמינל",
    "יחידה",
    "ביחידה",
];

/// Street words before a street's name and a house number (רחוב הרצל 10,
/// שדרות רוטשילד 22), with their prefixes stripped.
pub const STREET_WORDS: &[&str] = &["רחוב", "רח'", "שדרות", "שד'", "סמטת"];

/// Latin scale letters glued to digits (15K, 2.5M, 3B, 4bn).
pub const LATIN_SCALES: &[(&str, f64)] =
    &[("K", 1e3), ("k", 1e3), ("M", 1e6), ("B", 1e9), ("bn", 1e9)];

/// Plural verbs of casualties and arrests: a number word right before one
/// counts people (שבעה נהרגו, שלושה נעצרו), even an ambiguous one.
pub const CASUALTY_VERBS: &[&str] = &[
    "נהרגו",
    "נפצעו",
    "נעצרו",
    "נפגעו",
    "נרצחו",
    "מתו",
    "נספו",
    "חולצו",
    "פונו",
    "נחטפו",
    "אושפזו",
    "נלכדו",
    "נפלו",
    "נשבו",
];

/// How Hebrew text writes digits: a point before the decimals, or a comma
/// before other than three digits (the press writes both `3.5` and `3,5`);
/// commas, repeated dots and spaces group thousands.
pub const DIGIT_NOTATION: crate::extract::engine::digits::Notation =
    crate::extract::engine::digits::Notation::POINT_OR_COMMA;
