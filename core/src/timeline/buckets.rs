//! Clustering for the track: events grouped into time buckets of a power-of-two number of
//! seconds, and the buckets too full to show one by one made into cluster items.

use super::items::{sticky_x, Cluster, ItemKind, LabelSide, TrackItem};
use super::scale::Scale;
use crate::model::category::MAX_CATEGORIES;
use crate::model::date::days_of_seconds;
use crate::model::Dataset;

/// Positions in `events` (dataset indices, sorted by start) grouped into runs sharing a
/// time bucket. The events of a bucket are contiguous, so a bucket is a range, not a list.
pub fn group_by_bucket(
    dataset: &Dataset,
    events: &[usize],
    bucket_seconds: i64,
) -> Vec<std::ops::Range<usize>> {
    let mut buckets: Vec<std::ops::Range<usize>> = Vec::new();
    let mut current = None;
    for (i, &index) in events.iter().enumerate() {
        let bucket = dataset.events[index]
            .start_second()
            .div_euclid(bucket_seconds.max(1));
        match buckets.last_mut() {
            Some(last) if current == Some(bucket) => last.end = i + 1,
            _ => {
                buckets.push(i..i + 1);
                current = Some(bucket);
            }
        }
    }
    buckets
}

/// The items to lay out: events of small buckets as they are (`item` makes an event's),
/// larger buckets as clusters.
pub fn cluster_buckets(
    dataset: &Dataset,
    scale: &Scale,
    events: &[usize],
    buckets: &[std::ops::Range<usize>],
    threshold: usize,
    item: &dyn Fn(usize) -> TrackItem,
) -> Vec<TrackItem> {
    let mut items = Vec::new();
    for bucket in buckets {
        if bucket.len() <= threshold {
            items.extend(events[bucket.clone()].iter().map(|&i| item(i)));
            continue;
        }
        let mut by_category = [0usize; MAX_CATEGORIES];
        let mut start = i64::MAX;
        let mut end = i64::MIN;
        for &index in &events[bucket.clone()] {
            let e = &dataset.events[index];
            by_category[e.category.index()] += 1;
            start = start.min(e.start_second());
            end = end.max(e.end_second());
        }
        let cluster = Cluster {
            count: bucket.len(),
            by_category,
            start,
            end,
        };
        let x = scale.x(days_of_seconds(start));
        let label_width = cluster.label_width();
        let span_px = (scale.x(days_of_seconds(end)) - x).max(0.0);
        items.push(TrackItem {
            kind: ItemKind::Cluster(cluster),
            x: sticky_x(x, span_px),
            span_from: x,
            span_px,
            lane: 0,
            label_width,
            label_side: LabelSide::Right,
            shift: 0.0,
        });
    }
    items
}
