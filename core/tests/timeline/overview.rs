//! Tests of `src/timeline/overview.rs`: the overview band's counts and paths, and
//! dragging its brush.

use pakkaz_core::model::CategorySet;
use pakkaz_core::timeline::{Scale, Viewport};
use proptest::prelude::*;

use crate::support::{all, embedded, full_range, mask};

#[test]
fn the_overview_counts_every_enabled_event_once() {
    use pakkaz_core::model::Builtin;
    use pakkaz_core::timeline::overview::{bins, paths};
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

proptest! {
    #[test]
    fn dragging_the_brush_moves_or_resizes_the_window(
        start in 8_000.0f64..18_000.0, span in 31.0f64..5_000.0, days in -6_000.0f64..6_000.0,
    ) {
        use pakkaz_core::timeline::overview::{drag_brush, Grip};
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
