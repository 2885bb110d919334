//! The data model: dates with precision, categories, events, and the public dataset
//! format (serde types) with its reading and validation. Pure Rust, no web APIs.

pub mod category;
pub mod collector;
pub mod colour;
pub mod csv;
pub mod dataset;
pub mod date;
pub mod eras;
pub mod event;
pub mod file_format;
pub mod fold;
/// The folding cases every fold is held to, natively and in the browser (tests only).
#[doc(hidden)]
pub mod fold_cases;
pub mod format;
pub mod json_syntax;
pub mod json_text;
pub mod limits;
pub mod loose;
pub mod media;
pub mod own_categories;
pub mod problems;
pub mod read;
pub mod search;
pub mod shared_checks;
pub mod stamp;
pub mod timelinejs;
pub mod tree;
pub mod undated;
pub mod written;

pub use category::{Builtin, Categories, Category, CategoryInfo, CategorySet, Label};
pub use dataset::validate;
pub use date::{Date, Precision};
pub use event::{Citation, Dataset, Era, Event, Media, Note, Source, Status};
pub use format::{RawCategory, RawCitation, RawDataset, RawEra, RawEvent, RawNote, RawSource};
pub use problems::{DataError, DataErrors, Place};

/// The embedded dataset, `src/data/events.json`, as its maintainers write it (for tests,
/// benchmarks and examples). The widget embeds it as its build checked it and without
/// the whitespace between its tokens (the widget's `build.rs`).
pub const EMBEDDED_JSON: &str = include_str!("../../../src/data/events.json");

/// Reads and validates a dataset written as JSON text, with serde_json: the dataset, or
/// one readable message with every problem (the same message the widget shows). The
/// browser reads text with its own `JSON.parse` instead (`embed::data`).
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_dataset(text: impl AsRef<str>) -> Result<Dataset, String> {
    let raw = json_text::read_json(text.as_ref())?;
    drop(text);
    validate(raw).map_err(|errors| errors.to_string())
}
