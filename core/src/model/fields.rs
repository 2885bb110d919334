//! The names of a serde type's fields, as serde reads them: asked of the type's derived
//! `Deserialize` itself, so whatever lists the format's fields (the TypeScript
//! declarations, the docs' tables and their tests) cannot drift from the types.

use serde::de::{self, Visitor};

/// The fields of `T` (a struct deriving `Deserialize`), under their serde names.
pub fn fields_of<T: for<'de> serde::Deserialize<'de>>() -> Vec<&'static str> {
    let capture = Capture(std::cell::Cell::new(&[]));
    let _ = T::deserialize(&capture);
    capture.0.get().to_vec()
}

/// A deserializer that notes the fields a struct asks for, then stops.
struct Capture(std::cell::Cell<&'static [&'static str]>);

#[derive(Debug)]
struct Stop;

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("stop")
    }
}

impl std::error::Error for Stop {}

impl de::Error for Stop {
    fn custom<M: std::fmt::Display>(_: M) -> Self {
        Stop
    }
}

impl<'de> de::Deserializer<'de> for &Capture {
    type Error = Stop;
    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
        Err(Stop)
    }
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Stop> {
        self.0.set(fields);
        Err(Stop)
    }
    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}
