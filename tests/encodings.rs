//! Articles in legacy encodings and UTF-16 are read, not skipped: the bytes
//! of each fixture are written here from a UTF-8 twin, and the claims must
//! come out as from the twin, with positions right for the decoded text.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crosscheck::corpus::LoadOptions;
use crosscheck::encoding::TextEncoding;
use crosscheck::report::{emitter, Format, RenderOptions};
use crosscheck::{check, Corpus, InputError, RuleSet};

const HEBREW: &str = "ביקור נתניהו בבאקו\n\
נתניהו שהה שבע שעות באזרבייג'ן ב-13 בדצמבר 2016, ונפגש עם 1,500 איש.\n";

const ENGLISH: &str = "The café in Zürich\n\
Netanyahu spent six hours in Azerbaijan on December 13, 2016, and 1,500 people came.\n";

/// (kind, text, line, column, value) of every claim of a one-file corpus.
type Seen = Vec<(String, String, usize, usize, String)>;

fn claims_of(path: &Path, options: &LoadOptions) -> (Seen, Corpus) {
    let corpus = Corpus::load_with(&[path.to_path_buf()], options);
    let rules = RuleSet::bundled().unwrap();
    let doc = corpus.documents.first().expect("the file loads");
    let seen = crosscheck::extract_claims(doc, &rules)
        .into_iter()
        .map(|c| {
            // The span indexes the document's (decoded) text.
            assert_eq!(&doc.text[c.span.start..c.span.end], c.text);
            let (kind, value) = (format!("{:?}", c.kind), format!("{:?}", c.value));
            (kind, c.text, c.span.line, c.span.column, value)
        })
        .collect();
    (seen, corpus)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, bytes).unwrap();
    p
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        let b = if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        };
        out.extend_from_slice(&b);
    }
    out
}

/// Asserts that `bytes` give the same claims as the UTF-8 `twin`, and that
/// the document records `encoding` and a notice says so.
fn same_claims(twin: &str, name: &str, bytes: &[u8], encoding: Option<&str>) {
    let dir = tempfile::tempdir().unwrap();
    let options = LoadOptions::default();
    let (expected, _) = claims_of(&write(dir.path(), "twin.txt", twin.as_bytes()), &options);
    assert!(expected.len() >= 3, "the twin has claims: {expected:?}");
    let (got, corpus) = claims_of(&write(dir.path(), name, bytes), &options);
    assert_eq!(got, expected, "{name}");
    assert_eq!(corpus.documents[0].encoding, encoding);
    let notices: Vec<&InputError> = corpus
        .problems
        .iter()
        .filter(|p| matches!(p, InputError::Decoded { .. }))
        .collect();
    assert_eq!(
        notices.len(),
        usize::from(encoding.is_some()),
        "{notices:?}"
    );
}

#[test]
fn windows_1255_hebrew_gives_the_claims_of_its_utf8_twin() {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1255.encode(HEBREW);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err(), "really not UTF-8");
    same_claims(HEBREW, "he1255.txt", &bytes, Some("windows-1255"));
}

#[test]
fn latin1_english_gives_the_claims_of_its_utf8_twin() {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(ENGLISH);
    assert!(!unmappable);
    assert!(bytes.contains(&0xE9), "é is one byte, as in Latin-1");
    same_claims(ENGLISH, "latin1.txt", &bytes, Some("windows-1252"));
}

#[test]
fn utf16_with_a_bom_gives_the_claims_of_its_utf8_twin() {
    same_claims(HEBREW, "le.txt", &utf16(HEBREW, false), Some("UTF-16LE"));
    same_claims(ENGLISH, "be.txt", &utf16(ENGLISH, true), Some("UTF-16BE"));
}

#[test]
fn a_utf8_bom_is_kept_so_spans_stay_file_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(ENGLISH.as_bytes());
    let path = write(dir.path(), "bom.txt", &bytes);
    let (got, corpus) = claims_of(&path, &LoadOptions::default());
    assert_eq!(corpus.documents[0].encoding, None);
    assert!(corpus.problems.is_empty(), "{:?}", corpus.problems);
    let rules = RuleSet::bundled().unwrap();
    for c in crosscheck::extract_claims(&corpus.documents[0], &rules) {
        assert_eq!(&bytes[c.span.start..c.span.end], c.text.as_bytes());
    }
    // Claims on later lines have the twin's line and column.
    let (twin, _) = claims_of(
        &write(dir.path(), "twin.txt", ENGLISH.as_bytes()),
        &LoadOptions::default(),
    );
    assert_eq!(got, twin);
}

#[test]
fn a_forced_encoding_overrides_detection() {
    let dir = tempfile::tempdir().unwrap();
    // ISO-8859-8 and Windows-1255 agree on the Hebrew letters.
    let (bytes, _, _) = encoding_rs::WINDOWS_1255.encode(HEBREW);
    let path = write(dir.path(), "he.txt", &bytes);
    let options = LoadOptions {
        encoding: TextEncoding::from_label("iso-8859-8"),
        ..LoadOptions::default()
    };
    let corpus = Corpus::load_with(std::slice::from_ref(&path), &options);
    assert_eq!(corpus.documents[0].encoding, Some("ISO-8859-8"));
    assert_eq!(corpus.documents[0].text, HEBREW);
    // Forced UTF-8 refuses the same bytes, naming the file.
    let options = LoadOptions {
        encoding: TextEncoding::from_label("utf-8"),
        ..LoadOptions::default()
    };
    let corpus = Corpus::load_with(&[path], &options);
    assert!(corpus.documents.is_empty());
    assert!(corpus.problems[0]
        .to_string()
        .contains("he.txt:1:1: not valid UTF-8"));
}

#[test]
fn every_format_says_which_encoding_was_used() {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, _, _) = encoding_rs::WINDOWS_1255.encode(HEBREW);
    let path = write(dir.path(), "he1255.txt", &bytes);
    let corpus = Corpus::load_with(&[path], &LoadOptions::default());
    let report = check(&corpus, &RuleSet::bundled().unwrap());
    for format in [
        Format::Text,
        Format::Json,
        Format::Sarif,
        Format::Markdown,
        Format::Html,
    ] {
        let mut out = Vec::new();
        emitter(format, RenderOptions::default())
            .emit(&report, &mut out)
            .unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(
            out.contains("read as windows-1255"),
            "{format:?} names the encoding:\n{out}"
        );
    }
    let mut out = Vec::new();
    emitter(Format::Json, RenderOptions::default())
        .emit(&report, &mut out)
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json["documents"][0]["encoding"], "windows-1255");
    let mut out = Vec::new();
    emitter(Format::Sarif, RenderOptions::default())
        .emit(&report, &mut out)
        .unwrap();
    let sarif: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let artifact = &sarif["runs"][0]["artifacts"][0];
    assert_eq!(artifact["encoding"], "windows-1255");
    assert!(artifact["location"]["uri"]
        .as_str()
        .unwrap()
        .ends_with("he1255.txt"));
}

#[test]
fn the_cli_takes_encoding_and_rejects_unknown_names() {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, _, _) = encoding_rs::WINDOWS_1255.encode(HEBREW);
    write(dir.path(), "he.txt", &bytes);
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    let out = run(&["extract", "--encoding", "windows-1255", "he.txt"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("\"text\":\"1,500 איש\""), "{stdout}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("note: he.txt: read as windows-1255"));
    let out = run(&["check", "--encoding", "klingon", "he.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown encoding `klingon`"));
}
