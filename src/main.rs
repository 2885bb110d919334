//! The widget's wasm, built as a binary around the library (src/lib.rs): trunk builds
//! this target, and the library stays an `rlib` for native and browser tests. Built as a
//! `cdylib` instead, the same code came out larger after linking and wasm-opt (the
//! measurement is in BENCHMARKS.md). The module's start is the library's
//! `#[wasm_bindgen(start)]` (src/embed/autostart.rs); `main` itself has nothing to do.

// Links the library, whose `#[wasm_bindgen]` exports are the module's API.
use pakkaz_timeline as _;

fn main() {}
