//! Throughput of extraction and of a whole check, on a corpus made by
//! repeating the bundled seed articles.
//!
//! Run: `cargo bench --bench throughput` (optionally `-- MB` for the corpus
//! size in megabytes, default 4). Prints MB/s for each stage; figures depend
//! on the machine, so the command is what a claim of speed should quote.

use std::time::Instant;

use crosscheck::{check, Corpus, Document, RuleSet};

fn main() {
    let megabytes: f64 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(4.0);
    let rules = RuleSet::bundled().expect("bundled rules");
    let seeds = Corpus::bundled();
    let seed_bytes: usize = seeds.documents.iter().map(|d| d.text.len()).sum();
    let copies = ((megabytes * 1e6) / seed_bytes as f64).ceil() as usize;
    // Many documents of ordinary size, as a real corpus has.
    let documents: Vec<Document> = (0..copies)
        .flat_map(|i| {
            seeds.documents.iter().map(move |d| {
                let id = format!("{i:05}-{}", d.id);
                Document::new(id.clone(), id, d.text.clone(), d.meta.clone())
            })
        })
        .collect();
    let total: usize = documents.iter().map(|d| d.text.len()).sum();
    let mb = total as f64 / 1e6;
    println!(
        "corpus: {} documents, {mb:.2} MB ({} copies of the seeds)",
        documents.len(),
        copies
    );

    let en: Vec<&Document> = documents
        .iter()
        .filter(|d| d.lang == crosscheck::Lang::En)
        .collect();
    let he: Vec<&Document> = documents
        .iter()
        .filter(|d| d.lang == crosscheck::Lang::He)
        .collect();
    for (name, docs) in [("extract+attach en", &en), ("extract+attach he", &he)] {
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        let start = Instant::now();
        let claims: usize = docs
            .iter()
            .map(|d| crosscheck::extract_claims(d, &rules).len())
            .sum();
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{name:<20} {:>8.2} MB/s  ({:.2} MB, {claims} claims, {secs:.2} s, one thread)",
            bytes as f64 / 1e6 / secs,
            bytes as f64 / 1e6
        );
    }

    let corpus = Corpus {
        documents,
        problems: Vec::new(),
    };
    let start = Instant::now();
    let report = check(&corpus, &rules);
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{:<20} {:>8.2} MB/s  ({} claims, {} findings, {secs:.2} s, {} threads)",
        "check (all stages)",
        mb / secs,
        report.claims.len(),
        report.findings.len(),
        rayon::current_num_threads()
    );
}
