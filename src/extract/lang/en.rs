//! English word tables. (Placeholder so the crate builds in this worktree; the
//! English extractor's branch owns this file.)
