//! Loading and validating rule folders.
//!
//! A rule folder holds `frames.toml`, `entities.toml`, `lexicon.toml`,
//! `measures.toml`, the extraction engine's language files `lang/<code>.toml`
//! and `checks/*.toml` (one rule per file). A folder given with `--rules`
//! replaces the bundled file of each name it has; `checks/`, when present,
//! replaces the bundled checks as a whole. Any other entry (not hidden) is an
//! error naming it, so that a misplaced rule is never silently inactive.
//! Every mistake — TOML syntax, an unknown field, a
//! bad value, a reference to a frame that does not exist — stops the run
//! before any article is read, with file, line and column.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::model::{CheckKind, RuleDef};
use super::RuleSet;
use crate::claims::measure::MeasureVocab;
use crate::claims::vocab::{EntityDef, FrameDef, Words};
use crate::claims::Vocabulary;
use crate::error::{position_of, snippet, Error, Position};

/// A rule-folder file: where it came from and its text.
#[derive(Clone, Debug)]
struct Source {
    path: PathBuf,
    text: String,
}

macro_rules! bundled {
    ($path:literal) => {
        Source {
            path: PathBuf::from(concat!("rules/", $path)),
            text: include_str!(concat!("../../rules/", $path)).to_string(),
        }
    };
}

/// The bundled check files, in the order they run.
fn bundled_checks() -> Vec<Source> {
    vec![
        bundled!("checks/event-duration.toml"),
        bundled!("checks/event-date.toml"),
        bundled!("checks/event-count.toml"),
        bundled!("checks/deal-value.toml"),
        bundled!("checks/casualties.toml"),
        bundled!("checks/economic-figure.toml"),
        bundled!("checks/quantity.toml"),
        bundled!("checks/relations-start.toml"),
        bundled!("checks/anniversary-start.toml"),
        bundled!("checks/weekday-date.toml"),
        bundled!("checks/unit-conversion.toml"),
        bundled!("checks/name-spelling.toml"),
        bundled!("checks/same-figure.toml"),
    ]
}

