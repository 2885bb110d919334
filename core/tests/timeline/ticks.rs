//! Tests of `core/src/timeline/ticks/`: which ticks the axis shows and their labels, at
//! every scale from billions of years to seconds.

use pakkaz_core::model::date::{days_from_civil, days_of_seconds};
use pakkaz_core::model::Date;
use pakkaz_core::text::{Lang, Words};
use pakkaz_core::timeline::ticks::{axis, label_room, Axis, Unit, LABEL_GAP_PX};
use pakkaz_core::timeline::{Scale, Viewport};
use proptest::prelude::*;

use crate::support::full_range;

fn english_axis(start: f64, end: f64, width: f64) -> Axis {
    axis(
        &Scale::new(Viewport::new(start, end), width),
        &Words::english(),
        false,
    )
}

fn labels(ticks: &[pakkaz_core::timeline::ticks::Tick]) -> Vec<&str> {
    ticks.iter().map(|t| t.label.as_str()).collect()
}

fn day(text: &str) -> f64 {
    days_of_seconds(Date::parse(text).unwrap().start())
}

/// Each label has the room it needs before the next tick, and every tick is in view.
fn assert_apart(axis: &Axis, width: f64) -> Result<(), TestCaseError> {
    for row in [&axis.ticks, &axis.context] {
        for pair in row.windows(2) {
            prop_assert!(
                pair[1].x - pair[0].x >= label_room(&pair[0].label) - 1e-6,
                "{:?}",
                pair
            );
            prop_assert!(pair[0].at < pair[1].at);
        }
    }
    for t in &axis.ticks {
        prop_assert!(t.x >= -1e-6 && t.x <= width + 1e-6, "{:?}", t);
        prop_assert!(t.x + label_room(&t.label) - LABEL_GAP_PX <= width + 1e-6);
    }
    Ok(())
}

proptest! {
    #[test]
    fn ticks_are_in_view_in_order_and_far_enough_apart(
        start in 7_000.0f64..19_000.0,
        span in 0.003f64..12_000.0,
        width in 200.0f64..3_000.0,
    ) {
        assert_apart(&english_axis(start, start + span, width), width)?;
    }

    #[test]
    fn at_any_magnitude_ticks_stay_apart(
        start_exponent in 0.0f64..11.0,
        span_share in 0.0001f64..1.0,
        width in 200.0f64..2_000.0,
        lang in 0usize..4,
    ) {
        // From a year to a hundred billion years ago (as far as the grammar goes), any
        // span back towards now.
        let start = -(pakkaz_core::number::pow_positive(10.0, start_exponent) * 365.0);
        let end = start + (-start) * span_share + 1.0;
        let words = Words::of(Lang::ALL[lang]);
        let axis = axis(&Scale::new(Viewport::new(start, end), width), &words, lang % 2 == 1);
        prop_assert!(!axis.ticks.is_empty() || width < 400.0, "{:?}", axis.step);
        assert_apart(&axis, width)?;
    }
}

#[test]
fn the_whole_range_at_desktop_width_shows_year_ticks() {
    let axis = axis(&Scale::new(full_range(), 1200.0), &Words::english(), false);
    assert_eq!(axis.step.unit, Unit::Year);
    assert!(axis.step.count <= 2, "{:?}", axis.step);
    let first = axis.ticks.first().unwrap().label.as_str();
    assert!(first == "1991" || first == "1992", "{first}");
    assert!(axis.ticks.iter().all(|t| t.label.len() == 4 && t.strong));
    assert!(axis.context.is_empty());
}

#[test]
fn a_month_window_shows_month_names_and_its_year() {
    let start = days_from_civil(2020, 2, 1) as f64;
    let axis = english_axis(start, start + 120.0, 300.0);
    assert_eq!((axis.step.unit, axis.step.count), (Unit::Month, 1));
    assert_eq!(labels(&axis.ticks), ["Feb", "Mar", "Apr", "May"]);
    assert_eq!(labels(&axis.context), ["2020"]);
}

#[test]
fn a_window_across_new_year_names_both_years() {
    let start = days_from_civil(2019, 10, 1) as f64;
    let axis = english_axis(start, start + 200.0, 400.0);
    assert_eq!(labels(&axis.context), ["2019", "2020"]);
}

#[test]
fn narrow_screens_get_coarser_ticks() {
    let phone = axis(&Scale::new(full_range(), 360.0), &Words::english(), true);
    assert_eq!(phone.step.unit, Unit::Year);
    assert!(phone.step.count >= 5, "{:?}", phone.step);
    assert!(phone.ticks.len() <= 8);
}

