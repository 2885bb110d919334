//! Tests of `src/timeline/ticks.rs`: which ticks the axis shows and their labels.

use pakkaz_core::model::date::days_from_civil;
use pakkaz_core::timeline::ticks::{axis, LABEL_PX, YEAR_LABEL_PX};
use pakkaz_core::timeline::{Scale, Viewport};
use proptest::prelude::*;

use crate::support::full_range;

proptest! {
    #[test]
    fn ticks_are_in_view_in_order_and_far_enough_apart(
        start in 7_000.0f64..19_000.0,
        span in 31.0f64..12_000.0,
        width in 200.0f64..3_000.0,
    ) {
        let scale = Scale::new(Viewport::new(start, start + span), width);
        let axis = axis(&scale, &pakkaz_core::text::Words::english());
        // Each label has the room it needs before the next tick, in the shortest month
        // too. (The browser tests measure the labels themselves in the real font.)
        for pair in axis.ticks.windows(2) {
            prop_assert!(pair[1].x - pair[0].x >= LABEL_PX, "{:?}", pair);
        }
        for pair in axis.years.windows(2) {
            prop_assert!(pair[1].x - pair[0].x >= YEAR_LABEL_PX, "{:?}", pair);
        }
        for t in &axis.ticks {
            prop_assert!(t.x >= -1e-6 && t.x <= width + 1e-6);
        }
    }
}

#[test]
fn the_whole_range_at_desktop_width_shows_year_ticks() {
    let scale = Scale::new(full_range(), 1200.0);
    let axis = axis(&scale, &pakkaz_core::text::Words::english());
    assert!(
        axis.step_months == 12 || axis.step_months == 24,
        "step {}",
        axis.step_months
    );
    let first = axis.ticks.first().unwrap().label.as_str();
    assert!(first == "1991" || first == "1992", "{first}");
    assert!(axis
        .ticks
        .iter()
        .all(|t| t.label.len() == 4 && t.year_start));
    assert!(axis.years.is_empty());
}

#[test]
fn a_month_window_shows_month_names_and_its_year() {
    let start = days_from_civil(2020, 2, 1) as f64;
    let scale = Scale::new(Viewport::new(start, start + 120.0), 1000.0);
    let axis = axis(&scale, &pakkaz_core::text::Words::english());
    assert_eq!(axis.step_months, 1);
    let labels: Vec<&str> = axis.ticks.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, ["Feb", "Mar", "Apr", "May"]);
    assert_eq!(axis.years.len(), 1);
    assert_eq!(axis.years[0].label, "2020");
}

#[test]
fn a_window_across_new_year_names_both_years() {
    let start = days_from_civil(2019, 10, 1) as f64;
    let scale = Scale::new(Viewport::new(start, start + 200.0), 1000.0);
    let years: Vec<String> = axis(&scale, &pakkaz_core::text::Words::english())
        .years
        .iter()
        .map(|t| t.label.clone())
        .collect();
    assert_eq!(years, ["2019", "2020"]);
}

#[test]
fn narrow_screens_get_coarser_ticks() {
    let phone = axis(
        &Scale::new(full_range(), 360.0),
        &pakkaz_core::text::Words::english(),
    );
    assert!(phone.step_months >= 60, "step {}", phone.step_months);
    assert!(phone.ticks.len() <= 8);
}
