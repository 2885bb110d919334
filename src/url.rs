//! The URL hash that carries a view, so a reader can share exactly what they see:
//! `#from=2015-01&to=2022-12&cats=trade,education&q=flights&lanes=1&event=direct-flights&lang=ru`
//! (`lanes=1`: lanes by category).
//!
//! Decoding yields [`Action`]s, the same ones the buttons send; a field that does not
//! parse is dropped on its own, never failing the others. Pure and tested natively.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::model::{CategorySet, Date};
use crate::state::{Action, State};
use crate::text::Lang;
use crate::timeline::Viewport;

/// The hash (without `#`) for a state: only what differs from the default view, and the
/// widget's language unless it is English (so a shared link opens in the language shown).
pub fn encode(state: &State, lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    if state.viewport != state.bounds {
        parts.push(format!("from={}", start_text(state.viewport.start)));
        parts.push(format!("to={}", end_text(state.viewport.end)));
    }
    if state.categories != CategorySet::ALL {
        let ids: Vec<&str> = (state.dataset.categories.iter())
            .filter(|&(c, _)| state.categories.contains(c))
            .map(|(_, info)| info.id.as_str())
            .collect();
        parts.push(format!(
            "cats={}",
            if ids.is_empty() {
                "none".to_string()
            } else {
                ids.join(",")
            }
        ));
    }
    if !state.query.trim().is_empty() {
        parts.push(format!("q={}", percent_encode(state.query.trim())));
    }
    if state.lanes {
        parts.push("lanes=1".to_string());
    }
    if let Some(event) = state.selected.and_then(|i| state.dataset.events.get(i)) {
        parts.push(format!("event={}", percent_encode(&event.id)));
    }
    if lang != Lang::En {
        parts.push(format!("lang={}", lang.tag()));
    }
    parts.join("&")
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

/// The address of the view `state` shows: the page's address (`page`, its hash dropped)
/// with the hash that restores the view, where the page keeps its hash.
pub fn view_link(page: &str, state: &State, lang: Lang) -> String {
    let base = page.split('#').next().unwrap_or_default();
    let hash = encode(state, lang);
    if hash.is_empty() {
        base.to_string()
    } else {
        format!("{base}#{hash}")
    }
}

/// The `lang=` of a hash, as written (the widget reads it once, when it starts).
pub fn lang_of_hash(hash: &str) -> Option<String> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    hash.split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .and_then(percent_decode)
}

/// The actions that bring a freshly built state to the view a hash describes. Unknown
/// keys and bad values are ignored one by one.
pub fn decode(hash: &str, state: &State) -> Vec<Action> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let mut from = None;
    let mut to = None;
    let mut actions = Vec::new();
    for pair in hash.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(value) = percent_decode(value) else {
            continue;
        };
        match key {
            "from" => from = Date::parse(&value).ok(),
            "to" => to = Date::parse(&value).ok(),
            "cats" => {
                if value == "none" {
                    actions.push(Action::SetCategories(CategorySet::NONE));
                } else {
                    let categories = &state.dataset.categories;
                    let set: CategorySet = value
                        .split(',')
                        .filter_map(|id| categories.parse(id))
                        .collect();
                    if !set.is_empty() {
                        actions.push(Action::SetCategories(set));
                    }
                }
            }
            "q" => actions.push(Action::SetQuery(value)),
            "lanes" => actions.push(Action::SetLanes(value != "0")),
            "event" => {
                if let Some(i) = state.dataset.event_index(&value) {
                    actions.push(Action::Select(Some(i)));
                }
            }
            _ => {}
        }
    }
    // The window goes first, so a selected event is revealed from it, not from the
    // default view.
    let start = from
        .map(|d| d.start_day() as f64)
        .unwrap_or(state.bounds.start);
    let end = to.map(|d| d.end_day() as f64).unwrap_or(state.bounds.end);
    if (from.is_some() || to.is_some()) && end > start {
        actions.insert(0, Action::SetWindow(Viewport::new(start, end)));
    }
    actions
}

/// A window edge as the shortest exact date: "2015", "2015-03" or "2015-03-07".
fn start_text(day: f64) -> String {
    let date = Date::from_days(day.round() as i64);
    let (y, m, d) = (
        date.year_number(),
        date.month_number().unwrap_or(1),
        date.day_number().unwrap_or(1),
    );
    if m == 1 && d == 1 {
        Date::year(y).to_string()
    } else if d == 1 {
        Date::month(y, m).map_or(date.to_string(), |d| d.to_string())
    } else {
        date.to_string()
    }
}

/// The last day in view (the window's end is exclusive), written as briefly as exact.
fn end_text(day: f64) -> String {
    let end = day.round() as i64;
    let last = Date::from_days(end - 1);
    let (y, m) = (last.year_number(), last.month_number().unwrap_or(1));
    if Date::year(y).end_day() == end {
        Date::year(y).to_string()
    } else if Date::month(y, m).is_some_and(|d| d.end_day() == end) {
        Date::month(y, m).map_or(last.to_string(), |d| d.to_string())
    } else {
        last.to_string()
    }
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
