//! The binary end to end: exit codes, bad input, formats.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn crosscheck(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn bad_files_are_skipped_named_and_exit_2_while_good_ones_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    fs::write(
        p.join("good.txt"),
        "The summit lasted three days in Geneva in 2021.\n",
    )
    .unwrap();
    fs::write(p.join("latin1.txt"), b"caf\xe9 in 1997\n").unwrap();
    // Windows-1255 Hebrew letters, then 0xFF, which that code page leaves undefined.
    fs::write(p.join("bad1255.txt"), b"\xf9\xec\xe5\xed \xff\n").unwrap();
    fs::write(p.join("binary.txt"), b"abc\0def").unwrap();
    fs::write(p.join("empty.txt"), "  \n").unwrap();
    fs::create_dir(p.join("nothing")).unwrap();
    fs::write(p.join("nothing/readme.pdf"), "x").unwrap();
    let out = crosscheck(&["check", "--format", "json", ".", "missing.txt"], p);
    assert_eq!(out.status.code(), Some(2), "stderr: {}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("note: ./latin1.txt: read as windows-1252, not UTF-8"),
        "{err}"
    );
    assert!(
        err.contains("bad1255.txt:1:6: not valid windows-1255"),
        "{err}"
    );
    assert!(err.contains("binary.txt:1:4: binary content"), "{err}");
    assert!(err.contains("empty.txt: empty file"), "{err}");
    assert!(err.contains("missing.txt: no such file or folder"), "{err}");
    let report: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("JSON report on stdout");
    let docs = report["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], "good.txt");
    assert_eq!(
        docs[0].get("encoding"),
        None,
        "UTF-8 documents have no encoding field"
    );
    assert_eq!(docs[1]["id"], "latin1.txt");
    assert_eq!(docs[1]["encoding"], "windows-1252");
    // Binary, undecodable, empty, missing, and the encoding notice.
    assert_eq!(report["problems"].as_array().unwrap().len(), 5);
}

#[test]
fn folder_without_text_files_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("empty-folder")).unwrap();
    let out = crosscheck(&["check", "empty-folder"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("empty-folder: no text files"));
}

#[test]
fn malformed_rule_stops_before_articles_with_position() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules/checks");
    fs::create_dir_all(&rules).unwrap();
    fs::write(
        rules.join("broken.toml"),
        "id = \"x\"\nkind = \"compare\"\ntitle = 3\n",
    )
    .unwrap();
    let out = crosscheck(
        &["check", "--rules", "rules", "does-not-exist.txt"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("broken.toml:3:9"), "{err}");
    // The article was never read: its error does not appear.
    assert!(!err.contains("does-not-exist.txt"), "{err}");
}

#[test]
fn usage_error_exits_2() {
    let out = crosscheck(&["check", "--format", "yaml"], Path::new("."));
    assert_eq!(out.status.code(), Some(2));
}

/// Runs `crosscheck extract --lines` with `input` on stdin.
fn extract_lines(input: &[u8]) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["extract", "--lines"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn extract_lines_reads_json_lines_and_numbers_them() {
    let out = extract_lines(
        b"{\"text\": \"no numbers here\", \"lang\": \"en\"}\n{\"text\": \"also none\"}\n",
    );
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["line"], 1);
    assert_eq!(lines[0]["claims"], serde_json::json!([]));
}

#[test]
fn extract_lines_rejects_a_bad_line_with_its_number() {
    let out = extract_lines(b"{\"text\": \"ok\"}\nnot json\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("stdin:2:"));
}

#[test]
fn explain_prints_a_check_kind() {
    let out = crosscheck(&["explain", "calendar"], Path::new("."));
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("weekday"));
}

#[test]
fn test_rules_runs_a_user_rule_fixture_and_fails_on_a_wrong_expectation() {
    let dir = tempfile::tempdir().unwrap();
    let checks = dir.path().join("rules/checks");
    fs::create_dir_all(&checks).unwrap();
    let rule = r#"id = "meeting-length"
kind = "compare"
title = "How long a meeting lasted"
severity = "error"
message = "{a} vs {b}"
attributes = ["duration"]
frames = ["meeting"]

[[fixture]]
name = "two lengths for one summit meeting"
expect = ["agreement"]
docs = [
  { text = "Joe Biden and Xi Jinping held a three-hour meeting in Bali.", published = 2022-11-14 },
  { text = "Biden and Xi met in Bali for a four-hour meeting.", published = 2022-11-14 },
]
"#;
    fs::write(checks.join("meeting-length.toml"), rule).unwrap();
    let out = crosscheck(&["test-rules", "--rules", "rules"], dir.path());
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("FAILED meeting-length / two lengths for one summit meeting"),
        "{stdout}"
    );
    assert!(
        stdout.contains("expected [Agreement], got [Contradiction]"),
        "{stdout}"
    );
    assert!(stdout.contains("0 passed, 1 failed"), "{stdout}");

    fs::write(
        checks.join("meeting-length.toml"),
        rule.replace("[\"agreement\"]", "[\"contradiction\"]"),
    )
    .unwrap();
    let out = crosscheck(&["test-rules", "--rules", "rules"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}

#[test]
fn a_symbolic_link_loop_is_walked_once() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    fs::create_dir(p.join("a")).unwrap();
    fs::write(
        p.join("a/story.txt"),
        "The summit lasted three days in 2021.\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(p.join("a"), p.join("a/loop")).unwrap();
    let out = crosscheck(&["check", "--format", "json", "a"], p);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["documents"].as_array().unwrap().len(), 1);
}

#[test]
fn the_report_is_the_same_bytes_whatever_the_thread_count() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = |threads: &str| {
        crosscheck(
            &[
                "check",
                "--threads",
                threads,
                "--format",
                "json",
                "eval/clusters",
                "seeds",
            ],
            root,
        )
    };
    let (one, four) = (run("1"), run("4"));
    assert!(
        one.status.code().is_some_and(|c| c <= 1),
        "{}",
        text(&one.stderr)
    );
    assert!(
        one.stdout.len() > 10_000,
        "a report of the eval clusters and seeds"
    );
    assert!(
        one.stdout == four.stdout,
        "--threads 1 and --threads 4 differ"
    );
}

#[test]
fn a_stray_file_in_the_rules_folder_stops_the_run_before_articles() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("rules")).unwrap();
    fs::write(dir.path().join("rules/casualties.toml"), "id = \"x\"\n").unwrap();
    let out = crosscheck(
        &["check", "--rules", "rules", "does-not-exist.txt"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("rules/casualties.toml: not a rules file crosscheck reads"),
        "{err}"
    );
    assert!(!err.contains("does-not-exist.txt"), "{err}");
}

#[test]
fn output_does_not_depend_on_the_order_of_the_paths() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    fs::write(
        p.join("a.txt"),
        "Netanyahu spent six hours in Azerbaijan on December 13, 2016.\n",
    )
    .unwrap();
    fs::write(
        p.join("b.txt"),
        "Netanyahu spent seven hours in Azerbaijan on December 13, 2016.\n",
    )
    .unwrap();
    for format in ["json", "text", "sarif"] {
        let one = crosscheck(&["check", "--format", format, "a.txt", "b.txt"], p);
        let other = crosscheck(&["check", "--format", format, "b.txt", "a.txt", "a.txt"], p);
        assert!(!one.stdout.is_empty());
        assert_eq!(text(&one.stdout), text(&other.stdout), "{format}");
    }
}
