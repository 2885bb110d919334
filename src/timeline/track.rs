//! Where each visible event goes on the track: a pure function of the dataset, the
//! enabled categories, the scale and the label font. Components only draw the result.

use super::layout::{estimate_text_width, stack, Extent, LANE_GAP_PX};
use super::scale::Scale;
use crate::model::{CategorySet, Dataset, Precision};

/// Label font size in pixels (kept in step with `styles/` `.pakkaz-mark__label`).
pub const LABEL_FONT_PX: f64 = 13.0;
/// Width of the category symbol drawn at an event's start.
pub const SYMBOL_PX: f64 = 12.0;
/// Space between the symbol and its label.
pub const LABEL_OFFSET_PX: f64 = 4.0;
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
    (track_width * 0.4).clamp(60.0, 200.0)
}

/// Lays out the events of `categories` that overlap the scale's window.
pub fn layout_track(dataset: &Dataset, categories: CategorySet, scale: &Scale) -> TrackLayout {
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
            let label_width = estimate_text_width(&event.title, LABEL_FONT_PX)
                .ceil()
                .min(max_label);
            let room_right = scale.width - (x + SYMBOL_PX / 2.0 + LABEL_OFFSET_PX);
            let label_side = if room_right >= label_width || x < scale.width / 2.0 {
                LabelSide::Right
            } else {
                LabelSide::Left
            };
            MarkGeometry {
                index,
                x,
                span_px,
                lane: 0,
                label_width,
                label_side,
            }
        })
        .collect();
    marks.sort_by(|a, b| a.extent().left.total_cmp(&b.extent().left));
    let extents: Vec<Extent> = marks.iter().map(MarkGeometry::extent).collect();
    let (lanes, lane_count) = stack(&extents, LANE_GAP_PX);
    for (mark, lane) in marks.iter_mut().zip(lanes) {
        mark.lane = lane;
    }
    TrackLayout {
        marks,
        lanes: lane_count,
    }
}
