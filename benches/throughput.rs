//! Throughput of extraction and of a whole check, on a generated news-like
//! corpus (see `corpus/mod.rs`), against one regex pass over the same text.
//!
//! Run: `cargo bench --bench throughput -- [MB] [--seeds] [--scaling]`.
//! - `MB`: corpus size in megabytes (default 4).
//! - `--seeds`: repeat the bundled seed articles instead of generating
//!   events (every fact then has hundreds of identical copies).
//! - `--scaling`: run the whole check at MB, 4×MB and 16×MB and print the
//!   seconds per megabyte of each, which stay flat when time is linear.
//!
//! Prints MB/s for each stage and the ratio to a single regex scan (one
//! alternation of number, month, unit and currency patterns, Unicode word
//! boundaries) measured in the same run; figures depend on the machine, so
//! the command is what a claim of speed should quote.

#[path = "corpus/mod.rs"]
mod generated;

use std::time::Instant;

use crosscheck::{check, Corpus, Document, Metadata, RuleSet};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let megabytes: f64 = args.iter().find_map(|a| a.parse().ok()).unwrap_or(4.0);
    let seeds = args.iter().any(|a| a == "--seeds");
    let rules = RuleSet::bundled().expect("bundled rules");
    if args.iter().any(|a| a == "--scaling") {
        for factor in [1.0, 4.0, 16.0] {
            let corpus = corpus(megabytes * factor, seeds);
            let mb = bytes(&corpus.documents.iter().collect::<Vec<_>>()) as f64 / 1e6;
            let start = Instant::now();
            let report = check(&corpus, &rules);
            let secs = start.elapsed().as_secs_f64();
            println!(
                "check {mb:>7.2} MB  {secs:>7.2} s  {:>6.3} s/MB  ({} claims, {} findings)",
                secs / mb,
                report.claims.len(),
                report.findings.len()
            );
        }
        return;
    }
    let corpus = corpus(megabytes, seeds);
    let all: Vec<&Document> = corpus.documents.iter().collect();
    let mb = bytes(&all) as f64 / 1e6;
    println!("corpus: {} documents, {mb:.2} MB", corpus.documents.len());

    let scan = scan_seconds(&all);
    println!(
        "{:<20} {:>8.2} MB/s  (one regex pass, one thread)",
        "regex scan",
        mb / scan
    );
    for lang in [crosscheck::Lang::En, crosscheck::Lang::He] {
        let docs: Vec<&Document> = all.iter().copied().filter(|d| d.lang == lang).collect();
        let lang_mb = bytes(&docs) as f64 / 1e6;
        let start = Instant::now();
        let claims: usize = docs
            .iter()
            .map(|d| crosscheck::extract_claims(d, &rules).len())
            .sum();
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{:<20} {:>8.2} MB/s  ({lang_mb:.2} MB, {claims} claims, {secs:.2} s, one thread)",
            format!("extract+attach {}", lang.code()),
            lang_mb / secs,
        );
    }
    let start = Instant::now();
    let report = check(&corpus, &rules);
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{:<20} {:>8.2} MB/s  ({} claims, {} findings, {secs:.2} s, {} threads, {:.1}x the regex scan's time)",
        "check (all stages)",
        mb / secs,
        report.claims.len(),
        report.findings.len(),
        rayon::current_num_threads(),
        secs / scan
    );
}

fn bytes(docs: &[&Document]) -> usize {
    docs.iter().map(|d| d.text.len()).sum()
}

/// A corpus of about `megabytes`: generated events, or seed copies.
fn corpus(megabytes: f64, seeds: bool) -> Corpus {
    let target = (megabytes * 1e6) as usize;
    let documents = if seeds {
        let seeds = Corpus::bundled();
        let seed_bytes: usize = seeds.documents.iter().map(|d| d.text.len()).sum();
        let copies = target.div_ceil(seed_bytes);
        (0..copies)
            .flat_map(|i| {
                seeds.documents.iter().map(move |d| {
                    let id = format!("{i:05}-{}", d.id);
                    Document::new(id.clone(), id, d.text.clone(), d.meta.clone())
                })
            })
            .collect()
    } else {
        generated::generate(target, 0.3, 42)
            .into_iter()
            .map(|a| {
                let meta = Metadata {
                    source: Some(a.source),
                    published: Some(a.published),
                    ..Metadata::default()
                };
                Document::new(a.name.clone(), a.name + ".txt", a.text, meta)
            })
            .collect()
    };
    Corpus {
        documents,
        problems: Vec::new(),
    }
}

/// Seconds for one pass of a single alternation of the patterns a scanner
/// for numbers, months, units and currencies would hold, over every text:
/// the ceiling a single-pass extractor could reach.
fn scan_seconds(docs: &[&Document]) -> f64 {
    let pattern = concat!(
        r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion",
        r"|January|February|March|April|May|June|July|August|September|October|November|December",
        r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|km|kilometres?|miles?|tonnes?|tons?",
        r"|percent|dollars?|euros?|days?|hours?|weeks?|months?|years?",
        r"|אחד|שניים|שלושה|מיליון|מיליארד|אלף|ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר",
        r"|ימים|שעות|שנים|דולר|טון)\b|[$€£%]"
    );
    let re = regex::Regex::new(pattern).expect("scan pattern");
    let start = Instant::now();
    let hits: usize = docs.iter().map(|d| re.find_iter(&d.text).count()).sum();
    let secs = start.elapsed().as_secs_f64();
    assert!(hits > 0, "the scan found nothing: the corpus is empty");
    secs
}
