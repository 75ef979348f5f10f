//! Prints how crosscheck aligned the figures of a folder: every aligned
//! pair with its evidence, or, given claim ids, the evidence for those two.
//!
//! ```sh
//! cargo run --release --example alignment -- eval/clusters/2023-silkyara-tunnel-rescue
//! cargo run --release --example alignment -- DIR 01-a.txt#3 02-b.txt#7
//! ```

use crosscheck::align::figures::{align, candidates};
use crosscheck::{Corpus, RuleSet};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: alignment DIR [CLAIM_ID CLAIM_ID]");
        std::process::exit(2);
    };
    let corpus = Corpus::load(&[std::path::PathBuf::from(dir)]);
    let rules = RuleSet::bundled().expect("bundled rules");
    let mut docs = corpus.documents.clone();
    docs.sort_by(|a, b| a.path.cmp(&b.path));
    let claims: Vec<_> = docs
        .iter()
        .flat_map(|d| crosscheck::extract_claims(d, &rules))
        .collect();
    let measures = &rules.vocabulary.measures;
    let show = |i: usize| format!("{} [{}]", claims[i].id, claims[i].text);
    if let [_, a, b] = args.as_slice() {
        let found = candidates(&claims, &docs, measures)
            .into_iter()
            .find(|(i, k, _)| {
                let ids = [&claims[*i].id, &claims[*k].id];
                ids.contains(&a) && ids.contains(&b)
            });
        match found {
            Some((i, k, f)) => println!("{} ~ {}: {f:?}", show(i), show(k)),
            None => println!("{a} and {b} are no candidate pair (no shared word, class or entity)"),
        }
        for id in [a, b] {
            if let Some(c) = claims.iter().find(|c| &c.id == id) {
                println!(
                    "{id}: {:?} key {:?}",
                    c.subject.measure,
                    crosscheck::align::FactKey::of(c)
                );
            }
        }
        return;
    }
    for (i, k, f) in align(&claims, &docs, measures).pairs() {
        println!(
            "{:5.2} {} {} ~ {}  {:?}",
            f.score,
            if f.strong { "S" } else { " " },
            show(i),
            show(k),
            f.reasons
        );
    }
}
