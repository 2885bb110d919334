//! The languages of the page around a widget, nearest first: the nearest `lang` around
//! its element (a page's `<html lang>`), then the reader's browser languages. Which one
//! the widget speaks is the core's decision (`pakkaz_core::start::language`).

/// The language tags of the page around `host` (see the module's doc).
pub(super) fn of_page(host: &web_sys::Element) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    if let Ok(Some(around)) = host.closest("[lang]") {
        tags.extend(around.get_attribute("lang"));
    }
    if let Some(window) = web_sys::window() {
        let navigator = window.navigator();
        tags.extend(navigator.languages().iter().filter_map(|l| l.as_string()));
    }
    tags
}
