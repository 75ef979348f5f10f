//! A builder for [`Mention`]s, so productions name what they set.

use crate::extract::{Kind, Mention};
use crate::value::{Qualifier, Value};

/// Builds one mention; kind, span and value are required, the rest
/// defaults to exact, no noun, no hedge.
#[derive(Clone, Debug)]
pub struct MentionBuilder {
    m: Mention,
}

impl MentionBuilder {
    /// A mention of `kind` over bytes `start..end` with `value`.
    pub fn new(kind: Kind, start: usize, end: usize, value: Value) -> Self {
        MentionBuilder {
            m: Mention {
                start,
                end: end.max(start),
                kind,
                value,
                qualifier: Qualifier::Exact,
                noun: None,
                hedge: None,
            },
        }
    }

    /// Where the value's width came from.
    pub fn qualifier(mut self, q: Qualifier) -> Self {
        self.m.qualifier = q;
        self
    }

    /// The counted noun, as written.
    pub fn noun(mut self, noun: Option<String>) -> Self {
        self.m.noun = noun;
        self
    }

    /// The hedge or bound phrase, as written.
    pub fn hedge(mut self, hedge: Option<String>) -> Self {
        self.m.hedge = hedge;
        self
    }

    /// Moves the start (to take in a bound phrase before the value).
    pub fn start(mut self, start: usize) -> Self {
        self.m.start = start.min(self.m.end);
        self
    }

    /// The mention.
    pub fn build(self) -> Mention {
        self.m
    }
}
