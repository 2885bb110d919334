//! The owner module's wasm, built as a binary around the library (src/lib.rs), whose
//! `#[wasm_bindgen]` functions are the module's API: a binary links smaller than a
//! `cdylib` (BENCHMARKS.md has the measurement). `main` has nothing to do.

// Links the library.
use pakkaz_owner as _;

fn main() {}
