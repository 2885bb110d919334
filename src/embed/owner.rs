//! The owner module (owner/, built to `pakkaz-owner.js` and its wasm beside the widget's
//! module): what only site owners' files need, loaded the first time a page needs it.
//! Today that is reading a CSV file; keeping it out of the widget's wasm spares every
//! reader 8.7 KB gzipped.

use wasm_bindgen::prelude::*;

use super::data::dataset_from_js;
use crate::model::Dataset;

#[wasm_bindgen]
extern "C" {
    /// `pakkazReadCsv` in src/embed/element.js, which the post-build hook appends to this
    /// module's JS glue, so the glue's import finds it by name in the module's own scope
    /// (no global): loads the owner module once, and reads CSV text in it into JSON
    /// text, or rejects with the message naming each problem by row and column.
    #[wasm_bindgen(catch, js_name = pakkazReadCsv)]
    async fn read_csv_in_owner(text: &str) -> Result<JsValue, JsValue>;
}

/// Reads and validates a dataset written as CSV text, in the owner module.
pub(super) async fn dataset_from_csv(text: &str) -> Result<Dataset, String> {
    match read_csv_in_owner(text).await {
        Ok(json) => dataset_from_js(&json),
        Err(refused) => Err(refused.as_string().unwrap_or_else(|| {
            "The timeline data is a CSV file, and the CSV reader (pakkaz-owner.js, beside \
             pakkaz-timeline.js) could not be loaded."
                .to_string()
        })),
    }
}
