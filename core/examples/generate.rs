//! Writes a generated dataset (`pakkaz_core::generate`) as JSON to standard output:
//! `cargo run -p pakkaz-core --example generate -- <events> <seed> [deep]`, `deep` for
//! the one over 13.8 billion years. The test and benchmark server (`tests/e2e/serve.mjs`)
//! serves its output to browser pages.

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(seed)) = (
        args.first().and_then(|a| a.parse::<usize>().ok()),
        args.get(1).and_then(|a| a.parse::<u32>().ok()),
    ) else {
        eprintln!("usage: generate <events> <seed> [deep]");
        std::process::exit(2);
    };
    let dataset = if args.get(2).is_some_and(|a| a == "deep") {
        pakkaz_core::generate::deep_dataset(n, seed)
    } else {
        pakkaz_core::generate::dataset(n, seed)
    };
    let json = serde_json::to_string(&dataset).expect("a dataset always serializes");
    std::io::stdout()
        .write_all(json.as_bytes())
        .expect("stdout is writable");
}
