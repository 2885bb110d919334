//! A field type for reading data written by people: [`Loose`] holds a field's value if
//! it has the expected shape, or records what was found instead, without failing.
//!
//! Serde stops at the first value of the wrong type. A dataset's reader must not: one
//! event's `"date": 2001` may not hide another event's missing title, so every field of
//! the format is a `Loose<T>` and validation reports each wrong one by event and field.
//! A wrong value is skipped without being read further (a list where text belongs is
//! not walked), so nesting depth costs nothing here.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// What a value was, for messages ("must be text, not a number").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
    /// Anything a format cannot hold (bytes, a unit value): not produced by JSON or by a
    /// host's plain object.
    Other,
}

impl Kind {
    /// The kind as a reader of an error message would say it.
    pub fn phrase(self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Bool => "true or false",
            Kind::Number => "a number",
            Kind::Text => "text",
            Kind::List => "a list",
            Kind::Object => "an object",
            Kind::Other => "something else",
        }
    }
}

/// A field as found: absent (missing or `null`), the value in the expected shape, or
/// the kind of what was there instead.
///
/// Absence is a variant rather than an `Option` around the field so that a reader
/// instantiates one visitor per shape, not also one per `Option` (fewer wasm bytes).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Loose<T> {
    #[default]
    Absent,
    Value(T),
    Wrong(Kind),
}

impl<T> Loose<T> {
    pub fn is_absent(&self) -> bool {
        matches!(self, Loose::Absent)
    }

    /// The value, if it had the expected shape.
    pub fn value(self) -> Option<T> {
        match self {
            Loose::Value(v) => Some(v),
            _ => None,
        }
    }

    pub fn as_value(&self) -> Option<&T> {
        match self {
            Loose::Value(v) => Some(v),
            _ => None,
        }
    }
}

/// A shape a [`Loose`] field can expect. Each method takes one kind of value and
/// returns `None` if this shape is not that kind; the defaults take nothing.
pub trait Shape: Sized {
    /// How the expected shape is named in messages ("text", "a list", …).
    const EXPECTED: &'static str;

    fn from_text(_text: String) -> Option<Self> {
        None
    }
    fn from_number(_number: f64) -> Option<Self> {
        None
    }
    /// Reads a list. Must consume it, even when refusing it.
    fn from_list<'de, A: SeqAccess<'de>>(mut list: A) -> Result<Option<Self>, A::Error> {
        while list.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }
    /// Reads an object. Must consume it, even when refusing it.
    fn from_object<'de, A: MapAccess<'de>>(mut object: A) -> Result<Option<Self>, A::Error> {
        while object.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(None)
    }
}

impl Shape for String {
    const EXPECTED: &'static str = "text";
    fn from_text(text: String) -> Option<Self> {
        Some(text)
    }
}

impl Shape for f64 {
    const EXPECTED: &'static str = "a number";
    fn from_number(number: f64) -> Option<Self> {
        Some(number)
    }
}

/// A list whose items are each read loosely: one wrong item does not hide the others.
impl<T: Shape> Shape for Vec<Loose<T>> {
    const EXPECTED: &'static str = "a list";
    fn from_list<'de, A: SeqAccess<'de>>(mut list: A) -> Result<Option<Self>, A::Error> {
        // Reserve what the list says it holds (serde-wasm-bindgen knows a JS array's
        // length): growing a large list by doubling keeps two copies alive at once, and
        // wasm memory never shrinks back. A hostile length is bounded by the most
        // events a dataset may have.
        let hint = list.size_hint().unwrap_or(0);
        let mut items = Vec::with_capacity(hint.min(super::limits::MAX_EVENTS));
        while let Some(item) = list.next_element::<Loose<T>>()? {
            items.push(item);
        }
        Ok(Some(items))
    }
}

/// A struct of the format (all of whose fields are loose), read from an object.
pub fn record_from_object<'de, T: DeserializeOwned, A: MapAccess<'de>>(
    object: A,
) -> Result<Option<T>, A::Error> {
    T::deserialize(de::value::MapAccessDeserializer::new(object)).map(Some)
}

/// Makes structs of the format loose fields that expect an object.
macro_rules! records {
    ($($t:ty),*) => {$(
        impl super::loose::Shape for $t {
            const EXPECTED: &'static str = "an object";
            fn from_object<'de, A: serde::de::MapAccess<'de>>(
                object: A,
            ) -> Result<Option<Self>, A::Error> {
                super::loose::record_from_object(object)
            }
        }
    )*};
}
pub(crate) use records;

impl<'de, T: Shape> Deserialize<'de> for Loose<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LooseVisitor(PhantomData))
    }
}

struct LooseVisitor<T>(PhantomData<T>);

impl<T: Shape> LooseVisitor<T> {
    fn found(value: Option<T>, kind: Kind) -> Loose<T> {
        match value {
            Some(v) => Loose::Value(v),
            None => Loose::Wrong(kind),
        }
    }
}

impl<'de, T: Shape> Visitor<'de> for LooseVisitor<T> {
    type Value = Loose<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(T::EXPECTED)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Loose::Wrong(Kind::Bool))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Self::found(T::from_number(v as f64), Kind::Number))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Self::found(T::from_number(v as f64), Kind::Number))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Self::found(T::from_number(v), Kind::Number))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        self.visit_string(v.to_string())
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Self::found(T::from_text(v), Kind::Text))
    }
    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Self::Value, E> {
        Ok(Loose::Wrong(Kind::Other))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Loose::Absent)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Loose::Absent)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        Loose::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, list: A) -> Result<Self::Value, A::Error> {
        Ok(Self::found(T::from_list(list)?, Kind::List))
    }
    fn visit_map<A: MapAccess<'de>>(self, object: A) -> Result<Self::Value, A::Error> {
        Ok(Self::found(T::from_object(object)?, Kind::Object))
    }
}

/// A value is written as itself; an absent or wrong one as `null` (fields skip absent
/// values, and wrong ones are never written out: only validated data is).
impl<T: Serialize> Serialize for Loose<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Loose::Value(v) => v.serialize(serializer),
            _ => serializer.serialize_none(),
        }
    }
}
