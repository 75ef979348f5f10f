//! Byte offset → 1-based line and column (column counted in characters).

/// Line starts of one original file, for turning byte offsets into positions.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text` (after each `\n`).
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The 1-based line and 1-based character column of byte `offset` in `text`.
    ///
    /// `text` must be the text this index was built from.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let column = text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        (line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        let t = "abc\nשלום 1997";
        let idx = LineIndex::new(t);
        assert_eq!(idx.position(t, 0), (1, 1));
        let off = t.find("1997").unwrap();
        assert_eq!(idx.position(t, off), (2, 6));
    }
}
