//! Where time runs down the track (narrow widgets): how long each wrapping label is, and
//! the layout of one column whose labels move apart just enough to leave each other room.
//! Pure, like the layout across (`track`), which it shares for clusters.

use super::items::{ItemKind, TrackItem, TrackLayout};
use super::layout::Extent;
use super::metrics::{CLUSTER_HEIGHT_PX, DOWN_LINE_PX, LABEL_OFFSET_PX, SYMBOL_PX};
use crate::model::Dataset;
use crate::text::DEEP_YEAR;

/// Room the year before a label takes where time runs down ("2014 ").
const DOWN_YEAR_PX: f64 = 40.0;

/// Room beyond a year's that a label's lead (`text::label_lead`) may take where it is
/// not a year from 1000 on or a clock: an era's year ("б.з.д. 44 ж.") or deep time ("13.8
/// billion years ago"), at its longest in the widget's languages.
const ERA_LEAD_PX: f64 = 48.0;
const DEEP_LEAD_PX: f64 = 120.0;

/// Each event's natural label width, with the room its lead takes beyond a year's
/// counted in (the layout asks for this on every frame, so by the year alone).
pub fn with_leads(natural_widths: &[f64], dataset: &Dataset) -> Vec<f64> {
    let lead = |e: &crate::model::Event| match e.date.year_number() {
        1000.. => 0.0,
        year if year < DEEP_YEAR => DEEP_LEAD_PX,
        _ => ERA_LEAD_PX,
    };
    (natural_widths.iter().zip(&dataset.events))
        .map(|(w, e)| w + lead(e))
        .collect()
}

/// Where time runs down (a narrow widget): each event's label takes the width beside the
/// axis and wraps, so its length along the axis is its lines' height, from the top of its
/// symbol. Gives that length for each natural (one-line) width as [`super::track::layout_down`] takes
/// it: what the label takes beyond the symbol and the gap after it.
///
/// Each label starts with its event's year. Lines are counted against 80 % of the room: a
/// line breaks between words, so it holds less than the room (a fifth of 150 px or more
/// is a long word or two).
pub fn down_label_lengths(natural_widths: &[f64], room: f64) -> Vec<f64> {
    let per_line = (room * 0.8).max(1.0);
    natural_widths
        .iter()
        .map(|&w| {
            let lines = ((w + DOWN_YEAR_PX) / per_line).ceil().max(1.0);
            lines * DOWN_LINE_PX - (SYMBOL_PX + LABEL_OFFSET_PX)
        })
        .collect()
}

/// Farthest a label is moved from its symbol, where time runs down: beyond this, the
/// events are grouped into a cluster instead.
pub const DOWN_MAX_SHIFT_PX: f64 = 8.0 * DOWN_LINE_PX;

/// Space kept between two labels where time runs down.
const DOWN_LABEL_GAP_PX: f64 = 2.0;

/// Places items where time runs down: each label (with its symbol) as long as its
/// extent, one after another in time order in a column `length` long, each as near its
/// symbol as its neighbours allow: moved down past the one before, then, at the end, back
/// up from the bottom. `None` if they do not fit, or one would be moved more than
/// [`DOWN_MAX_SHIFT_PX`].
pub(super) fn dodge_items(items: Vec<TrackItem>, length: f64) -> Option<TrackLayout> {
    let mut items = crate::order::sorted(items, &|a, b| a.x.total_cmp(&b.x));
    let extents: Vec<Extent> = items.iter().map(|i| i.extent_with(false)).collect();
    let mut tops: Vec<f64> = Vec::with_capacity(items.len());
    let mut end = f64::NEG_INFINITY;
    for e in &extents {
        let top = e.left.max(end + DOWN_LABEL_GAP_PX).max(0.0);
        end = top + (e.right - e.left);
        tops.push(top);
    }
    let mut next = length + DOWN_LABEL_GAP_PX;
    for (top, e) in tops.iter_mut().zip(&extents).rev() {
        *top = top.min(next - DOWN_LABEL_GAP_PX - (e.right - e.left));
        next = *top;
    }
    if tops.first().is_some_and(|&top| top < 0.0) {
        return None;
    }
    for ((item, top), e) in items.iter_mut().zip(tops).zip(&extents) {
        item.shift = top - e.left;
        if item.shift.abs() > DOWN_MAX_SHIFT_PX {
            return None;
        }
    }
    Some(TrackLayout {
        items,
        lanes: 1,
        bands: Vec::new(),
    })
}

/// Where time runs down (`!spans`) a cluster's badge takes its height along the axis,
/// whatever its width.
pub(super) fn down_badges(mut items: Vec<TrackItem>, spans: bool) -> Vec<TrackItem> {
    if !spans {
        for item in &mut items {
            if let ItemKind::Cluster(_) = item.kind {
                item.label_width = CLUSTER_HEIGHT_PX - (SYMBOL_PX + LABEL_OFFSET_PX);
            }
        }
    }
    items
}
