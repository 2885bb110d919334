//! The widget's one state and the actions that change it.
//!
//! Every interaction — a button, a key, the URL hash, the embedding API — is an
//! [`Action`], so they can never disagree about what a change does. The reducer is pure
//! and tested natively.

use std::rc::Rc;

mod action;
pub mod keys;
pub mod link;
pub mod story;
mod window;
pub use action::*;

use crate::model::date::days_of_seconds;
use crate::model::search::{step, Filter, SearchIndex};
use crate::model::{CategorySet, Dataset};
use crate::text::cite::Style;
use crate::timeline::metrics::{runs_down, PRINT_TRACK_PX};
use crate::timeline::track::DEFAULT_MAX_LANES;
use crate::timeline::{Scale, Viewport};

/// Narrowest window a reader can zoom to where no event has a time of day: a day.
pub const MIN_SPAN_DAYS: f64 = 1.0;

/// Narrowest window where events have times of day: a few minutes.
pub const MIN_SPAN_TIMES: f64 = 5.0 / (24.0 * 60.0);

/// The narrowest window about `center` that an `f64` of days still divides finely (about
/// a thousand steps): nothing near the present, a day at 13.8 billion years.
fn finest_span_at(center: f64) -> f64 {
    center.abs() * f64::EPSILON * 1024.0
}

/// Longest search query kept (longer input is cut), so a paste cannot stall a frame.
pub const MAX_QUERY_CHARS: usize = 200;

#[derive(Clone, Debug)]
pub struct State {
    pub dataset: Rc<Dataset>,
    pub search: Rc<SearchIndex>,
    /// What the reader sees.
    pub viewport: Viewport,
    /// How far the reader may go: the dataset's range.
    pub bounds: Viewport,
    /// Width of the track in CSS pixels (0 until measured).
    pub width: f64,
    /// Length of the track down the widget, used where time runs down (0 until known).
    pub length: f64,
    pub categories: CategorySet,
    /// The search box's text, as typed.
    pub query: String,
    /// Index of the selected event in the dataset.
    pub selected: Option<usize>,
    /// Showing the chronological list instead of the track.
    pub list_view: bool,
    /// Lanes the track may use before it clusters (fewer in a short container).
    pub max_lanes: usize,
    /// Lanes by category: each category in a band of its own.
    pub lanes: bool,
    /// The page is being printed (or shown as printed): the track is laid out across, at
    /// the width it has on paper, and the list of the events shown goes under it.
    pub printing: bool,
    /// The style the reader picked for citations.
    pub cite_style: Style,
    /// Told as a story (`mode: "story"`): a slide for the selected event above the
    /// track, and with nothing selected the title slide.
    pub story: bool,
}

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.viewport == other.viewport
            && self.bounds == other.bounds
            && self.width == other.width
            && self.length == other.length
            && self.categories == other.categories
            && self.query == other.query
            && self.selected == other.selected
            && self.list_view == other.list_view
            && self.max_lanes == other.max_lanes
            && self.lanes == other.lanes
            && self.printing == other.printing
            && self.cite_style == other.cite_style
            && self.story == other.story
    }
}

impl State {
    /// Whether time runs down the track: the widget is narrow. Lanes by category always
    /// run across, so that the bands line up in time, and so does a printed page; and so
    /// does a story's timeline, a strip under the slide to find the way by, which the
    /// slide above leaves too short to run down.
    pub fn down(&self) -> bool {
        runs_down(self.width) && !self.lanes && !self.printing && !self.story
    }

    /// The track's length along its time axis: its width, or where time runs down, its
    /// length down the widget (0 until measured).
    pub fn extent(&self) -> f64 {
        if self.down() {
            self.length
        } else if self.printing && (self.width == 0.0 || self.width > PRINT_TRACK_PX) {
            PRINT_TRACK_PX
        } else {
            self.width
        }
    }

    /// The map between the window's time and pixels along the axis.
    pub fn scale(&self) -> Scale {
        Scale::new(self.viewport, self.extent())
    }

    /// The whole of `bounds` in view, every category on, nothing selected.
    pub fn new(dataset: Rc<Dataset>, bounds: Viewport) -> State {
        let search = Rc::new(SearchIndex::default());
        State {
            dataset,
            search,
            viewport: bounds,
            bounds,
            width: 0.0,
            length: 0.0,
            categories: CategorySet::ALL,
            query: String::new(),
            selected: None,
            list_view: false,
            max_lanes: DEFAULT_MAX_LANES,
            lanes: false,
            printing: false,
            cite_style: Style::default(),
            story: false,
        }
    }

