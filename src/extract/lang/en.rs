//! English word tables, as data: number words, scales, fractions, ordinals,
//! months, weekdays, unit and currency surface forms, hedges and bounds,
//! relative-date words.
//!
//! The grammar in `extract::en` reads these tables and holds no English words
//! of its own where a table can hold them. Multi-word entries are token
//! sequences separated by single spaces, compared lower-cased token by token
//! (the tokenizer splits `per cent` into two words and `approx.` into a word
//! and a `.`), so an entry is written `approx .`.

use chrono::Weekday;

/// Cardinal words below twenty.
pub const SMALL: &[(&str, u32)] = &[
    ("zero", 0),
    ("naught", 0),
    ("nought", 0),
    ("nil", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

/// Multiples of ten.
pub const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fourty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Slashed numbers that are idioms, not fractions ("open 24/7", "the 9/11
/// attacks").
pub const NOT_FRACTIONS: &[(&str, &str)] =
    &[("24", "7"), ("24", "365"), ("365", "24"), ("9", "11")];

/// The word for a hundred.
pub const HUNDRED: &[&str] = &["hundred", "hundreds"];

/// Scale words above a hundred; plural forms count only after a numeral
/// ("12 lakhs", "three thousand millions"); alone they are vague plurals.
pub const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("thousands", 1e3),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("lac", 1e5),
    ("lacs", 1e5),
    ("million", 1e6),
    ("millions", 1e6),
    ("lkh", 1e5),
    ("lkhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
    ("cr", 1e7),
    ("krore", 1e7),
    ("krores", 1e7),
    ("koti", 1e7),
    ("billion", 1e9),
    ("billions", 1e9),
    ("trillion", 1e12),
    ("trillions", 1e12),
];

/// Scale abbreviations that never stand alone ("the cr 5 model").
pub const SCALE_ABBREVIATIONS: &[&str] = &["cr", "lkh", "lac", "koti"];

/// Words for twelve.
pub const DOZEN: &[&str] = &["dozen", "dozens"];

/// Articles that stand for "one" before a scale, a dozen or a fraction.
pub const ARTICLES: &[&str] = &["a", "an"];

/// The connective inside compound numbers ("one hundred and two").
pub const AND: &str = "and";

/// The decimal point spelled out ("one point three").
pub const POINT: &str = "point";

/// Division spelled out ("one over twenty").
pub const OVER: &str = "over";

/// Words that negate the number after them.
pub const NEGATIVE: &[&str] = &["minus", "negative"];

/// Letters glued to digits that scale them ("5k", "1.2M", "10G", "£3.8bn").
/// Case-sensitive: a lower-case `m` is a metre, except after a currency sign.
pub const NUMBER_SUFFIXES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("K", 1e3),
    ("M", 1e6),
    ("mn", 1e6),
    ("G", 1e9),
    ("bn", 1e9),
    ("B", 1e9),
    ("b", 1e9),
    ("tn", 1e12),
    ("T", 1e12),
];

/// Scale letters accepted only after a currency sign or code ("$5m", "$2b").
pub const MONEY_SUFFIXES: &[(&str, f64)] = &[("m", 1e6), ("b", 1e9)];

/// Ordinal words.
pub const ORDINALS: &[(&str, u64)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("hundredth", 100),
    ("thousandth", 1000),
    ("millionth", 1_000_000),
    ("billionth", 1_000_000_000),
    ("trillionth", 1_000_000_000_000),
];

/// Ordinal words too common in other senses to stand alone as an ordinal
/// claim ("the first time", "a second").
pub const WEAK_ORDINALS: &[&str] = &["first", "second"];

/// Words after "a second" that keep it a length of time ("a second or
/// two", "a second later" are no ordinals).
pub const NOT_ORDINAL_NOUN_AFTER: &[&str] = &["later", "earlier", "ago", "long", "longer"];

/// Digit ordinal suffixes ("14th").
pub const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Fraction denominators that are not ordinal words, singular and plural.
pub const DENOMINATORS: &[(&str, u64)] =
    &[("half", 2), ("halves", 2), ("quarter", 4), ("quarters", 4)];

/// Multiplier words ("twice", "threefold").
pub const MULTIPLIERS: &[(&str, f64)] = &[
    ("twice", 2.0),
    ("thrice", 3.0),
    ("twofold", 2.0),
    ("threefold", 3.0),
    ("fourfold", 4.0),
    ("fivefold", 5.0),
    ("sixfold", 6.0),
    ("sevenfold", 7.0),
    ("eightfold", 8.0),
    ("ninefold", 9.0),
    ("tenfold", 10.0),
    ("hundredfold", 100.0),
];

/// The suffix of "3-fold", "five-fold".
pub const FOLD: &str = "fold";

/// Vague plurals: "billions of dollars" is [2e9, 1e12).
pub const VAGUE_PLURALS: &[(&str, f64)] = &[
    ("tens", 10.0),
    ("dozens", 12.0),
    ("hundreds", 100.0),
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
    ("trillions", 1e12),
];

/// "a couple of days" is two.
pub const COUPLE: &[&str] = &["a couple of", "a couple", "a pair of"];

/// "half a dozen" is six.
pub const HALF_DOZEN: &[&str] = &["half a dozen", "half - a - dozen"];

/// Month names and abbreviations.
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Month names that are also common words; they count only when capitalized.
pub const AMBIGUOUS_MONTHS: &[&str] = &["may", "march", "mar", "jan", "dec", "sep", "aug"];

/// Words before "May" or "March" that make it a month ("in May").
pub const MONTH_CONTEXT: &[&str] = &[
    "in", "since", "until", "till", "by", "during", "of", "early", "late", "mid", "from",
    "through", "before", "after", "between", "last", "next", "this", "-",
];

/// Weekday names and abbreviations.
pub const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("tues", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("thur", Weekday::Thu),
    ("thurs", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// Words that may stand before a hyphen and digits without making a name
/// ("mid-2015", "pre-1990", "top-10").
pub const HYPHEN_PREFIXES: &[&str] = &[
    "mid", "pre", "post", "early", "late", "year", "over", "under", "top", "around", "about",
    "some", "nearly", "almost", "up", "to", "and", "or", "from", "between", "by", "in", "the", "a",
    "an", "than", "ca", "c", "circa", "at", "of", "for", "on", "per", "since", "until",
];

/// Number words before a dash and digits ("twenty-5") are not names either.
pub const NUMBER_WORDS_BEFORE_DASH: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Decades in words, after "the" ("the nineties").
pub const DECADE_WORDS: &[(&str, i32)] = &[
    ("twenties", 1920),
    ("thirties", 1930),
    ("forties", 1940),
    ("fifties", 1950),
    ("sixties", 1960),
    ("seventies", 1970),
    ("eighties", 1980),
    ("nineties", 1990),
];

/// Centuries spelled before a decade word ("the nineteen seventies", "the
/// twenty-tens", "the two thousand and tens").
pub const DECADE_CENTURIES: &[(&str, i32)] = &[
    ("eighteen", 1800),
    ("nineteen", 1900),
    ("twenty", 2000),
    ("two thousand and", 2000),
    ("two thousand", 2000),
];

/// Words that put a bare four-digit number in a year's place.
pub const YEAR_CONTEXT: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "from",
    "of",
    "before",
    "after",
    "year",
    "early",
    "mid",
    "late",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "through",
    "and",
    "to",
    "between",
    "circa",
    "around",
    "election",
    "elections",
    "season",
    "census",
    "budget",
];

/// Prepositions that keep a four-digit number a year even before a plural
/// word ("in 2011 exceeds", but "2000 soldiers" is a count).
pub const YEAR_PREPOSITIONS: &[&str] = &[
    "in", "since", "until", "by", "during", "before", "after", "of",
];

/// Plural nouns a year often qualifies ("1988 sales", "the 2016 Olympics").
pub const YEARLY_PLURALS: &[&str] = &[
    "sales",
    "results",
    "earnings",
    "profits",
    "revenues",
    "figures",
    "elections",
    "games",
    "olympics",
    "talks",
    "accords",
    "protests",
    "riots",
    "attacks",
    "negotiations",
    "budgets",
    "levels",
    "prices",
    "losses",
    "accounts",
    "statistics",
    "polls",
    "championships",
    "finals",
];

/// Words before a four-digit number that make it a plain number, not a year.
pub const NOT_YEAR_BEFORE: &[&str] = &[
    "than",
    "about",
    "some",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "over",
    "under",
    "least",
    "most",
    "only",
    "just",
    "number",
    "total",
    "equals",
    "equal",
    "score",
];

/// Parts of a period: "early 2016", "the end of 2016". (first, last) are
/// fractions of the period: early is its first third.
pub const PERIOD_PARTS: &[(&str, f64, f64)] = &[
    ("early", 0.0, 1.0 / 3.0),
    ("the early", 0.0, 1.0 / 3.0),
    ("mid", 1.0 / 3.0, 2.0 / 3.0),
    ("the mid", 1.0 / 3.0, 2.0 / 3.0),
    ("the middle of", 1.0 / 3.0, 2.0 / 3.0),
    ("late", 2.0 / 3.0, 1.0),
    ("the late", 2.0 / 3.0, 1.0),
    ("the beginning of", 0.0, 1.0 / 3.0),
    ("the start of", 0.0, 1.0 / 3.0),
    ("the end of", 2.0 / 3.0, 1.0),
];

/// Hedges on a relative period that keep the whole period ("later this year").
pub const RELATIVE_PART_HEDGES: &[&str] = &["early", "earlier", "later", "late", "mid"];

/// Single words for a day relative to now.
pub const RELATIVE_DAYS: &[(&str, i32)] = &[
    ("the day before yesterday", -2),
    ("the day after tomorrow", 2),
    ("today", 0),
    ("yesterday", -1),
    ("tomorrow", 1),
    ("tonight", 0),
];

/// Words that shift a period from now: "last month", "next year".
pub const RELATIVE_SHIFTS: &[(&str, i32)] = &[
    ("last", -1),
    ("previous", -1),
    ("past", -1),
    ("next", 1),
    ("coming", 1),
    ("upcoming", 1),
    ("following", 1),
    ("this", 0),
    ("current", 0),
];

/// Two weeks, in "a fortnight ago".
pub const FORTNIGHT: &[&str] = &["fortnight", "fortnights"];

/// "the rest of the month".
pub const REST: &str = "rest";

/// Words between "rest of" and the period ("rest of this week").
pub const REST_DETERMINERS: &[&str] = &["the", "this", "my", "current", "our"];

/// "the last Monday of May".
pub const LAST: &str = "last";

/// Words after an amount of time that make it a past date ("two weeks ago").
/// ("two days earlier" is relative to the story, not to now.)
pub const AGO: &[&str] = &["ago"];

/// Words after an amount of time that make it a future date ("3 years from now").
pub const FROM_NOW: &[&str] = &["from now", "from today", "hence"];

/// A preposition before an amount of time that makes it a future date ("in three days").
pub const IN: &str = "in";

/// "the last day of October".
pub const DAY: &str = "day";

/// Words that make "the 14th" a date when they come right before it.
pub const DAY_CONTEXT: &[&str] = &["on", "for", "by", "until", "since", "from", "till"];

/// Joining words of ranges: "from 2009 to 2012", "20-30", "between 20 and 30".
pub const RANGE_TO: &[&str] = &["to", "-", "~", "through", "thru", "till", "until"];

/// Words that open a range.
pub const RANGE_OPEN: &[&str] = &["between", "from"];

/// A bound or hedge word's meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// Widen ±10 %, keep the stated value as the point ("about").
    Approx,
    /// Just below the stated value ("nearly", "almost").
    Nearly,
    /// Strictly above ("more than", "over").
    Above,
    /// Above or equal ("at least").
    AtLeast,
    /// Strictly below ("less than", "under").
    Below,
    /// Below or equal ("at most", "no more than").
    AtMost,
    /// Below or equal, floored at 0 ("up to").
    UpTo,
    /// Exactly the value ("equals", "exactly").
    Exactly,
}

/// Bound and hedge phrases before a value.
pub const BOUND_PREFIXES: &[(&str, Bound)] = &[
    ("about", Bound::Approx),
    ("around", Bound::Approx),
    ("some", Bound::Approx),
    ("roughly", Bound::Approx),
    ("approximately", Bound::Approx),
    ("approx", Bound::Approx),
    ("approx .", Bound::Approx),
    ("an estimated", Bound::Approx),
    ("estimated", Bound::Approx),
    ("circa", Bound::Approx),
    ("c .", Bound::Approx),
    ("ca .", Bound::Approx),
    ("close to", Bound::Approx),
    ("more or less", Bound::Approx),
    ("~", Bound::Approx),
    ("nearly", Bound::Nearly),
    ("almost", Bound::Nearly),
    ("just under", Bound::Nearly),
    ("more than", Bound::Above),
    ("over", Bound::Above),
    ("greater than", Bound::Above),
    ("larger than", Bound::Above),
    ("bigger than", Bound::Above),
    ("higher than", Bound::Above),
    ("above", Bound::Above),
    ("in excess of", Bound::Above),
    ("exceeding", Bound::Above),
    ("exceeds", Bound::Above),
    ("exceeded", Bound::Above),
    ("exceed", Bound::Above),
    ("surpass", Bound::Above),
    ("surpasses", Bound::Above),
    ("surpassed", Bound::Above),
    ("surpassing", Bound::Above),
    ("topped", Bound::Above),
    ("tops", Bound::Above),
    ("topping", Bound::Above),
    ("passed", Bound::Above),
    ("passes", Bound::Above),
    ("passing", Bound::Above),
    ("crossed", Bound::Above),
    ("crosses", Bound::Above),
    ("crossing", Bound::Above),
    ("upwards of", Bound::Above),
    ("just over", Bound::Above),
    ("well over", Bound::Above),
    (">", Bound::Above),
    ("at least", Bound::AtLeast),
    ("no less than", Bound::AtLeast),
    ("not less than", Bound::AtLeast),
    ("no fewer than", Bound::AtLeast),
    ("not fewer than", Bound::AtLeast),
    ("a minimum of", Bound::AtLeast),
    ("more than or equal to", Bound::AtLeast),
    ("greater than or equal to", Bound::AtLeast),
    ("more or equal than", Bound::AtLeast),
    ("greater or equal than", Bound::AtLeast),
    ("larger or equal than", Bound::AtLeast),
    ("> =", Bound::AtLeast),
    ("higher or equal than", Bound::AtLeast),
    ("bigger or equal than", Bound::AtLeast),
    ("equal to or more than", Bound::AtLeast),
    ("equal to or greater than", Bound::AtLeast),
    ("equal or greater than", Bound::AtLeast),
    ("at least or equal to", Bound::AtLeast),
    ("less than", Bound::Below),
    ("fewer than", Bound::Below),
    ("lower than", Bound::Below),
    ("smaller than", Bound::Below),
    ("under", Bound::Below),
    ("below", Bound::Below),
    ("<", Bound::Below),
    ("at most", Bound::AtMost),
    ("no more than", Bound::AtMost),
    ("not more than", Bound::AtMost),
    ("a maximum of", Bound::AtMost),
    ("less than or equal to", Bound::AtMost),
    ("fewer than or equal to", Bound::AtMost),
    ("less or equal than", Bound::AtMost),
    ("less or equal to", Bound::AtMost),
    ("smaller or equal than", Bound::AtMost),
    ("< =", Bound::AtMost),
    ("lower or equal than", Bound::AtMost),
    ("equal to or less than", Bound::AtMost),
    ("equal to or fewer than", Bound::AtMost),
    ("equal to or lower than", Bound::AtMost),
    ("equal or less than", Bound::AtMost),
    ("at most or equal to", Bound::AtMost),
    ("up to", Bound::UpTo),
    ("as many as", Bound::UpTo),
    ("equals", Bound::Exactly),
    ("equal to", Bound::Exactly),
    ("equaling to", Bound::Exactly),
    ("equaling", Bound::Exactly),
    ("exactly", Bound::Exactly),
    ("precisely", Bound::Exactly),
];

/// Bound verbs that also take a plain object: before a counted noun they
/// are no bound ("passed 3 bills", "crossed 2 borders", "tops 10 charts"),
/// before a bare amount they are ("the toll passed 5,000").
pub const WEAK_BOUND_VERBS: &[&str] = &[
    "topped", "tops", "topping", "passed", "passes", "passing", "crossed", "crosses", "crossing",
];

/// Bound phrases after a value ("500 or less").
pub const BOUND_SUFFIXES: &[(&str, Bound)] = &[
    ("or more", Bound::AtLeast),
    ("or greater", Bound::AtLeast),
    ("or above", Bound::AtLeast),
    ("or higher", Bound::AtLeast),
    ("or over", Bound::AtLeast),
    ("and above", Bound::AtLeast),
    ("and more", Bound::AtLeast),
    ("and over", Bound::AtLeast),
    ("or greater than", Bound::AtLeast),
    ("or more than", Bound::AtLeast),
    ("or higher than", Bound::AtLeast),
    ("or less than", Bound::AtMost),
    ("or fewer than", Bound::AtMost),
    ("or lower than", Bound::AtMost),
    ("and less", Bound::AtMost),
    ("or less", Bound::AtMost),
    ("or fewer", Bound::AtMost),
    ("or below", Bound::AtMost),
    ("or lower", Bound::AtMost),
    ("or under", Bound::AtMost),
    ("and below", Bound::AtMost),
];

/// The last word of a bound suffix that may start a new bound ("200 or
/// greater than 190" is a number and a bound, not "200 or greater").
pub const THAN: &[&str] = &["than"];

/// "or equal (to)" after a strict bound makes it inclusive ("less than 5000 or equal").
pub const OR_EQUAL: &[&str] = &["or equal to", "or equal"];

/// Words joining a lower and an upper bound into one range.
pub const BOUND_JOINS: &[&str] = &["and", ",", "but"];

/// Percent signs and words.
pub const PERCENT: &[&str] = &[
    "%",
    "percent",
    "percents",
    "percentage",
    "per cent",
    "pct",
    "pc",
    "per - cent",
    "percentage points",
    "percentage point",
];

/// Words before "in three days" that make it a span, not a future date
/// ("the first time in 30 years").
pub const IN_NOT_FUTURE_AFTER: &[&str] = &[
    "time",
    "first",
    "highest",
    "lowest",
    "best",
    "worst",
    "most",
    "least",
    "only",
    "once",
    "twice",
    "times",
    "done",
    "completed",
    "built",
    "finished",
    "record",
];

/// Time units: surface form, seconds, and the calendar unit for relative dates.
/// Forms of one letter (`h`, `s`) count only right after a number.
pub const TIME_UNITS: &[(&str, f64)] = &[
    ("second", 1.0),
    ("seconds", 1.0),
    ("sec", 1.0),
    ("secs", 1.0),
    ("s", 1.0),
    ("minute", 60.0),
    ("minutes", 60.0),
    ("min", 60.0),
    ("mins", 60.0),
    ("hour", 3600.0),
    ("hours", 3600.0),
    ("hr", 3600.0),
    ("hrs", 3600.0),
    ("h", 3600.0),
    ("day", 86400.0),
    ("days", 86400.0),
    ("week", 604_800.0),
    ("weeks", 604_800.0),
    ("wk", 604_800.0),
    ("wks", 604_800.0),
    ("fortnight", 1_209_600.0),
    ("fortnights", 1_209_600.0),
    ("month", 2_592_000.0),
    ("months", 2_592_000.0),
    ("year", 31_536_000.0),
    ("years", 31_536_000.0),
    ("yr", 31_536_000.0),
    ("yrs", 31_536_000.0),
    ("decade", 315_360_000.0),
    ("decades", 315_360_000.0),
    ("century", 3_153_600_000.0),
    ("centuries", 3_153_600_000.0),
];

/// Words before a time unit that stand for one of it ("a whole day", "another week").
pub const ONE_OF_UNIT: &[&str] = &[
    "all",
    "a",
    "an",
    "one",
    "whole",
    "a whole",
    "an entire",
    "entire",
    "another",
    "a full",
    "full",
    "all -",
    "full -",
];

/// Words after a time unit that make it a date or a rate, not a duration.
pub const NOT_DURATION_AFTER: &[&str] = &["ago", "earlier", "later", "before", "after", "old"];

/// "a 22-year-old", "47 years old", "18- to 25-year-olds": an age, not a duration.
pub const OLD: &[&str] = &["old", "olds"];

/// Seconds in a year of `TIME_UNITS`: an age is counted in these.
pub const YEAR_SECONDS: f64 = 31_536_000.0;

/// Words right before a number that make it an age ("aged 47", "at the age
/// of 47", "ages 18 to 25").
pub const AGE_BEFORE: &[&str] = &["aged", "age", "ages", "age of", "ages of"];

/// The oldest age read from context alone ("aged 47", "the driver, 47,").
pub const MAX_AGE: f64 = 120.0;

/// Prepositions of place before "<Name>, 47,": the name is a place ("In
/// Gaza, 47, were killed"), the number no age.
pub const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "from",
    "near",
    "across",
    "to",
    "into",
    "inside",
    "outside",
    "throughout",
];

/// Capitalized words before ", 47," that are no names ("Overall, 47, ...").
pub const NOT_NAMES: &[&str] = &[
    "overall",
    "altogether",
    "meanwhile",
    "however",
    "today",
    "yesterday",
    "tonight",
    "also",
    "additionally",
    "so",
    "then",
    "now",
    "still",
    "instead",
    "there",
    "here",
    "in all",
    "all",
    "total",
    "together",
    "besides",
    "nationwide",
    "worldwide",
    "elsewhere",
];

/// Nouns for people: "<noun>, 47," sets off an age ("the driver, 47, was
/// arrested"), as does a capitalized name ("Smith, 47,").
pub const PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "child",
    "teenager",
    "teen",
    "youth",
    "baby",
    "toddler",
    "driver",
    "victim",
    "suspect",
    "mother",
    "father",
    "mom",
    "mum",
    "dad",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "grandmother",
    "grandfather",
    "grandson",
    "granddaughter",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "cousin",
    "widow",
    "widower",
    "resident",
    "officer",
    "soldier",
    "pilot",
    "passenger",
    "worker",
    "nurse",
    "doctor",
    "teacher",
    "student",
    "actor",
    "actress",
    "singer",
    "player",
    "journalist",
    "reporter",
    "photographer",
    "gunman",
    "attacker",
    "assailant",
    "motorcyclist",
    "cyclist",
    "pedestrian",
    "farmer",
    "owner",
    "businessman",
    "businesswoman",
    "lawyer",
    "politician",
    "mayor",
    "priest",
    "rabbi",
    "imam",
    "guard",
    "policeman",
    "policewoman",
    "firefighter",
    "paramedic",
    "professor",
    "author",
    "writer",
    "artist",
    "director",
    "manager",
    "employee",
    "neighbor",
    "neighbour",
    "friend",
    "partner",
    "boyfriend",
    "girlfriend",
    "fisherman",
    "hiker",
    "tourist",
    "settler",
    "civilian",
    "prisoner",
    "detainee",
    "inmate",
    "defendant",
    "accused",
    "shooter",
    "survivor",
    "witness",
    "volunteer",
    "activist",
    "protester",
    "rider",
    "motorist",
    "chef",
    "coach",
    "captain",
];

