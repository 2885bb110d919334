//! Native tests of the timeline maths: viewport, scale, ticks and lane layout.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest does not build for wasm32

use pakkaz_timeline::model::date::days_from_civil;
use pakkaz_timeline::model::Dataset;
use pakkaz_timeline::model::{validate, CategorySet, RawDataset, EMBEDDED_JSON};
use pakkaz_timeline::state::{Action, State};
use pakkaz_timeline::timeline::layout::{stack, stack_choices, Extent, LANE_GAP_PX};
use pakkaz_timeline::timeline::metrics::SYMBOL_PX;
use pakkaz_timeline::timeline::ticks::{axis, LABEL_PX, YEAR_LABEL_PX};
use pakkaz_timeline::timeline::track::{estimate_label_widths, layout_track, DEFAULT_MAX_LANES};
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
        let (placed, count) = stack_choices(&options, LANE_GAP_PX, usize::MAX).unwrap();
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
    fn reported_days_cover_the_window_and_no_more(start in 7_000.0f64..19_000.0, span in 0.001f64..12_000.0) {
        let v = Viewport::new(start, start + span);
        let (first, last) = v.days();
        prop_assert!(first <= last);
        // The first and last days shown overlap the window; the day before and after do not.
        prop_assert!((first as f64) <= v.start && v.start < (first + 1) as f64);
        prop_assert!((last as f64) < v.end && v.end <= (last + 1) as f64);
    }

    #[test]
    fn ticks_are_in_view_in_order_and_far_enough_apart(
        start in 7_000.0f64..19_000.0,
        span in 31.0f64..12_000.0,
        width in 200.0f64..3_000.0,
    ) {
        let scale = Scale::new(Viewport::new(start, start + span), width);
        let axis = axis(&scale, &pakkaz_timeline::text::Words::english());
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
fn clamping_keeps_a_window_that_is_already_inside() {
    let v = Viewport::new(9_000.0, 10_000.0);
    assert_eq!(v.clamp(full_range(), 31.0), v);
}

#[test]
fn the_whole_range_at_desktop_width_shows_year_ticks() {
    let scale = Scale::new(full_range(), 1200.0);
    let axis = axis(&scale, &pakkaz_timeline::text::Words::english());
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
    let axis = axis(&scale, &pakkaz_timeline::text::Words::english());
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
    let years: Vec<String> = axis(&scale, &pakkaz_timeline::text::Words::english())
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
        &pakkaz_timeline::text::Words::english(),
    );
    assert!(phone.step_months >= 60, "step {}", phone.step_months);
    assert!(phone.ticks.len() <= 8);
}

fn embedded() -> pakkaz_timeline::model::Dataset {
    let raw: RawDataset = pakkaz_timeline::model::json_text::read_json(EMBEDDED_JSON).unwrap();
    validate(raw).unwrap()
}

#[test]
fn every_event_is_laid_out_once_with_no_overlaps() {
    let dataset = embedded();
    for width in [360.0, 800.0, 1248.0] {
        let scale = Scale::new(full_range(), width);
        let layout = layout_track(
            &dataset,
            &all(&dataset),
            &scale,
            &estimate_label_widths(&dataset),
            usize::MAX,
        );
        assert_eq!(layout.items.len(), dataset.events.len());
        let mut seen: Vec<usize> = layout.events().map(|(i, _)| i).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), dataset.events.len());
        for (i, a) in layout.items.iter().enumerate() {
            assert!(a.lane < layout.lanes);
            for b in &layout.items[i + 1..] {
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
        &all(&dataset),
        &scale,
        &estimate_label_widths(&dataset),
        usize::MAX,
    );
    let idx = dataset.event_index("first-official-visit").unwrap();
    let mark = layout.events().find(|&(i, _)| i == idx).unwrap().1;
    let year_px = scale.k() * 365.0;
    assert!(
        (mark.span_px - year_px).abs() < 1.0,
        "{} vs {year_px}",
        mark.span_px
    );
    let day = dataset.event_index("kazakhstan-independence").unwrap();
    assert_eq!(
        layout.events().find(|&(i, _)| i == day).unwrap().1.span_px,
        0.0
    );
}

