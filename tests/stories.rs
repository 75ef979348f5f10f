//! An archive of many events: figures of two different events are never
//! one fact, even when the reports tell them in the same words.

use crosscheck::rules::Verdict;
use crosscheck::{check, Corpus, Document, Metadata, RuleSet};

fn doc(id: &str, published: &str, text: &str) -> Document {
    let meta = Metadata {
        published: Some(published.parse().unwrap()),
        ..Metadata::default()
    };
    Document::new(id, format!("{id}.txt"), text, meta)
}

fn report(docs: Vec<Document>) -> crosscheck::Report {
    let corpus = Corpus {
        documents: docs,
        problems: Vec::new(),
    };
    check(&corpus, &RuleSet::bundled().unwrap())
}

fn contradictions(r: &crosscheck::Report) -> usize {
    r.findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradiction)
        .count()
}

const A: &str = "Rescue teams worked for 14 hours to reach the flooded valley, officials said.";
const B: &str = "Rescue teams worked for 20 hours to reach the flooded valley, officials said.";

#[test]
fn one_sentence_in_two_reports_days_apart_is_one_fact() {
    let r = report(vec![doc("a", "2021-03-02", A), doc("b", "2021-03-03", B)]);
    assert_eq!(contradictions(&r), 1, "{:#?}", r.findings);
}

#[test]
fn one_sentence_in_two_reports_years_apart_is_two_events() {
    let r = report(vec![doc("a", "2019-03-02", A), doc("b", "2021-03-03", B)]);
    assert_eq!(contradictions(&r), 0, "{:#?}", r.findings);
}

#[test]
fn reports_years_apart_that_share_rare_names_and_figures_are_one_story() {
    // A follow-up a year later: it names the same town and repeats the toll.
    let first = format!("Floods killed 212 people in Varnelos in March. {A}");
    let later =
        format!("A year after floods killed 212 people in Varnelos, a report was published. {B}");
    let r = report(vec![
        doc("a", "2021-03-02", &first),
        doc("b", "2022-03-03", &later),
        doc(
            "c",
            "2020-01-01",
            "Officials in Ostrava said 40 homes were damaged.",
        ),
    ]);
    assert!(contradictions(&r) >= 1, "{:#?}", r.findings);
}
