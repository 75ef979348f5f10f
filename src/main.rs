//! The `crosscheck` command: parses arguments, calls the library, maps the
//! outcome to an exit code. All the work is in the library.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use crosscheck::corpus::{LoadOptions, DEFAULT_MAX_FILE_SIZE};
use crosscheck::encoding::TextEncoding;
use crosscheck::report::{baseline, emitter, json::claim_json, Baseline, Format, RenderOptions};
use crosscheck::{Corpus, RuleSet};

/// Cross-check numeric and dated claims across articles.
#[derive(Parser)]
#[command(name = "crosscheck", version, about)]
struct Cli {
    /// Worker threads for reading and extracting documents (default: one
    /// per core). The output is the same whatever the number.
    #[arg(long, global = true, value_name = "N")]
    threads: Option<usize>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check articles against the rules and report agreements and contradictions.
    Check {
        /// Article files or folders; the bundled seed corpus when none.
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
        /// Fail (exit 1) on findings at or above this severity.
        #[arg(long, value_enum, default_value_t = FailOn::Error)]
        fail_on: FailOn,
        /// A rules folder (frames.toml, entities.toml, lexicon.toml, measures.toml,
        /// checks/*.toml); files it lacks come from the bundled rules.
        #[arg(long, value_name = "DIR")]
        rules: Option<PathBuf>,
        /// Findings whose fingerprint is in this baseline file are shown as
        /// baselined and do not fail the run.
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
        /// Write the current findings to this baseline file.
        #[arg(long, value_name = "FILE")]
        write_baseline: Option<PathBuf>,
        /// Color in the text format.
        #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
        color: ColorArg,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Run the fixtures that rules ship with: exit 1 if any rule does not
    /// produce the verdicts its fixture expects.
    TestRules {
        /// A rules folder; the bundled rules when absent.
        #[arg(long, value_name = "DIR")]
        rules: Option<PathBuf>,
        /// Print the report of every fixture, not only of failing ones.
        #[arg(long)]
        verbose: bool,
    },
    /// Explain a check kind (compare, derive, calendar, conversion, spelling) or a rule id.
    Explain {
        /// A check kind or rule id; lists them all when absent.
        what: Option<String>,
        /// A rules folder, to explain its rules.
        #[arg(long, value_name = "DIR")]
        rules: Option<PathBuf>,
    },
    /// Print the claims found in articles.
    Extract {
        /// Article files or folders; the bundled seed corpus when none.
        paths: Vec<PathBuf>,
        /// Read JSON lines {"text", "lang"?, "reference"?} from stdin instead,
        /// and print one {"line", "claims"} per input line.
        #[arg(long)]
        lines: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
        format: ExtractFormat,
        /// A rules folder (see `check --rules`).
        #[arg(long, value_name = "DIR")]
        rules: Option<PathBuf>,
        #[command(flatten)]
        input: InputArgs,
    },
}

/// How article files are read (`check` and `extract`).
#[derive(clap::Args)]
struct InputArgs {
    /// Read every article in this encoding (utf-8, utf-16le, utf-16be,
    /// windows-1255, iso-8859-8, windows-1252, latin1...) instead of
    /// detecting it.
    #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
    encoding: Option<TextEncoding>,
    /// Skip files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_FILE_SIZE)]
    max_file_size: u64,
}

impl InputArgs {
    fn options(&self) -> LoadOptions {
        LoadOptions {
            encoding: self.encoding,
            max_file_size: self.max_file_size,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Text,
    Json,
    Sarif,
    Markdown,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    Jsonl,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|c| c.downcast_ref::<io::Error>())
        .any(|io| io.kind() == io::ErrorKind::BrokenPipe)
}

/// The bundled rules, or a folder's; a malformed rule stops the run here,
/// before any article is read.
fn load_rules(dir: Option<&PathBuf>) -> anyhow::Result<RuleSet> {
    Ok(match dir {
        Some(d) => RuleSet::load_dir(d)?,
        None => RuleSet::bundled()?,
    })
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    if let Some(n) = cli.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("starting the worker threads")?;
    }
    match cli.command {
        Command::TestRules { rules, verbose } => {
            let rules = load_rules(rules.as_ref())?;
            let mut out = io::stdout().lock();
            let outcomes = crosscheck::fixtures::run_fixtures(&rules);
            let failed = outcomes.iter().filter(|o| !o.passed()).count();
            for o in &outcomes {
                let status = if o.passed() { "ok" } else { "FAILED" };
                writeln!(out, "{status:<6} {} / {}", o.rule, o.fixture)?;
                if !o.passed() || verbose {
                    writeln!(out, "       expected {:?}, got {:?}", o.expected, o.got)?;
                    emitter(Format::Text, RenderOptions::default()).emit(&o.report, &mut out)?;
                    writeln!(out)?;
                }
            }
            writeln!(out, "{} passed, {failed} failed", outcomes.len() - failed)?;
            Ok(if failed > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Explain { what, rules } => {
            let rules = load_rules(rules.as_ref())?;
            let mut out = io::stdout().lock();
            explain(&rules, what.as_deref(), &mut out)
        }
        Command::Check {
            paths,
            format,
            fail_on,
            rules,
            baseline: baseline_path,
            write_baseline,
            color,
            input,
        } => {
            let rules = load_rules(rules.as_ref())?;
            // Read the baseline first: a bad one fails fast, before any work.
            let known = baseline_path.as_deref().map(Baseline::read).transpose()?;
            let corpus = load(&paths, &input.options());
            let report = if io::stderr().is_terminal() {
                crosscheck::check_with_progress(&corpus, &rules, &ProgressBar::default())
            } else {
                crosscheck::check(&corpus, &rules)
            };
            if let Some(path) = &write_baseline {
                Baseline::from_report(&report).write(path)?;
            }
            let matched = known
                .map(|b| baseline::apply(&report, &b))
                .unwrap_or_default();
            let format = match format {
                FormatArg::Text => Format::Text,
                FormatArg::Json => Format::Json,
                FormatArg::Sarif => Format::Sarif,
                FormatArg::Markdown => Format::Markdown,
                FormatArg::Html => Format::Html,
            };
            let color = match color {
                ColorArg::Always => true,
                ColorArg::Never => false,
                ColorArg::Auto => {
                    io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
                }
            };
            let options = RenderOptions {
                color,
                baseline: matched.clone(),
            };
            // Block-buffered: a line-buffered stdout costs one write call
            // per line of the report.
            let mut out = io::BufWriter::new(io::stdout().lock());
            emitter(format, options).emit(&report, &mut out)?;
            out.flush()?;
            for p in &report.problems {
                eprintln!("{}: {p}", p.level());
            }
            let threshold = match fail_on {
                FailOn::Error => Some(crosscheck::rules::Severity::Error),
                FailOn::Warning => Some(crosscheck::rules::Severity::Warning),
                FailOn::Never => None,
            };
            if report.problems.iter().any(|p| p.skips_document()) {
                return Ok(ExitCode::from(2));
            }
            // Baselined findings never fail the run.
            let failing = threshold.is_some_and(|t| matched.fails(&report, t));
            Ok(if failing {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Extract {
            paths,
            lines,
            rules,
            input,
            ..
        } => run_extract(&paths, lines, rules.as_ref(), &input.options()),
    }
}

/// `crosscheck extract`: claims as JSON lines; exit 2 when a file was skipped.
fn run_extract(
    paths: &[PathBuf],
    lines: bool,
    rules: Option<&PathBuf>,
    options: &LoadOptions,
) -> anyhow::Result<ExitCode> {
    let rules = load_rules(rules)?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    if lines {
        extract_lines(&rules, &mut out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let corpus = load(paths, options);
    let mut docs = corpus.documents.clone();
    docs.sort_by(|a, b| a.path.cmp(&b.path));
    for d in &docs {
        for c in crosscheck::extract_claims(d, &rules) {
            writeln!(out, "{}", claim_json(&c))?;
        }
    }
    out.flush()?;
    for p in &corpus.problems {
        eprintln!("{}: {p}", p.level());
    }
    let skipped = corpus.problems.iter().any(|p| p.skips_document());
    Ok(if skipped {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Prints the documentation of a check kind or a rule, or lists them.
fn explain(rules: &RuleSet, what: Option<&str>, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    use crosscheck::rules::{explanation, CheckKind};
    let kind = |name: &str| CheckKind::ALL.into_iter().find(|k| k.as_str() == name);
    match what {
        None => {
            writeln!(out, "Check kinds:")?;
            for k in CheckKind::ALL {
                writeln!(out, "  {}", k.as_str())?;
            }
            writeln!(out, "Rules:")?;
            for (path, r) in &rules.rules {
                writeln!(
                    out,
                    "  {:<20} {:<11} {}  ({})",
                    r.id,
                    r.kind.as_str(),
                    r.title,
                    path.display()
                )?;
            }
        }
        Some(name) => {
            if let Some(k) = kind(name) {
                write!(out, "{}", explanation(k))?;
            } else if let Some((path, r)) = rules.rules.iter().find(|(_, r)| r.id == name) {
                writeln!(
                    out,
                    "{} ({}, {}): {}\n",
                    r.id,
                    r.kind.as_str(),
                    path.display(),
                    r.title
                )?;
                writeln!(out, "{}\n", r.description.trim())?;
                write!(out, "{}", explanation(r.kind))?;
            } else if name == crosscheck::rules::unverified::RULE_ID {
                write!(out, "{}", crosscheck::rules::unverified::EXPLANATION)?;
            } else {
                eprintln!("error: `{name}` is neither a check kind nor a rule id; run `crosscheck explain` for the list");
                return Ok(ExitCode::from(2));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A progress bar on stderr, drawn only for corpora large enough to wait for.
#[derive(Default)]
struct ProgressBar(std::sync::OnceLock<indicatif::ProgressBar>);

impl crosscheck::Progress for ProgressBar {
    fn start(&self, documents: usize) {
        if documents >= 50 {
            let bar = indicatif::ProgressBar::new(documents as u64).with_style(
                indicatif::ProgressStyle::with_template(
                    "{prefix} [{bar:30}] {pos}/{len} documents",
                )
                .expect("valid template")
                .progress_chars("=> "),
            );
            bar.set_prefix("extracting");
            let _ = self.0.set(bar);
        }
    }

    fn document_done(&self) {
        if let Some(bar) = self.0.get() {
            bar.inc(1);
        }
    }

    fn finish(&self) {
        if let Some(bar) = self.0.get() {
            bar.finish_and_clear();
        }
    }
}

fn load(paths: &[PathBuf], options: &LoadOptions) -> Corpus {
    if paths.is_empty() {
        Corpus::bundled()
    } else {
        Corpus::load_with(paths, options)
    }
}

fn parse_encoding(label: &str) -> Result<TextEncoding, String> {
    TextEncoding::from_label(label).ok_or_else(|| {
        format!("unknown encoding `{label}`; try utf-8, utf-16le, utf-16be, windows-1255, iso-8859-8 or windows-1252")
    })
}

fn extract_lines(rules: &RuleSet, out: &mut dyn Write) -> anyhow::Result<()> {
    for (i, line) in io::stdin().lock().lines().enumerate() {
        let line = line.context("reading stdin")?;
        if !line.trim().is_empty() {
            writeln!(out, "{}", crosscheck::lines::extract_line(&line, i, rules)?)?;
            // One answer per line read, at once: a caller may be waiting
            // for it before sending the next line.
            out.flush()?;
        }
    }
    Ok(())
}