#[test]
fn only_enabled_categories_and_events_in_view_are_laid_out() {
    use pakkaz_timeline::model::Builtin;
    let dataset = embedded();
    let only_trade = CategorySet::NONE.with(Builtin::Trade.category());
    let layout = layout_track(
        &dataset,
        &mask(&dataset, only_trade),
        &Scale::new(full_range(), 1000.0),
        &estimate_label_widths(&dataset),
        usize::MAX,
    );
    assert_eq!(
        layout.items.len(),
        dataset.count_by_category(Builtin::Trade.category())
    );
    let window = Viewport::new(
        days_from_civil(2011, 1, 1) as f64,
        days_from_civil(2012, 1, 1) as f64,
    );
    let layout = layout_track(
        &dataset,
        &all(&dataset),
        &Scale::new(window, 1000.0),
        &estimate_label_widths(&dataset),
        usize::MAX,
    );
    assert!(layout
        .events()
        .all(|(i, _)| dataset.events[i].date.year_number() == 2011
            || dataset.events[i].end.is_some()));
    assert!(layout.items.len() >= 3);
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

/// `n` events from the one seeded generator, checked.
fn generated(n: usize) -> Dataset {
    validate(pakkaz_timeline::generate::dataset(n, 42)).unwrap()
}

fn assert_no_overlaps(layout: &pakkaz_timeline::timeline::track::TrackLayout) {
    for (i, a) in layout.items.iter().enumerate() {
        for b in &layout.items[i + 1..] {
            if a.lane == b.lane {
                let (ea, eb) = (a.extent(), b.extent());
                assert!(
                    ea.right <= eb.left || eb.right <= ea.left,
                    "{a:?} overlaps {b:?}"
                );
            }
        }
    }
}

#[test]
fn dense_events_group_into_clusters_within_the_lane_limit() {
    let dataset = generated(10_000);
    let widths = estimate_label_widths(&dataset);
    for width in [360.0, 1248.0] {
        let layout = layout_all(&dataset, &widths, &Scale::new(full_range(), width));
        assert!(layout.lanes <= DEFAULT_MAX_LANES);
        // No more items than the lanes can hold side by side: each takes at least a
        // symbol and a gap, and at most a symbol hangs over either edge.
        let room = DEFAULT_MAX_LANES as f64 * (width / (SYMBOL_PX + LANE_GAP_PX) + 2.0);
        assert!(
            layout.items.len() as f64 <= room,
            "{} items at {width}px",
            layout.items.len()
        );
        let total: usize = layout
            .items
            .iter()
            .map(|item| match &item.kind {
                pakkaz_timeline::timeline::track::ItemKind::Event(_) => 1,
                pakkaz_timeline::timeline::track::ItemKind::Cluster(c) => c.count,
            })
            .sum();
        assert_eq!(
            total, 10_000,
            "every event is shown alone or counted in a cluster"
        );
        for (cluster, _) in layout.clusters() {
            assert_eq!(cluster.by_category.iter().sum::<usize>(), cluster.count);
        }
        assert_no_overlaps(&layout);
    }
}

/// Clusters form only where they are needed: a window with no more events than lanes
/// shows each of them on its own.
fn assert_clusters_only_where_needed(dataset: &Dataset, widths: &[f64], window: Viewport) {
    for width in [360.0, 1200.0] {
        let layout = layout_all(dataset, widths, &Scale::new(window, width));
        let n = dataset.indices_in(window.start, window.end).count();
        if n <= DEFAULT_MAX_LANES {
            assert_eq!(
                layout.clusters().count(),
                0,
                "{n} events in {window:?} at {width}px"
            );
            assert_eq!(layout.events().count(), n);
        }
    }
}

/// Opening any cluster (the reader's press: `Action::OpenCluster`) shows its events in
/// more than one item, unless the window is already as narrow as it goes (then the
/// list view takes over).
fn assert_opening_clusters_progresses(dataset: Dataset, width: f64) {
    let dataset = std::rc::Rc::new(dataset);
    let widths = estimate_label_widths(&dataset);
    let state = State::new(dataset.clone(), full_range()).apply(Action::Resize(width));
    let whole = layout_all(&dataset, &widths, &Scale::new(state.viewport, width));
    assert!(whole.clusters().count() > 0, "the test needs clusters");
    for (cluster, _) in whole.clusters() {
        let opened = state.apply(Action::OpenCluster {
            start_day: cluster.start_day,
            end_day: cluster.end_day,
        });
        let layout = layout_all(&dataset, &widths, &Scale::new(opened.viewport, width));
        let members = dataset
            .indices_in(cluster.start_day as f64, cluster.end_day as f64)
            .count();
        assert!(
            opened.list_view || layout.items.len() > 1 || members <= 1,
            "{cluster:?} stays one item at {:?}",
            opened.viewport
        );
    }
}

#[test]
fn zooming_in_opens_clusters_up() {
    let dataset = generated(2_000);
    let widths = estimate_label_widths(&dataset);
    for year in [1995, 2005, 2020] {
        for month in 1..=12 {
            let start = days_from_civil(year, month, 1) as f64;
            for days in [1.0, 7.0, 31.0] {
                assert_clusters_only_where_needed(
                    &dataset,
                    &widths,
                    Viewport::new(start, start + days),
                );
            }
        }
    }
    assert_opening_clusters_progresses(dataset, 1200.0);
}

#[test]
fn the_embedded_data_clusters_only_where_it_must() {
    let dataset = embedded();
    let widths = estimate_label_widths(&dataset);
    let layout = layout_all(&dataset, &widths, &Scale::new(full_range(), 1248.0));
    assert!(layout.lanes <= DEFAULT_MAX_LANES);
    assert_no_overlaps(&layout);
    for year in 1991..=2022 {
        let start = days_from_civil(year, 1, 1) as f64;
        let end = days_from_civil(year + 1, 1, 1) as f64;
        assert_clusters_only_where_needed(&dataset, &widths, Viewport::new(start, end));
    }
    for width in [360.0, 1248.0] {
        if layout_all(&dataset, &widths, &Scale::new(full_range(), width))
            .clusters()
            .count()
            > 0
        {
            assert_opening_clusters_progresses(embedded(), width);
        }
    }
}

mod gestures {
    use super::*;
    use pakkaz_timeline::timeline::gesture::{interpolate, wheel_zoom_factor, PendingGesture};

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
}

#[test]
fn the_overview_counts_every_enabled_event_once() {
    use pakkaz_timeline::model::Builtin;
    use pakkaz_timeline::timeline::overview::{bins, paths};
    let dataset = embedded();
    let scale = Scale::new(full_range(), 600.0);
    let all = bins(&dataset, &all(&dataset), &scale, 3.0);
    assert_eq!(all.len(), 200);
    let total: u32 = all.iter().flatten().sum();
    assert_eq!(total as usize, dataset.events.len());
    let trade = bins(
        &dataset,
        &mask(&dataset, CategorySet::NONE.with(Builtin::Trade.category())),
        &scale,
        3.0,
    );
    assert_eq!(
        trade.iter().flatten().sum::<u32>() as usize,
        dataset.count_by_category(Builtin::Trade.category())
    );
    let d = paths(&all, 3.0, 24.0, 6.0);
    let (used, unused) = d.split_at(dataset.categories.len());
    assert!(
        used.iter().all(|p| p.starts_with('M')),
        "every category has marks: {d:?}"
    );
    assert!(unused.iter().all(String::is_empty), "{d:?}");
}

fn mask(dataset: &pakkaz_timeline::model::Dataset, set: CategorySet) -> Vec<bool> {
    dataset
        .events
        .iter()
        .map(|e| set.contains(e.category))
        .collect()
}

fn all(dataset: &pakkaz_timeline::model::Dataset) -> Vec<bool> {
    vec![true; dataset.events.len()]
}

proptest! {
    #[test]
    fn dragging_the_brush_moves_or_resizes_the_window(
        start in 8_000.0f64..18_000.0, span in 31.0f64..5_000.0, days in -6_000.0f64..6_000.0,
    ) {
        use pakkaz_timeline::timeline::overview::{drag_brush, Grip};
        let w = Viewport::new(start, start + span);
        let moved = drag_brush(Grip::Move, w, days, 31.0);
        prop_assert!((moved.span() - span).abs() < 1e-6);
        prop_assert!((moved.start - (start + days)).abs() < 1e-6);
        let left = drag_brush(Grip::Start, w, days, 31.0);
        prop_assert_eq!(left.end, w.end);
        prop_assert!(left.span() >= 31.0 - 1e-9);
        let right = drag_brush(Grip::End, w, days, 31.0);
        prop_assert_eq!(right.start, w.start);
        prop_assert!(right.span() >= 31.0 - 1e-9);
    }
}

/// Every event shown, laid out within the default lane limit.
fn layout_all(
    dataset: &pakkaz_timeline::model::Dataset,
    widths: &[f64],
    scale: &Scale,
) -> pakkaz_timeline::timeline::track::TrackLayout {
    layout_track(dataset, &all(dataset), scale, widths, DEFAULT_MAX_LANES)
}

#[test]
fn numbers_for_styles_are_written_without_float_formatting() {
    use pakkaz_timeline::timeline::number::{Tenths, Whole};
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
        use pakkaz_timeline::timeline::number::Tenths;
        let written: f64 = Tenths(value).to_string().parse().unwrap();
        prop_assert!((written - value).abs() <= 0.05 + 1e-6, "{} -> {}", value, written);
    }
}

