//! Hebrew surface grammar. (Being written.)

use chrono::NaiveDate;

use super::Mention;

/// Extracts Hebrew mentions.
pub fn extract(_text: &str, _reference: Option<NaiveDate>) -> Vec<Mention> {
    Vec::new()
}
