//! Documents: loading files and folders, metadata sidecars, language detection.
//!
//! A corpus is a list of articles. Each article is a text file (UTF-8, UTF-16
//! or a legacy code page: see [`crate::encoding`]); beside it
//! an optional sidecar `NAME.meta.toml` (for `NAME.txt`) gives its outlet, URL,
//! publication date and language. Problems with one file never stop the
//! others: they are collected as [`InputError`]s and the file is skipped.
//!
//! The default corpus (the seed articles) is compiled into the binary.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::encoding::{self, TextEncoding};
use crate::error::{position_of, InputError, Position};

/// The language of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Hebrew.
    He,
    /// Arabic.
    Ar,
}

impl Lang {
    /// The language's code, as in the JSON report.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::He => "he",
            Lang::Ar => "ar",
        }
    }

    /// Parses `en`, `he` or `ar`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "he" => Some(Lang::He),
            "ar" => Some(Lang::Ar),
            _ => None,
        }
    }

    /// Detects the language by script, by majority of letters: Hebrew or
    /// Arabic when that script's letters outnumber the others (Arabic
    /// counts the Arabic, Arabic Supplement and presentation-form blocks),
    /// else English. A tie between Hebrew and Arabic goes to Hebrew, the
    /// older default.
    pub fn detect(text: &str) -> Lang {
        let (mut hebrew, mut arabic, mut latin) = (0usize, 0usize, 0usize);
        for c in text.chars() {
            if ('\u{05D0}'..='\u{05EA}').contains(&c) {
                hebrew += 1;
            } else if is_arabic_letter(c) {
                arabic += 1;
            } else if c.is_ascii_alphabetic() {
                latin += 1;
            }
        }
        if arabic > hebrew && arabic > latin {
            Lang::Ar
        } else if hebrew > latin {
            Lang::He
        } else {
            Lang::En
        }
    }
}

/// Whether `c` is a letter of the Arabic script (Arabic, Arabic Supplement,
/// presentation forms A and B); digits and marks are not counted.
fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{064A}'
        | '\u{066E}'..='\u{06D3}'
        | '\u{06FA}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}')
        && c.is_alphabetic()
}

/// What a sidecar says about an article. Every field is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Metadata {
    /// The outlet or author ("Times of Israel").
    pub source: Option<String>,
    /// Where the article was published.
    pub url: Option<String>,
    /// Publication date: the reference for relative dates and the default event time.
    /// A TOML date (`published = 2016-12-13`) or a string in the same form.
    #[serde(default, deserialize_with = "de_date", serialize_with = "ser_date")]
    pub published: Option<NaiveDate>,
    /// Overrides language detection.
    pub lang: Option<Lang>,
    /// Free-form note for people; not used by checks.
    pub note: Option<String>,
}

/// Reads a TOML date or an ISO date string (for metadata and rule fixtures).
pub(crate) fn de_date<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<NaiveDate>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Toml(toml::value::Datetime),
        Text(String),
    }
    let text = match Raw::deserialize(d)? {
        Raw::Toml(dt) => dt.to_string(),
        Raw::Text(s) => s,
    };
    NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| serde::de::Error::custom(format!("`{text}` is not a date like 2016-12-13")))
}

fn ser_date<S: serde::Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&d.to_string()),
        None => s.serialize_none(),
    }
}

/// One article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The file name, unique within the corpus (`004_0eadee0c46f51ecb.txt`).
    pub id: String,
    /// The path as shown in reports (relative as given, or `seeds/NAME`).
    pub path: String,
    /// The text: the file byte for byte when it was UTF-8, else the file
    /// decoded to UTF-8 (see [`Document::encoding`]).
    pub text: String,
    /// The encoding the file was decoded from when it was not UTF-8
    /// (`windows-1255`, `UTF-16LE`...); then spans are byte offsets into
    /// [`Document::text`], not into the file. `None` for UTF-8.
    pub encoding: Option<&'static str>,
    /// The language, from metadata or detected.
    pub lang: Lang,
    /// Sidecar metadata (empty when there is none).
    pub meta: Metadata,
}

impl Document {
    /// Builds a document from text and optional metadata, detecting its language.
    pub fn new(
        id: impl Into<String>,
        path: impl Into<String>,
        text: impl Into<String>,
        meta: Metadata,
    ) -> Self {
        let text = text.into();
        let lang = meta.lang.unwrap_or_else(|| Lang::detect(&text));
        Document {
            id: id.into(),
            path: path.into(),
            text,
            encoding: None,
            lang,
            meta,
        }
    }
}

/// How [`Corpus::load_with`] reads files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadOptions {
    /// Decode every file with this encoding instead of detecting it.
    pub encoding: Option<TextEncoding>,
    /// Files larger than this many bytes are skipped unread.
    pub max_file_size: u64,
}

