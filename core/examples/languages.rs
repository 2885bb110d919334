//! Prints the translations the widget fetches when a reader needs one (every language but
//! English, whose table is in the widget's wasm), as JSON: `{ "ur": "<table>", … }`, each
//! table the text of its `translation!` (`key=text` entries). The build writes each
//! beside the module as `pakkaz-lang-<tag>.txt` (scripts/languages.mjs):
//! `cargo run -p pakkaz-core --example languages`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use pakkaz_core::text::Lang;
    let tables: serde_json::Map<String, serde_json::Value> = Lang::ALL
        .into_iter()
        .filter(|&lang| lang != Lang::En)
        .map(|lang| (lang.tag().to_string(), lang.table().into()))
        .collect();
    print!("{}", serde_json::Value::Object(tables));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
