//! Property tests: over arbitrary Unicode, text built from the pieces
//! extractors look at, and mutated real sentences from the seeds and test
//! corpora, extraction never panics, every span lies inside the text on
//! character boundaries, every interval has min <= max, and a whole check
//! gives JSON that parses. Mutated rule files load or fail with a
//! positioned error, never a panic (the rule loader's fuzz target).
//!
//! The default case counts keep `cargo test` fast. The long run:
//!
//! ```sh
//! cargo test --release --test properties -- --ignored
//! ```

use std::sync::LazyLock;

use crosscheck::extract::{extract, Mention};
use crosscheck::report::{emitter, Format, RenderOptions};
use crosscheck::value::Value;
use crosscheck::{check, Corpus, Document, Lang, Metadata, RuleSet};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

static RULES: LazyLock<RuleSet> = LazyLock::new(|| RuleSet::bundled().unwrap());

/// Sentences of the bundled seeds and the test corpora, to mutate.
static SENTENCES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut texts: Vec<String> = Corpus::bundled()
        .documents
        .into_iter()
        .map(|d| d.text)
        .collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpora");
    let corpus = Corpus::load(&[dir]);
    texts.extend(corpus.documents.into_iter().map(|d| d.text));
    texts
        .iter()
        .flat_map(|t| t.split(['\n', '.']))
        .filter(|s| s.chars().any(|c| c.is_ascii_digit()) && s.len() > 20)
        .map(str::to_string)
        .collect()
});

/// What extractors combine: digits, separators, marks, number and month words.
const PIECES: &[&str] = &[
    "1",
    "7",
    "0",
    "12",
    "1997",
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
    "₪",
    "€",
    "(",
    ")",
    "\"",
    "״",
    "׳",
    " ",
    "\u{00A0}",
    "\n",
    "\r\n",
    "\u{200F}",
    "\u{202E}",
    "\u{200B}",
    "\u{05B8}",
    "\u{FEFF}",
    "ב",
    "ו",
    "ה",
    "כ-",
    "שלושה",
    "ימים",
    "מיליארד",
    "בדצמבר",
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
    "more than",
    "ago",
    "next",
    "one",
    "twenty",
    "hundred",
    "half",
    "th",
    "é",
    "😀",
    "\t",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..50).prop_map(|v| v.concat())
}

/// A real sentence with characters deleted, pieces inserted and spans
/// repeated, at positions given as fractions of its length.
fn mutated() -> impl Strategy<Value = String> {
    let edit = (0.0..1.0f64, 0..3u8, prop::sample::select(PIECES));
    (0..SENTENCES.len(), prop::collection::vec(edit, 0..8)).prop_map(|(i, edits)| {
        let mut chars: Vec<char> = SENTENCES[i].chars().collect();
        for (at, op, piece) in edits {
            let k = ((chars.len() as f64) * at) as usize;
            match op {
                0 if k < chars.len() => {
                    chars.remove(k);
                }
                1 => chars.splice(k..k, piece.chars()).for_each(drop),
                _ => {
                    let end = (k + 8).min(chars.len());
                    let copy: Vec<char> = chars[k..end].to_vec();
                    chars.splice(k..k, copy).for_each(drop);
                }
            }
        }
        chars.into_iter().collect()
    })
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[א-ת0-9 ,.\\-־׳״%$₪]{0,120}",
        pieces(),
        mutated(),
    ]
}

fn interval_ok(v: &Value) -> Result<(), String> {
    match v {
        Value::Scalar { interval, .. } => match (interval.min, interval.max) {
            // NaN bounds fail too: they compare as neither.
            (Some(a), Some(b)) if a.partial_cmp(&b).is_none_or(|o| o.is_gt()) => {
                Err(format!("min {a} > max {b}"))
            }
            _ => Ok(()),
        },
        Value::Date(d) => match d.days {
            Some((a, b)) if a > b => Err(format!("first day {a} after last {b}")),
            _ => Ok(()),
        },
    }
}

fn mention_ok(text: &str, m: &Mention) -> Result<(), String> {
    if !(m.start <= m.end && m.end <= text.len()) {
        return Err(format!(
            "span {}..{} outside 0..{}",
            m.start,
            m.end,
            text.len()
        ));
    }
    if !(text.is_char_boundary(m.start) && text.is_char_boundary(m.end)) {
        return Err(format!(
            "span {}..{} not on char boundaries",
            m.start, m.end
        ));
    }
    interval_ok(&m.value)
}

/// Every property of one text, in both languages.
fn text_properties(text: &str) -> Result<(), TestCaseError> {
    for lang in [Lang::En, Lang::He] {
        for m in extract(text, lang, "2016-12-13".parse().ok()) {
            mention_ok(text, &m)
                .map_err(|e| TestCaseError::fail(format!("{lang:?} {m:?}: {e}")))?;
        }
        let meta = Metadata {
            lang: Some(lang),
            published: "2016-12-13".parse().ok(),
            ..Metadata::default()
        };
        let doc = Document::new("p.txt", "p.txt", text, meta);
        for c in crosscheck::extract_claims(&doc, &RULES) {
            let at = doc.text.get(c.span.start..c.span.end);
            prop_assert_eq!(at, Some(c.text.as_str()), "claim text is the span's bytes");
            interval_ok(&c.value).map_err(TestCaseError::fail)?;
        }
    }
    Ok(())
}

