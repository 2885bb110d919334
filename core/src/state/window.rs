//! How far the window may go: the narrowest it zooms to, zooming and panning inside the
//! bounds, and moving it to show an event.

use super::{finest_span_at, State, MIN_SPAN_DAYS, MIN_SPAN_TIMES};
use crate::timeline::Viewport;

impl State {
    /// The window, moved (not zoomed) so that event `index` starts inside it.
    pub(super) fn revealing(&self, index: usize) -> Viewport {
        let e = &self.dataset.events[index];
        let (start, end) = (e.start(), e.end());
        let v = self.viewport;
        let margin = v.span() * 0.1;
        if start >= v.start + margin && start <= v.end - margin || start < v.start && end > v.start
        {
            return v;
        }
        self.panned(v, start - v.center())
    }

    /// The narrowest window a reader can zoom to about `center`: a few minutes if the
    /// data has times of day, else a day (never finer than the numbers hold).
    pub fn min_span_at(&self, center: f64) -> f64 {
        let base = if self.dataset.has_times() {
            MIN_SPAN_TIMES
        } else {
            MIN_SPAN_DAYS
        };
        base.max(finest_span_at(center))
    }

    /// The narrowest window about the present one's centre.
    pub fn min_span(&self) -> f64 {
        self.min_span_at(self.viewport.center())
    }

    /// Whether the window is as narrow as it goes (zooming in would change nothing).
    pub fn fully_zoomed_in(&self) -> bool {
        self.viewport.span() <= self.min_span() * (1.0 + 1e-9)
    }

    /// Zooms around `anchor`, limiting the factor so the span stays between the
    /// narrowest window and the bounds: the anchor stays put unless the window meets a
    /// bound.
    pub(super) fn zoomed(&self, viewport: Viewport, anchor: f64, factor: f64) -> Viewport {
        if !(factor.is_finite() && factor > 0.0 && anchor.is_finite()) {
            return viewport;
        }
        let span = viewport.span();
        let min_span = self.min_span_at(anchor).min(self.bounds.span());
        let factor = factor.min(span / min_span).max(span / self.bounds.span());
        self.clamped(viewport.zoom_around(anchor, factor))
    }

    /// Panning never changes the span, even against a bound.
    pub(super) fn panned(&self, viewport: Viewport, days: f64) -> Viewport {
        viewport.pan(days).clamp(self.bounds, viewport.span())
    }

    pub(super) fn clamped(&self, window: Viewport) -> Viewport {
        window.clamp(self.bounds, self.min_span_at(window.center()))
    }
}
