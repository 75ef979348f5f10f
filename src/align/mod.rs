//! Alignment: which claims speak of the same fact. (Being written.)
