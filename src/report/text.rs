//! The text report: compiler-style diagnostics. (Being written.)

use std::io;

use super::{Emitter, Report};

/// Writes findings for people.
#[derive(Default)]
pub struct TextEmitter {}

impl Emitter for TextEmitter {
    fn emit(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        for f in &report.findings {
            writeln!(out, "{}[{}]: {}", f.verdict.as_str(), f.rule, f.message)?;
        }
        Ok(())
    }
}
