//! The Markdown report, for a pull-request comment (GitHub-flavoured).
//!
//! A heading with the summary line, a table of new contradictions with both
//! quotes (the claim in bold inside its sentence, its value and `path:line:col`),
//! then collapsible `<details>` sections for baselined contradictions,
//! agreements, compatible findings, unverified claims and input problems.
//! Tables stop at [`ROW_LIMIT`] rows, or when the comment nears GitHub's size
//! limit ([`SIZE_BUDGET`]), and say how many more there are.
//! Every piece of article text is escaped: HTML special characters become
//! entities and Markdown punctuation is backslash-escaped, so a quote can
//! neither inject markup nor break the table.

use std::io;

use super::quote::{sentence_parts, Located, Lookup};
use super::{counted, plural, summary_line, BaselineMatch, Emitter, RenderOptions, Report};
use crate::rules::{Finding, Verdict};

/// Rows per table at most: a comment is for the findings that matter most.
pub const ROW_LIMIT: usize = 50;

/// Bytes of comment after which tables stop adding rows. GitHub refuses
/// comments over 65,536 characters; bytes count at least as many, and the
/// margin leaves room for the sections' closing lines.
pub const SIZE_BUDGET: usize = 60_000;

/// Writes the Markdown report.
#[derive(Default)]
pub struct MarkdownEmitter {
    baseline: BaselineMatch,
}

impl MarkdownEmitter {
    /// A Markdown emitter; only the baseline mark of the options matters here.
    pub fn new(options: RenderOptions) -> Self {
        MarkdownEmitter {
            baseline: options.baseline,
        }
    }
}

impl Emitter for MarkdownEmitter {
    fn emit(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        out.write_all(self.render(report).as_bytes())
    }
}

impl MarkdownEmitter {
    /// The whole comment. Built in memory so that tables can stop before the
    /// comment outgrows [`SIZE_BUDGET`].
    fn render(&self, report: &Report) -> String {
        let lookup = Lookup::new(report);
        let of = |v: Verdict| -> Vec<&Finding> {
            report.findings.iter().filter(|f| f.verdict == v).collect()
        };
        let (baselined, new): (Vec<&Finding>, Vec<&Finding>) = of(Verdict::Contradiction)
            .into_iter()
            .partition(|f| self.baseline.contains(f));
        let mut md = String::new();
        md.push_str("## crosscheck\n\n");
        md.push_str(&escape(&summary_line(report, &self.baseline)));
        md.push_str("\n\n### Contradictions\n\n");
        if new.is_empty() {
            md.push_str("No new contradictions.\n\n");
        } else {
            findings_table(&mut md, &lookup, &new);
        }
        if !baselined.is_empty() {
            let title = format!("Baselined contradictions ({})", baselined.len());
            details(&mut md, &title, |md| {
                findings_table(md, &lookup, &baselined)
            });
        }
        for v in [Verdict::Updated, Verdict::Agreement, Verdict::Compatible] {
            let list = of(v);
            if !list.is_empty() {
                let title = capitalize(&counted(list.len(), v));
                details(&mut md, &title, |md| findings_table(md, &lookup, &list));
            }
        }
        let unverified = of(Verdict::Unverified);
        if !unverified.is_empty() {
            let title = format!("Unverified: {}", plural(unverified.len(), "claim"));
            details(&mut md, &title, |md| {
                let rows = unverified.iter().filter_map(|f| {
                    let l = lookup.located(f.claims.first()?)?;
                    Some(format!(
                        "| {} | {} | {} | {} |\n",
                        code(&l.position()),
                        l.kind(),
                        escape(l.label),
                        escape(l.quoted)
                    ))
                });
                table(
                    md,
                    "| Where | Kind | Value | Quote |\n|---|---|---|---|\n",
                    rows,
                    unverified.len(),
                );
            });
        }
        if !report.problems.is_empty() {
            let title = format!("Input problems: {}", report.problems.len());
            details(&mut md, &title, |md| {
                for p in &report.problems {
                    let what = p.outcome();
                    md.push_str(&format!("- {} ({what})\n", escape(&p.to_string())));
                }
                md.push('\n');
            });
        }
        md
    }
}

