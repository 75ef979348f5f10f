//! crosscheck: reads articles, extracts every numeric and dated claim, works
//! out which claims speak of the same fact, and reports where sources agree
//! and where they contradict each other.
//!
//! The pipeline runs one way, one module per stage:
//!
//! ```text
//! corpus → text → extract → claims → align → rules → report
//! ```
//!
//! The library never prints, reads the environment or exits; `main.rs` does
//! that. The entry points are [`check`] (a whole corpus to a [`Report`]) and
//! [`extract_claims`] (one document to its claims).

pub mod align;
pub mod claims;
pub mod corpus;
pub mod encoding;
pub mod error;
pub mod extract;
pub mod fixtures;
pub mod lines;
pub mod report;
pub mod rules;
pub mod text;
pub mod value;

use rayon::prelude::*;

pub use claims::Claim;
pub use corpus::{Corpus, Document, Lang, Metadata};
pub use error::{Error, InputError};
pub use report::Report;
pub use rules::RuleSet;

/// Extracts and attaches the claims of one document.
pub fn extract_claims(doc: &Document, rules: &RuleSet) -> Vec<Claim> {
    claims::attach(doc, &rules.vocabulary)
}

/// Told of progress by [`check_with_progress`]. The library never draws
/// anything itself; the binary shows a progress bar through this when
/// stderr is a terminal. Calls may come from several threads.
pub trait Progress: Sync {
    /// Extraction is starting on this many documents.
    fn start(&self, documents: usize);
    /// One more document has been extracted.
    fn document_done(&self);
    /// Extraction is over; rules are running.
    fn finish(&self);
}

/// Progress that goes nowhere.
pub struct NoProgress;

impl Progress for NoProgress {
    fn start(&self, _: usize) {}
    fn document_done(&self) {}
    fn finish(&self) {}
}

/// Checks a corpus against a rule set.
///
/// Extraction runs per document in parallel; results are merged in document
/// order, so the report is the same bytes whatever the thread count.
pub fn check(corpus: &Corpus, rules: &RuleSet) -> Report {
    check_with_progress(corpus, rules, &NoProgress)
}

/// [`check`], reporting progress as documents are extracted.
pub fn check_with_progress(corpus: &Corpus, rules: &RuleSet, progress: &dyn Progress) -> Report {
    let mut documents = corpus.documents.clone();
    documents.sort_by(|a, b| a.path.cmp(&b.path));
    progress.start(documents.len());
    let claims: Vec<Claim> = documents
        .par_iter()
        .map(|d| {
            let claims = extract_claims(d, rules);
            progress.document_done();
            claims
        })
        .collect::<Vec<_>>()
        .into_iter()
        .flatten()
        .collect();
    progress.finish();
    let ctx = rules::CheckContext::new(&claims, &documents, &rules.vocabulary);
    let findings = rules.run(&ctx);
    let infos = rules
        .rules
        .iter()
        .map(|(_, r)| report::RuleInfo {
            id: r.id.clone(),
            title: r.title.clone(),
            kind: r.kind.as_str().to_string(),
            description: r.description.trim().to_string(),
        })
        .collect();
    Report {
        documents,
        claims,
        findings,
        problems: corpus.problems.clone(),
        rules: infos,
    }
}
