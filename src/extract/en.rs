//! English surface grammar. (Being written.)

use chrono::NaiveDate;

use super::Mention;

/// Extracts English mentions.
pub fn extract(_text: &str, _reference: Option<NaiveDate>) -> Vec<Mention> {
    Vec::new()
}
