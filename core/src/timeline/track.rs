//! Where each visible event goes on the track: a pure function of the dataset, the
//! enabled categories, the scale and the label font. Components only draw the result.

use super::buckets::{cluster_buckets, group_by_bucket};
use super::down::{dodge_items, down_badges};
use super::items::sticky_x;
pub use super::items::{Band, Cluster, ItemKind, LabelSide, Row, TrackItem, TrackLayout};
use super::layout::{estimate_text_width, stack_choices, Extent, LANE_GAP_PX};
use super::metrics::{LABEL_FONT_PX, SYMBOL_PX};
use super::scale::Scale;
use crate::number::clamp;

use crate::model::date::DAY_SECONDS;
use crate::model::{Category, Dataset, Precision};

/// Lays out the track where time runs down: as [`layout_track`], with `scale` along the
/// axis down the widget, one column of labels each as long as
/// [`super::down::down_label_lengths`] gives, and periods drawn beside the labels (they take no room
/// from them). Events that do not fit one after another are grouped into clusters.
pub fn layout_down(
    dataset: &Dataset,
    shown: &[bool],
    scale: &Scale,
    label_lengths: &[f64],
) -> TrackLayout {
    layout(dataset, shown, scale, label_lengths, 1, false, None)
}

/// Widest a label may be, so that one long title cannot claim a whole lane.
pub fn max_label_width(track_width: f64) -> f64 {
    clamp(track_width * 0.45, 80.0, 260.0)
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

/// Lanes a track shows before it groups events into clusters.
pub const DEFAULT_MAX_LANES: usize = 12;

/// Pixels a cluster's time bucket starts from; doubled until the layout fits.
const BUCKET_PX: f64 = 48.0;

/// Lays out the `shown` events (one flag per dataset event) that overlap the scale's window in at most
/// `max_lanes` lanes, grouping events that fall close together into clusters where
/// they would need more. `label_widths` holds each event's natural label width in
/// pixels, indexed like `dataset.events`.
///
/// Clusters are buckets of a power-of-two number of days aligned to the epoch, so a
/// pan never reshuffles them and a zoom only regroups at whole doublings. A bucket
/// becomes a cluster when it holds more events than a threshold; the threshold is
/// lowered, and then the buckets widened, until everything fits.
pub fn layout_track(
    dataset: &Dataset,
    shown: &[bool],
    scale: &Scale,
    label_widths: &[f64],
    max_lanes: usize,
) -> TrackLayout {
    layout(dataset, shown, scale, label_widths, max_lanes, true, None)
}

/// Every layout: `spans` says whether an item's period takes room in its lane (across)
/// or is drawn beside the labels (down, where a cluster's badge is one row long);
/// `only` keeps one category's events (a band of the lanes by category).
pub(super) fn layout(
    dataset: &Dataset,
    shown: &[bool],
    scale: &Scale,
    label_widths: &[f64],
    max_lanes: usize,
    spans: bool,
    only: Option<Category>,
) -> TrackLayout {
    let max_lanes = max_lanes.max(1);
    let max_label = max_label_width(scale.width);
    let domain = scale.domain;
    // Indices only: at 10,000 events most of them end up in clusters, so their items are
    // made only for the buckets that stay open (and no 10,000-item array per frame).
    let events: Vec<usize> = dataset
        .indices_in(domain.start, domain.end)
        .filter(|&i| shown.get(i).copied().unwrap_or(false))
        .filter(|&i| only.is_none_or(|c| dataset.events[i].category == c))
        .collect();
    let item = |index: usize| {
        let event = &dataset.events[index];
        let x = scale.x(event.start());
        // A day, a minute or a second is a point; a year or a month is drawn as its whole
        // period, at any zoom, as is a span.
        let span_px = if event.precision() >= Precision::Day && event.end.is_none() {
            0.0
        } else {
            (scale.x(event.end()) - x).max(0.0)
        };
        let natural = label_widths.get(index).copied().unwrap_or(max_label);
        TrackItem {
            kind: ItemKind::Event(index),
            x: sticky_x(x, span_px),
            span_from: x,
            span_px,
            lane: 0,
            label_width: clamp(natural, 0.0, max_label),
            label_side: LabelSide::Right,
            shift: 0.0,
        }
    };

    // Most windows fit without clustering; a crowd that cannot possibly fit skips the try.
    let capacity = max_lanes as f64 * (scale.width / (SYMBOL_PX + LANE_GAP_PX)).max(1.0);
    if (events.len() as f64) <= capacity {
        if let Some(layout) = place_items(
            events.iter().map(|&i| item(i)).collect(),
            scale.width,
            max_lanes,
            spans,
        ) {
            return layout;
        }
    }

    // A try with more items than this cannot fit: each takes at least a symbol and a
    // gap of a lane, and at most a symbol's width hangs over either edge. Skipping such
    // tries changes no result; it saves most of the work at 10,000 events.
    let most_items = max_lanes as f64 * (scale.width / (SYMBOL_PX + LANE_GAP_PX) + 2.0);
    let k = scale.k();
    let mut bucket_px = BUCKET_PX;
    let mut last = None;
    for _ in 0..24 {
        // k is pixels per day. A bucket is a power-of-two number of whole days, aligned to
        // the epoch; below a day, a power-of-two number of seconds.
        let days = bucket_px / k.max(1e-300);
        let bucket_seconds = if days >= 1.0 {
            days.log2().ceil().min(45.0).exp2() as i64 * DAY_SECONDS
        } else {
            (days * DAY_SECONDS as f64).max(1.0).log2().ceil().exp2() as i64
        };
        let buckets = group_by_bucket(dataset, &events, bucket_seconds);
        bucket_px *= 2.0;
        if buckets.len() as f64 > most_items {
            continue; // even with every shared bucket a cluster
        }
        let largest = buckets.iter().map(|b| b.len()).max().unwrap_or(0);
        // Thresholds from "only the fullest buckets" down to "every shared bucket".
        // Across, a bucket holding more events than lanes cannot fit; down, their labels
        // move apart, so any bucket may.
        let mut threshold = if spans {
            largest.min(max_lanes)
        } else {
            largest
        };
        while threshold >= 1 {
            let count: usize = buckets
                .iter()
                .map(|b| if b.len() <= threshold { b.len() } else { 1 })
                .sum();
            if count as f64 <= most_items {
                let items = cluster_buckets(dataset, scale, &events, &buckets, threshold, &item);
                if let Some(layout) =
                    place_items(down_badges(items, spans), scale.width, max_lanes, spans)
                {
                    return layout;
                }
            }
            threshold = if threshold > 2 {
                threshold * 2 / 3
            } else {
                threshold - 1
            };
        }
        last = Some(down_badges(
            cluster_buckets(dataset, scale, &events, &buckets, 1, &item),
            spans,
        ));
    }
    // Unreachable in practice (a bucket as wide as the window is one cluster); keep
    // whatever the widest try gave rather than fail.
    let last = last.unwrap_or_default();
    if spans {
        stack_items(last, scale.width, usize::MAX, spans).unwrap_or_default()
    } else {
        // Down, a crowd that does not fit even so is left where it is, in one column.
        dodge_items(last.clone(), scale.width).unwrap_or(TrackLayout {
            items: last,
            lanes: 1,
            bands: Vec::new(),
        })
    }
}

/// Lanes across; one column, its labels moved apart, down.
fn place_items(
    items: Vec<TrackItem>,
    width: f64,
    max_lanes: usize,
    spans: bool,
) -> Option<TrackLayout> {
    if spans {
        stack_items(items, width, max_lanes, spans)
    } else {
        dodge_items(items, width)
    }
}

/// Stacks items in time order, each label after its symbol unless before it fits a
/// higher lane or after it would leave the track. `None` if more than `max_lanes` needed.
fn stack_items(
    items: Vec<TrackItem>,
    width: f64,
    max_lanes: usize,
    spans: bool,
) -> Option<TrackLayout> {
    let mut items = crate::order::sorted(items, &|a, b| a.x.total_cmp(&b.x));
    let options: Vec<[Option<Extent>; 2]> = items
        .iter()
        .map(|item| {
            let right = item.extent_with(spans);
            let left = TrackItem {
                label_side: LabelSide::Left,
                ..item.clone()
            }
            .extent_with(spans);
            let right_fits = right.right <= width;
            let left_fits = left.left >= 0.0;
            match (right_fits, left_fits) {
                (true, true) => [Some(right), Some(left)],
                (false, true) => [None, Some(left)],
                (true, false) => [Some(right), None],
                // Neither fits: keep the label on the side with more room.
                (false, false) if item.x < width / 2.0 => [Some(right), None],
                (false, false) => [None, Some(left)],
            }
        })
        .collect();
    let (placed, lanes) = stack_choices(&options, LANE_GAP_PX, max_lanes)?;
    for (item, (lane, choice)) in items.iter_mut().zip(placed) {
        item.lane = lane;
        item.label_side = if choice == 0 {
            LabelSide::Right
        } else {
            LabelSide::Left
        };
    }
    Some(TrackLayout {
        items,
        lanes,
        bands: Vec::new(),
    })
}