/// File names of the bundled checks, for the test that keeps the list complete.
pub fn bundled_check_paths() -> Vec<PathBuf> {
    bundled_checks().into_iter().map(|s| s.path).collect()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FramesFile {
    frame: Vec<FrameDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntitiesFile {
    entity: Vec<EntityDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    attribution: Words,
    #[serde(default)]
    not_names: Words,
    #[serde(default)]
    place_connectors: Words,
    #[serde(default)]
    future: Words,
}

impl RuleSet {
    /// The default rules compiled into the binary.
    pub fn bundled() -> Result<RuleSet, Error> {
        build(
            bundled!("frames.toml"),
            bundled!("entities.toml"),
            bundled!("lexicon.toml"),
            bundled!("measures.toml"),
            bundled_checks(),
        )
    }

    /// Rules from a folder, falling back to the bundled file for each file
    /// the folder lacks (see the module doc).
    pub fn load_dir(dir: &Path) -> Result<RuleSet, Error> {
        if !dir.is_dir() {
            return Err(Error::RulesUnreadable {
                path: dir.to_path_buf(),
                message: "not a folder".into(),
            });
        }
        check_folder(dir)?;
        let pick = |name: &str, fallback: Source| -> Result<Source, Error> {
            let p = dir.join(name);
            if p.exists() {
                read(&p)
            } else {
                Ok(fallback)
            }
        };
        let frames = pick("frames.toml", bundled!("frames.toml"))?;
        let entities = pick("entities.toml", bundled!("entities.toml"))?;
        let lexicon = pick("lexicon.toml", bundled!("lexicon.toml"))?;
        let measures = pick("measures.toml", bundled!("measures.toml"))?;
        let checks_dir = dir.join("checks");
        let checks = if checks_dir.is_dir() {
            entries(&checks_dir)?
                .iter()
                .map(|p| read(p))
                .collect::<Result<Vec<_>, _>>()?
        } else {
            bundled_checks()
        };
        let mut rules = build(frames, entities, lexicon, measures, checks)?;
        rules.vocabulary.languages = load_languages(dir)?;
        Ok(rules)
    }

    /// One rule from text (for tests and for `explain`).
    pub fn parse_rule(path: &Path, text: &str) -> Result<RuleDef, Error> {
        parse(&Source {
            path: path.to_path_buf(),
            text: text.to_string(),
        })
    }
}

/// The files of a rules folder crosscheck reads; `checks/` holds the rules.
pub const RULE_FILES: [&str; 4] = [
    "frames.toml",
    "entities.toml",
    "lexicon.toml",
    "measures.toml",
];

/// Refuses any entry of a rules folder that crosscheck would not read, so
/// that a misnamed or misplaced rule (`checks.toml`, `frames.tmol`, a rule
/// beside `checks/` instead of in it) is an error, not a rule silently
/// inactive. Hidden entries (`.git`, editor files) are left alone. The files
/// of `checks/` must all be `.toml`; [`read`] and [`parse`] check their
/// content.
fn check_folder(dir: &Path) -> Result<(), Error> {
    for path in entries(dir)? {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let known = if name == "checks" || name == "lang" {
            path.is_dir()
        } else {
            RULE_FILES.contains(&name) && path.is_file()
        };
        if !known {
            return Err(Error::UnknownRuleFile {
                path,
                expected: "frames.toml, entities.toml, lexicon.toml, measures.toml, a checks/ or a lang/ folder",
            });
        }
    }
    let lang = dir.join("lang");
    if lang.is_dir() {
        let known: Vec<String> = crate::extract::ENGINE_LANGUAGES
            .iter()
            .map(|(_, bundled, _)| bundled.rsplit('/').next().unwrap_or(bundled).to_string())
            .collect();
        for path in entries(&lang)? {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !(path.is_file() && known.iter().any(|k| k == name)) {
                return Err(Error::UnknownRuleFile {
                    path,
                    expected:
                        "only language files of the extraction engine (lang/ar.toml) in lang/",
                });
            }
        }
    }
    let checks = dir.join("checks");
    if checks.is_dir() {
        for path in entries(&checks)? {
            if !(path.is_file() && path.extension().is_some_and(|e| e == "toml")) {
                return Err(Error::UnknownRuleFile {
                    path,
                    expected: "only rule files (NAME.toml) in checks/",
                });
            }
        }
    }
    Ok(())
}

/// The entries of a folder that are not hidden, sorted.
fn entries(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| Error::RulesUnreadable {
            path: dir.to_path_buf(),
            message: e.to_string(),
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !is_hidden(p))
        .collect();
    paths.sort();
    Ok(paths)
}

fn is_hidden(p: &Path) -> bool {
    p.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// The engine language files a rules folder has (`lang/ar.toml` for the
/// bundled `rules/lang/ar.toml`), each compiled, its mistakes with
/// file:line:col.
fn load_languages(dir: &Path) -> Result<crate::extract::Languages, Error> {
    let mut out = crate::extract::Languages::default();
    for (lang, bundled, _) in crate::extract::ENGINE_LANGUAGES {
        let rel = bundled.strip_prefix("rules/").unwrap_or(bundled);
        let path = dir.join(rel);
        if !path.exists() {
            continue;
        }
        let src = read(&path)?;
        let language = crate::extract::engine::Language::load(&src.path, &src.text)?;
        out.0.insert(*lang, std::sync::Arc::new(language));
    }
    Ok(out)
}

fn read(path: &Path) -> Result<Source, Error> {
    let text = fs::read_to_string(path).map_err(|e| Error::RulesUnreadable {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    Ok(Source {
        path: path.to_path_buf(),
        text,
    })
}

fn parse<T: DeserializeOwned>(src: &Source) -> Result<T, Error> {
    toml::from_str(&src.text).map_err(|e| {
        let at = e
            .span()
            .map(|s| position_of(&src.text, s.start))
            .unwrap_or(Position { line: 1, column: 1 });
        Error::Rule {
            path: src.path.clone(),
            at,
            message: e.message().trim().to_string(),
            snippet: snippet(&src.text, at),
        }
    })
}

/// An error pointing at the first occurrence of `needle` in the file.
fn error_at(src: &Source, needle: &str, message: String) -> Error {
    error_at_offset(src, src.text.find(needle), message)
}

/// An error pointing at the last occurrence of `needle`: the second of two
/// entries that clash.
fn error_at_last(src: &Source, needle: &str, message: String) -> Error {
    error_at_offset(src, src.text.rfind(needle), message)
}

fn error_at_offset(src: &Source, offset: Option<usize>, message: String) -> Error {
    let at = offset
        .map(|i| position_of(&src.text, i))
        .unwrap_or(Position { line: 1, column: 1 });
    Error::Rule {
        path: src.path.clone(),
        at,
        message,
        snippet: snippet(&src.text, at),
    }
}

fn build(
    frames: Source,
    entities: Source,
    lexicon: Source,
    measures: Source,
    checks: Vec<Source>,
) -> Result<RuleSet, Error> {
    let frames_file: FramesFile = parse(&frames)?;
    let entities_file: EntitiesFile = parse(&entities)?;
    let lexicon_file: LexiconFile = parse(&lexicon)?;
    let measures_file: MeasureVocab = parse(&measures)?;
    validate_frames(&frames, &frames_file.frame)?;
    validate_entities(&entities, &entities_file.entity)?;
    validate_synonyms(&measures, &measures_file)?;
    let mut vocabulary = Vocabulary::new(
        frames_file.frame,
        entities_file.entity,
        lexicon_file.attribution,
    );
    vocabulary.not_names = lexicon_file.not_names;
    vocabulary.place_connectors = lexicon_file.place_connectors;
    vocabulary.future = lexicon_file.future;
    let vocabulary = vocabulary.with_measures(measures_file);
    let mut rules = Vec::new();
    let mut ids = BTreeSet::new();
    for src in &checks {
        let rule: RuleDef = parse(src)?;
        validate_rule(src, &rule, &vocabulary)?;
        if !ids.insert(rule.id.clone()) {
            return Err(error_at(
                src,
                &rule.id,
                format!("duplicate rule id `{}`", rule.id),
            ));
        }
        rules.push((src.path.clone(), rule));
    }
    Ok(RuleSet { vocabulary, rules })
}

fn validate_frames(src: &Source, frames: &[FrameDef]) -> Result<(), Error> {
    let mut seen = BTreeSet::new();
    for f in frames {
        if !seen.insert(&f.id) {
            return Err(error_at(
                src,
                &format!("\"{}\"", f.id),
                format!("duplicate frame id `{}`", f.id),
            ));
        }
        if f.attributes.is_empty() {
            return Err(error_at(
                src,
                &format!("\"{}\"", f.id),
                format!("frame `{}` has no attributes", f.id),
            ));
        }
    }
    Ok(())
}

/// A synonym word is one token, and a word in two groups would join only
/// one of them silently ("שביתת" begins both a strike and a ceasefire): both
/// are errors at the word.
fn validate_synonyms(src: &Source, measures: &MeasureVocab) -> Result<(), Error> {
    let mut seen: std::collections::HashMap<_, &str> = std::collections::HashMap::new();
    for group in &measures.synonym {
        for (lang, words) in &group.words {
            for w in words {
                let at = format!("\"{w}\"");
                if w.trim().contains(char::is_whitespace) {
                    return Err(error_at(
                        src,
                        &at,
                        format!(
                            "synonym `{}`: `{w}` is a phrase; context words are single words",
                            group.id
                        ),
                    ));
                }
                let key = (*lang, crate::claims::measure::stem(*lang, w));
                match seen.insert(key, &group.id) {
                    Some(other) if other != group.id => {
                        return Err(error_at_last(
                            src,
                            &at,
                            format!("`{w}` is in synonym groups `{other}` and `{}`; a word may name one act only", group.id),
                        ))
                    }
                    _ => {}
                }
            }
        }
    }
    Ok(())
}

fn validate_entities(src: &Source, entities: &[EntityDef]) -> Result<(), Error> {
    let names: BTreeSet<&str> = entities.iter().map(|e| e.name.as_str()).collect();
    for e in entities {
        if let Some(parent) = &e.part_of {
            if !names.contains(parent.as_str()) {
                return Err(error_at(
                    src,
                    &format!("part_of = \"{parent}\""),
                    format!("`{}` is part of `{parent}`, which is not defined", e.name),
                ));
            }
        }
    }
    // A cycle would make "the country of a place" depend on where one starts.
    let parent = |name: &str| {
        entities
            .iter()
            .find(|e| e.name == name)
            .and_then(|e| e.part_of.as_deref())
    };
    for e in entities {
        let mut chain = vec![e.name.as_str()];
        while let Some(p) = parent(chain[chain.len() - 1]) {
            if p == e.name {
                chain.push(p);
                let first = chain[1];
                return Err(error_at(
                    src,
                    &format!("part_of = \"{first}\""),
                    format!("`part_of` forms a cycle: {}", chain.join(" → ")),
                ));
            }
            if chain.contains(&p) {
                break; // a cycle that does not pass through `e`; found from its own start
            }
            chain.push(p);
        }
    }
    Ok(())
}

fn validate_rule(src: &Source, rule: &RuleDef, vocab: &Vocabulary) -> Result<(), Error> {
    let valid_id = !rule.id.is_empty()
        && rule
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !valid_id {
        return Err(error_at(
            src,
            &rule.id,
            format!("rule id `{}` must be kebab-case", rule.id),
        ));
    }
    for p in placeholders(&rule.message) {
        if !rule.kind.placeholders().contains(&p.as_str()) {
            return Err(error_at(
                src,
                &format!("{{{p}}}"),
                format!(
                    "unknown placeholder `{{{p}}}` for a {} rule; use one of: {}",
                    rule.kind.as_str(),
                    rule.kind.placeholders().join(", ")
                ),
            ));
        }
    }
    let frame_exists = |id: &str| vocab.frames.iter().any(|f| f.id == id);
    let attribute_exists = |frame: Option<&str>, attr: &str| {
        vocab
            .frames
            .iter()
            .filter(|f| frame.is_none_or(|id| f.id == id))
            .any(|f| f.attributes.iter().any(|a| a.id == attr))
    };
    for f in &rule.frames {
        if !frame_exists(f) {
            return Err(error_at(
                src,
                &format!("\"{f}\""),
                format!("unknown frame `{f}`"),
            ));
        }
    }
    for a in &rule.attributes {
        if !attribute_exists(None, a) {
            return Err(error_at(
                src,
                &format!("\"{a}\""),
                format!("no frame has an attribute `{a}`"),
            ));
        }
    }
    if let Some(t) = rule.tolerance {
        if !(0.0..1.0).contains(&t) {
            return Err(error_at(
                src,
                "tolerance",
                format!("tolerance must be in [0, 1), not {t}"),
            ));
        }
    }
    match rule.kind {
        CheckKind::Compare if rule.attributes.is_empty() => {
            return Err(error_at(
                src,
                "kind",
                "a compare rule needs `attributes`".into(),
            ));
        }
        CheckKind::Derive => {
            let (Some(from), Some(to), Some(_)) = (&rule.from, &rule.to, &rule.operation) else {
                return Err(error_at(
                    src,
                    "kind",
                    "a derive rule needs `from`, `to` and `operation`".into(),
                ));
            };
            for sel in [from, to] {
                if !attribute_exists(Some(&sel.frame), &sel.attribute) {
                    return Err(error_at(
                        src,
                        &format!("\"{}\"", sel.attribute),
                        format!("frame `{}` has no attribute `{}`", sel.frame, sel.attribute),
                    ));
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// The `{names}` in a message template.
fn placeholders(template: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.push(after[..close].to_string());
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

/// Fills a message template.
pub fn render(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in values {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}
