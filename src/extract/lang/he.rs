//! Hebrew word tables. (Being written.)
