//! The keys of the widget's strings. `core/src/text/lang/en.rs` lists them once, with their
//! English text; this macro makes of that list the [`Key`] enum the code names strings
//! by and the English table.

/// `keys! { name: "English text", … }`: the `Key` enum (one variant per name) and
/// `TABLE`, the English strings.
macro_rules! keys {
    ($($key:ident: $text:literal,)*) => {
        /// A string the widget shows, named as in the translation files.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key {
            $($key,)*
        }

        impl Key {
            /// Every key, in the order of the English file.
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];

            /// The key's name in the translation files (read from the English table, so
            /// the names are in the wasm once).
            pub fn name(self) -> &'static str {
                crate::text::keys::entries(TABLE)
                    .nth(self as usize)
                    .map_or("", |(name, _)| name)
            }
        }

        /// The English strings (see [`translation`]).
        pub const TABLE: &str = concat!($(stringify!($key), "=", $text, "\u{1f}",)*);
    };
}
pub(crate) use keys;

/// `translation! { name: "text", … }`: a language's `TABLE`, its strings as one text of
/// `name=text` entries, each ended by U+001F ([`entries`] reads it). One
/// text rather than a table of (key, text) pairs: the pairs' pointers cost wasm bytes
/// for every string, and compress poorly.
macro_rules! translation {
    ($($key:ident: $text:literal,)*) => {
        /// The strings, by key name (see `crate::text::keys::translation`).
        pub const TABLE: &str = concat!($(stringify!($key), "=", $text, "\u{1f}",)*);
    };
}
pub(crate) use translation;

/// A translation's strings: (key name, text) pairs, in the file's order.
pub fn entries(table: &str) -> impl Iterator<Item = (&str, &str)> {
    table
        .split('\u{1f}')
        .filter_map(|entry| entry.split_once('='))
}
