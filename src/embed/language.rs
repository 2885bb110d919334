//! The language a widget speaks when its host names none: the `lang=` of the page's URL
//! hash (the standalone page, which keeps the hash), else the nearest `lang` around its
//! element (a page's `<html lang>`), else the reader's browser languages, else English.

use crate::text::Lang;

/// The language of the page around `host` (see the module's doc).
pub(super) fn of_page(host: &web_sys::Element, follows_hash: bool) -> Lang {
    let window = web_sys::window();
    let mut tags: Vec<String> = Vec::new();
    if follows_hash {
        let hash = window
            .as_ref()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        tags.extend(crate::url::lang_of_hash(&hash));
    }
    if let Ok(Some(around)) = host.closest("[lang]") {
        tags.extend(around.get_attribute("lang"));
    }
    if let Some(window) = &window {
        let navigator = window.navigator();
        tags.extend(navigator.languages().iter().filter_map(|l| l.as_string()));
    }
    Lang::first_spoken(tags.iter().map(String::as_str))
}
