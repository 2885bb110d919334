//! The words of a picture of the view (SVG or PNG, drawn by `pakkaz-picture.js`): the
//! timeline's title; the window, the categories shown and the search as one line; the
//! sources; and the link that reopens this view. A picture put in a document then says
//! what it shows and where it comes from. Pure and tested natively (`tests/picture.rs`).

use crate::model::Date;
use crate::state::link::view_link;
use crate::state::State;
use crate::text::{category, quoted, span, Key, Words};

/// The words a picture of the view carries under it, line by line.
#[derive(Clone, Debug, PartialEq)]
pub struct PictureWords {
    /// The timeline's title.
    pub title: String,
    /// The window, the categories shown and the search.
    pub view: String,
    /// The sources the timeline quotes.
    pub sources: String,
    /// The address that reopens this view.
    pub link: String,
}

/// The words of a picture of the view `state` shows, on the page at `page`.
pub fn lines(state: &State, t: &Words, page: &str) -> PictureWords {
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
    PictureWords {
        title: dataset.title.clone(),
        view: view.join(" · "),
        sources: format!("{}: {}.", t.get(Key::sources), sources.join("; ")),
        link: view_link(page, state, t.lang()),
    }
}
