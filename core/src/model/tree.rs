//! A value as a host wrote it, before it is read into the format's types: the one thing
//! a deserializer reads. serde-wasm-bindgen (a host's object, or text the browser parsed)
//! and serde_json (natively, and in the owner module) each instantiate a single visitor,
//! this one, and every struct of the format is then read from the tree by plain code
//! ([`super::loose::Shape`]). Reading each struct with serde directly instantiates the
//! deserializer's machinery once per field type and per struct, which made reading the
//! largest part of the widget's wasm after Yew (BENCHMARKS.md).

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::limits::MAX_EVENTS;
use super::loose::Kind;

/// How deep a tree is read. The format's deepest value (an event's citation's quote) is
/// five levels down; a list or object below this is kept only as its kind, and skipped
/// without being walked (serde-wasm-bindgen skips a JS value without looking into it), so
/// hostile nesting costs neither stack nor time.
pub const MAX_DEPTH: usize = 8;

/// A value as written.
#[derive(Clone, Debug, PartialEq)]
pub enum Tree {
    /// `null`, or a missing value (`undefined`).
    Null,
    Bool,
    Number(f64),
    Text(String),
    List(Vec<Tree>),
    /// An object's entries in the order written.
    Object(Vec<(String, Tree)>),
    /// A list or object deeper than [`MAX_DEPTH`], not read.
    Deep(Kind),
    /// Anything a format cannot hold (bytes): not produced by JSON or by a plain object.
    Other,
}

impl Tree {
    /// What the value is, for messages.
    pub fn kind(&self) -> Kind {
        match self {
            Tree::Null => Kind::Null,
            Tree::Bool => Kind::Bool,
            Tree::Number(_) => Kind::Number,
            Tree::Text(_) => Kind::Text,
            Tree::List(_) => Kind::List,
            Tree::Object(_) => Kind::Object,
            Tree::Deep(kind) => *kind,
            Tree::Other => Kind::Other,
        }
    }
}

impl<'de> Deserialize<'de> for Tree {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Level(0).deserialize(deserializer)
    }
}

/// Reads a value at a depth.
#[derive(Clone, Copy)]
struct Level(usize);

impl<'de> DeserializeSeed<'de> for Level {
    type Value = Tree;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Tree, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Level {
    type Value = Tree;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Tree, E> {
        Ok(Tree::Bool)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Tree, E> {
        Ok(Tree::Number(v as f64))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Tree, E> {
        Ok(Tree::Number(v as f64))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Tree, E> {
        Ok(Tree::Number(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Tree, E> {
        Ok(Tree::Text(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Tree, E> {
        Ok(Tree::Text(v))
    }
    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Tree, E> {
        Ok(Tree::Other)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Tree, E> {
        Ok(Tree::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Tree, E> {
        Ok(Tree::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Tree, D::Error> {
        self.deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut list: A) -> Result<Tree, A::Error> {
        if self.0 >= MAX_DEPTH {
            while list.next_element::<IgnoredAny>()?.is_some() {}
            return Ok(Tree::Deep(Kind::List));
        }
        // Reserve what the list says it holds (serde-wasm-bindgen knows a JS array's
        // length): growing a large list by doubling keeps two copies alive at once, and
        // wasm memory never shrinks back. A hostile length is bounded by the most events
        // a dataset may have.
        let hint = list.size_hint().unwrap_or(0);
        let mut items = Vec::with_capacity(hint.min(MAX_EVENTS));
        while let Some(item) = list.next_element_seed(Level(self.0 + 1))? {
            items.push(item);
        }
        Ok(Tree::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut object: A) -> Result<Tree, A::Error> {
        if self.0 >= MAX_DEPTH {
            while object.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            return Ok(Tree::Deep(Kind::Object));
        }
        let mut entries = Vec::new();
        while let Some(key) = object.next_key::<String>()? {
            entries.push((key, object.next_value_seed(Level(self.0 + 1))?));
        }
        Ok(Tree::Object(entries))
    }
}
