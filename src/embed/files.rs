//! The files the widget fetches from beside its module when it first needs them
//! (src/embed/files.js fetches each once for the page): the embedded dataset, for a
//! widget without data of its own, and a translation, for a widget in a language other
//! than English. Neither is in the wasm, so a reader downloads only what they see.

use wasm_bindgen::prelude::*;

use super::data::dataset_from_js;
use pakkaz_core::model::Dataset;
use pakkaz_core::text::{Lang, Words};

#[wasm_bindgen]
extern "C" {
    /// `pakkazEmbeddedData` in src/embed/files.js: the embedded dataset's JSON text,
    /// `pakkaz-events.json` beside the module.
    #[wasm_bindgen(catch, js_name = pakkazEmbeddedData)]
    async fn embedded_data() -> Result<JsValue, JsValue>;

    /// `pakkazTranslation` in src/embed/files.js: a language's table
    /// (`pakkaz-lang-<tag>.txt` beside the module). Returns the fetch's promise at once,
    /// so that it runs while the data is read or fetched.
    #[wasm_bindgen(js_name = pakkazTranslation)]
    fn translation(tag: &str) -> js_sys::Promise;
}

/// Reads the embedded dataset; with the text, for a reader's download.
pub(super) async fn embedded_dataset() -> Result<(Dataset, JsValue), String> {
    match embedded_data().await {
        Ok(text) => dataset_from_js(&text).map(|dataset| (dataset, text)),
        Err(_) => Err(
            "The timeline's events could not be loaded from pakkaz-events.json, beside \
             pakkaz-timeline.js (offline, or the server does not have it)."
                .into(),
        ),
    }
}

/// A widget's words on their way: English at once, another language once its table is
/// fetched (started when this is made).
pub(super) enum Speech {
    Ready(Words),
    Fetching {
        lang: Lang,
        table: js_sys::Promise,
        overrides: Vec<(String, String)>,
        /// What the widget says meanwhile ("Loading…").
        english: Words,
    },
}

impl Speech {
    /// The words of `lang` with the host's `overrides`, checked at once (a key the widget
    /// does not have is an error); another language's table is fetched from now on.
    pub(super) fn start(lang: Lang, overrides: Vec<(String, String)>) -> Result<Speech, String> {
        let english = Words::english_with(overrides.clone())?;
        Ok(match lang {
            Lang::En => Speech::Ready(english),
            lang => Speech::Fetching {
                lang,
                table: translation(lang.tag()),
                overrides,
                english,
            },
        })
    }

    /// The words to say that the widget is loading, before the table is there.
    pub(super) fn meanwhile(&self) -> Words {
        match self {
            Speech::Ready(words) | Speech::Fetching { english: words, .. } => words.clone(),
        }
    }

    /// The words, once their table is there. A table that cannot be fetched leaves the
    /// widget in English, which it can always speak, rather than not shown at all.
    pub(super) async fn words(self) -> Words {
        match self {
            Speech::Ready(words) => words,
            Speech::Fetching {
                lang,
                table,
                overrides,
                english,
            } => {
                let fetched = wasm_bindgen_futures::JsFuture::from(table).await;
                let text = fetched.ok().and_then(|t| t.as_string());
                // The overrides were checked when the English words were made.
                text.and_then(|table| Words::of_table(lang, &table, overrides).ok())
                    .unwrap_or(english)
            }
        }
    }
}
