//! Input maths, apart from events: how a wheel turn, a drag or a pinch becomes a change
//! of window, and how a window animates to another. Pure, tested natively.

use super::scale::Scale;
use super::viewport::Viewport;
use crate::number::{clamp, pow_positive};

/// Wheel delta modes, as `WheelEvent.deltaMode` reports them.
pub const DOM_DELTA_PIXEL: u32 = 0;
pub const DOM_DELTA_LINE: u32 = 1;

/// Zoom factor of one wheel event (> 1 zooms in). Same feel as d3-zoom: a notch of a
/// mouse wheel (about 100 px) zooms by about 1.15; a trackpad pinch arrives as
/// `ctrl`+wheel with small deltas and is ten times as sensitive.
pub fn wheel_zoom_factor(delta_y: f64, delta_mode: u32, ctrl: bool) -> f64 {
    let per_unit = match delta_mode {
        DOM_DELTA_PIXEL => 0.002,
        DOM_DELTA_LINE => 0.05,
        _ => 1.0,
    };
    let exponent = -delta_y * per_unit * if ctrl { 10.0 } else { 1.0 };
    // One event never zooms by more than 4× either way, whatever the device reports.
    clamp(exponent, -2.0, 2.0).exp2()
}

/// Pixels a wheel delta stands for (lines are 16 px, pages the given height).
pub fn wheel_pixels(delta: f64, delta_mode: u32, page_px: f64) -> f64 {
    match delta_mode {
        DOM_DELTA_PIXEL => delta,
        DOM_DELTA_LINE => delta * 16.0,
        _ => delta * page_px,
    }
}

/// Continuous input gathered between two animation frames, in pixels, so that a flood
/// of events becomes at most one state update per frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PendingGesture {
    /// Content dragged rightwards by this many pixels (the window moves earlier).
    pub drag_px: f64,
    /// Product of the zoom factors (> 1 in).
    pub zoom: f64,
    /// x of the last zoom's anchor, in pixels from the track's left edge.
    pub anchor_x: f64,
}

impl Default for PendingGesture {
    fn default() -> Self {
        PendingGesture {
            drag_px: 0.0,
            zoom: 1.0,
            anchor_x: 0.0,
        }
    }
}

impl PendingGesture {
    pub fn is_empty(&self) -> bool {
        self.drag_px == 0.0 && self.zoom == 1.0
    }

    pub fn drag(&mut self, dx: f64) {
        if dx.is_finite() {
            self.drag_px += dx;
        }
    }

    pub fn zoom_at(&mut self, factor: f64, anchor_x: f64) {
        if factor.is_finite() && factor > 0.0 && anchor_x.is_finite() {
            self.zoom *= factor;
            self.anchor_x = anchor_x;
        }
    }

    /// The gesture as (days to pan, time anchor, zoom factor) for the given scale.
    /// The anchor is taken after the pan, so the content under the pointer stays there.
    pub fn resolve(&self, scale: &Scale) -> (f64, f64, f64) {
        let k = scale.k();
        let pan_days = if k > 0.0 { -self.drag_px / k } else { 0.0 };
        let anchor = scale.t(self.anchor_x) + pan_days;
        (pan_days, anchor, self.zoom)
    }
}

/// The window a fraction `t` (0..=1) of the way from `from` to `to`, eased, with the span
/// changing geometrically so a zoom feels even at every scale.
pub fn interpolate(from: Viewport, to: Viewport, t: f64) -> Viewport {
    let t = clamp(t, 0.0, 1.0);
    let eased = 1.0 - (1.0 - t).powi(3);
    let (s0, s1) = (from.span().max(1e-9), to.span().max(1e-9));
    let span = s0 * pow_positive(s1 / s0, eased);
    // The point fixed by a pure zoom stays fixed: interpolate the window's start in
    // proportion to how far the span has changed.
    let progress = if (s1 - s0).abs() > 1e-9 {
        (span - s0) / (s1 - s0)
    } else {
        eased
    };
    let start = from.start + (to.start - from.start) * progress;
    Viewport::new(start, start + span)
}

/// Distance and midpoint of two touch points.
pub fn pinch(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    ((dx * dx + dy * dy).sqrt(), (a.0 + b.0) / 2.0)
}
