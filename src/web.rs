//! Browser entry points: parsing data with the browser's own JSON parser and mounting the
//! widget.

use std::rc::Rc;

use crate::components::app::AppProps;
use crate::components::error::ErrorViewProps;
use crate::components::{App, ErrorView};
use crate::model::{validate, Dataset, RawDataset, EMBEDDED_JSON};

/// Parses and validates a dataset written as JSON text. `JSON.parse` does the parsing, so
/// the wasm carries no JSON parser of its own; the error is a readable message listing
/// every problem.
pub fn parse_dataset_json(text: &str) -> Result<Dataset, String> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let detail = js_sys::Error::from(e).message();
        format!("The timeline data is not valid JSON: {detail}")
    })?;
    let raw: RawDataset = serde_wasm_bindgen::from_value(value)
        .map_err(|e| format!("The timeline data has the wrong shape: {e}"))?;
    validate(&raw).map_err(|errors| errors.to_string())
}

/// Renders the widget with the embedded dataset into `#pakkaz-timeline` (or the body):
/// the standalone page.
pub fn run_standalone() {
    console_error_panic_hook::set_once();
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("pakkaz-timeline")
        .unwrap_or_else(|| gloo::utils::body().into());
    match parse_dataset_json(EMBEDDED_JSON) {
        Ok(dataset) => {
            let props = AppProps {
                dataset: Rc::new(dataset),
                range: crate::default_range(),
            };
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        Err(message) => {
            let props = ErrorViewProps {
                message: message.into(),
            };
            yew::Renderer::<ErrorView>::with_root_and_props(root, props).render();
        }
    }
}
