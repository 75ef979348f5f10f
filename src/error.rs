//! The library's errors. Each names the file and, where it has one, the
//! position, so that a user can go straight to the problem.
//!
//! Input problems with one article are not fatal: they are collected as
//! [`InputError`]s beside the results for the other articles. Problems with
//! rules are fatal and stop the run before any article is read.

use std::fmt;
use std::path::PathBuf;

/// A position in a file: 1-based line and character column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Why one input path could not be read as an article. The run goes on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    /// The path does not exist.
    #[error("{path}: no such file or folder")]
    NotFound {
        /// The path as given.
        path: PathBuf,
    },
    /// The OS refused to read it.
    #[error("{path}: cannot read: {message}")]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// The OS error.
        message: String,
    },
    /// The file holds a NUL byte or other binary content.
    #[error("{path}:{at}: binary content (NUL byte), not an article")]
    Binary {
        /// The file.
        path: PathBuf,
        /// Where the first NUL byte is.
        at: Position,
    },
    /// NUL bytes at every other position: UTF-16 without a byte-order mark,
    /// which is not guessed (it could be binary), but named.
    #[error("{path}: looks like {encoding} without a byte-order mark; give --encoding {encoding} to read it")]
    Utf16WithoutBom {
        /// The file.
        path: PathBuf,
        /// `UTF-16LE` or `UTF-16BE`, by where the NUL bytes are.
        encoding: &'static str,
    },
    /// The file is not valid UTF-8.
    #[error("{path}:{at}: not valid UTF-8 (byte {byte}); give its encoding with --encoding")]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Line and column of the first invalid byte.
        at: Position,
        /// Its byte offset.
        byte: usize,
    },
    /// The file holds bytes its encoding (detected or forced) does not define.
    #[error("{path}:{at}: not valid {encoding}; give its encoding with --encoding")]
    Undecodable {
        /// The file.
        path: PathBuf,
        /// Line and column of the first undecodable byte, in the text decoded so far.
        at: Position,
        /// The encoding tried.
        encoding: &'static str,
    },
    /// The file is larger than the size limit; it is not read at all, so that
    /// one stray dump or log cannot exhaust memory or time.
    #[error("{path}: {size} bytes, over the limit of {limit} bytes per file (raise it with --max-file-size)")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit in force.
        limit: u64,
    },
    /// Not a problem but a notice: the article was not UTF-8 and was decoded
    /// from this encoding. Its spans are byte offsets into the decoded UTF-8
    /// text, not into the file.
    #[error("{path}: read as {encoding}, not UTF-8; byte spans refer to the decoded UTF-8 text")]
    Decoded {
        /// The file.
        path: PathBuf,
        /// The encoding used.
        encoding: &'static str,
    },
    /// A pipe, socket or device: reading it could block forever or never end.
    #[error("{path}: not a regular file (a pipe, socket or device), not read")]
    NotRegular {
        /// The path.
        path: PathBuf,
    },
    /// The file is empty or only whitespace.
    #[error("{path}: empty file, nothing to check")]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// A folder holds no article files.
    #[error("{path}: no text files (.txt, .md, .text) in this folder")]
    NoTextFiles {
        /// The folder.
        path: PathBuf,
    },
    /// A metadata sidecar could not be used; the article is still checked without it.
    #[error("{path}:{at}: bad metadata: {message}")]
    Metadata {
        /// The sidecar file.
        path: PathBuf,
        /// Where the problem is.
        at: Position,
        /// What is wrong.
        message: String,
    },
}

impl InputError {
    /// Whether the article itself was lost (as opposed to only its metadata).
    pub fn skips_document(&self) -> bool {
        !matches!(
            self,
            InputError::Metadata { .. } | InputError::Decoded { .. }
        )
    }

    /// What became of the document, as human reports say it after the
    /// message: `skipped`, `checked without metadata`, or `checked` for a
    /// notice that lost nothing.
    pub fn outcome(&self) -> &'static str {
        match self {
            InputError::Metadata { .. } => "checked without metadata",
            InputError::Decoded { .. } => "checked",
            _ => "skipped",
        }
    }

    /// `warning` for a problem, `note` for a notice (an encoding used).
    pub fn level(&self) -> &'static str {
        match self {
            InputError::Decoded { .. } => "note",
            _ => "warning",
        }
    }

    /// The path the error is about.
    pub fn path(&self) -> &PathBuf {
        match self {
            InputError::NotFound { path }
            | InputError::Unreadable { path, .. }
            | InputError::Binary { path, .. }
            | InputError::NotUtf8 { path, .. }
            | InputError::Utf16WithoutBom { path, .. }
            | InputError::Undecodable { path, .. }
            | InputError::TooLarge { path, .. }
            | InputError::NotRegular { path }
            | InputError::Decoded { path, .. }
            | InputError::Empty { path }
            | InputError::NoTextFiles { path }
            | InputError::Metadata { path, .. } => path,
        }
    }
}

/// A fatal error: the run cannot produce a report.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A rule file is malformed: syntax, unknown field, bad value.
    #[error("{path}:{at}: {message}{snippet}")]
    Rule {
        /// The rule file.
        path: PathBuf,
        /// Where the problem is.
        at: Position,
        /// What is wrong.
        message: String,
        /// The offending line with a caret under the position (see [`snippet`]),
        /// empty when the file's text is not at hand.
        snippet: String,
    },
    /// A rules folder or file cannot be read.
    #[error("{path}: cannot read rules: {message}")]
    RulesUnreadable {
        /// The path.
        path: PathBuf,
        /// The OS error.
        message: String,
    },
    /// A rules folder holds a file or folder that crosscheck does not read:
    /// most likely a rule put in the wrong place or misnamed, which would
    /// otherwise be silently inactive.
    #[error("{path}: not a rules file crosscheck reads; expected {expected}")]
    UnknownRuleFile {
        /// The file or folder.
        path: PathBuf,
        /// What may be there.
        expected: &'static str,
    },
    /// A baseline file is malformed.
    #[error("{path}: bad baseline: {message}")]
    Baseline {
        /// The baseline file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// Input for `extract --lines` is malformed.
    #[error("stdin:{line}: {message}")]
    LineInput {
        /// 1-based input line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Line and column (1-based, column in characters) of byte `offset` in `text`.
pub fn position_of(text: &str, offset: usize) -> Position {
    let (line, column) = crate::text::LineIndex::new(text).position(text, offset);
    Position { line, column }
}

/// The line of `text` at `at`, numbered, with a caret under the column, as
/// compilers show it; starts with a newline so it can follow a message.
pub fn snippet(text: &str, at: Position) -> String {
    let Some(line) = text.lines().nth(at.line.saturating_sub(1)) else {
        return String::new();
    };
    let number = at.line.to_string();
    let pad = " ".repeat(number.len());
    let caret = " ".repeat(at.column.saturating_sub(1));
    format!("\n{pad} |\n{number} | {line}\n{pad} | {caret}^")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_points_at_the_column() {
        let s = snippet("id = \"x\"\ntitle = 3\n", Position { line: 2, column: 9 });
        assert_eq!(s, "\n  |\n2 | title = 3\n  |         ^");
    }
}