/// "half an hour", "half a day", "half day".
pub const HALF: &str = "half";

/// Fractions before an article and a scale word: "half a billion" (0.5e9),
/// "a quarter of a million" (250 000).
pub const FRACTIONS_OF_SCALE: &[(&str, f64)] = &[
    ("half", 0.5),
    ("a half of", 0.5),
    ("a quarter of", 0.25),
    ("quarter of", 0.25),
    ("three quarters of", 0.75),
    ("three - quarters of", 0.75),
];

/// Fractions that take a unit directly: "half a liter", "quarter-litre".
pub const UNIT_FRACTIONS: &[(&str, f64)] = &[
    ("half", 0.5),
    ("quarter", 0.25),
    ("a quarter", 0.25),
    ("a half", 0.5),
];

/// Words before "a day", "an hour" that make it a length of time
/// ("for a day", "spent an hour"); elsewhere "a day" may be a rate.
pub const DURATION_LEAD: &[&str] = &[
    "for", "spent", "spend", "spends", "spending", "lasted", "lasts", "last", "lasting", "took",
    "take", "takes", "taking", "after", "within", "about", "nearly", "almost", "over", "than",
    "only", "just", "least", "most", "roughly", "around", "under", "whole", "entire", "another",
    "half", "in", "stayed", "stay", "waited", "wait",
];

