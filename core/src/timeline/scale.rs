//! The linear map between time (days) and horizontal pixels.

use super::viewport::Viewport;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub domain: Viewport,
    /// Width in CSS pixels of the range `[0, width]`.
    pub width: f64,
}

impl Scale {
    pub fn new(domain: Viewport, width: f64) -> Scale {
        Scale { domain, width }
    }

    /// Pixels per day.
    pub fn k(&self) -> f64 {
        if self.domain.span() > 0.0 {
            self.width / self.domain.span()
        } else {
            0.0
        }
    }

    /// x of time `t`.
    pub fn x(&self, t: f64) -> f64 {
        (t - self.domain.start) * self.k()
    }

    /// Time at x; inverse of [`Scale::x`].
    pub fn t(&self, x: f64) -> f64 {
        let k = self.k();
        if k > 0.0 {
            self.domain.start + x / k
        } else {
            self.domain.start
        }
    }
}