mod pointers {
    use pakkaz_timeline::timeline::pointers::{Move, Pointers, DRAG_THRESHOLD_PX};

    #[test]
    fn a_press_becomes_a_drag_only_past_the_threshold() {
        let mut p = Pointers::default();
        p.press(1, 100.0, 50.0);
        assert_eq!(p.moved(1, 100.0 + DRAG_THRESHOLD_PX - 1.0, 50.0), None);
        let first = p.moved(1, 110.0, 50.0).unwrap();
        assert!(first.started);
        // Measured from where the pointer last was, not from the press.
        assert_eq!(first.drag_px, 110.0 - (100.0 + DRAG_THRESHOLD_PX - 1.0));
        assert_eq!(
            p.moved(1, 111.0, 50.0),
            Some(Move {
                started: false,
                drag_px: 1.0,
                zoom: None
            })
        );
        assert_eq!(p.moved(7, 0.0, 0.0), None, "a pointer that is not down");
    }

    #[test]
    fn the_click_after_a_drag_is_swallowed_once_and_never_after_a_cancel() {
        let mut p = Pointers::default();
        p.press(1, 0.0, 0.0);
        p.moved(1, 50.0, 0.0);
        p.release(1, true);
        assert!(p.take_click());
        assert!(!p.take_click());
        // A plain click (no drag) is not swallowed.
        p.press(1, 0.0, 0.0);
        p.release(1, true);
        assert!(!p.take_click());
        // A cancelled drag leaves no click to swallow.
        p.press(2, 0.0, 0.0);
        p.moved(2, 50.0, 0.0);
        p.release(2, false);
        assert!(!p.take_click());
        // A new press forgets a click left to swallow.
        p.press(3, 0.0, 0.0);
        p.moved(3, 50.0, 0.0);
        p.release(3, true);
        p.press(4, 0.0, 0.0);
        assert!(!p.take_click());
    }

