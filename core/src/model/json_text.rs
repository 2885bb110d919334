//! Datasets written as JSON text, read with serde_json: natively (the build's check of
//! `src/data/events.json`, tests, benchmarks) and in the owner module. In the browser the
//! widget has `JSON.parse` read the text and reads the result like a host's object
//! (`embed::data`); where text is not JSON, [`json_error`] (`json_syntax`) says where.

pub use super::json_syntax::json_error;

/// Reads a dataset from JSON text with serde_json. Fails only when the text is not JSON
/// or not an object; every other problem is left for validation to report with the rest.
/// (The widget's wasm reads JSON text with `JSON.parse` instead; the owner module uses
/// this.)
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub fn read_json(text: &str) -> Result<super::format::RawDataset, String> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let raw = super::read::read(&mut deserializer).map_err(|e| match e {
        super::read::ReadError::Format(e) if e.is_syntax() || e.is_eof() => {
            json_error(text).map_or_else(|| super::read::could_not_read(&e), |j| j.to_string())
        }
        other => other.to_string(),
    })?;
    deserializer.end().map_err(|_| {
        json_error(text).map_or_else(
            || "The timeline data is not valid JSON".to_string(),
            |j| j.to_string(),
        )
    })?;
    Ok(raw)
}
