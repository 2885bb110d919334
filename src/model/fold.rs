//! Folding text for search, by the Unicode data of a maintained source: in the browser
//! its own `String.prototype.normalize`, `toLowerCase` and `toUpperCase` (through
//! js-sys, at no cost in wasm size); natively the `unicode-normalization` crate and
//! std's case mappings. Text and query are folded the same way and compared as strings.
//!
//! Folding is canonical decomposition (NFD), case folding, and removal of combining
//! marks, so NFC and NFD text match, and so do "Ä" and "a", "Қ" and "қ", "ς" and "σ",
//! "ß" and "ss". Case folding is lower(upper(lower(text))): full case folding's classes
//! (ß and ẞ with ss, ς with σ, ﬁ with fi), and also the dotless ı with i, as a reader
//! typing on a keyboard without it expects. Beyond Unicode's data, two things a reader
//! types differently are joined: typographic apostrophes with `'`, and the Latin letters
//! with a stroke that Unicode does not decompose (ł, ø, đ, ħ, ŧ) with their base letter.

/// `text` folded for matching (see the module's description).
pub fn fold(text: &str) -> String {
    let folded = if text.is_ascii() {
        // Nothing to decompose and no marks: the common case, kept out of the browser.
        text.to_ascii_lowercase()
    } else {
        unicode_fold(text)
    };
    if folded.bytes().all(|b| b.is_ascii() && b != b'`') {
        return folded;
    }
    folded.chars().map(reader_equivalent).collect()
}

/// The letter a reader may type for `c` where Unicode's data does not join them.
fn reader_equivalent(c: char) -> char {
    match c {
        // The browser's toLowerCase keeps a word-final sigma as ς.
        'ς' => 'σ',
        '’' | '‘' | '`' | 'ʼ' => '\'',
        'ł' => 'l',
        'ø' => 'o',
        'đ' => 'd',
        'ħ' => 'h',
        'ŧ' => 't',
        other => other,
    }
}

/// NFD, lower(upper(lower(·))), NFD again (a case mapping can yield a composed
/// letter), then combining marks (General Category M) removed.
#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::disallowed_methods)] // native only: the wasm folds with the browser's data
fn unicode_fold(text: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    let cased: String = text
        .nfd()
        .flat_map(char::to_lowercase)
        .flat_map(char::to_uppercase)
        .flat_map(char::to_lowercase)
        .collect();
    cased.nfd().filter(|&c| !is_combining_mark(c)).collect()
}

/// The same steps with the browser's own Unicode data: one call for the whole text
/// (the search index folds every event's text in one go).
#[cfg(target_arch = "wasm32")]
fn unicode_fold(text: &str) -> String {
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