    #[test]
    fn two_pointers_pinch_around_their_midpoint() {
        let mut p = Pointers::default();
        p.press(1, 100.0, 0.0);
        p.press(2, 200.0, 0.0);
        assert_eq!(p.down().len(), 2);
        // The second finger moves out by 100 px: twice the distance, midpoint +50.
        let step = p.moved(2, 300.0, 0.0).unwrap();
        assert!(step.started, "a pinch needs no threshold");
        assert_eq!(step.drag_px, 50.0);
        assert_eq!(step.zoom, Some((2.0, 200.0)));
        // Lifting one finger ends the pinch but not the drag.
        p.release(2, true);
        assert!(!p.take_click());
        let step = p.moved(1, 90.0, 0.0).unwrap();
        assert_eq!(
            (step.started, step.drag_px, step.zoom),
            (false, -10.0, None)
        );
    }
}

mod metrics {
    use pakkaz_timeline::timeline::metrics::{custom_properties, CSS_METRICS};

    const CSS: &str = include_str!("../styles/pakkaz.css");

    /// Every `--pakkaz-m-` name the stylesheet reads.
    fn used() -> std::collections::BTreeSet<&'static str> {
        CSS.match_indices("var(--pakkaz-m-")
            .map(|(at, m)| {
                let rest = &CSS[at + m.len()..];
                &rest[..rest.find(')').unwrap()]
            })
            // The stylesheet's opening comment names the family as `--pakkaz-m-…`.
            .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
            .collect()
    }

    #[test]
    fn the_stylesheet_reads_every_shared_size_and_only_those() {
        let defined: std::collections::BTreeSet<&str> =
            CSS_METRICS.iter().map(|(name, _)| *name).collect();
        assert_eq!(used(), defined);
        assert!(
            !CSS.contains("(layout)"),
            "sizes kept in step by hand are gone"
        );
    }

    #[test]
    fn the_root_style_carries_each_size_in_whole_pixels() {
        let style = custom_properties();
        for (name, px) in CSS_METRICS {
            assert_eq!(px, px.round(), "{name} is a whole pixel size");
            assert!(
                style.contains(&format!("--pakkaz-m-{name}:{px}px;")),
                "{name}"
            );
        }
    }
}
