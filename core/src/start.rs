//! How a widget starts, decided in one place: from the dataset, what the host asked for
//! ([`Opening`]) and the page's URL hash, the first [`State`]. The view a shared link
//! names and the host's requests are part of that first state, not actions a render
//! later, so the first frame already shows them. The language is decided here too,
//! before any data is there (a widget that loads its data says so in its language).

use std::rc::Rc;

use crate::model::date::{days_from_civil, days_of_seconds, MAX_YEAR};
use crate::model::Precision;
use crate::model::{Categories, CategorySet, Dataset, Date};
use crate::state::{Action, State};
use crate::text::Lang;
use crate::timeline::Viewport;

/// The years a reader may explore.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Years {
    /// The embedded dataset's: 1991 to 2022, whatever its events cover.
    Embedded,
    /// The whole years the data's events cover (a host's own data), so that a reader can
    /// never wander off into years with nothing in them.
    OfData,
}

/// What the host asked the widget to open with (`mount`'s options or the element's
/// attributes, read and checked by the embedding). Names are checked against the data
/// here, once it is there.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Opening {
    /// Shown instead of the data's title (a CSV file has none).
    pub heading: Option<String>,
    /// The ids of the categories shown at first (every category if `None`).
    pub categories: Option<Vec<String>>,
    /// The window shown at first, cut to the range (the whole range if `None`).
    pub window: Option<Viewport>,
    /// The id of the event open at first.
    pub selected: Option<String>,
    /// Start in the list view.
    pub list: bool,
    /// Start with lanes by category.
    pub lanes: bool,
    /// Tell it as a story (`mode: "story"`): slides above the track.
    pub story: bool,
}

/// The widget's first state: `dataset` titled by the host's heading, shown in `years`,
/// opened as the host asked, then as the page's hash asks (where the widget keeps the
/// hash: `None` otherwise). Names the host gave that the data does not have are errors,
/// worded for `mount`'s caller; a hash is a reader's link, and what does not fit the data
/// in it is left out. The page's measurements (the track's width and length) are the
/// widget's to apply: they are not a choice.
pub fn first_state(
    mut dataset: Dataset,
    years: Years,
    opening: &Opening,
    hash: Option<&str>,
) -> Result<State, String> {
    const WHAT: &str = "mount options";
    if let Some(heading) = &opening.heading {
        dataset.title.clone_from(heading);
    }
    let selected = match &opening.selected {
        None => None,
        Some(id) => Some(
            dataset
                .event_index(id)
                .ok_or_else(|| format!("{WHAT}: `selected`: no event has the id \"{id}\""))?,
        ),
    };
    let categories = match &opening.categories {
        None => CategorySet::ALL,
        Some(names) => categories_of(&dataset.categories, names, WHAT)?,
    };
    let range = match years {
        Years::Embedded => embedded_range(),
        Years::OfData => range_of(&dataset),
    };
    let dataset = Rc::new(dataset);
    let bounds = State::bounds_for(&dataset, range);
    let mut state = State::new(dataset, bounds).apply(Action::SetCategories(categories));
    state.story = opening.story;
    if let Some(window) = opening.window {
        state = state.apply(Action::SetWindow(window));
    }
    // The hash goes on top of the host's view; the host's own requests then have the
    // last word (a host that opens an event opens it whatever the link said).
    let link = hash.map(crate::url::decode).unwrap_or_default();
    let mut actions = state.actions_for(&link);
    actions.extend(selected.map(|i| Action::Select(Some(i))));
    if opening.list {
        actions.push(Action::SetListView(true));
    }
    if opening.lanes {
        actions.push(Action::SetLanes(true));
    }
    for action in actions {
        state = state.apply(action);
    }
    Ok(state)
}

/// The language a widget speaks: the host's choice; else the `lang=` of the page's hash
/// (where the widget keeps it); else the first of the page's languages it speaks, nearest
/// first (the `lang` around its element, then the reader's browser's); else English.
pub fn language(chosen: Option<Lang>, hash: Option<&str>, page: &[String]) -> Lang {
    if let Some(lang) = chosen {
        return lang;
    }
    let from_hash = hash.and_then(crate::url::lang_of_hash);
    let tags = from_hash.iter().chain(page.iter());
    Lang::first_spoken(tags.map(String::as_str))
}

/// The range the embedded dataset is shown in: 1 January 1991 to 31 December 2022.
pub fn embedded_range() -> Viewport {
    Viewport::new(
        days_from_civil(1991, 1, 1) as f64,
        days_from_civil(2023, 1, 1) as f64,
    )
}

/// The whole years a dataset's events cover (the embedded range if it has none).
pub fn range_of(dataset: &Dataset) -> Viewport {
    match dataset.extent() {
        Some((first, last)) => {
            let first_year = Date::from_seconds(first, Precision::Day).year_number();
            let last_year = Date::from_seconds(last - 1, Precision::Day).year_number();
            Viewport::new(
                days_from_civil(first_year, 1, 1) as f64,
                days_from_civil(last_year + 1, 1, 1) as f64,
            )
        }
        None => embedded_range(),
    }
}

/// The categories named by `names`, ids of the dataset's `categories`; `what` names the
/// caller in the message (`mount options`, `setCategories`).
pub fn categories_of(
    categories: &Categories,
    names: &[String],
    what: &str,
) -> Result<CategorySet, String> {
    names
        .iter()
        .map(|n| {
            categories.parse(n).ok_or_else(|| {
                format!(
                    "{what}: unknown category \"{n}\" (use {})",
                    categories.ids()
                )
            })
        })
        .collect()
}

/// A window from optional dates (as in the data format); an open end reaches to the
/// bound. `what` names the caller in the message.
pub fn window_of(
    what: &str,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<Option<Viewport>, String> {
    let date_of = |field: &str, value: &str| {
        Date::parse(value).map_err(|e| format!("{what}: `{field}` \"{value}\": {e}"))
    };
    let from = from.map(|v| date_of("from", v)).transpose()?;
    let to = to.map(|v| date_of("to", v)).transpose()?;
    if from.is_none() && to.is_none() {
        return Ok(None);
    }
    // An open end reaches past any year the grammar takes: the state clamps to the bounds.
    let beyond = (MAX_YEAR as f64) * 366.0;
    let start = from.map_or(-beyond, |d| days_of_seconds(d.start()));
    let end = to.map_or(beyond, |d| days_of_seconds(d.end()));
    if end <= start {
        return Err(format!("{what}: `to` is before `from`"));
    }
    Ok(Some(Viewport::new(start, end)))
}
