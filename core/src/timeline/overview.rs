//! The overview band: every event of the whole range at a glance, as a stacked density
//! strip, whatever the number of events (a few paths, never one node per event).

use super::scale::Scale;
use super::viewport::Viewport;
use crate::model::category::MAX_CATEGORIES;
use crate::model::Dataset;
use crate::number::Tenths;

/// Counts of events per category in one column of the band.
pub type Bin = [u32; MAX_CATEGORIES];

/// The `shown` events counted per `bin_px`-wide column of the scale (by start day).
pub fn bins(dataset: &Dataset, shown: &[bool], scale: &Scale, bin_px: f64) -> Vec<Bin> {
    let bin_px = bin_px.max(1.0);
    let n = (scale.width / bin_px).ceil().max(1.0) as usize;
    let mut bins = vec![[0u32; MAX_CATEGORIES]; n];
    let domain = scale.domain;
    for i in dataset.indices_in(domain.start, domain.end) {
        let e = &dataset.events[i];
        if !shown.get(i).copied().unwrap_or(false) {
            continue;
        }
        let x = scale.x(e.start().max(domain.start));
        let column = ((x / bin_px).floor().max(0.0) as usize).min(n - 1);
        bins[column][e.category.index()] += 1;
    }
    bins
}

/// What part of the brush a drag holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grip {
    /// The body: moves the window.
    Move,
    /// The left edge: moves the start, the end stays.
    Start,
    /// The right edge: moves the end, the start stays.
    End,
}

/// The window after dragging `grip` of a brush showing `window` by `days`; an edge
/// never comes closer than `min_span` to the other. (The state then clamps to bounds.)
pub fn drag_brush(grip: Grip, window: Viewport, days: f64, min_span: f64) -> Viewport {
    let w = window;
    match grip {
        Grip::Move => w.pan(days),
        Grip::Start => Viewport::new((w.start + days).min(w.end - min_span), w.end),
        Grip::End => Viewport::new(w.start, (w.end + days).max(w.start + min_span)),
    }
}

/// SVG path data, one per category, drawing each bin as stacked bars of `unit_px` per
/// event, no taller than `height` in all (dense columns are capped, not scaled, so a
/// single event is always visible).
pub fn paths(bins: &[Bin], bin_px: f64, height: f64, unit_px: f64) -> [String; MAX_CATEGORIES] {
    let mut paths: [String; MAX_CATEGORIES] = Default::default();
    let bar = (bin_px - 1.0).max(1.0);
    for (column, bin) in bins.iter().enumerate() {
        let mut y = height;
        for (category, &count) in bin.iter().enumerate() {
            if count == 0 || y <= 0.0 {
                continue;
            }
            let h = (count as f64 * unit_px).min(y);
            y -= h;
            let x = column as f64 * bin_px;
            paths[category].push_str(&format!(
                "M{} {}h{}v{}h-{}z",
                Tenths(x),
                Tenths(y),
                Tenths(bar),
                Tenths(h),
                Tenths(bar)
            ));
        }
    }
    paths
}
