//! Hebrew word tables. (Placeholder so the crate builds; the Hebrew work owns this file.)
