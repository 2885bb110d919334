//! Folding text for search, by the Unicode data of a maintained source: in the browser
//! its own `String.prototype.normalize`, `toLowerCase` and `toUpperCase`, which the
//! widget supplies with [`use_unicode`] (the core knows no browser, and the browser's
//! tables cost the wasm nothing); natively the `unicode-normalization` crate and std's
//! case mappings. Text and query are folded the same way and compared as strings.
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

/// Unicode's part of folding: NFD, lower(upper(lower(·))), NFD again (a case mapping can
/// yield a composed letter), then combining marks (General Category M) removed.
pub type UnicodeFold = fn(&str) -> String;

thread_local! {
    /// The Unicode folding the host supplies, if any (the browser's, in the widget). Per
    /// thread, as the widget's state is: a page's widgets share one.
    static SUPPLIED: std::cell::Cell<Option<UnicodeFold>> = const { std::cell::Cell::new(None) };
}

/// Folds with `unicode` from now on, instead of the native tables (or, in a wasm build
/// with none supplied, ASCII case alone).
pub fn use_unicode(unicode: UnicodeFold) {
    SUPPLIED.with(|supplied| supplied.set(Some(unicode)));
}

fn unicode_fold(text: &str) -> String {
    match SUPPLIED.with(std::cell::Cell::get) {
        Some(unicode) => unicode(text),
        None => native_fold(text),
    }
}

/// The steps of [`UnicodeFold`] with the `unicode-normalization` crate's tables.
#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::disallowed_methods)] // native only: the wasm folds with the browser's data
pub fn native_fold(text: &str) -> String {
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

/// Without tables of its own (they would weigh on every reader's download), a wasm
/// build that was supplied none folds ASCII case alone.
#[cfg(target_arch = "wasm32")]
pub fn native_fold(text: &str) -> String {
    text.to_ascii_lowercase()
}
