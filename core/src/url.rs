//! The URL hash that carries a view, so a reader can share exactly what they see:
//! `#from=2015-01&to=2022-12&cats=trade,education&q=flights&lanes=1&event=direct-flights&lang=ru`
//! (`lanes=1`: lanes by category).
//!
//! A hash is read into a [`Link`], a plain value: each field that does not parse is
//! dropped on its own, never failing the others. What a link means for a dataset is the
//! state's to say (`state::link`). Pure and tested natively.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::model::{Date, Precision};
use crate::text::Lang;

/// A view as a link carries it: only what differs from the default view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Link {
    /// The first and the last day in view (`from`, `to`; either may be open).
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// The ids of the categories shown, comma-separated (`Some("")`: none). Kept as
    /// written: which ids count is the dataset's to say.
    pub categories: Option<String>,
    pub query: Option<String>,
    /// Lanes by category.
    pub lanes: Option<bool>,
    /// The id of the event open.
    pub event: Option<String>,
    /// The language the view was shared in, as written.
    pub lang: Option<String>,
}

/// The hash (without `#`) of `link`.
pub fn encode(link: &Link) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(from) = link.from {
        parts.push(format!("from={}", from_text(from)));
    }
    if let Some(to) = link.to {
        parts.push(format!("to={}", to_text(to)));
    }
    if let Some(ids) = &link.categories {
        let ids = if ids.is_empty() { "none" } else { ids };
        parts.push(format!("cats={ids}"));
    }
    if let Some(query) = link.query.as_deref().map(str::trim) {
        if !query.is_empty() {
            parts.push(format!("q={}", percent_encode(query)));
        }
    }
    if link.lanes == Some(true) {
        parts.push("lanes=1".to_string());
    }
    if let Some(event) = &link.event {
        parts.push(format!("event={}", percent_encode(event)));
    }
    if let Some(lang) = &link.lang {
        parts.push(format!("lang={}", percent_encode(lang)));
    }
    parts.join("&")
}

/// The link a hash carries (with or without its `#`). Unknown keys and values that do
/// not parse are left out one by one.
pub fn decode(hash: &str) -> Link {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let mut link = Link::default();
    for pair in hash.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(value) = percent_decode(value) else {
            continue;
        };
        match key {
            "from" => link.from = Date::parse(&value).ok(),
            "to" => link.to = Date::parse(&value).ok(),
            "cats" if value == "none" => link.categories = Some(String::new()),
            "cats" => link.categories = (!value.is_empty()).then_some(value),
            "q" => link.query = Some(value),
            "lanes" => link.lanes = Some(value != "0"),
            "event" => link.event = Some(value),
            "lang" => link.lang = Some(value),
            _ => {}
        }
    }
    link
}

/// The address of an event's own view: the page's address (`page`, its hash dropped)
/// and a hash that opens the event, revealing it, in the widget's language. It reopens
/// the event where the page keeps its hash (the standalone page, the `hash` option).
pub fn event_link(page: &str, id: &str, lang: Lang) -> String {
    let base = page.split('#').next().unwrap_or_default();
    let lang = if lang == Lang::En {
        String::new()
    } else {
        format!("&lang={}", lang.tag())
    };
    format!("{base}#event={}{lang}", percent_encode(id))
}

/// The page's address (`page`, its hash dropped) with `hash`, if there is one.
pub fn with_hash(page: &str, hash: &str) -> String {
    let base = page.split('#').next().unwrap_or_default();
    if hash.is_empty() {
        base.to_string()
    } else {
        format!("{base}#{hash}")
    }
}

/// The `lang=` of a hash, as written (the widget reads it once, when it starts).
pub fn lang_of_hash(hash: &str) -> Option<String> {
    decode(hash).lang
}

/// The year, the month and the day `date` falls in, then `date` itself: the coarsest
/// that starts (or ends) where it does is the shortest exact way to write it.
fn coarser(date: Date) -> [Date; 4] {
    [
        Precision::Year,
        Precision::Month,
        Precision::Day,
        Precision::Second,
    ]
    .map(|p| date.truncated(p))
}

/// The first moment in view as the shortest exact date: "2015", "2015-03",
/// "2015-03-07" or "2015-03-07T14:30".
fn from_text(date: Date) -> String {
    let first = coarser(date)
        .into_iter()
        .find(|c| c.start() == date.start());
    first.unwrap_or(date).to_string()
}

/// The last period in view, written as briefly as exact: the year, the month or the day
/// it ends.
fn to_text(last: Date) -> String {
    let found = coarser(last).into_iter().find(|c| c.end() == last.end());
    found.unwrap_or(last).to_string()
}

/// What the hash leaves as it is: letters, digits and `-_.~` (RFC 3986's unreserved
/// characters); everything else is percent-encoded, a space as `+`.
const ESCAPED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

fn percent_encode(text: &str) -> String {
    utf8_percent_encode(text, ESCAPED)
        .to_string()
        .replace("%20", "+")
}

/// A value of the hash as text: `+` is a space, `%XX` a byte (a `%` not followed by two
/// hex digits stays as it is, as in a browser's `URLSearchParams`). `None` for bytes
/// that are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let spaced = text.replace('+', " ");
    percent_decode_str(&spaced)
        .decode_utf8()
        .ok()
        .map(|t| t.into_owned())
}
