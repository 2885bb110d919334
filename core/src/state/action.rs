//! What can happen to the widget's state: every interaction as one [`Action`], and the
//! constants that say how far an action goes.

use crate::model::{Category, CategorySet};
use crate::text::cite::Style;
use crate::timeline::Viewport;
use crate::url::Link;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The track was measured at this width.
    Resize(f64),
    /// The room the track has down the widget, where time runs down (narrow widgets).
    SetLength(f64),
    /// Zoom by `factor` (> 1 in) keeping the time `anchor` in place.
    ZoomAround {
        anchor: f64,
        factor: f64,
    },
    /// Zoom by `factor` around the window's centre.
    Zoom(f64),
    /// One frame of a continuous gesture (wheel, drag, pinch): pan by `pan_days`, then
    /// zoom by `factor` around `anchor`.
    Gesture {
        pan_days: f64,
        anchor: f64,
        factor: f64,
    },
    /// Move the window by a number of days.
    Pan(f64),
    /// Show this window, cut to the bounds (and at least a month wide).
    SetWindow(Viewport),
    ShowAll,
    ToggleCategory(Category),
    /// Cite in this style from now on.
    SetCiteStyle(Style),
    SetCategories(CategorySet),
    SetQuery(String),
    /// Every category on, no search: everything there is.
    ResetFilters,
    /// Select an event (by dataset index) or nothing; the window moves to show it.
    Select(Option<usize>),
    /// Select the next or previous shown event in time order.
    SelectNext,
    SelectPrevious,
    SetListView(bool),
    /// Lanes by category (a band for each category) or the ordinary track.
    SetLanes(bool),
    /// The page starts or stops printing (or showing itself as printed).
    SetPrinting(bool),
    /// The track has room for this many lanes.
    SetMaxLanes(usize),
    /// Open a cluster of events spanning these seconds (since 1970-01-01T00:00Z): zoom
    /// to it with some room either side or, when the window is already as narrow as it
    /// goes, list its events.
    OpenCluster {
        start: i64,
        end: i64,
    },
    /// Go back to the default view, then to the view a link describes (the reader going
    /// back or forward through the page's history).
    Restore(Rc<Link>),
}

/// Room left either side of an opened cluster: a share of its span (plus half the
/// narrowest window).
pub const CLUSTER_PAD_SHARE: f64 = 0.1;

/// Zoom step of the buttons, the +/− keys and a double click.
pub const ZOOM_STEP: f64 = 2.0;
/// Share of the window an arrow key pans by.
pub const KEY_PAN_SHARE: f64 = 0.2;
