//! The data model: dates with precision, categories, events, and the public dataset
//! format with its validation. Pure Rust, no web APIs.

pub mod category;
pub mod dataset;
pub mod date;
pub mod event;
pub mod json;
pub mod search;

pub use category::{Category, CategorySet};
pub use dataset::{validate, DataError, DataErrors, DataValue, RawDataset};
pub use date::{Date, Precision};
pub use event::{Citation, Dataset, Event, Source, Status};

/// The embedded dataset, as JSON text; parsed at start-up with [`parse_dataset`].
pub const EMBEDDED_JSON: &str = include_str!("../data/events.json");

/// Reads and validates a dataset written as JSON text: the dataset, or one readable
/// message with every problem (the same message the widget shows). Given an owned
/// `String`, it frees the text before validating: wasm memory never shrinks, so its
/// size is the peak, and text, parsed fields and events need not all be alive at once.
pub fn parse_dataset(text: impl AsRef<str>) -> Result<Dataset, String> {
    let raw = RawDataset::parse(text.as_ref())?;
    drop(text);
    validate(raw).map_err(|errors| errors.to_string())
}