/// Times of day: "10 pm", "2.17pm", "10 a.m.".
pub const AM_PM: &[&str] = &["am", "pm", "a . m .", "p . m .", "a . m", "p . m"];

/// Time zones after a four-digit 24-hour time ("2340 GMT", "1400 local time").
pub const TIME_ZONES: &[&str] = &[
    "gmt",
    "utc",
    "z",
    "zulu",
    "local time",
    "local",
    "est",
    "edt",
    "cet",
    "cest",
    "bst",
    "pst",
    "pdt",
    "cst",
    "cdt",
    "ist",
    "idt",
    "msk",
    "eet",
    "eest",
    "jst",
    "aest",
];

/// "hours" after a four-digit 24-hour time ("0630 hrs", "at 2340 hours").
pub const CLOCK_HOURS: &[&str] = &["hrs", "hours", "hr", "h"];

/// Words before a four-digit number that make it a 24-hour time ("at 0630").
pub const CLOCK_BEFORE: &[&str] = &["at", "by", "until", "till", "before", "after", "around"];

/// Words that make a following "5:30"-style number a time of day (it always is).
pub const OCLOCK: &[&str] = &["o ' clock", "oclock"];

/// Unit surface forms → unit symbols of `units.rs`. Lower-case; one-letter
/// and ambiguous forms are in `UNIT_SYMBOLS_EXACT`.
pub const UNIT_WORDS: &[(&str, &str)] = &[
    ("meter", "m"),
    ("meters", "m"),
    ("metre", "m"),
    ("metres", "m"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("km", "km"),
    ("kms", "km"),
    ("centimeter", "cm"),
    ("centimeters", "cm"),
    ("centimetre", "cm"),
    ("centimetres", "cm"),
    ("cm", "cm"),
    ("micrometer", "um"),
    ("micrometers", "um"),
    ("micrometre", "um"),
    ("micrometres", "um"),
    ("microns", "um"),
    ("micron", "um"),
    ("nanometer", "nm"),
    ("nanometers", "nm"),
    ("nanometre", "nm"),
    ("nanometres", "nm"),
    ("picometer", "pm"),
    ("picometers", "pm"),
    ("picometre", "pm"),
    ("picometres", "pm"),
    ("millimeter", "mm"),
    ("millimeters", "mm"),
    ("millimetre", "mm"),
    ("millimetres", "mm"),
    ("mm", "mm"),
    ("decimeter", "dm"),
    ("decimeters", "dm"),
    ("decimetre", "dm"),
    ("decimetres", "dm"),
    ("mile", "mi"),
    ("miles", "mi"),
    ("mi", "mi"),
    ("nautical mile", "nmi"),
    ("nautical miles", "nmi"),
    ("foot", "ft"),
    ("feet", "ft"),
    ("ft", "ft"),
    ("inch", "in"),
    ("inches", "in"),
    ("yard", "yd"),
    ("yards", "yd"),
    ("yd", "yd"),
    ("yds", "yd"),
    ("kilogram", "kg"),
    ("kilograms", "kg"),
    ("kilogramme", "kg"),
    ("kilogrammes", "kg"),
    ("kg", "kg"),
    ("kgs", "kg"),
    ("kilo", "kg"),
    ("kilos", "kg"),
    ("gram", "g"),
    ("grams", "g"),
    ("gramme", "g"),
    ("grammes", "g"),
    ("microgram", "ug"),
    ("micrograms", "ug"),
    ("microgrammes", "ug"),
    ("mcg", "ug"),
    ("μg", "ug"),
    ("µg", "ug"),
    ("milligram", "mg"),
    ("milligrams", "mg"),
    ("mg", "mg"),
    ("tonne", "t"),
    ("tonnes", "t"),
    ("metric ton", "t"),
    ("metric tons", "t"),
    ("metric tonnes", "t"),
    ("ton", "ton"),
    ("tons", "ton"),
    ("lb", "lb"),
    ("lbs", "lb"),
    ("pound", "lb"),
    ("pounds", "lb"),
    ("ounce", "oz"),
    ("ounces", "oz"),
    ("oz", "oz"),
    ("liter", "L"),
    ("liters", "L"),
    ("litre", "L"),
    ("litres", "L"),
    ("milliliter", "ml"),
    ("milliliters", "ml"),
    ("millilitre", "ml"),
    ("millilitres", "ml"),
    ("ml", "ml"),
    ("mls", "ml"),
    ("centiliter", "cl"),
    ("centiliters", "cl"),
    ("centilitre", "cl"),
    ("centilitres", "cl"),
    ("gallon", "gal"),
    ("gallons", "gal"),
    ("gal", "gal"),
    ("gals", "gal"),
    ("barrel", "bbl"),
    ("barrels", "bbl"),
    ("bbl", "bbl"),
    ("cubic foot", "ft3"),
    ("cubic feet", "ft3"),
    ("cu ft", "ft3"),
    ("cubic meter", "m3"),
    ("cubic meters", "m3"),
    ("cubic metre", "m3"),
    ("cubic metres", "m3"),
    ("square meter", "m2"),
    ("square meters", "m2"),
    ("square metre", "m2"),
    ("square metres", "m2"),
    ("sq m", "m2"),
    ("square kilometer", "km2"),
    ("square kilometers", "km2"),
    ("square kilometre", "km2"),
    ("square kilometres", "km2"),
    ("sq km", "km2"),
    ("sq . km", "km2"),
    ("sq . mi", "mi2"),
    ("sq . ft", "ft2"),
    ("sqm", "m2"),
    ("square mile", "mi2"),
    ("square miles", "mi2"),
    ("sq mi", "mi2"),
    ("square foot", "ft2"),
    ("square feet", "ft2"),
    ("sq ft", "ft2"),
    ("acre", "acre"),
    ("acres", "acre"),
    ("hectare", "ha"),
    ("hectares", "ha"),
    ("ha", "ha"),
    ("dunam", "dunam"),
    ("dunams", "dunam"),
    ("dunum", "dunam"),
    ("dunums", "dunam"),
    ("kilometers per hour", "km/h"),
    ("kilometres per hour", "km/h"),
    ("kilometer per hour", "km/h"),
    ("kilometre per hour", "km/h"),
    ("kilometers an hour", "km/h"),
    ("kilometres an hour", "km/h"),
    ("km / h", "km/h"),
    ("km / hr", "km/h"),
    ("kph", "km/h"),
    ("kmh", "km/h"),
    ("kmph", "km/h"),
    ("miles per hour", "mph"),
    ("miles an hour", "mph"),
    ("mile per hour", "mph"),
    ("mph", "mph"),
    ("meters per second", "m/s"),
    ("metres per second", "m/s"),
    ("m / s", "m/s"),
    ("knot", "kn"),
    ("knots", "kn"),
    ("degrees celsius", "degC"),
    ("degree celsius", "degC"),
    ("degrees centigrade", "degC"),
    ("celsius", "degC"),
    ("° c", "degC"),
    ("° celsius", "degC"),
    ("degrees c", "degC"),
    ("degree c", "degC"),
    ("° fahrenheit", "degF"),
    ("degrees f", "degF"),
    ("degree f", "degF"),
    ("°c", "degC"),
    ("degrees fahrenheit", "degF"),
    ("degree fahrenheit", "degF"),
    ("fahrenheit", "degF"),
    ("° f", "degF"),
    ("°f", "degF"),
];

/// Powers after a length unit: "km2", "km^2", "km squared", "m³".
pub const UNIT_POWERS: &[(&str, u32)] = &[
    ("2", 2),
    ("^ 2", 2),
    ("²", 2),
    ("squared", 2),
    ("3", 3),
    ("^ 3", 3),
    ("³", 3),
    ("cubed", 3),
];

/// Length units and their squares and cubes (symbols of `units.rs`).
pub const UNIT_SQUARES: &[(&str, &str, &str)] = &[
    ("m", "m2", "m3"),
    ("km", "km2", "km3"),
    ("cm", "cm2", "cm3"),
    ("mi", "mi2", ""),
    ("ft", "ft2", "ft3"),
];

/// Brackets around a unit ("20 (kg)").
pub const BRACKETS: &[(&str, &str)] = &[("(", ")"), ("[", "]"), ("{", "}"), ("<", ">")];

/// Adjectives after "2 in" that make "in" an inch ("2 in thick").
pub const DIMENSION_WORDS: &[&str] = &[
    "thick", "wide", "long", "tall", "high", "deep", "across", "diameter", "thin", "broad",
];

/// Unit symbols matched case-sensitively and only right after a number
/// (glued or one space): too short or too common to match as words.
pub const UNIT_SYMBOLS_EXACT: &[(&str, &str)] = &[
    ("m", "m"),
    ("g", "g"),
    ("t", "t"),
    ("l", "L"),
    ("L", "L"),
    ("''", "in"),
    ("\"", "in"),
    ("in", "in"),
    ("dm", "dm"),
    ("cl", "cl"),
];

/// "pounds" is weight, not money, near these words.
pub const WEIGHT_CONTEXT: &[&str] = &[
    "ton",
    "tons",
    "tonne",
    "tonnes",
    "kilograms",
    "kilogram",
    "kg",
    "grams",
    "ounces",
    "lose",
    "lost",
    "losing",
    "drop",
    "dropped",
    "gain",
    "gained",
    "gaining",
    "shed",
    "baby",
    "babies",
    "tall",
    "fat",
    "diet",
    "pregnant",
    "born",
    "weigh",
    "weighs",
    "weighed",
    "weighing",
    "weight",
    "heavy",
    "heavier",
    "lighter",
];

/// Currency signs, before or after the amount.
pub const CURRENCY_SIGNS: &[(&str, &str)] = &[
    ("us $", "USD"),
    ("u . s . $", "USD"),
    ("u . s $", "USD"),
    ("usd $", "USD"),
    ("c $", "CAD"),
    ("ca $", "CAD"),
    ("au $", "AUD"),
    ("hk $", "HKD"),
    ("nz $", "NZD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("₪", "ILS"),
    ("¥", "JPY"),
    ("₾", "GEL"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₩", "KRW"),
    ("₼", "AZN"),
    ("₸", "KZT"),
    ("₴", "UAH"),
    ("元", "CNY"),
    ("₡", "CRC"),
    ("₭", "LAK"),
    ("₫", "VND"),
    ("₦", "NGN"),
    ("₱", "PHP"),
    ("฿", "THB"),
    ("rs .", "INR"),
    ("rs", "INR"),
    ("rm", "MYR"),
];

/// Currency signs that are letters: matched case-sensitively as written.
pub const CURRENCY_LETTER_SIGNS: &[&str] = &["Rs", "RM", "US", "C", "CA", "AU", "HK", "NZ", "元"];

/// Letter signs that may be glued to the digits ("Rs20", "RM42").
pub const CURRENCY_GLUED_SIGNS: &[&str] = &["Rs", "RM", "元"];

/// Currency names that may also stand before the digits ("ringgit 42").
pub const CURRENCY_NAMES_BEFORE: &[(&str, &str)] = &[
    ("malaysian ringgits", "MYR"),
    ("malaysian ringgit", "MYR"),
    ("malaysia ringgits", "MYR"),
    ("malaysia ringgit", "MYR"),
    ("ringgits", "MYR"),
    ("ringgit", "MYR"),
    ("rupees", "INR"),
];

/// Currency names after the amount ("10 dollars", "42 Lebanese pounds").
/// The factor converts minor units ("197 pence" = 1.97 GBP).
pub const CURRENCY_WORDS: &[(&str, &str, f64)] = &[
    ("us dollars", "USD", 1.0),
    ("us dollar", "USD", 1.0),
    ("u . s . dollars", "USD", 1.0),
    ("american dollars", "USD", 1.0),
    ("canadian dollars", "CAD", 1.0),
    ("canadian dollar", "CAD", 1.0),
    ("australian dollars", "AUD", 1.0),
    ("australian dollar", "AUD", 1.0),
    ("hong kong dollars", "HKD", 1.0),
    ("new zealand dollars", "NZD", 1.0),
    ("singapore dollars", "SGD", 1.0),
    ("dollars", "USD", 1.0),
    ("dollar", "USD", 1.0),
    ("euros", "EUR", 1.0),
    ("euro", "EUR", 1.0),
    ("lebanese pounds", "LBP", 1.0),
    ("lebanese pound", "LBP", 1.0),
    ("egyptian pounds", "EGP", 1.0),
    ("egyptian pound", "EGP", 1.0),
    ("syrian pounds", "SYP", 1.0),
    ("pounds sterling", "GBP", 1.0),
    ("pound sterling", "GBP", 1.0),
    ("british pounds", "GBP", 1.0),
    ("sterling", "GBP", 1.0),
    ("pounds", "GBP", 1.0),
    ("pound", "GBP", 1.0),
    ("pence", "GBP", 0.01),
    ("penny", "GBP", 0.01),
    ("new israeli shekels", "ILS", 1.0),
    ("new shekels", "ILS", 1.0),
    ("shekels", "ILS", 1.0),
    ("shekel", "ILS", 1.0),
    ("sheqels", "ILS", 1.0),
    ("agorot", "ILS", 0.01),
    ("nis", "ILS", 1.0),
    ("yen", "JPY", 1.0),
    ("chinese yuan", "CNY", 1.0),
    ("yuan", "CNY", 1.0),
    ("renminbi", "CNY", 1.0),
    ("rmb", "CNY", 1.0),
    ("indian rupees", "INR", 1.0),
    ("rupees", "INR", 1.0),
    ("rupee", "INR", 1.0),
    ("roubles", "RUB", 1.0),
    ("rubles", "RUB", 1.0),
    ("rouble", "RUB", 1.0),
    ("ruble", "RUB", 1.0),
    ("manat", "AZN", 1.0),
    ("manats", "AZN", 1.0),
    ("turkish lira", "TRY", 1.0),
    ("lira", "TRY", 1.0),
    ("liras", "TRY", 1.0),
    ("swiss francs", "CHF", 1.0),
    ("swiss franc", "CHF", 1.0),
    ("qatari riyals", "QAR", 1.0),
    ("qatari riyal", "QAR", 1.0),
    ("saudi riyals", "SAR", 1.0),
    ("saudi riyal", "SAR", 1.0),
    ("kuwaiti dinars", "KWD", 1.0),
    ("kuwaiti dinar", "KWD", 1.0),
    ("jordanian dinars", "JOD", 1.0),
    ("jordanian dinar", "JOD", 1.0),
    ("dutch guilders", "NLG", 1.0),
    ("guilders", "NLG", 1.0),
    ("deutsche marks", "DEM", 1.0),
    ("mexican pesos", "MXN", 1.0),
    ("pesetas", "ESP", 1.0),
    ("peseta", "ESP", 1.0),
    ("hryvnias", "UAH", 1.0),
    ("hryvnia", "UAH", 1.0),
    ("tenge", "KZT", 1.0),
    ("lari", "GEL", 1.0),
    ("malaysian ringgits", "MYR", 1.0),
    ("malaysian ringgit", "MYR", 1.0),
    ("malaysia ringgits", "MYR", 1.0),
    ("malaysia ringgit", "MYR", 1.0),
    ("ringgits", "MYR", 1.0),
    ("ringgit", "MYR", 1.0),
    ("egyptianpound", "EGP", 1.0),
    ("saudiriyal", "SAR", 1.0),
    ("kuwaiti dinar", "KWD", 1.0),
    ("zloty", "PLN", 1.0),
    ("zlotys", "PLN", 1.0),
    ("rand", "ZAR", 1.0),
    ("kronor", "SEK", 1.0),
    ("krona", "SEK", 1.0),
    ("finnish markka", "FIM", 1.0),
    ("finnish markkaa", "FIM", 1.0),
    ("markkaa", "FIM", 1.0),
    ("french francs", "FRF", 1.0),
    ("french franc", "FRF", 1.0),
    ("belgian francs", "BEF", 1.0),
    ("belgian franc", "BEF", 1.0),
    ("italian lire", "ITL", 1.0),
    ("lire", "ITL", 1.0),
    ("deutsche mark", "DEM", 1.0),
    ("deutschmarks", "DEM", 1.0),
    ("new taiwan dollars", "TWD", 1.0),
    ("taiwan dollars", "TWD", 1.0),
    ("hong kong dollar", "HKD", 1.0),
    ("new zealand dollar", "NZD", 1.0),
    ("singapore dollar", "SGD", 1.0),
    ("south african rand", "ZAR", 1.0),
    ("brazilian reais", "BRL", 1.0),
    ("reais", "BRL", 1.0),
    ("indonesian rupiah", "IDR", 1.0),
    ("rupiah", "IDR", 1.0),
    ("pakistani rupees", "PKR", 1.0),
    ("sri lankan rupees", "LKR", 1.0),
    ("philippine pesos", "PHP", 1.0),
    ("argentine pesos", "ARS", 1.0),
    ("chilean pesos", "CLP", 1.0),
    ("colombian pesos", "COP", 1.0),
    ("norwegian kroner", "NOK", 1.0),
    ("norwegian krone", "NOK", 1.0),
    ("danish kroner", "DKK", 1.0),
    ("danish krone", "DKK", 1.0),
    ("swedish kronor", "SEK", 1.0),
    ("swedish krona", "SEK", 1.0),
    ("south korean won", "KRW", 1.0),
    ("korean won", "KRW", 1.0),
    ("baht", "THB", 1.0),
    ("naira", "NGN", 1.0),
    ("kenyan shillings", "KES", 1.0),
    ("uae dirhams", "AED", 1.0),
    ("emirati dirhams", "AED", 1.0),
    ("moroccan dirhams", "MAD", 1.0),
    ("forints", "HUF", 1.0),
    ("forint", "HUF", 1.0),
    ("czech korunas", "CZK", 1.0),
    ("czech koruna", "CZK", 1.0),
    ("romanian lei", "RON", 1.0),
    ("iranian rials", "IRR", 1.0),
    ("omani rials", "OMR", 1.0),
    ("bahraini dinars", "BHD", 1.0),
    ("iraqi dinars", "IQD", 1.0),
    ("algerian dinars", "DZD", 1.0),
    ("tunisian dinars", "TND", 1.0),
    ("vietnamese dong", "VND", 1.0),
    ("japanese yen", "JPY", 1.0),
    ("british pound", "GBP", 1.0),
    ("mexican peso", "MXN", 1.0),
];

/// Minor units that need a currency stated before them ("$20 and 43 cents").
pub const CENTS: &[&str] = &[
    "cents", "cent", "c", "pence", "penny", "p", "sen", "sens", "agorot", "kopecks",
];

/// Currency names that mean one unit after an article ("a dollar").
pub const ONE_CURRENCY: &[&str] = &["dollar", "euro", "pound", "shekel", "yen", "rupee", "penny"];

/// Function words: never the counted noun of a count.
pub const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "but", "to", "in", "on", "at", "by", "for", "from",
    "with", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it",
    "its", "this", "that", "these", "those", "per", "than", "into", "onto", "over", "under",
    "about", "after", "before", "since", "until", "while", "who", "which", "what", "whom", "whose",
    "where", "when", "why", "how", "he", "she", "they", "we", "you", "i", "his", "her", "their",
    "our", "your", "my", "me", "him", "them", "us", "if", "so", "not", "no", "yes", "do", "does",
    "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "there",
    "here", "then", "also", "more", "less", "most", "least", "each", "every", "all", "some", "any",
    "other", "others", "such", "only", "just", "even", "very", "up", "down", "out", "off", "again",
    "both", "either", "neither", "nor", "said", "says", "say", "times", "percent", "against",
    "among", "between", "through", "during", "without", "within", "across", "behind", "beyond",
    "plus", "minus", "versus", "vs", "via", "yet", "ago", "later", "earlier", "is", "amid",
    "despite", "towards", "toward", "upon", "whereas", "thus", "hence", "because", "although",
    "though", "unless", "whether", "becomes", "remains", "seems", "gets", "goes", "makes", "takes",
    "gives", "comes", "has", "was", "series", "news", "species", "means", "hours", "days", "weeks",
    "months", "years",
];

/// Words before "one" that make it a pronoun ("the one", "no one").
pub const PRONOUN_ONE_BEFORE: &[&str] = &[
    "the", "no", "every", "any", "this", "that", "which", "each", "someone", "another", "little",
    "only", "last", "first", "right", "wrong", "new", "old", "big", "small",
];

/// Plural nouns that do not end in -s.
pub const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "police",
    "personnel",
    "staff",
    "cattle",
    "sheep",
    "fish",
    "deer",
    "aircraft",
    "mice",
    "geese",
    "teeth",
    "crew",
    "livestock",
    "militia",
    "offspring",
    "clergy",
    "infantry",
    "faculty",
    "youth",
    "feet",
];

/// Plural-looking words that are not countable nouns.
pub const NOT_PLURAL_NOUNS: &[&str] = &[
    "is",
    "was",
    "has",
    "does",
    "his",
    "its",
    "this",
    "thus",
    "plus",
    "us",
    "yes",
    "as",
    "always",
    "perhaps",
    "less",
    "unless",
    "across",
    "whereas",
    "various",
    "previous",
    "serious",
    "famous",
    "numerous",
    "obvious",
    "always",
    "afterwards",
    "towards",
    "besides",
    "sometimes",
    "nevertheless",
    "ends",
    "rises",
    "falls",
    "gets",
    "says",
    "seems",
];

/// Plural-noun endings that are not plurals ("glass", "bus", "analysis").
pub const NOT_PLURAL_ENDINGS: &[&str] = &["ss", "us", "is", "ous"];

/// Words before "the" that make "the 25th" an ordinal of a series, not a day.
pub const OF: &str = "of";

/// Words before a number that make it a label, not an amount ("flight 372",
/// "page 7", "Route 66", "Article 5", "Street 5", "No. 10").
pub const LABEL_WORDS: &[&str] = &[
    "flight",
    "train",
    "bus",
    "tram",
    "route",
    "line",
    "room",
    "page",
    "pages",
    "chapter",
    "chapters",
    "article",
    "articles",
    "section",
    "sections",
    "paragraph",
    "clause",
    "platform",
    "gate",
    "terminal",
    "highway",
    "road",
    "street",
    "interstate",
    "resolution",
    "channel",
    "apartment",
    "suite",
    "floor",
    "unit",
    "exit",
    "junction",
    "pier",
    "no .",
    "nos .",
];

/// Street words after a house number and a capitalized name ("10 Downing
/// Street"). "Court", "Place", "Square" and "Way" are left out: "9 Supreme
/// Court justices" is a count.
pub const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "boulevard",
    "blvd",
    "drive",
    "terrace",
    "crescent",
    "highway",
];

