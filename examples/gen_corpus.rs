//! Writes the generated news-like benchmark corpus to a folder, one `.txt`
//! and one `.meta.toml` per article, for whole-process benchmarks
//! (`scripts/bench-check`) and for looking at what the generator writes.
//!
//! Run: `cargo run --release --example gen_corpus -- DIR [MB] [SEED]`
//! (default 4 MB, seed 42). The same size and seed give the same bytes.

#[path = "../benches/corpus/mod.rs"]
mod generated;

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: gen_corpus DIR [MB] [SEED]");
        std::process::exit(2);
    };
    let megabytes: f64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(4.0);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(42);
    std::fs::create_dir_all(&dir)?;
    let articles = generated::generate((megabytes * 1e6) as usize, 0.3, seed);
    for a in &articles {
        std::fs::write(dir.join(format!("{}.txt", a.name)), &a.text)?;
        let meta = format!("source = \"{}\"\npublished = {}\n", a.source, a.published);
        std::fs::write(dir.join(format!("{}.meta.toml", a.name)), meta)?;
    }
    eprintln!("wrote {} articles to {}", articles.len(), dir.display());
    Ok(())
}
