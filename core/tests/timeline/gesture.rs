//! Tests of `src/timeline/gesture.rs`: wheel, drag and pinch as changes of window, and
//! animating from one window to another.

use pakkaz_core::timeline::gesture::{interpolate, wheel_zoom_factor, PendingGesture};
use pakkaz_core::timeline::{Scale, Viewport};
use proptest::prelude::*;

#[test]
fn wheel_down_zooms_out_and_up_zooms_in() {
    assert!(wheel_zoom_factor(100.0, 0, false) < 1.0);
    assert!(wheel_zoom_factor(-100.0, 0, false) > 1.0);
    let f = wheel_zoom_factor(-100.0, 0, false);
    assert!((f * wheel_zoom_factor(100.0, 0, false) - 1.0).abs() < 1e-12);
    assert!(wheel_zoom_factor(-1.0e9, 0, false) <= 4.0);
    assert!(wheel_zoom_factor(-5.0, 0, true) > wheel_zoom_factor(-5.0, 0, false));
}

proptest! {
    #[test]
    fn a_pending_zoom_keeps_the_date_under_the_pointer(
        x in 0.0f64..1000.0,
        factors in prop::collection::vec(0.5f64..2.0, 1..20),
    ) {
        let scale = Scale::new(Viewport::new(10_000.0, 12_000.0), 1000.0);
        let mut pending = PendingGesture::default();
        for f in &factors {
            pending.zoom_at(*f, x);
        }
        let (pan, anchor, factor) = pending.resolve(&scale);
        prop_assert_eq!(pan, 0.0);
        let zoomed = scale.domain.zoom_around(anchor, factor);
        let after = Scale::new(zoomed, 1000.0);
        prop_assert!((after.x(scale.t(x)) - x).abs() < 1e-6);
    }

    #[test]
    fn a_drag_moves_content_with_the_pointer(dx in -2000.0f64..2000.0) {
        let scale = Scale::new(Viewport::new(10_000.0, 12_000.0), 1000.0);
        let mut pending = PendingGesture::default();
        pending.drag(dx);
        let (pan, _, _) = pending.resolve(&scale);
        let moved = Scale::new(scale.domain.pan(pan), 1000.0);
        // The date that was at x=500 is now at x=500+dx.
        prop_assert!((moved.x(scale.t(500.0)) - (500.0 + dx)).abs() < 1e-6);
    }

    #[test]
    fn interpolation_starts_and_ends_at_its_windows(
        a in 0.0f64..10_000.0, sa in 31.0f64..10_000.0,
        b in 0.0f64..10_000.0, sb in 31.0f64..10_000.0,
        t in 0.0f64..1.0,
    ) {
        let from = Viewport::new(a, a + sa);
        let to = Viewport::new(b, b + sb);
        let start = interpolate(from, to, 0.0);
        let end = interpolate(from, to, 1.0);
        prop_assert!((start.start - from.start).abs() < 1e-6 && (start.end - from.end).abs() < 1e-6);
        prop_assert!((end.start - to.start).abs() < 1e-6 && (end.end - to.end).abs() < 1e-6);
        let mid = interpolate(from, to, t);
        prop_assert!(mid.span() >= sa.min(sb) - 1e-6 && mid.span() <= sa.max(sb) + 1e-6);
    }
}

#[test]
fn animating_a_zoom_keeps_its_fixed_point() {
    let from = Viewport::new(0.0, 1000.0);
    let to = from.zoom_around(250.0, 4.0);
    for i in 0..=10 {
        let v = interpolate(from, to, i as f64 / 10.0);
        let rel = (250.0 - v.start) / v.span();
        assert!((rel - 0.25).abs() < 1e-9, "{v:?}");
    }
}