/// The default per-file size limit: 16 MiB, far above any article (a long
/// one is 100 KB) yet small enough that one stray dump cannot take the run's
/// memory.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 16 * 1024 * 1024;

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            encoding: None,
            max_file_size: DEFAULT_MAX_FILE_SIZE,
        }
    }
}

/// The documents that loaded and the problems met on the way.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    /// Loaded documents, sorted by path for deterministic output.
    pub documents: Vec<Document>,
    /// Files skipped or degraded, in the order met.
    pub problems: Vec<InputError>,
}

/// File extensions read as articles when a folder is given.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "text"];

/// The bundled seed corpus: (file name, text, sidecar TOML).
const SEEDS: &[(&str, &str, &str)] = &[
    seed!("000_f55cc45f33d6fe68"),
    seed!("001_6681928205b8f87d"),
    seed!("002_1f41d9a9a53a11a9"),
    seed!("003_2e6d30677b7acee7"),
    seed!("004_0eadee0c46f51ecb"),
];

macro_rules! seed {
    ($name:literal) => {
        (
            concat!($name, ".txt"),
            include_str!(concat!("../seeds/", $name, ".txt")),
            include_str!(concat!("../seeds/", $name, ".meta.toml")),
        )
    };
}
use seed;

impl Corpus {
    /// The default corpus compiled into the binary.
    pub fn bundled() -> Corpus {
        let documents = SEEDS
            .iter()
            .map(|(name, text, meta)| {
                let meta: Metadata = toml::from_str(meta).expect("bundled seed metadata is valid");
                Document::new(*name, format!("seeds/{name}"), *text, meta)
            })
            .collect();
        Corpus {
            documents,
            problems: Vec::new(),
        }
    }

    /// Loads the files and folders named by `paths`. Folders are walked
    /// recursively for `.txt`, `.md` and `.text` files; a file named directly is
    /// read whatever its extension. Never fails as a whole: each unreadable
    /// path becomes a problem and the rest still load.
    pub fn load(paths: &[PathBuf]) -> Corpus {
        Corpus::load_with(paths, &LoadOptions::default())
    }

    /// [`Corpus::load`] with a forced encoding or another size limit. A
    /// document read from another encoding than UTF-8 adds a notice
    /// ([`InputError::Decoded`]) to the problems, so that reports say so.
    pub fn load_with(paths: &[PathBuf], options: &LoadOptions) -> Corpus {
        let mut corpus = Corpus::default();
        let mut files = Vec::new();
        for path in paths {
            if path.is_dir() {
                let before = files.len();
                walk(path, &mut files, &mut corpus.problems);
                if files.len() == before {
                    corpus
                        .problems
                        .push(InputError::NoTextFiles { path: path.clone() });
                }
            } else if path.exists() {
                files.push(path.clone());
            } else {
                corpus
                    .problems
                    .push(InputError::NotFound { path: path.clone() });
            }
        }
        files.sort();
        files.dedup();
        for file in files {
            match load_file(&file, options) {
                Ok((doc, meta_problem)) => {
                    corpus.problems.extend(meta_problem);
                    corpus.documents.push(doc);
                }
                Err(e) => corpus.problems.push(e),
            }
        }
        disambiguate_ids(&mut corpus.documents);
        corpus
    }
}

/// Collects article files below `dir`, sorted, skipping hidden entries.
///
/// A folder reached twice (through a symbolic link that loops back) is
/// walked once.
fn walk(dir: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<InputError>) {
    let mut visited = std::collections::BTreeSet::new();
    walk_into(dir, files, problems, &mut visited);
}

fn walk_into(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    problems: &mut Vec<InputError>,
    visited: &mut std::collections::BTreeSet<PathBuf>,
) {
    if let Ok(real) = fs::canonicalize(dir) {
        if !visited.insert(real) {
            return;
        }
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(InputError::Unreadable {
                path: dir.to_path_buf(),
                message: e.to_string(),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk_into(&p, files, problems, visited);
        } else if is_article(&p) {
            files.push(p);
        }
    }
}

fn is_article(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
    ARTICLE_EXTENSIONS.contains(&ext) && !name.ends_with(".meta.toml")
}

/// The sidecar path of an article: `dir/NAME.meta.toml` for `dir/NAME.txt`.
pub fn sidecar_path(article: &Path) -> PathBuf {
    let stem = article.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    article.with_file_name(format!("{stem}.meta.toml"))
}

/// Reads one article and its sidecar. A bad sidecar is reported but the
/// article still loads without metadata.
fn load_file(
    path: &Path,
    options: &LoadOptions,
) -> Result<(Document, Vec<InputError>), InputError> {
    let unreadable = |e: std::io::Error| InputError::Unreadable {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    let info = fs::metadata(path).map_err(unreadable)?;
    if !info.is_file() {
        return Err(InputError::NotRegular {
            path: path.to_path_buf(),
        });
    }
    let size = info.len();
    if size > options.max_file_size {
        return Err(InputError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit: options.max_file_size,
        });
    }
    // Read at most one byte past the limit: a file growing while it is read
    // is held to the limit too.
    let mut bytes = Vec::with_capacity(size as usize);
    fs::File::open(path)
        .and_then(|f| {
            f.take(options.max_file_size.saturating_add(1))
                .read_to_end(&mut bytes)
        })
        .map_err(unreadable)?;
    if bytes.len() as u64 > options.max_file_size {
        return Err(InputError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit: options.max_file_size,
        });
    }
    let decoded = encoding::decode(path, bytes, options.encoding)?;
    let (meta, problem) = read_sidecar(&sidecar_path(path), options.max_file_size);
    let mut notes: Vec<InputError> = problem.into_iter().collect();
    if let Some(encoding) = decoded.encoding {
        notes.push(InputError::Decoded {
            path: path.to_path_buf(),
            encoding,
        });
    }
    let id = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let shown = path.to_string_lossy().into_owned();
    let mut doc = Document::new(id, shown, decoded.text, meta);
    doc.encoding = decoded.encoding;
    Ok((doc, notes))
}

