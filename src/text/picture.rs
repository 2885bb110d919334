//! The words of a picture of the view (SVG or PNG, drawn by `pakkaz-picture.js`): the
//! timeline's title; the window, the categories shown and the search as one line; the
//! sources; and the link that reopens this view. A picture put in a document then says
//! what it shows and where it comes from. Pure and tested natively (`tests/picture.rs`).

use super::{category, quoted, span, Key, Words};
use crate::model::Date;
use crate::state::State;

/// `[title, view, sources, link]` of the view `state` shows, on the page at `page`.
pub fn lines(state: &State, t: &Words, page: &str) -> [String; 4] {
    let dataset = &state.dataset;
    let (first, last) = state.viewport.days();
    let mut view = vec![span(
        t,
        &Date::from_days(first),
        Some(&Date::from_days(last)),
    )];
    let shown: Vec<&str> = (dataset.categories.iter())
        .filter(|&(c, _)| state.categories.contains(c))
        .map(|(_, info)| category(t, info))
        .collect();
    view.push(shown.join(", "));
    if !state.query.trim().is_empty() {
        view.push(format!(
            "{} {}",
            t.get(Key::search),
            quoted(t, state.query.trim())
        ));
    }
    let sources: Vec<&str> = dataset.sources.iter().map(|s| s.title.as_str()).collect();
    [
        dataset.title.clone(),
        view.join(" · "),
        format!("{}: {}.", t.get(Key::sources), sources.join("; ")),
        crate::url::view_link(page, state, t.lang()),
    ]
}