    /// Bounds for a dataset: the given default range, widened to every event's period so
    /// no event is ever out of reach.
    pub fn bounds_for(dataset: &Dataset, default: Viewport) -> Viewport {
        match dataset.extent() {
            Some((first, last)) => Viewport::new(
                default.start.min(days_of_seconds(first)),
                default.end.max(days_of_seconds(last)),
            ),
            None => default,
        }
    }

    /// What the reader has asked to see.
    pub fn filter(&self) -> Filter {
        Filter::new(self.categories, &self.query)
    }

    /// Applies one action, returning the next state (pure).
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::Resize(width) => {
                if width.is_finite() && width >= 0.0 {
                    next.width = width;
                }
            }
            Action::SetLength(length) => {
                if length.is_finite() && length >= 0.0 {
                    next.length = length;
                }
            }
            Action::ZoomAround { anchor, factor } => {
                next.viewport = self.zoomed(self.viewport, anchor, factor);
            }
            Action::Zoom(factor) => {
                next.viewport = self.zoomed(self.viewport, self.viewport.center(), factor);
            }
            Action::Pan(days) => next.viewport = self.panned(self.viewport, days),
            Action::Gesture {
                pan_days,
                anchor,
                factor,
            } => {
                let panned = self.panned(self.viewport, pan_days);
                next.viewport = self.zoomed(panned, anchor, factor);
            }
            Action::SetWindow(window) => {
                if window.start.is_finite() && window.end.is_finite() && window.end > window.start {
                    // What lies beyond the bounds is cut off first, so an open-ended
                    // window ("from 2015") reaches exactly to the bound.
                    let b = self.bounds;
                    let inside = Viewport::new(window.start.max(b.start), window.end.min(b.end));
                    let window = if inside.end > inside.start {
                        inside
                    } else {
                        window
                    };
                    next.viewport = self.clamped(window);
                }
            }
            Action::ShowAll => next.viewport = self.bounds,
            // Kept normal, so that every category on is `CategorySet::ALL` however it
            // came about (a link, the last toggle switched back on).
            Action::ToggleCategory(c) => {
                next.categories = self
                    .dataset
                    .categories
                    .normalized(self.categories.toggled(c));
            }
            Action::SetCategories(set) => {
                next.categories = self.dataset.categories.normalized(set);
            }
            Action::SetQuery(query) => {
                next.query = query.chars().take(MAX_QUERY_CHARS).collect();
            }
            Action::ResetFilters => {
                next.categories = CategorySet::ALL;
                next.query.clear();
            }
            Action::Select(selected) => {
                next.selected = selected.filter(|&i| i < self.dataset.events.len());
                if let Some(i) = next.selected {
                    next.viewport = self.revealing(i);
                }
            }
            Action::SelectNext | Action::SelectPrevious => {
                let forward = action == Action::SelectNext;
                let shown = self.filter().mask(&self.dataset, &self.search);
                let target = match self.selected {
                    Some(i) => step(&shown, i, forward),
                    None if forward => shown.iter().position(|&s| s),
                    None if self.story => None,
                    None => shown.iter().rposition(|&s| s),
                };
                match target {
                    Some(i) => {
                        next.selected = Some(i);
                        next.viewport = self.revealing(i);
                    }
                    // A story's first slide, before its first event, is its title's.
                    None if self.story && !forward => next.selected = None,
                    None => {}
                }
            }
            Action::SetListView(on) => next.list_view = on,
            Action::SetLanes(on) => next.lanes = on,
            Action::SetPrinting(on) => next.printing = on,
            Action::SetCiteStyle(style) => next.cite_style = style,
            Action::SetMaxLanes(n) => next.max_lanes = n.clamp(1, 64),
            Action::OpenCluster { start, end } => {
                let (start, end) = (days_of_seconds(start), days_of_seconds(end));
                let span = end - start;
                let pad = span * CLUSTER_PAD_SHARE + self.min_span() / 2.0;
                let target = Viewport::new(start - pad, end + pad);
                next = next.apply(Action::SetWindow(target));
                // Already as close as opening it would go (say, many events on one day,
                // at the narrowest window): list them instead.
                if self.viewport.span() <= target.span().max(self.min_span()) * 1.01 {
                    next.list_view = true;
                }
            }
            Action::Restore(link) => {
                next.viewport = self.bounds;
                next.categories = CategorySet::ALL;
                next.query.clear();
                next.selected = None;
                next.lanes = false;
                for action in next.actions_for(&link) {
                    next = next.apply(action);
                }
            }
        }
        next
    }

    /// Whether `next` differs from this state in its window alone, so the change can be
    /// animated frame by frame.
    pub fn only_window_differs(&self, next: &State) -> bool {
        let mut same_window = next.clone();
        same_window.viewport = self.viewport;
        same_window == *self
    }
}
