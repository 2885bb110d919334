//! The linear map between time (days) and horizontal pixels.

use super::viewport::Viewport;
use crate::model::date::DAY_SECONDS;
use crate::number::clamp;

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

    /// x of an exact moment, `seconds` since 1970-01-01T00:00Z, measured from the
    /// window's own origin: the whole second nearest its start. The difference is taken
    /// in whole seconds first, so a tick is exact however far from 1970 the window is.
    pub fn x_at(&self, seconds: i64) -> f64 {
        let origin_days = self.domain.start;
        let origin = clamp((origin_days * DAY_SECONDS as f64).round(), -4e18, 4e18) as i64;
        let offset_days = (origin as f64 / DAY_SECONDS as f64) - origin_days;
        let from_origin = seconds.saturating_sub(origin) as f64 / DAY_SECONDS as f64;
        (from_origin + offset_days) * self.k()
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
