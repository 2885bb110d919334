//! Datasets written as JSON text: where text that is not JSON goes wrong, and (natively:
//! the build's check of `src/data/events.json`, tests, benchmarks) reading it with
//! serde_json. In the browser the text is parsed by `JSON.parse` and read like a host's
//! object (`embed::data`); only when `JSON.parse` refuses it is [`json_error`] asked
//! where, so the message names line and column, in the same words in every browser.

/// Where a dataset's text could not be read as JSON: line and column (from 1, columns
/// in characters) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "The timeline data is not valid JSON: line {}, column {}: {}",
            self.line, self.column, self.message
        )
    }
}

/// Locates the first problem in JSON text that is not valid JSON, with serde_json: the
/// browser's `JSON.parse` reads the data, and only when it refuses it is the text read
/// again here, to say where and why in the same words in every browser. `None` if
/// serde_json finds the text valid after all.
pub fn json_error(text: &str) -> Option<JsonError> {
    let error = serde_json::from_str::<serde::de::IgnoredAny>(text).err()?;
    // serde_json names the last character read; where the text ends too soon, the
    // problem is just after it.
    let after_end = usize::from(error.is_eof());
    Some(JsonError {
        line: error.line(),
        column: char_column(text, error.line(), error.column()) + after_end,
        message: json_error_words(&error.to_string()),
    })
}

/// serde_json counts columns in bytes; readers count characters.
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(line_text) = text.split('\n').nth(line.saturating_sub(1)) else {
        return byte_column;
    };
    let mut end = byte_column.min(line_text.len());
    while !line_text.is_char_boundary(end) {
        end -= 1;
    }
    line_text[..end].chars().count()
}

/// serde_json's reason in the words a site owner reads ("expected a field name in double
/// quotes"), without its own "at line … column …" (said before it).
fn json_error_words(message: &str) -> String {
    let reason = message
        .rsplit_once(" at line ")
        .map_or(message, |(reason, _)| reason);
    let words = match reason {
        "key must be a string" => "expected a field name in double quotes",
        "expected value" | "expected ident" => {
            "expected a value (text in quotes, a number, a list or an object)"
        }
        r if r.starts_with("EOF while parsing") => "the data ends where a value was expected",
        "expected `,` or `]`" => "expected , or ] in a list",
        "expected `,` or `}`" => "expected , or } in an object",
        "expected `:`" => "expected : after a field name",
        "trailing comma" => "a comma before the end of a list or object",
        "trailing characters" => "unexpected text after the end of the data",
        "recursion limit exceeded" => "lists and objects are nested too deeply",
        r if r.starts_with("control character") => {
            "a line break or control character inside text (write it as \\n)"
        }
        "invalid escape" => "unknown escape after \\ in text",
        "invalid number" | "number out of range" => "a number is not written as JSON numbers are",
        other => other,
    };
    words.to_string()
}

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
