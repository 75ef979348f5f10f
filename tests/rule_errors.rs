//! A malformed rule stops the run with file, line and column.

use std::fs;

use crosscheck::{Error, RuleSet};

fn load_check(text: &str) -> Result<RuleSet, Error> {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("checks")).unwrap();
    fs::write(dir.path().join("checks/bad.toml"), text).unwrap();
    RuleSet::load_dir(dir.path())
}

fn rule_error(text: &str) -> (usize, usize, String) {
    match load_check(text) {
        Err(Error::Rule {
            path, at, message, ..
        }) => {
            assert!(
                path.ends_with("checks/bad.toml"),
                "error names the file: {}",
                path.display()
            );
            (at.line, at.column, message)
        }
        other => panic!("expected a rule error, got {other:?}"),
    }
}

const GOOD: &str = r#"id = "x"
kind = "compare"
title = "t"
severity = "error"
message = "{a} vs {b}"
attributes = ["duration"]
"#;

#[test]
fn a_good_rule_loads() {
    let rules = load_check(GOOD).expect("loads");
    assert_eq!(rules.rules.len(), 1);
    assert_eq!(rules.rules[0].1.id, "x");
}

#[test]
fn syntax_error_has_line_and_column() {
    let (line, col, msg) = rule_error("id = \"x\"\nkind = compare\n");
    assert_eq!((line, col), (2, 8));
    assert!(msg.contains("string"), "{msg}");
}

#[test]
fn unknown_field_is_named() {
    let (line, col, msg) = rule_error(&format!("{GOOD}colour = \"red\"\n"));
    assert_eq!((line, col), (7, 1));
    assert!(msg.contains("unknown field `colour`"), "{msg}");
}

#[test]
fn bad_severity_value_is_pointed_at() {
    let (line, col, msg) = rule_error(&GOOD.replace("\"error\"", "\"fatal\""));
    assert_eq!((line, col), (4, 12));
    assert!(msg.contains("fatal"), "{msg}");
}

#[test]
fn unknown_attribute_is_pointed_at() {
    let (line, col, msg) = rule_error(&GOOD.replace("[\"duration\"]", "[\"lenght\"]"));
    assert_eq!((line, col), (6, 15));
    assert!(msg.contains("lenght"), "{msg}");
}

#[test]
fn unknown_placeholder_is_pointed_at() {
    let (line, col, msg) = rule_error(&GOOD.replace("{a} vs {b}", "{a} vs {bee}"));
    assert_eq!((line, col), (5, 19));
    assert!(msg.contains("{bee}"), "{msg}");
}

#[test]
fn derive_without_operation_is_rejected() {
    let text =
        "id = \"d\"\nkind = \"derive\"\ntitle = \"t\"\nseverity = \"error\"\nmessage = \"{a}\"\n";
    let (line, _, msg) = rule_error(text);
    assert_eq!(line, 2);
    assert!(msg.contains("operation"), "{msg}");
}

#[test]
fn missing_rules_folder_is_an_error() {
    let err = RuleSet::load_dir(std::path::Path::new("/no/such/rules")).unwrap_err();
    assert!(err.to_string().contains("/no/such/rules"));
}
