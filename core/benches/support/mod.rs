//! Shared by the benchmarks: the seeded generator's events (`pakkaz_core::generate`,
//! the same the browser benchmarks load), the same in every run.

use pakkaz_core::generate;
use pakkaz_core::model::{validate, Dataset};

/// The seed of the native benchmarks' data (the browser pages' `/generated/<n>-1.json`).
const SEED: u32 = 1;

/// `n` events spread at random over 1991–2022, checked.
pub fn generated(n: usize) -> Dataset {
    validate(generate::dataset(n, SEED)).expect("generated data is valid")
}

/// The same events as JSON text, as a host would pass them.
#[allow(dead_code)] // used by the instruction-count benchmark only
pub fn generated_json(n: usize) -> String {
    serde_json::to_string(&generate::dataset(n, SEED)).expect("a dataset always serializes")
}
