//! Native tests of the timeline maths: viewport, scale, ticks and lane layout.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest does not build for wasm32

use pakkaz_timeline::model::date::days_from_civil;
use pakkaz_timeline::model::{validate, CategorySet, RawDataset, EMBEDDED_JSON};
use pakkaz_timeline::timeline::layout::{stack, stack_choices, Extent, LANE_GAP_PX};
use pakkaz_timeline::timeline::ticks::{axis, choose_step};
use pakkaz_timeline::timeline::track::{estimate_label_widths, layout_track};
use pakkaz_timeline::timeline::{Scale, Viewport};
use proptest::prelude::*;

fn full_range() -> Viewport {
    pakkaz_timeline::default_range()
}

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
    fn lanes_never_overlap(items in prop::collection::vec((0.0f64..2_000.0, 0.0f64..300.0), 0..200)) {
        let mut extents: Vec<Extent> = items.iter().map(|&(l, w)| Extent { left: l, right: l + w }).collect();
        extents.sort_by(|a, b| a.left.total_cmp(&b.left));
        let (lanes, count) = stack(&extents, LANE_GAP_PX);
        prop_assert_eq!(lanes.len(), extents.len());
        for i in 0..extents.len() {
            prop_assert!(lanes[i] < count);
            for j in (i + 1)..extents.len() {
                if lanes[i] == lanes[j] {
                    let (a, b) = (extents[i], extents[j]);
                    prop_assert!(a.right + LANE_GAP_PX <= b.left || b.right + LANE_GAP_PX <= a.left,
                        "{:?} and {:?} share lane {}", a, b, lanes[i]);
                }
            }
        }
    }

    #[test]
    fn lanes_never_overlap_with_two_choices(
        items in prop::collection::vec((0.0f64..2_000.0, 0.0f64..300.0, 0.0f64..300.0, any::<bool>()), 0..200)
    ) {
        let options: Vec<[Option<Extent>; 2]> = items.iter().map(|&(x, after, before, both)| [
            Some(Extent { left: x, right: x + after }),
            both.then_some(Extent { left: x - before, right: x }),
        ]).collect();
        let (placed, count) = stack_choices(&options, LANE_GAP_PX);
        let chosen: Vec<(usize, Extent)> = placed.iter().zip(&options)
            .map(|(&(lane, choice), o)| (lane, o[choice].expect("chosen option exists")))
            .collect();
        for (i, (la, a)) in chosen.iter().enumerate() {
            prop_assert!(*la < count);
            for (lb, b) in &chosen[i + 1..] {
                if la == lb {
                    prop_assert!(a.right + LANE_GAP_PX <= b.left || b.right + LANE_GAP_PX <= a.left);
                }
            }
        }
    }

    #[test]
    fn ticks_are_in_view_in_order_and_far_enough_apart(
        start in 7_000.0f64..19_000.0,
        span in 31.0f64..12_000.0,
        width in 200.0f64..3_000.0,
    ) {
        let scale = Scale::new(Viewport::new(start, start + span), width);
        let axis = axis(&scale);
        let step = choose_step(&scale);
        for pair in axis.ticks.windows(2) {
            prop_assert!(pair[1].x - pair[0].x >= step.min_px - 4.0, "{:?}", pair);
        }
        for t in &axis.ticks {
            prop_assert!(t.x >= -1e-6 && t.x <= width + 1e-6);
        }
    }
}

#[test]
fn clamping_keeps_a_window_that_is_already_inside() {
    let v = Viewport::new(9_000.0, 10_000.0);
    assert_eq!(v.clamp(full_range(), 31.0), v);
}

#[test]
fn the_whole_range_at_desktop_width_shows_year_ticks() {
    let scale = Scale::new(full_range(), 1200.0);
    let axis = axis(&scale);
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
    let axis = axis(&scale);
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
    let years: Vec<String> = axis(&scale).years.iter().map(|t| t.label.clone()).collect();
    assert_eq!(years, ["2019", "2020"]);
}

#[test]
fn narrow_screens_get_coarser_ticks() {
    let phone = axis(&Scale::new(full_range(), 360.0));
    assert!(phone.step_months >= 60, "step {}", phone.step_months);
    assert!(phone.ticks.len() <= 8);
}

fn embedded() -> pakkaz_timeline::model::Dataset {
    let raw: RawDataset = serde_json::from_str(EMBEDDED_JSON).unwrap();
    validate(&raw).unwrap()
}

#[test]
fn every_event_is_laid_out_once_with_no_overlaps() {
    let dataset = embedded();
    for width in [360.0, 800.0, 1248.0] {
        let scale = Scale::new(full_range(), width);
        let layout = layout_track(
            &dataset,
            CategorySet::ALL,
            &scale,
            &estimate_label_widths(&dataset),
        );
        assert_eq!(layout.marks.len(), dataset.events.len());
        let mut seen: Vec<usize> = layout.marks.iter().map(|m| m.index).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), dataset.events.len());
        for (i, a) in layout.marks.iter().enumerate() {
            assert!(a.lane < layout.lanes);
            for b in &layout.marks[i + 1..] {
                if a.lane == b.lane {
                    let (ea, eb) = (a.extent(), b.extent());
                    assert!(
                        ea.right <= eb.left || eb.right <= ea.left,
                        "{a:?} overlaps {b:?} at {width}"
                    );
                }
            }
            let e = a.extent();
            assert!(
                e.left >= -10.0 && e.right <= width + 10.0,
                "{a:?} leaves the track at {width}"
            );
        }
    }
}

#[test]
fn year_only_events_span_their_year() {
    let dataset = embedded();
    let scale = Scale::new(full_range(), 1280.0);
    let layout = layout_track(
        &dataset,
        CategorySet::ALL,
        &scale,
        &estimate_label_widths(&dataset),
    );
    let idx = dataset.event_index("first-official-visit").unwrap();
    let mark = layout.marks.iter().find(|m| m.index == idx).unwrap();
    let year_px = scale.k() * 365.0;
    assert!(
        (mark.span_px - year_px).abs() < 1.0,
        "{} vs {year_px}",
        mark.span_px
    );
    let day = dataset.event_index("kazakhstan-independence").unwrap();
    assert_eq!(
        layout
            .marks
            .iter()
            .find(|m| m.index == day)
            .unwrap()
            .span_px,
        0.0
    );
}

#[test]
fn only_enabled_categories_and_events_in_view_are_laid_out() {
    use pakkaz_timeline::model::Category;
    let dataset = embedded();
    let only_trade = CategorySet::NONE.with(Category::Trade);
    let layout = layout_track(
        &dataset,
        only_trade,
        &Scale::new(full_range(), 1000.0),
        &estimate_label_widths(&dataset),
    );
    assert_eq!(
        layout.marks.len(),
        dataset.count_by_category(Category::Trade)
    );
    let window = Viewport::new(
        days_from_civil(2011, 1, 1) as f64,
        days_from_civil(2012, 1, 1) as f64,
    );
    let layout = layout_track(
        &dataset,
        CategorySet::ALL,
        &Scale::new(window, 1000.0),
        &estimate_label_widths(&dataset),
    );
    assert!(layout
        .marks
        .iter()
        .all(|m| dataset.events[m.index].date.year_number() == 2011
            || dataset.events[m.index].end.is_some()));
    assert!(layout.marks.len() >= 3);
}
