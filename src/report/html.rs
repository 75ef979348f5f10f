//! The HTML report: one self-contained page for reviewing findings by hand.
//!
//! Inline CSS and a few lines of inline JavaScript (verdict filters), no
//! external assets. Each finding is a card: header (verdict, rule, message,
//! baselined mark), the quotes side by side (each the claim's sentence with
//! the claim highlighted, its value and `path:line:col`), the explanation and
//! the fingerprint. Unverified claims and input problems follow in tables.
//! All article text is HTML-escaped; quotes carry `dir="auto"` (and the
//! document's `lang`) so Hebrew sentences lay out right to left.

use std::io;

use super::quote::{sentence_parts, Located, Lookup};
use super::{human_order, summary_line, BaselineMatch, Emitter, RenderOptions, Report};
use crate::rules::{Finding, Verdict};

/// Writes the HTML report.
#[derive(Default)]
pub struct HtmlEmitter {
    baseline: BaselineMatch,
}

impl HtmlEmitter {
    /// An HTML emitter; only the baseline mark of the options matters here.
    pub fn new(options: RenderOptions) -> Self {
        HtmlEmitter {
            baseline: options.baseline,
        }
    }
}

const STYLE: &str = r#"
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1b1b; background: #fafafa; }
h1 { font-size: 1.4rem; margin-bottom: .2rem; }
.summary { color: #555; margin-top: 0; }
.filters label { margin-right: 1rem; }
.card { background: #fff; border: 1px solid #ddd; border-left: 6px solid #999; border-radius: 6px; margin: 1rem 0; padding: .8rem 1rem; }
.card.contradiction { border-left-color: #c62828; }
.card.agreement { border-left-color: #2e7d32; }
.card.compatible { border-left-color: #1565c0; }
.card.baselined { opacity: .7; }
.card h2 { font-size: 1rem; margin: 0 0 .6rem; }
.verdict { text-transform: uppercase; font-size: .75rem; letter-spacing: .05em; padding: .1rem .4rem; border-radius: 3px; background: #eee; }
.contradiction .verdict { background: #ffebee; color: #b71c1c; }
.agreement .verdict { background: #e8f5e9; color: #1b5e20; }
.compatible .verdict { background: #e3f2fd; color: #0d47a1; }
.rule, .fp, .where { font-family: ui-monospace, monospace; font-size: .85rem; }
.quotes { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: .8rem; }
blockquote { margin: 0; padding: .5rem .7rem; background: #f5f5f5; border-radius: 4px; }
blockquote .value { font-weight: 600; }
mark { background: #fff59d; padding: 0 .1em; }
.why { margin: .6rem 0 .2rem; }
.fp { color: #777; }
table { border-collapse: collapse; width: 100%; background: #fff; }
td, th { border: 1px solid #ddd; padding: .3rem .5rem; text-align: start; vertical-align: top; }
"#;

const SCRIPT: &str = r#"
// A card shows when its verdict is ticked and, if baselined, "baselined" is too.
function applyFilters() {
  var on = {};
  document.querySelectorAll('.filters input').forEach(function (box) { on[box.value] = box.checked; });
  document.querySelectorAll('.card').forEach(function (card) {
    var baselined = card.classList.contains('baselined');
    card.hidden = !on[card.dataset.verdict] || (baselined && on.baselined === false);
  });
}
document.querySelectorAll('.filters input').forEach(function (box) {
  box.addEventListener('change', applyFilters);
});
"#;

impl Emitter for HtmlEmitter {
    fn emit(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        writeln!(out, "<!DOCTYPE html>")?;
        writeln!(out, "<html lang=\"en\">")?;
        writeln!(out, "<head>")?;
        writeln!(out, "<meta charset=\"utf-8\">")?;
        writeln!(out, "<title>crosscheck report</title>")?;
        writeln!(out, "<style>{STYLE}</style>")?;
        writeln!(out, "</head>")?;
        writeln!(out, "<body>")?;
        writeln!(out, "<h1>crosscheck report</h1>")?;
        writeln!(
            out,
            "<p class=\"summary\">{}</p>",
            escape(&summary_line(report, &self.baseline))
        )?;
        let lookup = Lookup::new(report);
        let findings: Vec<&Finding> = human_order(report, &self.baseline)
            .into_iter()
            .filter(|f| f.verdict != Verdict::Unverified)
            .collect();
        writeln!(out, "<p class=\"filters\">")?;
        for v in [
            Verdict::Contradiction,
            Verdict::Updated,
            Verdict::Agreement,
            Verdict::Compatible,
        ] {
            let n = report.count(v);
            writeln!(
                out,
                "<label><input type=\"checkbox\" value=\"{0}\" checked> {0} ({n})</label>",
                v.as_str()
            )?;
        }
        let baselined = self.baseline.count(report);
        if baselined > 0 {
            writeln!(
                out,
                "<label><input type=\"checkbox\" value=\"baselined\" checked> baselined ({baselined})</label>"
            )?;
        }
        writeln!(out, "</p>")?;
        for f in findings {
            card(&lookup, f, self.baseline.contains(f), out)?;
        }
        unverified_table(report, &lookup, out)?;
        if !report.problems.is_empty() {
            writeln!(out, "<h2>Input problems</h2>")?;
            writeln!(out, "<ul>")?;
            for p in &report.problems {
                let what = p.outcome();
                writeln!(out, "<li>{} ({what})</li>", escape(&p.to_string()))?;
            }
            writeln!(out, "</ul>")?;
        }
        writeln!(out, "<script>{SCRIPT}</script>")?;
        writeln!(out, "</body>")?;
        writeln!(out, "</html>")
    }
}

fn card(lookup: &Lookup, f: &Finding, baselined: bool, out: &mut dyn io::Write) -> io::Result<()> {
    let verdict = f.verdict.as_str();
    let class = if baselined {
        format!("card {verdict} baselined")
    } else {
        format!("card {verdict}")
    };
    writeln!(
        out,
        "<section class=\"{class}\" data-verdict=\"{verdict}\" id=\"{}\">",
        escape(&f.id())
    )?;
    write!(
        out,
        "<h2><span class=\"verdict\">{verdict}</span> <span class=\"rule\">{}</span> {}",
        escape(&f.rule),
        escape(&f.message)
    )?;
    if baselined {
        write!(out, " <em>(baselined)</em>")?;
    }
    writeln!(out, "</h2>")?;
    writeln!(out, "<div class=\"quotes\">")?;
    for l in lookup.places(f) {
        quote(&l, out)?;
    }
    for id in f.claims.iter().filter(|id| lookup.claim(id).is_none()) {
        writeln!(
            out,
            "<blockquote>{} (not in this report)</blockquote>",
            escape(id)
        )?;
    }
    writeln!(out, "</div>")?;
    if !f.explanation.is_empty() {
        writeln!(out, "<p class=\"why\">{}</p>", escape(&f.explanation))?;
    }
    writeln!(
        out,
        "<p class=\"fp\">{} · fingerprint {}</p>",
        escape(&f.id()),
        escape(&f.fingerprint)
    )?;
    writeln!(out, "</section>")
}

fn quote(l: &Located, out: &mut dyn io::Write) -> io::Result<()> {
    let (before, hit, after) = sentence_parts(l);
    let lang = l.doc.map_or("", |d| d.lang.code());
    writeln!(out, "<blockquote>")?;
    writeln!(
        out,
        "<div class=\"where\">{} <span class=\"value\">{}</span></div>",
        escape(&l.position()),
        escape(l.label)
    )?;
    writeln!(
        out,
        "<p dir=\"auto\" lang=\"{lang}\">{}<mark>{}</mark>{}</p>",
        escape(before.trim_start()),
        escape(hit),
        escape(after.trim_end())
    )?;
    writeln!(out, "</blockquote>")
}

fn unverified_table(report: &Report, lookup: &Lookup, out: &mut dyn io::Write) -> io::Result<()> {
    let rows: Vec<Located> = report
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Unverified)
        .filter_map(|f| f.claims.first())
        .filter_map(|id| lookup.located(id))
        .collect();
    if rows.is_empty() {
        return Ok(());
    }
    writeln!(out, "<h2>Unverified claims ({})</h2>", rows.len())?;
    writeln!(out, "<table>")?;
    writeln!(
        out,
        "<tr><th>Where</th><th>Kind</th><th>Value</th><th>Quote</th></tr>"
    )?;
    for l in rows {
        let lang = l.doc.map_or("", |d| d.lang.code());
        writeln!(
            out,
            "<tr><td class=\"where\">{}</td><td>{}</td><td>{}</td><td dir=\"auto\" lang=\"{lang}\">{}</td></tr>",
            escape(&l.position()),
            escape(&l.kind()),
            escape(l.label),
            escape(l.quoted)
        )?;
    }
    writeln!(out, "</table>")
}

/// Escapes text for HTML element content and double- or single-quoted attributes.
pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_script_tags_and_quotes() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }
}
