//! A host's dataset, read with serde-wasm-bindgen and validated: an object in the
//! documented format is read where it lies, field by field; JSON text is parsed by the
//! browser's own `JSON.parse` first and then read the same way.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` on a JS string as it is: js-sys's binding takes a `&str`, which would
    /// copy the host's text into wasm memory and back out again.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &JsValue) -> Result<JsValue, JsValue>;
}

use crate::model::json_syntax::json_error;
use crate::model::read::{could_not_read, read};
use crate::model::{validate, Dataset};

/// Reads and validates a dataset given by a host: an object, or JSON text.
pub fn dataset_from_js(data: &JsValue) -> Result<Dataset, String> {
    if data.is_string() {
        return match json_parse(data) {
            Ok(value) => dataset_from_value(value),
            Err(refused) => Err(not_json(&data.as_string().unwrap_or_default(), refused)),
        };
    }
    if data.is_undefined() {
        return Err("The timeline data is missing: give a dataset object or JSON text.".into());
    }
    dataset_from_value(data.clone())
}

/// Reads and validates a dataset written as JSON text.
pub fn dataset_from_text(text: &str) -> Result<Dataset, String> {
    match js_sys::JSON::parse(text) {
        Ok(value) => dataset_from_value(value),
        Err(refused) => Err(not_json(text, refused)),
    }
}

/// The message for text `JSON.parse` refused: where and why, located by serde_json.
fn not_json(text: &str, refused: JsValue) -> String {
    match json_error(text) {
        Some(error) => error.to_string(),
        // serde_json found nothing wrong: say what the browser said.
        None => could_not_read(&String::from(js_sys::Error::from(refused).message())),
    }
}

fn dataset_from_value(value: JsValue) -> Result<Dataset, String> {
    let raw = read(serde_wasm_bindgen::Deserializer::from(value)).map_err(|e| e.to_string())?;
    validate(raw).map_err(|errors| errors.to_string())
}
