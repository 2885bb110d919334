//! The browser's Unicode data for search folding: the core folds with what it is given
//! (`pakkaz_core::model::fold`), and the browser's own `normalize`, `toLowerCase` and
//! `toUpperCase` cost the wasm nothing, where tables of its own would weigh on every
//! reader's download.

/// Has the core fold with the browser's Unicode data from now on.
pub fn use_browser_unicode() {
    pakkaz_core::model::fold::use_unicode(browser_fold);
}

/// NFD, lower(upper(lower(·))), NFD again, combining marks removed: one call for the
/// whole text (the search index folds every event's text in one go).
fn browser_fold(text: &str) -> String {
    let marks = js_sys::RegExp::new("\\p{M}", "gu");
    let folded = js_sys::JsString::from(text)
        .normalize("NFD")
        .to_lower_case()
        .to_upper_case()
        .to_lower_case()
        .normalize("NFD")
        .replace_by_pattern(&marks, "");
    String::from(folded)
}
