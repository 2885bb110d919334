//! The owner module (owner/, built to `pakkaz-owner.js` and its wasm beside the widget's
//! module): what only site owners' files need, loaded the first time a page needs it:
//! reading a CSV file, converting a TimelineJS file, writing a download of the events
//! shown. Keeping it out of the widget's wasm spares every reader its size (BENCHMARKS.md).

use wasm_bindgen::prelude::*;

use super::data::dataset_from_js;
use pakkaz_core::model::Dataset;

#[wasm_bindgen]
extern "C" {
    /// `pakkazReadCsv` in src/embed/owner.js, which the post-build hook appends to this
    /// module's JS glue, so the glue's import finds it by name in the module's own scope
    /// (no global): loads the owner module once, and reads CSV text in it into JSON
    /// text, or rejects with the message naming each problem by row and column.
    #[wasm_bindgen(catch, js_name = pakkazReadCsv)]
    async fn read_csv_in_owner(text: &str) -> Result<JsValue, JsValue>;

    /// `pakkazReadTimelineJs` in src/embed/owner.js: a TimelineJS file (parsed) converted
    /// in the owner module into JSON text of this widget's format, or a rejection with
    /// the message naming each problem.
    #[wasm_bindgen(catch, js_name = pakkazReadTimelineJs)]
    async fn read_timelinejs_in_owner(file: &JsValue) -> Result<JsValue, JsValue>;

    /// `pakkazExport` in src/embed/owner.js: the events of `data` (this format) whose
    /// ids are `ids`, written by the owner module as CSV or JSON and downloaded.
    #[wasm_bindgen(js_name = pakkazExport)]
    fn export_in_owner(data: &JsValue, ids: &js_sys::Array, format: &str);

    /// `pakkazPicture` in src/embed/owner.js: the view of the widget at `root` saved as
    /// SVG or PNG (`format`: its extension) by `pakkaz-picture.js`, with its words,
    /// line by line.
    #[wasm_bindgen(js_name = pakkazPicture)]
    pub(super) fn picture(root: &web_sys::Element, format: &str, lines: &js_sys::Array);
}

/// Downloads the events with these ids, as CSV or as JSON in the public format, from
/// the data the widget read.
pub(super) fn export(origin: &JsValue, ids: &js_sys::Array, format: &str) {
    export_in_owner(origin, ids, format);
}

/// Reads and validates a dataset written as CSV text, in the owner module; with the
/// JSON text it became.
pub(super) async fn dataset_from_csv(text: &str) -> Result<(Dataset, JsValue), String> {
    from_owner(read_csv_in_owner(text).await, "a CSV file")
}

/// Converts a TimelineJS file in the owner module, then reads and validates the result.
pub(super) async fn dataset_from_timelinejs(file: &JsValue) -> Result<(Dataset, JsValue), String> {
    from_owner(read_timelinejs_in_owner(file).await, "a TimelineJS file")
}

/// The dataset the owner module's JSON text holds, or what went wrong there.
fn from_owner(result: Result<JsValue, JsValue>, what: &str) -> Result<(Dataset, JsValue), String> {
    match result {
        Ok(json) => dataset_from_js(&json).map(|dataset| (dataset, json)),
        Err(refused) => Err(refused.as_string().unwrap_or_else(|| {
            format!(
                "The timeline data is {what}, and its reader (pakkaz-owner.js, beside \
                 pakkaz-timeline.js) could not be loaded."
            )
        })),
    }
}
