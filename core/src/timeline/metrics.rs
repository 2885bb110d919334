//! Every pixel size that the layout maths and the stylesheet share, written once, here.
//!
//! The widget's root carries them as CSS custom properties ([`custom_properties`]), and
//! `styles/pakkaz.css` reads them with `var(--pakkaz-m-…)`. A native test checks that the
//! stylesheet uses each of them and no other `--pakkaz-m-` name.

use crate::number::{clamp, Whole};

/// The widget's border.
pub const BORDER_PX: f64 = 1.0;
/// Padding either side of the track viewport; the overview band is inset as much.
pub const TRACK_PAD_X_PX: f64 = 20.0;
/// Padding under the lanes.
pub const TRACK_PAD_BOTTOM_PX: f64 = 8.0;
/// Pixels of the widget's width that are not the track's: border and padding, both sides.
pub const TRACK_INSET_PX: f64 = 2.0 * (BORDER_PX + TRACK_PAD_X_PX);

/// Space above the axis.
pub const AXIS_PAD_TOP_PX: f64 = 8.0;
/// Height of each of the axis' two rows (years, then ticks).
pub const AXIS_ROW_PX: f64 = 20.0;
/// Space between the axis and the first lane.
pub const MARKS_GAP_PX: f64 = 6.0;
/// Room kept free under the lanes of a fixed-height widget, so rounding never cuts one.
const LANE_SLACK_PX: f64 = 8.0;
/// Pixels of the track viewport's height taken by the axis and padding, not by lanes.
pub const AXIS_PX: f64 =
    AXIS_PAD_TOP_PX + 2.0 * AXIS_ROW_PX + MARKS_GAP_PX + TRACK_PAD_BOTTOM_PX + LANE_SLACK_PX;

/// Height of one lane.
pub const LANE_HEIGHT_PX: f64 = 26.0;
/// How far the grid lines reach below the last lane, so that they close the plot under
/// its lowest labels rather than stop at their baseline.
pub const GRID_PAST_LANES_PX: f64 = 12.0;

/// The height the marks take across: `lanes` lanes (at least one, so that an empty
/// window keeps its room).
pub fn lanes_height(lanes: usize) -> f64 {
    lanes.max(1) as f64 * LANE_HEIGHT_PX
}

/// The grid lines' length down through `lanes` lanes.
pub fn grid_length(lanes: usize) -> f64 {
    lanes_height(lanes) + GRID_PAST_LANES_PX
}
/// Label font size.
pub const LABEL_FONT_PX: f64 = 13.0;
/// Width (and height) of the category symbol drawn at an event's start.
pub const SYMBOL_PX: f64 = 12.0;
/// Space between the symbol and its label.
pub const LABEL_OFFSET_PX: f64 = 6.0;
/// Half the width of a mark's button, which is centred on the event's start.
pub const HIT_HALF_PX: f64 = 8.0;
/// Where a label starts, from the left of its mark's button.
pub const LABEL_LEFT_PX: f64 = HIT_HALF_PX + SYMBOL_PX / 2.0 + LABEL_OFFSET_PX;

/// A cluster's badge: the count, then one small symbol per category present.
pub const CLUSTER_PAD_X_PX: f64 = 6.0;
pub const SMALL_SYMBOL_PX: f64 = 8.0;
pub const SMALL_SYMBOL_GAP_PX: f64 = 3.0;
/// Height of a cluster's badge.
pub const CLUSTER_HEIGHT_PX: f64 = 22.0;
/// Width allowed per digit of a cluster's count (its bold 12 px digits are narrower).
pub const CLUSTER_DIGIT_PX: f64 = 8.0;

/// The widest the widget's inside may be for its narrow layout: the stylesheet's
/// `@container (max-width: …)` (tests/styles.rs checks they agree). There the details are
/// a bottom sheet and time runs down the track, so every title has the width to be read
/// whole.
pub const NARROW_MAX_PX: f64 = 560.0;
/// Where time runs down: the axis column (years, then ticks) before the events.
pub const DOWN_AXIS_PX: f64 = 72.0;
/// Where time runs down: the height of a line of a label (labels wrap).
pub const DOWN_LINE_PX: f64 = 18.0;
/// Where time runs down: room kept after a label, before the widget's edge.
const DOWN_END_PX: f64 = 4.0;

/// Whether time runs down a track this wide (the plot's width, 0 until measured).
pub fn runs_down(track_width: f64) -> bool {
    track_width > 0.0 && track_width + 2.0 * TRACK_PAD_X_PX <= NARROW_MAX_PX
}

/// Where time runs down in a widget of free height: how long the track is, from the
/// window's height. Most of it: scrolled to, the track nearly fills a phone's screen.
pub fn down_length(window_height: f64) -> f64 {
    clamp((window_height * 0.85).floor(), 320.0, 720.0)
}

/// Where time runs down: room kept at the end of the track for the eras' titles, written
/// down their bands.
pub const DOWN_ERA_PX: f64 = 16.0;

/// Where time runs down: the width a label has beside the axis (less, when the dataset
/// has `eras`, the room for their titles).
pub fn down_label_room(track_width: f64, eras: bool) -> f64 {
    let eras = if eras { DOWN_ERA_PX } else { 0.0 };
    (track_width - DOWN_AXIS_PX - (LABEL_LEFT_PX - HIT_HALF_PX) - DOWN_END_PX - eras).max(40.0)
}

/// The track's width on paper: it fits an A4 or Letter page inside the browser's default
/// margins and a host page's own (the stylesheet's print rules give the plot this width).
pub const PRINT_TRACK_PX: f64 = 600.0;

/// The shared sizes by their CSS names (`--pakkaz-m-<name>`).
pub const CSS_METRICS: [(&str, f64); 19] = [
    ("border", BORDER_PX),
    ("track-pad-x", TRACK_PAD_X_PX),
    ("track-pad-bottom", TRACK_PAD_BOTTOM_PX),
    ("axis-pad-top", AXIS_PAD_TOP_PX),
    ("axis-row", AXIS_ROW_PX),
    ("marks-gap", MARKS_GAP_PX),
    ("lane", LANE_HEIGHT_PX),
    ("label-font", LABEL_FONT_PX),
    ("symbol", SYMBOL_PX),
    ("hit-half", HIT_HALF_PX),
    ("label-left", LABEL_LEFT_PX),
    ("cluster-pad-x", CLUSTER_PAD_X_PX),
    ("small-symbol", SMALL_SYMBOL_PX),
    ("small-symbol-gap", SMALL_SYMBOL_GAP_PX),
    ("cluster-height", CLUSTER_HEIGHT_PX),
    ("down-axis", DOWN_AXIS_PX),
    ("down-line", DOWN_LINE_PX),
    ("down-era", DOWN_ERA_PX),
    ("print-track", PRINT_TRACK_PX),
];

/// The shared sizes as a `style` attribute for the widget's root.
pub fn custom_properties() -> String {
    CSS_METRICS
        .iter()
        .map(|(name, px)| format!("--pakkaz-m-{name}:{}px;", Whole(*px)))
        .collect()
}

/// The track's width in a widget `widget_width` pixels wide, before it is drawn.
pub fn track_width_for(widget_width: f64) -> f64 {
    (widget_width - TRACK_INSET_PX).max(0.0)
}

/// Lanes that fit a track viewport of this height (at least two).
pub fn lanes_for_height(height: f64) -> usize {
    ((height - AXIS_PX) / LANE_HEIGHT_PX).floor().max(2.0) as usize
}
