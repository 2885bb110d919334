//! Where each visible event goes on the track: a pure function of the dataset, the
//! enabled categories, the scale and the label font. Components only draw the result.

use super::layout::{estimate_text_width, stack_choices, Extent, LANE_GAP_PX};
use super::scale::Scale;
use crate::model::{CategorySet, Dataset, Precision};

/// Label font size in pixels (kept in step with `styles/` `.pakkaz-mark__label`).
pub const LABEL_FONT_PX: f64 = 13.0;
/// Width of the category symbol drawn at an event's start.
pub const SYMBOL_PX: f64 = 12.0;
/// Space between the symbol and its label.
pub const LABEL_OFFSET_PX: f64 = 6.0;
/// Height of one lane.
pub const LANE_HEIGHT_PX: f64 = 26.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelSide {
    Right,
    /// Near the right edge the label goes before the symbol so it stays in view.
    Left,
}

/// One event's place on the track.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkGeometry {
    /// Index into `Dataset::events`.
    pub index: usize,
    /// x of the event's start.
    pub x: f64,
    /// Width of the period the event covers (0 for a single day). A year-only event
    /// covers its whole year, so readers see it is known only to the year.
    pub span_px: f64,
    pub lane: usize,
    pub label_width: f64,
    pub label_side: LabelSide,
}

impl MarkGeometry {
    /// The horizontal interval the mark, its period and its label occupy.
    pub fn extent(&self) -> Extent {
        let half = SYMBOL_PX / 2.0;
        match self.label_side {
            LabelSide::Right => Extent {
                left: self.x - half,
                right: (self.x + self.span_px)
                    .max(self.x + half + LABEL_OFFSET_PX + self.label_width),
            },
            LabelSide::Left => Extent {
                left: self.x - half - LABEL_OFFSET_PX - self.label_width,
                right: (self.x + self.span_px).max(self.x + half),
            },
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrackLayout {
    pub marks: Vec<MarkGeometry>,
    pub lanes: usize,
}

/// Widest a label may be, so that one long title cannot claim a whole lane.
pub fn max_label_width(track_width: f64) -> f64 {
    (track_width * 0.45).clamp(80.0, 260.0)
}

/// Natural label widths of every event, estimated (the browser measures real ones with
/// the real font; this is for native code and the first frame).
pub fn estimate_label_widths(dataset: &Dataset) -> Vec<f64> {
    dataset
        .events
        .iter()
        .map(|e| estimate_text_width(&e.title, LABEL_FONT_PX).ceil())
        .collect()
}

/// Lays out the events of `categories` that overlap the scale's window. `label_widths`
/// holds each event's natural label width in pixels, indexed like `dataset.events`.
pub fn layout_track(
    dataset: &Dataset,
    categories: CategorySet,
    scale: &Scale,
    label_widths: &[f64],
) -> TrackLayout {
    let max_label = max_label_width(scale.width);
    let domain = scale.domain;
    let mut marks: Vec<MarkGeometry> = dataset
        .indices_in(domain.start, domain.end)
        .filter(|&i| categories.contains(dataset.events[i].category))
        .map(|index| {
            let event = &dataset.events[index];
            let x = scale.x(event.start_day() as f64);
            let span_px = if event.precision() == Precision::Day && event.end.is_none() {
                0.0
            } else {
                (scale.x(event.end_day() as f64) - x).max(0.0)
            };
            let natural = label_widths.get(index).copied().unwrap_or(max_label);
            MarkGeometry {
                index,
                x,
                span_px,
                lane: 0,
                label_width: natural.clamp(0.0, max_label),
                label_side: LabelSide::Right,
            }
        })
        .collect();
    // In time order; the label goes after the mark unless before it fits a higher lane
    // or after it would leave the track.
    marks.sort_by(|a, b| a.x.total_cmp(&b.x));
    let options: Vec<[Option<Extent>; 2]> = marks
        .iter()
        .map(|m| {
            let right = m.extent();
            let left = MarkGeometry {
                label_side: LabelSide::Left,
                ..m.clone()
            }
            .extent();
            let right_fits = right.right <= scale.width;
            let left_fits = left.left >= 0.0;
            match (right_fits, left_fits) {
                (true, true) => [Some(right), Some(left)],
                (false, true) => [None, Some(left)],
                (true, false) => [Some(right), None],
                // Neither fits: keep the label on the side with more room.
                (false, false) if m.x < scale.width / 2.0 => [Some(right), None],
                (false, false) => [None, Some(left)],
            }
        })
        .collect();
    let (placed, lane_count) = stack_choices(&options, LANE_GAP_PX);
    for (mark, (lane, choice)) in marks.iter_mut().zip(placed) {
        mark.lane = lane;
        mark.label_side = if choice == 0 {
            LabelSide::Right
        } else {
            LabelSide::Left
        };
    }
    TrackLayout {
        marks,
        lanes: lane_count,
    }
}
