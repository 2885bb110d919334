//! Every word the widget shows or says, and how it writes numbers and dates.
//!
//! Labels, buttons, accessible names, statuses, empty states, counts, trade figures and
//! date phrases all come from here, in English: components hold no wording of their own.
//! A translation will be another [`Words`] and other phrase functions, in this module
//! alone. Pure and tested natively (`tests/text.rs`).
//!
//! Left out on purpose: the data's own text (titles, summaries and quotes, shown as
//! written), the embedding API's error messages and the dataset validator's messages,
//! which are for site owners and name the API's options and the format's fields.

mod dates;
mod numbers;
mod phrases;

pub use dates::{date_long, month_abbreviation, span, when};
pub use numbers::{categories_phrase, count, usd};
pub use phrases::*;

use crate::model::Category;

/// The widget's fixed wording.
pub struct Words {
    /// The language's tag and its direction, set on the widget's root so the widget's own
    /// words read in their direction whatever the host page's is.
    pub lang: &'static str,
    pub dir: &'static str,
    // The header and filters.
    pub categories: &'static str,
    pub all: &'static str,
    pub search: &'static str,
    pub list_view: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    // The legend.
    pub legend: &'static str,
    pub exact_day: &'static str,
    pub vague_date: &'static str,
    pub planned: &'static str,
    // The empty state.
    pub show_all_events: &'static str,
    // The track's toolbar and plot.
    pub zoom: &'static str,
    pub zoom_in: &'static str,
    pub zoom_in_hint: &'static str,
    pub zoom_out: &'static str,
    pub zoom_out_hint: &'static str,
    pub show_all: &'static str,
    pub show_all_hint: &'static str,
    pub gestures_hint: &'static str,
    pub track: &'static str,
    pub events: &'static str,
    // The list view.
    pub events_in_view: &'static str,
    pub planned_suffix: &'static str,
    // The details.
    pub close_details: &'static str,
    pub happened: &'static str,
    pub source: &'static str,
    pub sources: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    // While the data loads, and when it cannot be shown.
    pub loading: &'static str,
    pub cannot_show: &'static str,
    // Categories, in `Category::ALL` order.
    pub category_names: [&'static str; 4],
}

/// English.
pub const EN: Words = Words {
    lang: "en",
    dir: "ltr",
    categories: "Categories",
    all: "All",
    search: "Search events",
    list_view: "List view",
    copy_link: "Copy link",
    link_copied: "Link copied",
    legend: "How dates are drawn",
    exact_day: "Exact day",
    vague_date: "Known only to the month or year",
    planned: "Planned",
    show_all_events: "Show all events",
    zoom: "Zoom",
    zoom_in: "Zoom in",
    zoom_in_hint: "Zoom in (+)",
    zoom_out: "Zoom out",
    zoom_out_hint: "Zoom out (−)",
    show_all: "Show all",
    show_all_hint: "Show the whole range (0)",
    gestures_hint: "Scroll or pinch to zoom, drag to move",
    track: "Timeline: arrow keys move, plus and minus zoom, 0 shows all",
    events: "Events",
    events_in_view: "Events in view",
    planned_suffix: " (planned)",
    close_details: "Close details",
    happened: "Happened",
    source: "Source",
    sources: "Sources",
    previous: "← Previous",
    next: "Next →",
    loading: "Loading the timeline…",
    cannot_show: "The timeline cannot be shown",
    category_names: ["Political", "Military", "Trade", "Education"],
};

/// The words in use.
pub fn words() -> &'static Words {
    &EN
}

/// The name readers see for a category.
pub fn category(c: Category) -> &'static str {
    words().category_names[c.index()]
}
