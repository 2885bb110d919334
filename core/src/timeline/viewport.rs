//! The visible window of time: a tiny immutable value, apart from events and drawing.
//!
//! Like d3-zoom's transform, every operation returns a new window; clamping to the data's
//! bounds and to the narrowest allowed span is a separate, explicit step so that the pure
//! maths (zoom in then out is the identity; the anchor stays put) holds exactly.

/// A window of time `[start, end)` in days since 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub start: f64,
    pub end: f64,
}

impl Viewport {
    pub fn new(start: f64, end: f64) -> Viewport {
        Viewport { start, end }
    }

    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    pub fn center(&self) -> f64 {
        (self.start + self.end) / 2.0
    }

    /// Zooms by `factor` (> 1 zooms in, < 1 out) keeping the time `anchor` at the same
    /// relative position in the window, as under a pointer.
    pub fn zoom_around(&self, anchor: f64, factor: f64) -> Viewport {
        if !(factor.is_finite() && factor > 0.0 && anchor.is_finite()) {
            return *self;
        }
        Viewport {
            start: anchor - (anchor - self.start) / factor,
            end: anchor + (self.end - anchor) / factor,
        }
    }

    /// Moves the window later by `days` (earlier if negative).
    pub fn pan(&self, days: f64) -> Viewport {
        if !days.is_finite() {
            return *self;
        }
        Viewport {
            start: self.start + days,
            end: self.end + days,
        }
    }

    /// The nearest window inside `bounds` whose span is at least `min_span` (or all of
    /// `bounds` if that is narrower). Keeps the centre where it can.
    pub fn clamp(&self, bounds: Viewport, min_span: f64) -> Viewport {
        let max_span = bounds.span().max(0.0);
        let min_span = min_span.min(max_span);
        let mut span = self.span();
        if !span.is_finite() || span < min_span {
            span = min_span;
        }
        if span >= max_span {
            // Exactly the bounds, free of rounding, so "everything in view" is testable.
            return bounds;
        }
        let center = if self.center().is_finite() {
            self.center()
        } else {
            bounds.center()
        };
        let mut start = center - span / 2.0;
        if start < bounds.start {
            start = bounds.start;
        }
        if start + span > bounds.end {
            start = bounds.end - span;
        }
        Viewport {
            start,
            end: start + span,
        }
    }

    /// The whole days the window shows any of: its first and its last (inclusive), as
    /// the widget reports them (`data-from`/`data-to`, `pakkaz:viewchange`).
    pub fn days(&self) -> (i64, i64) {
        let first = self.start.floor() as i64;
        let last = (self.end.ceil() as i64 - 1).max(first);
        (first, last)
    }

    pub fn contains(&self, other: &Viewport) -> bool {
        other.start >= self.start && other.end <= self.end
    }
}