/// A whole check over a few generated documents renders JSON that parses.
fn report_properties(texts: &[String]) -> Result<(), TestCaseError> {
    let documents = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let meta = Metadata {
                published: (i % 2 == 0).then(|| "2016-12-13".parse().unwrap()),
                ..Metadata::default()
            };
            Document::new(format!("g{i}.txt"), format!("g{i}.txt"), t.as_str(), meta)
        })
        .collect();
    let corpus = Corpus {
        documents,
        problems: Vec::new(),
    };
    let report = check(&corpus, &RULES);
    let mut out = Vec::new();
    emitter(Format::Json, RenderOptions::default())
        .emit(&report, &mut out)
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out)
        .map_err(|e| TestCaseError::fail(format!("report is not JSON: {e}")))?;
    prop_assert_eq!(&json["schema"], "crosscheck/report/v1");
    prop_assert_eq!(
        json["claims"].as_array().map(Vec::len),
        Some(report.claims.len())
    );
    Ok(())
}

fn run_texts(cases: u32) {
    let mut runner = TestRunner::new(Config::with_cases(cases));
    runner.run(&any_text(), |t| text_properties(&t)).unwrap();
}

fn run_reports(cases: u32) {
    let mut runner = TestRunner::new(Config::with_cases(cases));
    let corpus = prop::collection::vec(prop_oneof![pieces(), mutated()], 1..4);
    runner.run(&corpus, |t| report_properties(&t)).unwrap();
}

/// Pieces that break TOML and rule files in interesting ways.
const TOML_PIECES: &[&str] = &[
    "\"",
    "'",
    "[",
    "]",
    "[[",
    "{",
    "}",
    "=",
    ",",
    "\n",
    "#",
    "id",
    "kind",
    "\"derive\"",
    "frames",
    "attributes",
    "1",
    "-1",
    "1e400",
    "true",
    "\\u{0}",
    "é",
    "{a}",
    "{",
    "ש",
    "\"\"\"",
];

/// A mutated bundled rule file in a folder of its own loads or fails with
/// an error that names a line of the file; it never panics.
fn rule_properties(text: &str) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("checks")).unwrap();
    std::fs::write(dir.path().join("checks/r.toml"), text).unwrap();
    match RuleSet::load_dir(dir.path()) {
        Ok(_) => Ok(()),
        Err(crosscheck::Error::Rule { at, .. }) => {
            prop_assert!(at.line >= 1 && at.line <= text.lines().count().max(1) + 1);
            Ok(())
        }
        Err(e) => Err(TestCaseError::fail(format!("unexpected error kind: {e}"))),
    }
}

fn mutated_rule() -> impl Strategy<Value = String> {
    const RULES_TEXT: &[&str] = &[
        include_str!("../rules/checks/event-duration.toml"),
        include_str!("../rules/checks/anniversary-start.toml"),
        include_str!("../rules/checks/unit-conversion.toml"),
    ];
    let edit = (
        0.0..1.0f64,
        any::<bool>(),
        prop::sample::select(TOML_PIECES),
    );
    (
        prop::sample::select(RULES_TEXT),
        prop::collection::vec(edit, 1..6),
    )
        .prop_map(|(text, edits)| {
            let mut chars: Vec<char> = text.chars().collect();
            for (at, insert, piece) in edits {
                let k = ((chars.len() as f64) * at) as usize;
                if insert {
                    chars.splice(k..k, piece.chars()).for_each(drop);
                } else if k < chars.len() {
                    chars.remove(k);
                }
            }
            chars.into_iter().collect()
        })
}

fn run_rules(cases: u32) {
    let mut runner = TestRunner::new(Config::with_cases(cases));
    runner
        .run(&mutated_rule(), |t| rule_properties(&t))
        .unwrap();
}

#[test]
fn a_mutated_rule_file_loads_or_is_an_error_with_a_line() {
    run_rules(16);
}

#[test]
fn extraction_spans_and_intervals_hold_on_any_text() {
    run_texts(256);
}

#[test]
fn a_check_over_generated_documents_gives_json_that_parses() {
    run_reports(32);
}

#[test]
#[ignore = "long run: cargo test --release --test properties -- --ignored"]
fn long_run() {
    run_texts(100_000);
    run_reports(5_000);
    run_rules(1_000);
}

/// A run of number words, digits or dates is read as many bounded mentions,
/// never as one mention as long as the line (which also made extraction
/// quadratic: issue 8).
#[test]
fn repeated_number_words_give_bounded_mentions() {
    for (lang, piece) in [
        (Lang::En, "one hundred and twenty "),
        (Lang::He, "מאה עשרים ושלושה אלף "),
    ] {
        let text = piece.repeat(200);
        let mentions = extract(&text, lang, None);
        assert!(mentions.len() > 10, "{lang:?}: {} mentions", mentions.len());
        let longest = mentions.iter().map(|m| m.end - m.start).max().unwrap();
        assert!(
            longest < 40 * piece.len(),
            "{lang:?}: a mention of {longest} bytes"
        );
    }
}
