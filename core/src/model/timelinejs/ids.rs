//! Ids made from a TimelineJS file's text (its headlines, groups and `unique_id`s):
//! written as this format's ids are, and none given twice.

/// `text` as an id: lower-case letters and digits, words joined by `-`; `fallback` for
/// text with none.
pub(super) fn slug(text: &str, fallback: &str) -> String {
    let mut out = String::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
        if out.len() >= 32 {
            break;
        }
    }
    if out.is_empty() {
        fallback.to_string()
    } else {
        out
    }
}

/// `id`, or `id-2`, `id-3`, … if `taken` has it.
pub(super) fn unique(id: String, taken: &[String]) -> String {
    if !taken.contains(&id) {
        return id;
    }
    (2..)
        .map(|n| format!("{id}-{n}"))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or(id)
}
