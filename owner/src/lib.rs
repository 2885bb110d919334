//! The owner module: what only site owners' files need, kept out of the widget's own
//! wasm so that a reader of a timeline that uses none of it does not download it
//! (reading CSV alone would add to every reader's payload; BENCHMARKS.md gives its size).
//!
//! The widget loads it the first time a page needs it (`pakkazReadCsv` and the others in
//! src/embed/owner.js); scripts/owner.mjs builds it after trunk's build, next to the
//! widget's module, and writes the template CSV with this crate's `template` example.

/// Talc in place of Rust's default allocator, as in the widget.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

use pakkaz_core::model;
use wasm_bindgen::prelude::*;

use model::csv::{read_csv, write_csv};
use model::RawDataset;

/// A CSV file's text as the same dataset in JSON text (the public format), or the
/// message naming each problem by row and column.
#[wasm_bindgen(js_name = csvToJson)]
pub fn csv_to_json(text: &str) -> Result<String, String> {
    let dataset = read_csv(text).map_err(|errors| errors.to_string())?;
    serde_json::to_string(&RawDataset::from(&dataset)).map_err(|e| e.to_string())
}

/// A TimelineJS file's JSON text converted into the public format's JSON text, or the
/// message naming each problem (the conversion's, then validation's).
#[wasm_bindgen(js_name = timelinejsToJson)]
pub fn timelinejs_to_json(text: &str) -> Result<String, String> {
    let file: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let raw = model::timelinejs::convert(&file)?;
    let dataset = model::validate(raw).map_err(|errors| {
        format!(
            "The TimelineJS file, converted, {}",
            errors.to_string().trim_start_matches("The timeline data ")
        )
    })?;
    serde_json::to_string(&RawDataset::from(&dataset)).map_err(|e| e.to_string())
}

/// The events of a dataset (its JSON text in the public format) whose ids are `ids`,
/// written as CSV with the dataset's sources and categories: what a reader downloads of
/// the events shown. It loads back through the widget unchanged. (A JSON download is
/// written in the page, src/embed/owner.js.)
#[wasm_bindgen(js_name = exportCsv)]
pub fn export_csv(text: &str, ids: Vec<String>) -> Result<String, String> {
    let raw = model::json_text::read_json(text)?;
    let dataset = model::validate(raw).map_err(|errors| errors.to_string())?;
    let mut ids = ids;
    ids.sort_unstable();
    let shown: Vec<model::Event> = (dataset.events.iter())
        .filter(|e| ids.binary_search(&e.id).is_ok())
        .cloned()
        .collect();
    let mut chosen = model::Dataset::new(dataset.title.clone(), dataset.sources.clone(), shown);
    chosen.categories = dataset.categories.clone();
    Ok(write_csv(&chosen))
}

/// A dataset's JSON text (the public format) written as CSV, or what is wrong with it:
/// the template, written natively after each build (`examples/template.rs`). Not
/// exported to JS: no page asks for it (a reader's CSV download is [`export_csv`]).
pub fn json_to_csv(json: &str) -> Result<String, String> {
    let raw = model::json_text::read_json(json)?;
    let dataset = model::validate(raw).map_err(|errors| errors.to_string())?;
    Ok(write_csv(&dataset))
}
