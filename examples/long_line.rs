//! Extraction time on one single-line document of growing size, to check that
//! it stays linear in the line's length (issue 8: it was quadratic).
//!
//! ```sh
//! cargo run --release --example long_line              # 0.25, 0.5, 1, 2 MB
//! cargo run --release --example long_line -- 1 4 16    # sizes in MB
//! cargo run --release --example long_line -- en 1       # one input only (en, he, digits...)
//! ```
//!
//! Each size is one line made by repeating news sentences (English, then
//! Hebrew, then adversarial runs of digits, number words and dates) without a
//! newline; the time is for extraction and attachment of
//! that one document, one thread. Linear means µs/KB stays flat as the size
//! doubles.

use std::time::Instant;

use crosscheck::{Document, Metadata, RuleSet};

const EN: &str = "Netanyahu spent six hours in Azerbaijan on December 13, 2016, where some \
$5 billion in deals were signed and 1,500 people attended. ";
const HE: &str =
    "נתניהו שהה שבע שעות באזרבייג'ן ב-13 בדצמבר 2016, ונחתמו עסקאות בשווי 5 מיליארד דולר. ";

/// Adversarial lines: what the extractors combine into ever longer phrases.
const ADVERSARIAL: [(&str, &str); 6] = [
    ("digits", "1234567890"),
    ("digits-commas", "1,234,"),
    ("number-words", "one hundred and twenty "),
    ("dates", "13 December 2016, "),
    ("he-number-words", "מאה עשרים ושלושה אלף "),
    ("he-dates", "ב-13 בדצמבר 2016, "),
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let sizes: Vec<f64> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let only: Option<&str> = args
        .iter()
        .map(String::as_str)
        .find(|a| a.parse::<f64>().is_err());
    let sizes = if sizes.is_empty() {
        vec![0.25, 0.5, 1.0, 2.0]
    } else {
        sizes
    };
    let rules = RuleSet::bundled().expect("bundled rules");
    let inputs = [("en", EN), ("he", HE)].into_iter().chain(ADVERSARIAL);
    for (lang, sentence) in inputs {
        if only.is_some_and(|o| o != lang) {
            continue;
        }
        for &mb in &sizes {
            let copies = (mb * 1e6 / sentence.len() as f64).ceil() as usize;
            let text = sentence.repeat(copies);
            let doc = Document::new("line.txt", "line.txt", text, Metadata::default());
            let start = Instant::now();
            let claims = crosscheck::extract_claims(&doc, &rules).len();
            let secs = start.elapsed().as_secs_f64();
            let kb = doc.text.len() as f64 / 1e3;
            println!(
                "{lang} {:>6.2} MB one line: {secs:>7.2} s  {:>6.1} µs/KB  ({claims} claims)",
                doc.text.len() as f64 / 1e6,
                secs * 1e6 / kb,
            );
        }
    }
}
