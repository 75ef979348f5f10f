//! Text normalization with an offset map back to the original bytes, line and
//! column lookup, and sentence splitting.
//!
//! Extraction runs on [`NormalizedText`]: invisible direction marks removed,
//! niqqud stripped, look-alike dashes and quote marks folded, odd spaces made
//! plain. Every normalized byte maps back to a byte of the original file, so a
//! claim found in normalized text still points at the exact original bytes.

mod lines;
mod normalize;
mod sentences;

pub use lines::LineIndex;
pub use normalize::{normalize, NormalizedText};
pub use sentences::{sentence_bounds, SentenceBounds, SCRIPT_ENDS};