/// Words before a score ("won 3-1", "beat Chelsea 2-0", "drew 1-1").
pub const SCORE_BEFORE: &[&str] = &[
    "won",
    "win",
    "wins",
    "winning",
    "lost",
    "lose",
    "loses",
    "losing",
    "beat",
    "beats",
    "beating",
    "beaten",
    "drew",
    "draw",
    "draws",
    "drawn",
    "defeated",
    "defeat",
    "defeats",
    "defeating",
    "thrashed",
    "edged",
    "trounced",
    "routed",
    "crushed",
    "downed",
    "score",
    "scored",
    "scoreline",
    "victory",
    "led",
    "leads",
    "leading",
    "trailed",
    "trailing",
    "finished",
];

/// Words after a score ("a 3-1 win", "a 2-0 home victory").
pub const SCORE_AFTER: &[&str] = &[
    "win",
    "wins",
    "victory",
    "defeat",
    "loss",
    "draw",
    "lead",
    "scoreline",
    "triumph",
    "rout",
    "thrashing",
    "drubbing",
    "aggregate",
];

/// How English text writes digits: a point before the decimals; commas,
/// repeated dots ("1.500.000") and spaces ("10 000") group thousands.
pub const DIGIT_NOTATION: crate::extract::engine::digits::Notation =
    crate::extract::engine::digits::Notation::POINT;
