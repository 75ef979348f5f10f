//! Tests of the Hebrew extractor as a whole, with sentences written for them.
