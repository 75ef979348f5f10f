//! English word tables. (Being written.)
