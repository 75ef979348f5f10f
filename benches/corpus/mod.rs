//! A deterministic generator of news-like corpora for benchmarks.
//!
//! Repeating the seed articles measures a corpus where every fact has
//! hundreds of identical copies, which no real folder looks like. This
//! generator writes many events of several domains (floods, strikes,
//! launches, acquisitions, fires, elections), each told by three to six
//! reports published over a few days, in English and Hebrew, with the
//! density of figures of wire copy: counts, money, durations, quantities,
//! percentages, dates and weekdays between sentences that hold none. Some
//! reports change one figure (a discrepancy) and tolls grow from one day to
//! the next (an update), so alignment and rules do real work.
//!
//! Everything is drawn from a seeded generator, so one seed and size give
//! the same bytes on every machine. Shared by `benches/throughput.rs` and
//! `examples/gen_corpus.rs` (which writes the corpus to a folder for
//! whole-process benchmarks).

use chrono::{Datelike, Days, NaiveDate};

/// One generated article: its file stem, text and publication date.
pub struct GeneratedArticle {
    /// A stable name, unique in the corpus (`e00012-r3`).
    pub name: String,
    /// The article text.
    pub text: String,
    /// When it was published, written to its sidecar.
    pub published: NaiveDate,
    /// The outlet, written to its sidecar.
    pub source: String,
}

/// SplitMix64: a tiny, well-known generator whose output is fixed by its
/// seed on every platform, which is all a benchmark corpus needs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() as usize % items.len()]
    }
}

/// The figures of one event, which each report retells (or alters).
#[derive(Clone)]
struct Event {
    domain: usize,
    place: String,
    place_he: String,
    company: String,
    date: NaiveDate,
    dead: u64,
    injured: u64,
    displaced: u64,
    money_millions: u64,
    days: u64,
    hours: u64,
    km: u64,
    tonnes: u64,
    percent: u64,
    workers: u64,
    founded: i32,
    past_dead: u64,
}

const SYLLABLES: &[&str] = &[
    "var", "nel", "os", "tri", "ka", "mon", "del", "ra", "sul", "ben", "li", "qar", "to", "vik",
    "an", "mer", "zu", "hal",
];
const SYLLABLES_HE: &[&str] = &[
    "בר", "נל", "אוס", "טרי", "קה", "מון", "דל", "רה", "סול", "בן", "לי", "קר",
];
const OUTLETS: &[&str] = &[
    "Daily Wire Service",
    "Morning Ledger",
    "Coastal Herald",
    "City Gazette",
    "Evening Courier",
    "Regional Post",
];
const WEEKDAYS_EN: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const WEEKDAYS_HE: &[&str] = &["שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"];
const MONTHS_EN: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_HE: &[&str] = &[
    "בינואר",
    "בפברואר",
    "במרץ",
    "באפריל",
    "במאי",
    "ביוני",
    "ביולי",
    "באוגוסט",
    "בספטמבר",
    "באוקטובר",
    "בנובמבר",
    "בדצמבר",
];

/// Sentences without figures, as most of a news report is.
const FILLER_EN: &[&str] = &[
    "Officials said the response was continuing and that more information would be released later.",
    "Residents described scenes of confusion as emergency crews arrived in the area.",
    "The regional governor called for calm and promised a full inquiry into what went wrong.",
    "Opposition politicians criticised the government for what they called a slow response.",
    "Aid organisations said they were sending teams and supplies to the worst affected districts.",
    "Analysts warned that the consequences could be felt for a long time to come.",
    "A spokesperson declined to comment on the details, citing the ongoing investigation.",
    "Local media broadcast footage of damaged buildings and roads blocked by debris.",
    "Neighbouring countries offered assistance, and several sent experts on the same day.",
    "The company said in a statement that it was cooperating fully with the authorities.",
];
const FILLER_HE: &[&str] = &[
    "גורמים רשמיים אמרו כי הפעולות נמשכות וכי פרטים נוספים יפורסמו בהמשך.",
    "תושבים תיארו מראות של בלבול כאשר צוותי החירום הגיעו לאזור.",
    "מושל המחוז קרא לציבור לשמור על קור רוח והבטיח חקירה מלאה.",
    "חברי האופוזיציה מתחו ביקורת על הממשלה בשל מה שכינו תגובה איטית.",
    "ארגוני סיוע אמרו כי הם שולחים צוותים וציוד לאזורים שנפגעו קשה.",
    "דובר סירב להגיב על הפרטים בשל החקירה המתנהלת.",
];

fn name(rng: &mut Rng, syllables: &[&str]) -> String {
    let n = rng.range(2, 3);
    let mut s: String = (0..n).map(|_| rng.pick(syllables)).collect();
    if let Some(first) = s.chars().next() {
        if first.is_ascii() {
            s = first.to_ascii_uppercase().to_string() + &s[first.len_utf8()..];
        }
    }
    s
}

fn event(rng: &mut Rng) -> Event {
    let date = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap() + Days::new(rng.range(0, 2200));
    Event {
        domain: rng.range(0, 3) as usize,
        place: name(rng, SYLLABLES),
        place_he: name(rng, SYLLABLES_HE),
        company: name(rng, SYLLABLES) + " Industries",
        date,
        dead: rng.range(3, 400),
        injured: rng.range(10, 900),
        displaced: rng.range(1, 90) * 1000,
        money_millions: rng.range(2, 900),
        days: rng.range(2, 60),
        hours: rng.range(2, 30),
        km: rng.range(5, 400),
        tonnes: rng.range(1, 50) * 100,
        percent: rng.range(2, 80),
        workers: rng.range(2, 40) * 100,
        founded: rng.range(1950, 2010) as i32,
        past_dead: rng.range(5, 300),
    }
}

