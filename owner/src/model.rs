//! The widget's model files (the format, validation, CSV), compiled into this module as
//! they are: the same source, not a copy. Declared as the widget's `model` declares
//! them, so their `super::` and `crate::model::` paths resolve the same way. (Depending
//! on the widget's crate instead would link its exported functions, and so all of Yew,
//! into this module.)
#![allow(dead_code, unused_imports)]

#[path = "../../src/model/category.rs"]
pub mod category;
#[path = "../../src/model/colour.rs"]
pub mod colour;
#[path = "../../src/model/csv/mod.rs"]
pub mod csv;
#[path = "../../src/model/dataset.rs"]
pub mod dataset;
#[path = "../../src/model/date.rs"]
pub mod date;
#[path = "../../src/model/eras.rs"]
pub mod eras;
#[path = "../../src/model/event.rs"]
pub mod event;
#[path = "../../src/model/format.rs"]
pub mod format;
#[path = "../../src/model/json_syntax.rs"]
pub mod json_syntax;
#[path = "../../src/model/json_text.rs"]
pub mod json_text;
#[path = "../../src/model/loose.rs"]
pub mod loose;
#[path = "../../src/model/media.rs"]
pub mod media;
#[path = "../../src/model/own_categories.rs"]
pub mod own_categories;
#[path = "../../src/model/problems.rs"]
pub mod problems;
#[path = "../../src/model/read.rs"]
pub mod read;
#[path = "../../src/model/stamp.rs"]
pub mod stamp;
#[path = "../../src/model/timelinejs/mod.rs"]
pub mod timelinejs;
#[path = "../../src/model/undated.rs"]
pub mod undated;
#[path = "../../src/model/written.rs"]
pub mod written;

pub use dataset::validate;
pub use event::{Citation, Dataset, Event, Source, Status};
pub use format::RawDataset;
pub use problems::{DataError, DataErrors, Place};
