//! A host's dataset, read with serde-wasm-bindgen and validated: an object in the
//! documented format is read where it lies into a value tree (`model::tree`), and the
//! format's structs from that; JSON text is parsed by the browser's own `JSON.parse`
//! first and then read the same way.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` on a JS string as it is: js-sys's binding takes a `&str`, which would
    /// copy the host's text into wasm memory and back out again.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &JsValue) -> Result<JsValue, JsValue>;
}

use pakkaz_core::model::json_syntax::json_error;
use pakkaz_core::model::read::{could_not_read, read};
use pakkaz_core::model::{validate, Dataset};

/// A host's data, read: a dataset with the data it was read from (kept for a reader's
/// download of the events shown), or a TimelineJS file (parsed) for the owner module to
/// convert.
pub enum Read {
    Dataset(Dataset, JsValue),
    TimelineJs(JsValue),
}

/// Reads a host's data (an object, or JSON text): validated if it is in this widget's
/// format, set aside if it is a TimelineJS file.
pub fn read_js(data: &JsValue) -> Result<Read, String> {
    let value = if data.is_string() {
        json_parse(data)
            .map_err(|refused| not_json(&data.as_string().unwrap_or_default(), refused))?
    } else if data.is_undefined() {
        return Err("The timeline data is missing: give a dataset object or JSON text.".into());
    } else {
        data.clone()
    };
    if is_timelinejs(&value) {
        return Ok(Read::TimelineJs(value));
    }
    dataset_from_value(value.clone()).map(|dataset| Read::Dataset(dataset, value))
}

/// Reads and validates a dataset given by a host in this widget's format: an object, or
/// JSON text.
pub fn dataset_from_js(data: &JsValue) -> Result<Dataset, String> {
    match read_js(data)? {
        Read::Dataset(dataset, _) => Ok(dataset),
        Read::TimelineJs(_) => Err("The timeline data is a TimelineJS file: `mount` and the \
             tag convert it (in pakkaz-owner.js), and this check reads only the widget's own \
             format."
            .into()),
    }
}

/// Whether parsed data is a TimelineJS file: its first event has a `start_date` object
/// (this format's events have `date` text). The conversion itself is in the owner module
/// (src/model/timelinejs/).
fn is_timelinejs(value: &JsValue) -> bool {
    let get = |object: &JsValue, key: &str| js_sys::Reflect::get(object, &key.into()).ok();
    get(value, "events")
        .filter(js_sys::Array::is_array)
        .and_then(|events| get(&events, "0"))
        .and_then(|first| get(&first, "start_date"))
        .is_some_and(|start| start.is_object())
}

/// The message for text `JSON.parse` refused: where and why, located by `json_syntax`.
fn not_json(text: &str, refused: JsValue) -> String {
    match json_error(text) {
        Some(error) => error.to_string(),
        // The scanner found nothing wrong: say what the browser said.
        None => could_not_read(&String::from(js_sys::Error::from(refused).message())),
    }
}

fn dataset_from_value(value: JsValue) -> Result<Dataset, String> {
    let raw = read(serde_wasm_bindgen::Deserializer::from(value)).map_err(|e| e.to_string())?;
    validate(raw).map_err(|errors| errors.to_string())
}
