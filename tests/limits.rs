//! Paths that must not hurt a run: files past the size limit, hidden files,
//! pipes, dangling links, unreadable files. Each is skipped (or, if hidden,
//! ignored), named in every report format, and the other articles are checked.

use std::fs;
use std::path::Path;
use std::process::Command;

use crosscheck::corpus::{LoadOptions, DEFAULT_MAX_FILE_SIZE};
use crosscheck::report::{emitter, Format, RenderOptions};
use crosscheck::{check, Corpus, InputError, RuleSet};

const GOOD: &str = "The summit lasted three days in Geneva in 2021.\n";

fn load(dir: &Path, max_file_size: u64) -> Corpus {
    let options = LoadOptions {
        max_file_size,
        ..LoadOptions::default()
    };
    Corpus::load_with(&[dir.to_path_buf()], &options)
}

fn ids(c: &Corpus) -> Vec<&str> {
    c.documents.iter().map(|d| d.id.as_str()).collect()
}

fn all_formats(corpus: &Corpus) -> Vec<(Format, String)> {
    let report = check(corpus, &RuleSet::bundled().unwrap());
    [
        Format::Text,
        Format::Json,
        Format::Sarif,
        Format::Markdown,
        Format::Html,
    ]
    .into_iter()
    .map(|f| {
        let mut out = Vec::new();
        emitter(f, RenderOptions::default())
            .emit(&report, &mut out)
            .unwrap();
        (f, String::from_utf8(out).unwrap())
    })
    .collect()
}

#[test]
fn a_file_past_the_size_limit_is_skipped_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    fs::write(dir.path().join("huge.txt"), GOOD.repeat(40)).unwrap();
    let corpus = load(dir.path(), 1000);
    assert_eq!(ids(&corpus), ["good.txt"]);
    let message = corpus.problems[0].to_string();
    assert!(
        message.ends_with("huge.txt: 1920 bytes, over the limit of 1000 bytes per file (raise it with --max-file-size)"),
        "{message}"
    );
    // Under a higher limit it loads.
    assert_eq!(load(dir.path(), 1920).documents.len(), 2);
}

#[test]
fn the_default_limit_is_16_mib() {
    assert_eq!(DEFAULT_MAX_FILE_SIZE, 16 << 20);
    let dir = tempfile::tempdir().unwrap();
    let f = fs::File::create(dir.path().join("big.txt")).unwrap();
    f.set_len(DEFAULT_MAX_FILE_SIZE + 1).unwrap();
    let corpus = Corpus::load(&[dir.path().to_path_buf()]);
    assert!(
        matches!(corpus.problems[..], [InputError::TooLarge { size, .. }] if size == DEFAULT_MAX_FILE_SIZE + 1),
        "{:?}",
        corpus.problems
    );
}

#[test]
fn the_cli_takes_max_file_size_and_exits_2_on_a_skipped_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "--max-file-size", "10", "a.txt"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("a.txt: 48 bytes, over the limit of 10 bytes"),
        "{err}"
    );
}

#[test]
fn hidden_files_and_folders_are_not_walked() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    fs::write(dir.path().join(".draft.txt"), GOOD).unwrap();
    fs::create_dir(dir.path().join(".git")).unwrap();
    fs::write(dir.path().join(".git/notes.txt"), GOOD).unwrap();
    let corpus = load(dir.path(), DEFAULT_MAX_FILE_SIZE);
    assert_eq!(ids(&corpus), ["good.txt"]);
    assert!(corpus.problems.is_empty(), "{:?}", corpus.problems);
}

#[test]
fn a_link_to_a_parent_folder_does_not_loop() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("a/b")).unwrap();
    fs::write(dir.path().join("a/b/good.txt"), GOOD).unwrap();
    std::os::unix::fs::symlink("../..", dir.path().join("a/b/up")).unwrap();
    let corpus = load(dir.path(), DEFAULT_MAX_FILE_SIZE);
    assert_eq!(ids(&corpus), ["good.txt"]);
}

#[test]
fn pipes_and_dangling_links_are_skipped_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    // Reading a FIFO nobody writes to would block the run forever.
    let made = Command::new("mkfifo")
        .arg(dir.path().join("pipe.txt"))
        .status()
        .is_ok_and(|s| s.success());
    std::os::unix::fs::symlink("gone.txt", dir.path().join("dangling.txt")).unwrap();
    let corpus = load(dir.path(), DEFAULT_MAX_FILE_SIZE);
    assert_eq!(ids(&corpus), ["good.txt"]);
    let messages: Vec<String> = corpus.problems.iter().map(|p| p.to_string()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("dangling.txt: cannot read: No such file")),
        "{messages:?}"
    );
    if made {
        assert!(
            messages
                .iter()
                .any(|m| m.contains("pipe.txt: not a regular file")),
            "{messages:?}"
        );
    }
}

#[test]
fn an_unreadable_file_is_skipped_with_the_os_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    let locked = dir.path().join("locked.txt");
    fs::write(&locked, GOOD).unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&locked).is_ok() {
        eprintln!("skipped: permissions do not bind this user (root)");
        return;
    }
    let corpus = load(dir.path(), DEFAULT_MAX_FILE_SIZE);
    assert_eq!(ids(&corpus), ["good.txt"]);
    assert!(corpus.problems[0]
        .to_string()
        .contains("locked.txt: cannot read: Permission denied"));
}

#[test]
fn every_format_lists_every_skipped_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    fs::write(dir.path().join("huge.txt"), GOOD.repeat(40)).unwrap();
    fs::write(dir.path().join("binary.txt"), b"abc\0def").unwrap();
    fs::write(dir.path().join("empty.txt"), " \n").unwrap();
    std::os::unix::fs::symlink("gone.txt", dir.path().join("dangling.txt")).unwrap();
    let corpus = load(dir.path(), 1000);
    assert_eq!(corpus.problems.len(), 4);
    for (format, out) in all_formats(&corpus) {
        for name in ["huge.txt", "binary.txt", "empty.txt", "dangling.txt"] {
            assert!(out.contains(name), "{format:?} lists {name}:\n{out}");
        }
    }
}

#[test]
fn a_sidecar_that_cannot_be_used_is_a_problem_not_ignored() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    // Latin-1 sidecar: once silently dropped, the article losing its date.
    fs::write(
        dir.path().join("a.meta.toml"),
        b"source = \"Caf\xe9 News\"\n",
    )
    .unwrap();
    fs::write(dir.path().join("b.txt"), GOOD).unwrap();
    let fifo = Command::new("mkfifo")
        .arg(dir.path().join("b.meta.toml"))
        .status()
        .is_ok_and(|s| s.success());
    let corpus = load(dir.path(), DEFAULT_MAX_FILE_SIZE);
    assert_eq!(ids(&corpus), ["a.txt", "b.txt"]);
    let messages: Vec<String> = corpus.problems.iter().map(|p| p.to_string()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("a.meta.toml:1:1: bad metadata: cannot read")),
        "{messages:?}"
    );
    if fifo {
        assert!(
            messages
                .iter()
                .any(|m| m.contains("b.meta.toml:1:1: bad metadata: not a regular file")),
            "{messages:?}"
        );
    }
    assert!(corpus.problems.iter().all(|p| !p.skips_document()));
}
