//! Checks the embedded dataset, `src/data/events.json`, with the widget's own format types
//! and validator (the same source files, compiled into this script), so that a bad edit
//! fails `cargo build` and `trunk build` with the validator's message and never reaches
//! a reader's browser.
//!
//! The model's files name each other as `super::…`; declared here at the crate root, as
//! they are under `model` in the widget, those paths resolve the same way.
#![allow(dead_code)]

#[path = "src/model/category.rs"]
mod category;
#[path = "src/model/dataset.rs"]
mod dataset;
#[path = "src/model/date.rs"]
mod date;
#[path = "src/model/event.rs"]
mod event;
#[path = "src/model/format.rs"]
mod format;
#[path = "src/model/json_text.rs"]
mod json_text;
#[path = "src/model/loose.rs"]
mod loose;
#[path = "src/model/problems.rs"]
mod problems;
#[path = "src/model/read.rs"]
mod read;
#[path = "src/model/stamp.rs"]
mod stamp;

const EVENTS: &str = "src/data/events.json";

fn main() {
    println!("cargo:rerun-if-changed={EVENTS}");
    let checked = std::fs::read_to_string(EVENTS)
        .map_err(|e| format!("cannot read {EVENTS}: {e}"))
        .and_then(|text| json_text::read_json(&text))
        .and_then(|raw| dataset::validate(raw).map_err(|errors| errors.to_string()));
    if let Err(message) = checked {
        eprintln!("\n{EVENTS} is not valid; nothing was built.\n\n{message}");
        std::process::exit(1);
    }
}
