//! No input makes the pipeline panic: random text built from the pieces that
//! extractors look at (digits, separators, Hebrew letters and prefixes,
//! month and number words, currency signs, marks that normalization deletes)
//! goes through extraction, attachment and every rule.

use crosscheck::{check, Corpus, Document, Metadata, RuleSet};

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "1",
    "7",
    "0",
    "12",
    "1997",
    "2016",
    "3.5",
    "1,500",
    ",",
    ".",
    "-",
    "–",
    "־",
    "/",
    ":",
    "%",
    "$",
    "£",
    "€",
    "₪",
    "(",
    ")",
    "\"",
    "'",
    "״",
    "׳",
    " ",
    " ",
    " ",
    "\n",
    "\u{200F}",
    "\u{200E}",
    "\u{05B8}",
    "ב",
    "ו",
    "ה",
    "ש",
    "כ",
    "מ",
    "ל",
    "שלושה",
    "ימים",
    "שעתיים",
    "מיליארדי",
    "דולרים",
    "בדצמבר",
    "ביום",
    "שלישי",
    "לפני",
    "עד",
    "כ-",
    "בין",
    "December",
    "Tuesday",
    "million",
    "billion",
    "hours",
    "km",
    "miles",
    "about",
    "between",
    "and",
    "to",
    "up to",
    "more than",
    "ago",
    "next",
    "week",
    "visit",
    "killed",
    "Netanyahu",
    "Baku",
    "Azerbaijan",
    "one",
    "two",
    "twenty",
    "hundred",
    "half",
    "quarter",
    "th",
    "s",
    "7-hour",
    "USD",
    "US$",
    "bn",
    "k",
    "é",
    "😀",
    "\u{FEFF}",
    "\t",
    "׳׳",
    "שנות",
    "ה-90",
    "יולי",
    "אלף",
];

/// Checks 40 batches of ten documents made of random `pieces` (every other
/// one dated), in language `lang` or detected: nothing panics and every
/// span points at real bytes of its document.
fn random_corpora_never_panic(pieces: &[&str], seed: u64, lang: Option<crosscheck::Lang>) {
    let rules = RuleSet::bundled().unwrap();
    let mut rng = Rng(seed);
    for batch in 0..40 {
        let documents: Vec<Document> = (0..10)
            .map(|i| {
                let meta = Metadata {
                    published: (i % 2 == 0).then(|| "2016-12-13".parse().unwrap()),
                    lang,
                    ..Metadata::default()
                };
                let len = 1 + rng.next() % 40;
                let text: String = (0..len).map(|_| rng.pick(pieces)).collect();
                let id = format!("r{batch}-{i}.txt");
                Document::new(id.clone(), id, text, meta)
            })
            .collect();
        let corpus = Corpus {
            documents,
            problems: Vec::new(),
        };
        let report = check(&corpus, &rules);
        for c in &report.claims {
            let doc = report.document(&c.doc).unwrap();
            assert_eq!(&doc.text[c.span.start..c.span.end], c.text);
        }
    }
}

#[test]
fn random_text_never_panics() {
    random_corpora_never_panic(PIECES, 0x9E37_79B9_7F4A_7C15, None);
}

/// Every claim's `text` is the bytes of the file on disk at its span, for
/// every fixture corpus, so normalization (bidi marks, niqqud, dashes) never
/// shifts a span.
#[test]
fn claim_text_is_the_original_file_bytes_at_its_span_on_every_fixture_corpus() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let rules = RuleSet::bundled().unwrap();
    let mut folders = vec![root.join("seeds")];
    for parent in ["tests/corpora", "eval/clusters"] {
        let mut found: Vec<_> = std::fs::read_dir(root.join(parent))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_dir())
            .collect();
        found.sort();
        folders.extend(found);
    }
    // Text hazards, written as bytes: bidi marks and overrides, niqqud,
    // zero-width characters, odd spaces and Windows line endings.
    let hazards = tempfile::tempdir().unwrap();
    std::fs::write(
        hazards.path().join("hazards.txt"),
        "Netanyahu\u{00A0}spent\u{2009}six\u{200B} hours in Azerbaijan\r\n\
         \u{200F}נתניהו שָׁהָה שבע\u{200E} שעות ב\u{202B}-13\u{202C} בדצמבר 2016\r\n\
         Deals worth some $5\u{202F}billion were signed on December\u{00A0}13, 2016.\r\n",
    )
    .unwrap();
    folders.push(hazards.path().to_path_buf());
    let mut checked = 0;
    for folder in &folders {
        let corpus = Corpus::load(std::slice::from_ref(folder));
        assert!(
            corpus.problems.iter().all(|p| !p.skips_document()),
            "{:?}",
            corpus.problems
        );
        for doc in &corpus.documents {
            let bytes = std::fs::read(&doc.path).unwrap();
            for c in crosscheck::extract_claims(doc, &rules) {
                assert_eq!(
                    bytes.get(c.span.start..c.span.end),
                    Some(c.text.as_bytes()),
                    "{} {}",
                    doc.path,
                    c.id
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 200, "only {checked} claims checked");
}

/// Pieces of Arabic text the engine looks at: digits of both scripts and
/// their separators, proclitics alone, tashkeel and tatweel, number, scale,
/// month, unit and bound words, and marks that open numbers.
const ARABIC_PIECES: &[&str] = &[
    "١",
    "٢٠",
    "٣٫٥",
    "١٬٥٠٠",
    "٫",
    "٬",
    "،",
    "؟",
    "؛",
    "٪",
    "1",
    "2016",
    "14.12.2016",
    "-",
    ".",
    "/",
    " ",
    " ",
    " ",
    "\n",
    "و",
    "ب",
    "ال",
    "لل",
    "وال",
    "\u{064E}",
    "\u{0651}",
    "\u{0640}",
    "\u{0670}",
    "ثلاثة",
    "عشر",
    "عشرون",
    "وعشرون",
    "مائة",
    "ألف",
    "آلاف",
    "مليون",
    "مليونين",
    "ونصف",
    "نصف",
    "أرباع",
    "عشرات",
    "أحد",
    "اثنا",
    "الحادي",
    "والعشرين",
    "من",
    "إلى",
    "بين",
    "و",
    "حتى",
    "أكثر من",
    "على الأقل",
    "نحو",
    "دولار",
    "يورو",
    "$",
    "ساعة",
    "ساعتين",
    "يومين",
    "أيام",
    "شهر",
    "الشهر",
    "الماضي",
    "منذ",
    "قبل",
    "بعد",
    "أمس",
    "اليوم",
    "غدا",
    "يوم",
    "الأحد",
    "شباط",
    "كانون الثاني",
    "عام",
    "كم",
    "كيلومترا",
    "مربعا",
    "بالمئة",
    "في المئة",
    "قتلى",
    "مصر",
    "F-35",
    "www.x.com/1",
];

#[test]
fn random_arabic_text_never_panics() {
    random_corpora_never_panic(
        ARABIC_PIECES,
        0x2545_F491_4F6C_DD1D,
        Some(crosscheck::Lang::Ar),
    );
}