/// Checks that bytes are a non-empty text article and decodes them by the
/// rule of [`crate::encoding`].
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    encoding::decode(path, bytes, None).map(|d| d.text)
}

/// Reads a sidecar if there is one.
///
/// A sidecar that exists but cannot be used (not a regular file, over the
/// size limit, unreadable, not UTF-8) is a problem, not silently ignored.
fn read_sidecar(path: &Path, limit: u64) -> (Metadata, Option<InputError>) {
    let Ok(info) = fs::metadata(path) else {
        return (Metadata::default(), None);
    };
    let unusable = |message: String| {
        let problem = InputError::Metadata {
            path: path.to_path_buf(),
            at: Position { line: 1, column: 1 },
            message,
        };
        (Metadata::default(), Some(problem))
    };
    if !info.is_file() {
        return unusable("not a regular file".into());
    }
    if info.len() > limit {
        return unusable(format!("{} bytes, over the limit of {limit}", info.len()));
    }
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => return unusable(format!("cannot read: {e} (sidecars must be UTF-8)")),
    };
    match toml::from_str::<Metadata>(&text) {
        Ok(meta) => (meta, None),
        Err(e) => {
            let at = e
                .span()
                .map(|s| position_of(&text, s.start))
                .unwrap_or(Position { line: 1, column: 1 });
            let problem = InputError::Metadata {
                path: path.to_path_buf(),
                at,
                message: e.message().to_string(),
            };
            (Metadata::default(), Some(problem))
        }
    }
}

/// Two files with the same name in different folders get their path as id.
fn disambiguate_ids(docs: &mut [Document]) {
    let mut names: Vec<String> = docs.iter().map(|d| d.id.clone()).collect();
    names.sort();
    for d in docs.iter_mut() {
        if names.iter().filter(|n| **n == d.id).count() > 1 {
            d.id = d.path.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_hebrew_by_script() {
        assert_eq!(Lang::detect("נתניהו ביקר בבאקו ב-1997"), Lang::He);
        assert_eq!(Lang::detect("Netanyahu visited Baku in 1997"), Lang::En);
    }

    #[test]
    fn detects_arabic_by_script() {
        assert_eq!(Lang::detect("قُتل 12 شخصا في الفيضانات يوم الأحد"), Lang::Ar);
        assert_eq!(
            Lang::detect("The UN said 12 people (١٢ شخصا) died"),
            Lang::En
        );
        assert_eq!(Lang::from_code("ar"), Some(Lang::Ar));
    }

    #[test]
    fn bundled_corpus_has_the_seeds_with_metadata() {
        let c = Corpus::bundled();
        assert_eq!(c.documents.len(), 5);
        assert_eq!(c.documents[0].lang, Lang::He);
        let d = c
            .documents
            .iter()
            .find(|d| d.id.starts_with("004"))
            .unwrap();
        assert_eq!(d.meta.published, NaiveDate::from_ymd_opt(2016, 12, 13));
    }

    #[test]
    fn invalid_utf8_names_the_position_when_utf8_is_forced() {
        let utf8 = TextEncoding::from_label("utf-8");
        let err = encoding::decode(Path::new("a.txt"), b"ok\nab\xff".to_vec(), utf8).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.txt:2:3: not valid UTF-8 (byte 5); give its encoding with --encoding"
        );
    }

    #[test]
    fn nul_byte_is_binary() {
        let err = decode(Path::new("b.bin"), b"x\0y".to_vec()).unwrap_err();
        assert!(matches!(err, InputError::Binary { .. }));
    }

    #[test]
    fn whitespace_only_is_empty() {
        let err = decode(Path::new("e.txt"), b" \n\t".to_vec()).unwrap_err();
        assert!(matches!(err, InputError::Empty { .. }));
    }
}
