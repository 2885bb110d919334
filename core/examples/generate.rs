//! Writes a generated dataset (`pakkaz_core::generate`) as JSON to standard output:
//! `cargo run -p pakkaz-core --example generate -- <events> <seed>`. The test and benchmark server
//! (`tests/e2e/serve.mjs`) serves its output to browser pages.

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(seed)) = (
        args.first().and_then(|a| a.parse::<usize>().ok()),
        args.get(1).and_then(|a| a.parse::<u32>().ok()),
    ) else {
        eprintln!("usage: generate <events> <seed>");
        std::process::exit(2);
    };
    let json = serde_json::to_string(&pakkaz_core::generate::dataset(n, seed))
        .expect("a dataset always serializes");
    std::io::stdout()
        .write_all(json.as_bytes())
        .expect("stdout is writable");
}