/// Alters one figure of `e` for a report that disagrees with the others.
fn alter(rng: &mut Rng, e: &mut Event) {
    match rng.range(0, 5) {
        0 => e.dead += rng.range(1, 20),
        1 => e.money_millions = e.money_millions * 3 / 2 + 1,
        2 => e.days += rng.range(1, 5),
        3 => e.km += rng.range(10, 50),
        4 => e.date = e.date + Days::new(1),
        _ => e.percent += 5,
    }
}

fn english(rng: &mut Rng, e: &Event, published: NaiveDate) -> String {
    let weekday = WEEKDAYS_EN[e.date.weekday().num_days_from_monday() as usize];
    let month = MONTHS_EN[e.date.month0() as usize];
    let day = e.date.day();
    let year = e.date.year();
    let lead = match e.domain {
        0 => format!(
            "At least {} people were killed and {} injured when floods struck {} on {weekday}, {month} {day}, {year}.",
            e.dead, e.injured, e.place
        ),
        1 => format!(
            "About {} workers at {} walked off the job on {month} {day}, {year}, in a strike that lasted {} days.",
            e.workers, e.company, e.days
        ),
        2 => format!(
            "{} agreed on {weekday} to buy a rival for ${} million, its largest deal since it was founded in {}.",
            e.company, e.money_millions, e.founded
        ),
        _ => format!(
            "A fire at a factory in {} on {month} {day}, {year} killed {} people and injured {} others.",
            e.place, e.dead, e.injured
        ),
    };
    let facts = [
        format!(
            "More than {} residents were forced from their homes, and damage was put at ${} million.",
            e.displaced, e.money_millions
        ),
        format!(
            "Rescue teams worked for {} hours to reach the area, some {} km from the capital.",
            e.hours, e.km
        ),
        format!(
            "Around {} tonnes of supplies had been delivered by {}, officials said.",
            e.tonnes,
            WEEKDAYS_EN[published.weekday().num_days_from_monday() as usize]
        ),
        format!(
            "Turnout in the affected districts fell by {}% compared with the previous year.",
            e.percent
        ),
        format!(
            "The last comparable disaster in the region, in {}, left {} people dead.",
            e.founded,
            e.past_dead
        ),
        format!(
            "The operation is expected to take {} days and to cost about ${} million.",
            e.days,
            e.money_millions / 3 + 1
        ),
    ];
    compose(rng, lead, &facts, FILLER_EN)
}

fn hebrew(rng: &mut Rng, e: &Event, published: NaiveDate) -> String {
    let weekday = WEEKDAYS_HE[e.date.weekday().num_days_from_monday() as usize];
    let month = MONTHS_HE[e.date.month0() as usize];
    let day = e.date.day();
    let year = e.date.year();
    let lead = format!(
        "לפחות {} בני אדם נהרגו ו-{} נפצעו בשיטפונות שפקדו את {} ביום {weekday}, {day} {month} {year}.",
        e.dead, e.injured, e.place_he
    );
    let facts = [
        format!(
            "יותר מ-{} תושבים נאלצו לעזוב את בתיהם, והנזק מוערך ב-{} מיליון דולר.",
            e.displaced, e.money_millions
        ),
        format!(
            "צוותי החילוץ עבדו במשך {} שעות כדי להגיע לאזור, כ-{} ק\"מ מהבירה.",
            e.hours, e.km
        ),
        format!(
            "עד יום {} הועברו כ-{} טונות של ציוד, כך נמסר.",
            WEEKDAYS_HE[published.weekday().num_days_from_monday() as usize],
            e.tonnes
        ),
        format!("שיעור ההצבעה באזורים שנפגעו ירד ב-{}%.", e.percent),
        format!(
            "העבודות צפויות להימשך {} ימים ולעלות כ-{} מיליון דולר.",
            e.days,
            e.money_millions / 3 + 1
        ),
    ];
    compose(rng, lead, &facts, FILLER_HE)
}

/// The lead, then the facts in a report's own order, with filler between.
fn compose(rng: &mut Rng, lead: String, facts: &[String], filler: &[&str]) -> String {
    let mut paragraphs = vec![lead];
    for fact in facts {
        if rng.chance(0.75) {
            let mut p = fact.clone();
            for _ in 0..rng.range(1, 3) {
                p.push(' ');
                p.push_str(rng.pick(filler));
            }
            paragraphs.push(p);
        }
    }
    paragraphs.join("\n\n") + "\n"
}

/// Writes articles until their text reaches `bytes`: events of three to six
/// reports each, a `hebrew` share of them in Hebrew, from `seed`.
pub fn generate(bytes: usize, hebrew_share: f64, seed: u64) -> Vec<GeneratedArticle> {
    let mut rng = Rng(seed);
    let mut out = Vec::new();
    let mut total = 0;
    let mut n = 0;
    while total < bytes {
        let base = event(&mut rng);
        for r in 0..rng.range(3, 6) {
            let published = base.date + Days::new(rng.range(0, 3) + r / 2);
            let mut e = base.clone();
            // Tolls grow as days pass; one report in five gets a figure wrong.
            e.dead += (published - base.date).num_days() as u64 * rng.range(0, 5);
            if rng.chance(0.2) {
                alter(&mut rng, &mut e);
            }
            let text = if rng.chance(hebrew_share) {
                hebrew(&mut rng, &e, published)
            } else {
                english(&mut rng, &e, published)
            };
            total += text.len();
            out.push(GeneratedArticle {
                name: format!("e{n:05}-r{r}"),
                text,
                published,
                source: rng.pick(OUTLETS).to_string(),
            });
        }
        n += 1;
    }
    out
}
