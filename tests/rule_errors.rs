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

/// A rules folder with these files (paths relative to it).
fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let p = dir.path().join(name);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }
    dir
}

fn folder_error(files: &[(&str, &str)]) -> Error {
    let dir = folder(files);
    match RuleSet::load_dir(dir.path()) {
        Err(e) => e,
        Ok(_) => panic!("{files:?} loads, but should not"),
    }
}

/// Line, column and message of a rule error in `file`.
fn position(e: Error, file: &str) -> (usize, usize, String) {
    match e {
        Error::Rule {
            path, at, message, ..
        } => {
            assert!(path.ends_with(file), "names {file}: {}", path.display());
            (at.line, at.column, message)
        }
        other => panic!("expected a rule error in {file}, got {other:?}"),
    }
}

#[test]
fn a_stray_toml_beside_the_rule_files_is_an_error_naming_it() {
    // Meant as a rule, but rules live in checks/: it would be silently inactive.
    let e = folder_error(&[("checks/x.toml", GOOD), ("my-rule.toml", GOOD)]);
    assert!(matches!(e, Error::UnknownRuleFile { .. }), "{e:?}");
    assert!(e.to_string().contains("my-rule.toml"), "{e}");
    // Malformed, too: the name is what is wrong, not only the content.
    let e = folder_error(&[("frames.tmol", "[[frame]\n")]);
    assert!(
        e.to_string().contains("frames.tmol: not a rules file"),
        "{e}"
    );
}

#[test]
fn a_file_in_checks_that_is_not_toml_is_an_error() {
    let e = folder_error(&[("checks/x.toml", GOOD), ("checks/y.toml.bak", GOOD)]);
    assert!(e.to_string().contains("y.toml.bak"), "{e}");
    let e = folder_error(&[("checks/x.toml", GOOD), ("checks/sub/z.toml", GOOD)]);
    assert!(e.to_string().contains("sub"), "{e}");
}

#[test]
fn hidden_entries_of_a_rules_folder_are_ignored() {
    let dir = folder(&[
        ("checks/x.toml", GOOD),
        (".git/config", "x"),
        ("checks/.x.toml.swp", "x"),
    ]);
    assert_eq!(RuleSet::load_dir(dir.path()).unwrap().rules.len(), 1);
}

#[test]
fn a_malformed_frames_file_has_line_and_column() {
    let e = folder_error(&[(
        "frames.toml",
        "[[frame]]\nid = \"visit\"\nwindow_days = \"seven\"\n",
    )]);
    let (line, col, msg) = position(e, "frames.toml");
    assert_eq!((line, col), (3, 15), "{msg}");
}

#[test]
fn an_unknown_field_in_entities_is_pointed_at() {
    let text = "[[entity]]\nname = \"Baku\"\ntype = \"place\"\ncapital = true\n";
    let (line, col, msg) = position(folder_error(&[("entities.toml", text)]), "entities.toml");
    assert_eq!((line, col), (4, 1));
    assert!(msg.contains("unknown field `capital`"), "{msg}");
}

#[test]
fn a_wrong_type_in_a_rule_is_pointed_at() {
    let (line, col, msg) = rule_error(&format!("{GOOD}tolerance = \"ten percent\"\n"));
    assert_eq!((line, col), (7, 13));
    assert!(msg.contains("expected f64"), "{msg}");
}

#[test]
fn a_duplicate_rule_id_is_pointed_at_in_the_second_file() {
    let e = folder_error(&[("checks/a.toml", GOOD), ("checks/b.toml", GOOD)]);
    let (line, col, msg) = position(e, "checks/b.toml");
    assert_eq!((line, col), (1, 7));
    assert!(msg.contains("duplicate rule id `x`"), "{msg}");
}

#[test]
fn a_reference_to_an_unknown_frame_is_pointed_at() {
    let (line, col, msg) = rule_error(&format!("{GOOD}frames = [\"vist\"]\n"));
    assert_eq!((line, col), (7, 11));
    assert!(msg.contains("unknown frame `vist`"), "{msg}");
    let derive = "id = \"d\"\nkind = \"derive\"\ntitle = \"t\"\nseverity = \"error\"\n\
message = \"{a}\"\nfrom = { frame = \"relations\", attribute = \"age\" }\n\
to = { frame = \"relashuns\", attribute = \"start\" }\noperation = \"since\"\n";
    let (line, _, msg) = rule_error(derive);
    assert_eq!(line, 7, "{msg}");
    assert!(msg.contains("relashuns"), "{msg}");
}

#[test]
fn a_reference_to_an_unknown_entity_is_pointed_at() {
    let text = "[[entity]]\nname = \"Baku\"\ntype = \"place\"\npart_of = \"Azerbaijn\"\n";
    let (line, col, msg) = position(folder_error(&[("entities.toml", text)]), "entities.toml");
    assert_eq!((line, col), (4, 1));
    assert!(msg.contains("Azerbaijn"), "{msg}");
}

#[test]
fn a_part_of_cycle_is_pointed_at() {
    let text = "[[entity]]\nname = \"A\"\ntype = \"place\"\npart_of = \"B\"\n\n\
[[entity]]\nname = \"B\"\ntype = \"place\"\npart_of = \"A\"\n";
    let (line, col, msg) = position(folder_error(&[("entities.toml", text)]), "entities.toml");
    assert_eq!((line, col), (4, 1));
    assert!(msg.contains("cycle: A → B → A"), "{msg}");
}

#[test]
fn a_word_in_two_synonym_groups_is_pointed_at_where_it_clashes() {
    let text = "[[synonym]]\nid = \"strike\"\nwords.en = [\"strike\", \"walkout\"]\n\n\
[[synonym]]\nid = \"attack\"\nwords.en = [\"raid\", \"strike\"]\n";
    let (line, col, msg) = position(folder_error(&[("measures.toml", text)]), "measures.toml");
    assert_eq!((line, col), (7, 21));
    assert!(
        msg.contains("`strike` is in synonym groups `strike` and `attack`"),
        "{msg}"
    );
}

#[test]
fn a_phrase_in_a_synonym_group_is_an_error() {
    let text = "[[synonym]]\nid = \"layoff\"\nwords.en = [\"layoffs\", \"job cuts\"]\n";
    let (line, col, msg) = position(folder_error(&[("measures.toml", text)]), "measures.toml");
    assert_eq!((line, col), (3, 24));
    assert!(msg.contains("is a phrase"), "{msg}");
}
