//! The package's TypeScript declarations, written from the tables of [`super::options`]
//! and [`super::events`], the languages and strings the widget has, and the data format's
//! types (their fields as the reader names them, [`crate::model::loose::Record`]). They are
//! appended to the declarations wasm-bindgen writes for the module's functions and the
//! handle (`mount`, `validateDataset`, `Timeline`), which come from the Rust signatures.
//!
//! Natively only: `cargo run --example typescript` prints them for the build.
//!
//! Here the module's declarations are put in order, with the named types the rest refer
//! to; the data format's interfaces are written in `format`, the host API's (options,
//! attributes, events, the element) in `host`, React's JSX in `jsx`, and all of them with
//! the helpers of `write`.

mod format;
mod host;
mod jsx;
mod write;

pub use format::{interfaces, REQUIRED};
pub use host::attributes_json;
pub use jsx::jsx;

use super::options::THEMES;
use crate::text::keys::entries;
use crate::text::lang::{en, Lang};
use write::{doc, line, union};

/// The whole set of declarations, for the end of the module's `.d.ts`.
pub fn declarations() -> String {
    let mut out = String::new();
    let w = &mut out;
    line(
        w,
        "// Written from core/src/api/ and the data format's serde types (core/src/model/format.rs) by",
    );
    line(
        w,
        "// `cargo run --example typescript`: change those, not this.",
    );
    line(w, "");
    doc(w, "", "The package's version.");
    line(
        w,
        &format!(
            "export declare const version: \"{}\";",
            env!("CARGO_PKG_VERSION")
        ),
    );
    doc(
        w,
        "",
        "A language the widget speaks (its tag, as `lang` attributes write it).",
    );
    line(
        w,
        &format!(
            "export type Lang = {};",
            union(Lang::ALL.iter().map(|l| l.tag()))
        ),
    );
    doc(
        w,
        "",
        "The widget's colours: light, dark, or as the reader's system is set.",
    );
    line(w, &format!("export type Theme = {};", union(THEMES)));
    doc(
        w,
        "",
        "A date as the data format writes it: a year (\"2022\"), a month (\"2022-01\") or a day (\"2022-01-27\").",
    );
    line(w, "export type DateText = string;");
    doc(w, "", "The key of one of the widget's strings (src/text/lang/en.rs lists them with their English text).");
    line(
        w,
        &format!(
            "export type StringKey = {};",
            union(entries(en::TABLE).map(|(k, _)| k))
        ),
    );
    format::declare(w);
    host::declare(w);
    out
}
