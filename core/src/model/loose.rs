//! A field type for reading data written by people: [`Loose`] holds a field's value if
//! it has the expected shape, or records what was found instead, without failing.
//!
//! Serde stops at the first value of the wrong type. A dataset's reader must not: one
//! event's `"date": 2001` may not hide another event's missing title, so every field of
//! the format is a `Loose<T>` and validation reports each wrong one by event and field.
//! Fields are read from a [`Tree`], the value as written (`super::tree` says why).

use serde::{Serialize, Serializer};

use super::tree::Tree;

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

/// A shape a [`Loose`] field can expect: how it is named in messages, and how it is
/// read from a value as written.
pub trait Shape: Sized {
    /// How the expected shape is named in messages ("text", "a list", …).
    const EXPECTED: &'static str;

    /// The value in this shape, or `None` if `tree` is something else.
    fn from_tree(tree: Tree) -> Option<Self>;
}

impl Shape for String {
    const EXPECTED: &'static str = "text";
    fn from_tree(tree: Tree) -> Option<Self> {
        match tree {
            Tree::Text(text) => Some(text),
            _ => None,
        }
    }
}

impl Shape for f64 {
    const EXPECTED: &'static str = "a number";
    fn from_tree(tree: Tree) -> Option<Self> {
        match tree {
            Tree::Number(number) => Some(number),
            _ => None,
        }
    }
}

/// A list whose items are each read loosely: one wrong item does not hide the others.
impl<T: Shape> Shape for Vec<Loose<T>> {
    const EXPECTED: &'static str = "a list";
    fn from_tree(tree: Tree) -> Option<Self> {
        match tree {
            Tree::List(items) => Some(items.into_iter().map(Loose::from_tree).collect()),
            _ => None,
        }
    }
}

impl<T: Shape> Loose<T> {
    /// A field read from its value as written: absent if `null`, the value if it has the
    /// expected shape, or the kind of what was there.
    pub fn from_tree(tree: Tree) -> Self {
        if tree == Tree::Null {
            return Loose::Absent;
        }
        let kind = tree.kind();
        match T::from_tree(tree) {
            Some(value) => Loose::Value(value),
            None => Loose::Wrong(kind),
        }
    }
}

/// Declares the structs of the format, whose fields are all loose and optional: each
/// struct, its field names as written ([`Record::FIELDS`]), and its reading from an
/// object. The names are the Rust fields' own, so they are written once.
macro_rules! records {
    ($(
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident: $ty:ty, )*
        }
    )*) => {$(
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
        pub struct $name {
            $(
                $(#[$field_meta])*
                #[serde(skip_serializing_if = "Loose::is_absent")]
                pub $field: $ty,
            )*
        }

        impl $crate::model::loose::Record for $name {
            const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];
        }

        impl $crate::model::loose::Shape for $name {
            const EXPECTED: &'static str = "an object";
            fn from_tree(tree: $crate::model::tree::Tree) -> Option<Self> {
                let $crate::model::tree::Tree::Object(entries) = tree else {
                    return None;
                };
                let mut record = Self::default();
                for (key, value) in entries {
                    match key.as_str() {
                        $( stringify!($field) => record.$field = Loose::from_tree(value), )*
                        // Fields the format does not have are left alone.
                        _ => {}
                    }
                }
                Some(record)
            }
        }
    )*};
}
pub(crate) use records;

/// A struct of the format: the names of its fields as written, for whatever lists them
/// (the TypeScript declarations, the docs' tables and their tests).
pub trait Record {
    const FIELDS: &'static [&'static str];
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
