//! Which events the list view lists, cites and downloads: those of the window that the
//! filters and the search leave, in time order.

use super::Viewport;
use crate::model::Dataset;

/// The indices of the events of `dataset` in `window` that `shown` (one flag per event)
/// leaves, in time order.
pub fn listed(dataset: &Dataset, window: Viewport, shown: &[bool]) -> Vec<usize> {
    (dataset.indices_in(window.start, window.end))
        .filter(|&i| shown.get(i).copied().unwrap_or(false))
        .collect()
}
