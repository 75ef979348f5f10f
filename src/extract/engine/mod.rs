//! The language-neutral extraction engine: the layers every language shares.
//!
//! A language brings words and word order; what is written the same way in
//! every script lives here, once, so that a fix lands in every language at
//! the same time:
//!
//! - [`digits`]: one reader of digit notation (any script's decimal digits,
//!   locale thousands and decimal separators, precision, grouping);
//! - [`traps`]: the spans of text that must yield no claim whatever the
//!   language (URLs, e-mail, IP addresses, versions, phone numbers, codes and
//!   model numbers).

pub mod digits;
pub mod traps;
