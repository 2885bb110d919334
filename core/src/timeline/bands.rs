//! Lanes by category (swimlanes): each category the filters leave on gets a band of its
//! own, a row with its name and then its lanes, so readers can follow how each kind of
//! tie grew. Within a band, events are laid out, clustered and zoomed exactly as on the
//! ordinary track (`track::layout`, given the band's category). Pure, tested natively.

use super::items::{Band, TrackLayout};
use super::scale::Scale;
use super::track::layout;
use crate::model::{CategorySet, Dataset};

/// Lays out the `shown` events of each category in `categories` in a band of its own, in
/// the dataset's order of categories. Every band takes at least one lane, and together
/// they keep to about `max_lanes` rows (names included) before their events cluster:
/// each band may use an equal share of what the names leave, and at least one lane.
pub fn layout_bands(
    dataset: &Dataset,
    shown: &[bool],
    categories: CategorySet,
    scale: &Scale,
    label_widths: &[f64],
    max_lanes: usize,
) -> TrackLayout {
    let on: Vec<_> = dataset
        .categories
        .all()
        .filter(|&c| categories.contains(c))
        .collect();
    let per_band = (max_lanes.saturating_sub(on.len()) / on.len().max(1)).max(1);
    let mut out = TrackLayout::default();
    for category in on {
        let mut band = layout(
            dataset,
            shown,
            scale,
            label_widths,
            per_band,
            true,
            Some(category),
        );
        let lane = out.lanes;
        for item in &mut band.items {
            item.lane += lane + 1;
        }
        let lanes = band.lanes.max(1);
        let start = out.items.len();
        out.items.extend(band.items);
        out.bands.push(Band {
            category,
            lane,
            lanes,
            items: start..out.items.len(),
        });
        out.lanes = lane + 1 + lanes;
    }
    out
}
