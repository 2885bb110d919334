//! Tests of `src/timeline/track.rs`: where each event goes on the track, in lanes, and
//! the clusters that form where the lanes cannot hold every event alone.

use pakkaz_core::model::date::days_from_civil;
use pakkaz_core::model::date::days_of_seconds;
use pakkaz_core::model::Dataset;
use pakkaz_core::model::{validate, CategorySet};
use pakkaz_core::state::{Action, State};
use pakkaz_core::timeline::layout::LANE_GAP_PX;
use pakkaz_core::timeline::metrics::SYMBOL_PX;
use pakkaz_core::timeline::track::{estimate_label_widths, layout_track, DEFAULT_MAX_LANES};
use pakkaz_core::timeline::{Scale, Viewport};

use crate::support::{all, embedded, full_range, mask};

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
    use pakkaz_core::model::Builtin;
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

/// `n` events from the one seeded generator, checked.
fn generated(n: usize) -> Dataset {
    validate(pakkaz_core::generate::dataset(n, 42)).unwrap()
}

fn assert_no_overlaps(layout: &pakkaz_core::timeline::track::TrackLayout) {
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
                pakkaz_core::timeline::track::ItemKind::Event(_) => 1,
                pakkaz_core::timeline::track::ItemKind::Cluster(c) => c.count,
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
            start: cluster.start,
            end: cluster.end,
        });
        let layout = layout_all(&dataset, &widths, &Scale::new(opened.viewport, width));
        let members = dataset
            .indices_in(days_of_seconds(cluster.start), days_of_seconds(cluster.end))
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

/// Every event shown, laid out within the default lane limit.
fn layout_all(
    dataset: &pakkaz_core::model::Dataset,
    widths: &[f64],
    scale: &Scale,
) -> pakkaz_core::timeline::track::TrackLayout {
    layout_track(dataset, &all(dataset), scale, widths, DEFAULT_MAX_LANES)
}
