//! Word tables per language (number words, months, units, hedges), as data.
//!
//! Each language's tables live in their own file; the grammar modules
//! (`extract::en`, `extract::he`) read them. A third language adds a file here.

pub mod en;
pub mod he;
