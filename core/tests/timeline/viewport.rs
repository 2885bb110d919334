//! Tests of `src/timeline/viewport.rs`: zoom, clamping and the days a window shows.

use pakkaz_core::model::date::days_from_civil;
use pakkaz_core::timeline::{Scale, Viewport};
use proptest::prelude::*;

use crate::support::full_range;

proptest! {
    #[test]
    fn zoom_keeps_the_anchor_in_place(
        start in 0.0f64..10_000.0,
        span in 30.0f64..12_000.0,
        at in 0.0f64..1.0,
        factor in 0.1f64..10.0,
    ) {
        let v = Viewport::new(start, start + span);
        let anchor = start + at * span;
        let z = v.zoom_around(anchor, factor);
        let before = Scale::new(v, 1000.0).x(anchor);
        let after = Scale::new(z, 1000.0).x(anchor);
        prop_assert!((before - after).abs() < 1e-6);
        prop_assert!((z.span() - span / factor).abs() < 1e-6 * span);
    }

    #[test]
    fn zoom_in_then_out_is_the_same_window(
        start in 0.0f64..10_000.0,
        span in 30.0f64..12_000.0,
        at in 0.0f64..1.0,
        factor in 0.1f64..10.0,
    ) {
        let v = Viewport::new(start, start + span);
        let anchor = start + at * span;
        let back = v.zoom_around(anchor, factor).zoom_around(anchor, 1.0 / factor);
        prop_assert!((back.start - v.start).abs() < 1e-6);
        prop_assert!((back.end - v.end).abs() < 1e-6);
    }

    #[test]
    fn clamping_stays_within_bounds_and_span_limits(
        start in -100_000.0f64..100_000.0,
        span in -100.0f64..100_000.0,
        min_span in 1.0f64..100.0,
    ) {
        let bounds = full_range();
        let c = Viewport::new(start, start + span).clamp(bounds, min_span);
        prop_assert!(c.start >= bounds.start - 1e-9);
        prop_assert!(c.end <= bounds.end + 1e-9);
        prop_assert!(c.span() >= min_span - 1e-9);
        prop_assert!(c.span() <= bounds.span() + 1e-9);
    }

    #[test]
    fn reported_days_cover_the_window_and_no_more(start in 7_000.0f64..19_000.0, span in 0.001f64..12_000.0) {
        let v = Viewport::new(start, start + span);
        let (first, last) = v.days();
        prop_assert!(first <= last);
        // The first and last days shown overlap the window; the day before and after do not.
        prop_assert!((first as f64) <= v.start && v.start < (first + 1) as f64);
        prop_assert!((last as f64) < v.end && v.end <= (last + 1) as f64);
    }
}

#[test]
fn clamping_keeps_a_window_that_is_already_inside() {
    let v = Viewport::new(9_000.0, 10_000.0);
    assert_eq!(v.clamp(full_range(), 31.0), v);
}

#[test]
fn a_window_from_midnight_to_midnight_reports_its_own_days() {
    let start = days_from_civil(2015, 3, 1) as f64;
    let end = days_from_civil(2015, 4, 1) as f64;
    assert_eq!(
        Viewport::new(start, end).days(),
        (start as i64, end as i64 - 1)
    );
    // Half a day later it shows part of 1 March and part of 1 April.
    assert_eq!(
        Viewport::new(start + 0.5, end + 0.5).days(),
        (start as i64, end as i64)
    );
}
