//! Claims: a mention placed in its context.
//!
//! A claim is a mention plus provenance (document, exact span, line and
//! column, sentence) and a [`Subject`]: which frame it belongs to (a visit, a
//! meeting, a deal), which attribute of it (duration, date, value), who and
//! where is involved, and when the event happened. Alignment compares claims by
//! their subjects; reports quote them by their spans.

mod attach;
mod display;
pub mod measure;
pub mod precision;
pub mod vocab;

pub use attach::{attach, nearest_weekday, weekday_near};
pub use display::display_value;
pub use measure::Measure;
pub use vocab::Vocabulary;

use serde::Serialize;

use crate::extract::Kind;
use crate::value::{DateValue, Qualifier, Value};

/// Where a claim stands in its original file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// Byte offset of the first byte in the original file.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in characters.
    pub column: usize,
}

/// What a claim is about.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Subject {
    /// The frame id from the rules (`visit`, `meeting`, `deal`), if one was triggered.
    pub frame: Option<String>,
    /// The attribute of the frame this value gives (`duration`, `date`, `value`).
    pub attribute: Option<String>,
    /// Canonical names of the entities in the claim's sentence, sorted.
    pub entities: Vec<String>,
    /// When the event happened, as well as can be told.
    pub when: Option<DateValue>,
    /// Where `when` came from (`claim`, `sentence`, `weekday`, `document`).
    pub when_source: Option<&'static str>,
    /// Who and where the fact is about, when a frame was found.
    pub participants: Option<Participants>,
    /// What the figure measures, frame or not: how figures no frame
    /// describes are aligned.
    pub measure: Measure,
}

/// The participants that, with frame, attribute and time, identify a fact.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Participants {
    /// The person the frame is about (the visitor), when the frame has one.
    pub agent: Option<String>,
    /// Outermost places (countries), sorted.
    pub places: Vec<String>,
}

/// One claim: a mention in its document, with its subject.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// `DOC#N`, N counting the document's claims from 1 in text order.
    pub id: String,
    /// The document id.
    pub doc: String,
    /// Exact location in the original file.
    pub span: Span,
    /// The quoted text, from the original file.
    pub text: String,
    /// The sentence around it, from the original file.
    pub sentence: String,
    /// The mention kind.
    pub kind: Kind,
    /// The value (relative dates resolved when the document date is known).
    pub value: Value,
    /// Where the value's width came from.
    pub qualifier: Qualifier,
    /// The value for people ("6 h", "$5 billion", "2016-12-14").
    pub display: String,
    /// What the claim is about.
    pub subject: Subject,
    /// The hedge word, as written ("some", "about").
    pub hedge: Option<String>,
    /// An attribution in the sentence ("according to foreign reports").
    pub attribution: Option<String>,
    /// The counted or measured noun ("agreements"), when there is one.
    pub noun: Option<String>,
    /// Set when the document already made this statement: the same sentence
    /// earlier (a repeated paragraph), or the figure just before it that this
    /// one converts ("70 km (43 miles)"). The earlier claim's id. Such a claim
    /// is the same source, not a second one.
    pub repeat_of: Option<String>,
    /// A weekday stated in the same sentence ("on Tuesday"), which dates the event.
    pub sentence_weekday: Option<chrono::Weekday>,
}

impl Claim {
    /// The qualifier in words, for explanations.
    pub fn qualifier_word(&self) -> &'static str {
        match self.qualifier {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approximate",
            Qualifier::AtLeast => "a lower bound",
            Qualifier::AtMost => "an upper bound",
            Qualifier::Range => "a range",
            Qualifier::Vague => "vague",
        }
    }

    /// Persons, places and organizations named in the claim's sentence.
    pub fn shares_entity(&self, other: &Claim) -> bool {
        self.subject
            .entities
            .iter()
            .any(|e| other.subject.entities.contains(e))
    }
}

/// A claim with the given text and value and nothing else, for unit tests
/// of the checks.
#[cfg(test)]
pub(crate) fn test_claim(doc: &str, text: &str, value: Value, qualifier: Qualifier) -> Claim {
    Claim {
        id: format!("{doc}#1"),
        doc: doc.to_string(),
        span: Span {
            start: 0,
            end: text.len(),
            line: 1,
            column: 1,
        },
        text: text.to_string(),
        sentence: text.to_string(),
        kind: Kind::Number,
        display: display_value(&value, qualifier),
        value,
        qualifier,
        subject: Subject::default(),
        hedge: None,
        attribution: None,
        noun: None,
        repeat_of: None,
        sentence_weekday: None,
    }
}
