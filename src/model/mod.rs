//! The data model: dates with precision, categories, events, and the public dataset
//! format with its validation. Pure Rust, no web APIs.

pub mod category;
pub mod dataset;
pub mod date;
pub mod event;
pub mod search;

pub use category::{Category, CategorySet};
pub use dataset::{validate, DataError, DataErrors, RawDataset};
pub use date::{Date, Precision};
pub use event::{Citation, Dataset, Event, Source, Status};

/// The embedded dataset, as JSON text; parsed at start-up (by the browser's own
/// `JSON.parse` in the widget, so the wasm carries no JSON parser).
pub const EMBEDDED_JSON: &str = include_str!("../data/events.json");