#[test]
fn a_few_days_count_days_under_their_month() {
    let across = english_axis(day("2022-01-25"), day("2022-02-10"), 700.0);
    assert_eq!(across.step.unit, Unit::Day);
    assert!(labels(&across.ticks).starts_with(&["25", "26", "27"]));
    assert_eq!(labels(&across.context), ["January 2022", "February 2022"]);
    // Where time runs down, beside a narrow column, with the months' short names.
    let scale = Scale::new(Viewport::new(day("2022-01-25"), day("2022-02-10")), 700.0);
    let down = axis(&scale, &Words::english(), true);
    assert_eq!(labels(&down.context), ["Jan 2022", "Feb 2022"]);
}

#[test]
fn an_hour_counts_minutes_under_its_day() {
    let axis = english_axis(day("2022-01-27T14:00"), day("2022-01-27T15:00"), 1000.0);
    assert_eq!(axis.step.unit, Unit::Minute);
    assert!(
        labels(&axis.ticks).contains(&"14:30"),
        "{:?}",
        labels(&axis.ticks)
    );
    assert_eq!(labels(&axis.context), ["27 January 2022"]);
    for t in &axis.ticks {
        assert_eq!(t.at % (60 * axis.step.count), 0, "{t:?}");
    }
}

#[test]
fn a_minute_counts_seconds() {
    let axis = english_axis(day("2022-01-27T14:30"), day("2022-01-27T14:31"), 1000.0);
    assert_eq!(axis.step.unit, Unit::Second);
    assert!(labels(&axis.ticks).contains(&"14:30:30"));
}

#[test]
fn a_minute_in_2022_is_exact_beside_the_big_bang() {
    // A timeline that holds 13.8 billion years ago and 2022: the window keeps its own
    // origin, so zoomed to one minute its ticks fall on exact seconds, where they are.
    let deep = day("-13800000000");
    let scale = Scale::new(Viewport::new(deep, day("2023")), 1000.0);
    let whole = axis(&scale, &Words::english(), false);
    assert_eq!(whole.step.unit, Unit::Year);
    assert!(whole.step.count >= 1_000_000_000, "{:?}", whole.step);
    assert!(
        whole
            .ticks
            .iter()
            .any(|t| t.label.ends_with("billion years ago")),
        "{:?}",
        labels(&whole.ticks)
    );

    let minute = Date::parse("2022-01-27T14:30").unwrap().start();
    let from = days_of_seconds(minute);
    let to = days_of_seconds(minute + 60);
    let scale = Scale::new(Viewport::new(from, to), 1200.0);
    let axis = axis(&scale, &Words::english(), false);
    assert_eq!(axis.step.unit, Unit::Second);
    for t in &axis.ticks {
        assert_eq!(t.at % axis.step.count, 0);
        let expected = (t.at - minute) as f64 / 60.0 * 1200.0;
        assert!((t.x - expected).abs() < 1e-3, "{t:?} at {expected}");
    }
    assert_eq!(axis.ticks[0].at, minute);
    assert_eq!(axis.ticks[0].label, "14:30:00");
}

#[test]
fn deep_time_is_written_as_years_ago() {
    let axis = english_axis(day("-70000000"), day("-60000000"), 1000.0);
    assert_eq!(axis.step.unit, Unit::Year);
    assert!(
        labels(&axis.ticks).contains(&"66 million years ago"),
        "{:?}",
        labels(&axis.ticks)
    );
    let russian = axis_in(Lang::Ru, day("-70000000"), day("-60000000"));
    assert!(labels(&russian.ticks).contains(&"66 млн лет назад"));
}

fn axis_in(lang: Lang, start: f64, end: f64) -> Axis {
    axis(
        &Scale::new(Viewport::new(start, end), 1000.0),
        &Words::of(lang),
        false,
    )
}

#[test]
fn years_before_the_common_era_have_no_year_zero() {
    let axis = english_axis(day("-0005"), day("0006"), 600.0);
    assert_eq!((axis.step.unit, axis.step.count), (Unit::Year, 1));
    let shown = labels(&axis.ticks);
    assert!(
        shown.starts_with(&["6 BCE", "5 BCE", "4 BCE", "3 BCE", "2 BCE", "1 BCE", "1 CE"]),
        "{shown:?}"
    );
}

#[test]
fn a_deep_window_narrower_than_its_step_still_names_where_it_is() {
    // Some 56,000 years, about 250,000 years ago, on 440 px: the one tick of its step has
    // a label the right edge would cut, so the tick before the window is named at its
    // left edge.
    let start = -pakkaz_core::number::pow_positive(10.0, 5.3977) * 365.0;
    let end = start + (-start) * 0.2249 + 1.0;
    let axis = english_axis(start, end, 439.3);
    assert_eq!(axis.ticks.len(), 1, "{:?}", axis.ticks);
    assert_eq!(axis.ticks[0].x, 0.0);
    assert!(
        axis.ticks[0].label.ends_with("thousand years ago"),
        "{:?}",
        axis.ticks
    );
}
