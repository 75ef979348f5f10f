//! Byte offset → 1-based line and column (column counted in characters).

/// Line starts of one original file, for turning byte offsets into positions.
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset of each line's start.
    starts: Vec<usize>,
    /// Checkpoints `(byte offset, characters before it)` at most about
    /// [`STRIDE`] bytes apart, on character boundaries, so that a column
    /// costs a binary search and at most one stride of counting, however
    /// long the line.
    marks: Vec<(usize, usize)>,
}

/// Bytes between character-count checkpoints.
const STRIDE: usize = 1024;

impl LineIndex {
    /// Indexes the line starts of `text` (after each `\n`) and the character
    /// counts at checkpoints; linear in the text's length.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut marks = vec![(0, 0)];
        let (mut pos, mut chars) = (0, 0);
        while pos < text.len() {
            let mut end = (pos + STRIDE).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            chars += text[pos..end].chars().count();
            pos = end;
            marks.push((pos, chars));
        }
        LineIndex { starts, marks }
    }

    /// The 1-based line and 1-based character column of byte `offset` in `text`.
    ///
    /// `text` must be the text this index was built from. Columns used to be
    /// counted from the line's start for every call, which made a document
    /// of one long line quadratic (issue 8); they are now the difference of
    /// two checkpointed counts.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        if text.get(start..offset).is_none() {
            return (line, 1);
        }
        let column = self.chars_before(text, offset) - self.chars_before(text, start) + 1;
        (line, column)
    }

    /// How many characters precede byte `offset` (a character boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let i = self.marks.partition_point(|&(b, _)| b <= offset) - 1;
        let (byte, chars) = self.marks[i];
        chars + text[byte..offset].chars().count()
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

    #[test]
    fn columns_past_checkpoints_match_a_plain_count() {
        // Mixed widths so checkpoints fall inside multi-byte characters.
        let t = "ab\nש1é😀 ".repeat(300) + &"ש1é😀 ".repeat(700) + "x\nend";
        let idx = LineIndex::new(&t);
        for (offset, _) in t.char_indices().step_by(7).chain([(t.len(), ' ')]) {
            let start = t[..offset].rfind('\n').map_or(0, |i| i + 1);
            let line = t[..offset].matches('\n').count() + 1;
            let column = t[start..offset].chars().count() + 1;
            assert_eq!(idx.position(&t, offset), (line, column), "at {offset}");
        }
        // Not a character boundary: column 1, as before.
        let off = t.find('ש').unwrap() + 1;
        assert_eq!(idx.position(&t, off).1, 1);
    }
}
