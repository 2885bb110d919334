//! Tests of `core/src/number.rs`: numbers written without float formatting.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest does not build for wasm32

use proptest::prelude::*;

#[test]
fn numbers_for_styles_are_written_without_float_formatting() {
    use pakkaz_core::number::{Tenths, Whole};
    for (value, text) in [
        (0.0, "0"),
        (12.34, "12.3"),
        (12.35001, "12.4"),
        (-0.04, "0"),
        (-0.5, "-0.5"),
        (7.0, "7"),
        (-1234.56, "-1234.6"),
        (f64::NAN, "0"),
        (f64::INFINITY, "0"),
    ] {
        assert_eq!(Tenths(value).to_string(), text, "{value}");
    }
    assert_eq!(Whole(12.5).to_string(), "13");
    assert_eq!(Whole(-2.4).to_string(), "-2");
    assert_eq!(Whole(f64::NAN).to_string(), "0");
}

proptest! {
    /// Tenths reads back as the value rounded to a tenth (what `{:.1}` wrote before).
    #[test]
    fn tenths_round_trip(value in -1e9f64..1e9) {
        use pakkaz_core::number::Tenths;
        let written: f64 = Tenths(value).to_string().parse().unwrap();
        prop_assert!((written - value).abs() <= 0.05 + 1e-6, "{} -> {}", value, written);
    }
}
