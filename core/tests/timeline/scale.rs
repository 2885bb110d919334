//! Tests of `src/timeline/scale.rs`: the map between time and pixels.

use pakkaz_core::timeline::{Scale, Viewport};
use proptest::prelude::*;

proptest! {
    #[test]
    fn scale_round_trips_x_and_time(
        start in -50_000.0f64..50_000.0,
        span in 1.0f64..20_000.0,
        width in 50.0f64..4_000.0,
        x in -1_000.0f64..5_000.0,
    ) {
        let scale = Scale::new(Viewport::new(start, start + span), width);
        let t = scale.t(x);
        prop_assert!((scale.x(t) - x).abs() < 1e-6);
        prop_assert!((scale.x(start) - 0.0).abs() < 1e-9);
        prop_assert!((scale.x(start + span) - width).abs() < 1e-6);
    }
}