/// A collapsible section around what `body` writes.
fn details(md: &mut String, summary: &str, body: impl FnOnce(&mut String)) {
    // The blank line after <summary> lets GitHub render Markdown inside.
    md.push_str(&format!(
        "<details>\n<summary>{}</summary>\n\n",
        escape(summary)
    ));
    body(md);
    md.push_str("</details>\n\n");
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A table: the header, then rows while they fit ([`ROW_LIMIT`] rows and the
/// [`SIZE_BUDGET`] of the whole comment), then how many were left out of `total`.
fn table(md: &mut String, header: &str, rows: impl Iterator<Item = String>, total: usize) {
    md.push_str(header);
    let mut shown = 0;
    for row in rows.take(ROW_LIMIT) {
        if md.len() + row.len() > SIZE_BUDGET {
            break;
        }
        md.push_str(&row);
        shown += 1;
    }
    if total > shown {
        md.push_str(&format!(
            "\n…and {} more: see the JSON or HTML report.\n",
            total - shown
        ));
    }
    md.push('\n');
}

/// One table row per finding: what, the primary claim, the others, why.
fn findings_table(md: &mut String, lookup: &Lookup, findings: &[&Finding]) {
    let rows = findings.iter().map(|f| {
        let mut quotes: Vec<String> = lookup.places(f).iter().map(quote).collect();
        quotes.extend(
            f.claims
                .iter()
                .filter(|id| lookup.claim(id).is_none())
                .map(|id| code(id)),
        );
        let (first, rest) = quotes
            .split_first()
            .map_or((String::new(), &[][..]), |(a, b)| (a.clone(), b));
        format!(
            "| {}<br>{} | {} | {} | {} |\n",
            code(&f.id()),
            escape(&f.message),
            first,
            rest.join("<br><br>"),
            escape(&f.explanation)
        )
    });
    table(
        md,
        "| Finding | Claim | Other sources | Why |\n|---|---|---|---|\n",
        rows,
        findings.len(),
    );
}

/// `**6 h** · “…spent <b>six hours</b> in…” · `path:1:17``
fn quote(l: &Located) -> String {
    let (before, hit, after) = sentence_parts(l);
    format!(
        "**{}**<br>“{}<b>{}</b>{}”<br>{}",
        escape(l.label),
        escape(&clip_start(before.trim_start(), CONTEXT_CHARS)),
        escape(hit),
        escape(&clip_end(after.trim_end(), CONTEXT_CHARS)),
        code(&l.position())
    )
}

/// Characters of sentence kept on each side of a quote: enough to read the
/// claim in context, short enough for a table cell.
pub const CONTEXT_CHARS: usize = 100;

/// The last `n` characters of `s`, after `…` when cut, starting at a word.
fn clip_start(s: &str, n: usize) -> String {
    let count = s.chars().count();
    if count <= n {
        return s.to_string();
    }
    let tail: String = s.chars().skip(count - n).collect();
    let tail = tail.split_once(' ').map_or(tail.as_str(), |(_, rest)| rest);
    format!("…{tail}")
}

/// The first `n` characters of `s`, before `…` when cut, ending at a word.
fn clip_end(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let head: String = s.chars().take(n).collect();
    let head = head
        .rsplit_once(' ')
        .map_or(head.as_str(), |(keep, _)| keep);
    format!("{head}…")
}

/// A code span; backticks inside become quotes and pipes are escaped for tables.
fn code(s: &str) -> String {
    format!("`{}`", s.replace('`', "'").replace('|', "\\|"))
}

/// Escapes text for a Markdown table cell (`$` too: GitHub renders math
/// between dollar signs, and amounts are full of them).
pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '~' | '|' | '!' | '$' => {
                o.push('\\');
                o.push(ch);
            }
            c if c.is_control() => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clips_long_context_at_words_on_char_boundaries() {
        assert_eq!(clip_start("short", 10), "short");
        assert_eq!(clip_start("one two three four", 9), "…four");
        assert_eq!(clip_end("one two three four", 9), "one two…");
        assert_eq!(clip_end("שלום עולם גדול מאוד", 11), "שלום עולם…");
    }

    #[test]
    fn escapes_markup_and_table_breakers() {
        assert_eq!(
            escape("<b>a|b</b>\n*x*"),
            "&lt;b&gt;a\\|b&lt;/b&gt; \\*x\\*"
        );
        assert_eq!(code("a`b|c"), "`a'b\\|c`");
    }
}
