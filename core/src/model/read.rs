//! Reading a dataset with any serde deserializer: serde-wasm-bindgen for a host's object
//! (and for JSON text once the browser has parsed it), serde_json natively. The
//! deserializer reads a [`Tree`]; the format's structs are read from it. Reading fails
//! only when the data is not an object at all or the deserializer itself fails; fields
//! that are missing or of the wrong type are kept for validation to report together.

use std::fmt;

use serde::{Deserialize, Deserializer};

use super::format::RawDataset;
use super::loose::{Kind, Loose};
use super::tree::Tree;

/// Why a dataset could not be read at all.
#[derive(Debug)]
pub enum ReadError<E> {
    /// The data is not an object (a list, text, a number, …).
    NotAnObject(Kind),
    /// The deserializer failed (JSON that is not JSON, a value no format holds).
    Format(E),
}

impl<E: fmt::Display> fmt::Display for ReadError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotAnObject(kind) => write!(
                f,
                "The timeline data must be an object with an \"events\" list, not {}.",
                kind.phrase()
            ),
            ReadError::Format(e) => f.write_str(&could_not_read(e)),
        }
    }
}

/// The message for a deserializer's own failure.
pub fn could_not_read(error: &impl fmt::Display) -> String {
    format!("The timeline data could not be read: {error}")
}

/// Reads the dataset `deserializer` holds.
pub fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<RawDataset, ReadError<D::Error>> {
    let tree = Tree::deserialize(deserializer).map_err(ReadError::Format)?;
    match Loose::<RawDataset>::from_tree(tree) {
        Loose::Value(raw) => Ok(raw),
        Loose::Wrong(kind) => Err(ReadError::NotAnObject(kind)),
        Loose::Absent => Err(ReadError::NotAnObject(Kind::Null)),
    }
}
