//! Lanes by category (swimlanes): each category's events in its own band, at the right
//! time, clustered within the band, and the view carried by the state and the hash.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest does not build for wasm32

use std::rc::Rc;

use pakkaz_core::model::{validate, Category, CategorySet, Dataset, RawDataset, EMBEDDED_JSON};
use pakkaz_core::state::{Action, State};
use pakkaz_core::text::Lang;
use pakkaz_core::timeline::bands::layout_bands;
use pakkaz_core::timeline::track::{
    estimate_label_widths, ItemKind, Row, TrackLayout, DEFAULT_MAX_LANES,
};
use pakkaz_core::timeline::{Scale, Viewport};
use proptest::prelude::*;

fn embedded() -> Dataset {
    let raw: RawDataset = pakkaz_core::model::json_text::read_json(EMBEDDED_JSON).unwrap();
    validate(raw).unwrap()
}

fn generated(n: usize) -> Dataset {
    validate(pakkaz_core::generate::dataset(n, 42)).unwrap()
}

fn whole(dataset: &Dataset) -> Viewport {
    let (first, last) = dataset.extent().unwrap();
    Viewport::new(first as f64, last as f64)
}

/// Checks every rule of the bands for a layout of `dataset` with `categories` on and
/// every event shown, in `window`.
fn check(dataset: &Dataset, categories: CategorySet, layout: &TrackLayout, window: Viewport) {
    let on: Vec<Category> = dataset
        .categories
        .all()
        .filter(|&c| categories.contains(c))
        .collect();
    assert_eq!(
        layout.bands.iter().map(|b| b.category).collect::<Vec<_>>(),
        on,
        "one band per category on, in the dataset's order"
    );
    let mut next_lane = 0;
    let mut next_item = 0;
    for band in &layout.bands {
        assert_eq!(band.lane, next_lane, "bands follow each other");
        assert!(band.lanes >= 1);
        assert_eq!(band.items.start, next_item);
        next_lane = band.lane + 1 + band.lanes;
        next_item = band.items.end;
        let mut counted = 0;
        for item in &layout.items[band.items.clone()] {
            assert!(
                item.lane > band.lane && item.lane <= band.lane + band.lanes,
                "{item:?} is outside its band {band:?}"
            );
            match &item.kind {
                ItemKind::Event(i) => {
                    assert_eq!(dataset.events[*i].category, band.category);
                    counted += 1;
                }
                ItemKind::Cluster(c) => {
                    assert_eq!(c.by_category[band.category.index()], c.count);
                    counted += c.count;
                }
            }
        }
        let in_view = dataset
            .indices_in(window.start, window.end)
            .filter(|&i| dataset.events[i].category == band.category)
            .count();
        assert_eq!(counted, in_view, "every event in view, once, in its band");
    }
    assert_eq!(layout.lanes, next_lane);
    assert_eq!(layout.items.len(), next_item);
    // Reading order: each band's name, then its items.
    let rows = layout.rows();
    assert_eq!(rows.len(), layout.items.len() + layout.bands.len());
    let mut band = None;
    for row in rows {
        match row {
            Row::Band(b) => band = Some(b),
            Row::Item(item) => {
                let b = band.expect("a band's name comes before its items");
                assert!(item.lane > b.lane && item.lane <= b.lane + b.lanes);
            }
        }
    }
}

#[test]
fn each_event_is_in_its_category_band_at_its_time() {
    let dataset = embedded();
    let window = whole(&dataset);
    let shown = vec![true; dataset.events.len()];
    let widths = estimate_label_widths(&dataset);
    let scale = Scale::new(window, 1200.0);
    let layout = layout_bands(
        &dataset,
        &shown,
        CategorySet::ALL,
        &scale,
        &widths,
        DEFAULT_MAX_LANES,
    );
    check(&dataset, CategorySet::ALL, &layout, window);
    assert_eq!(layout.bands.len(), 4);
    // At its time: the same x as the ordinary track gives it.
    for (i, item) in layout.events() {
        assert_eq!(item.span_from, scale.x(dataset.events[i].start()));
    }
}

#[test]
fn only_the_categories_on_get_bands() {
    let dataset = embedded();
    let window = whole(&dataset);
    let trade = dataset.categories.parse("trade").unwrap();
    let education = dataset.categories.parse("education").unwrap();
    let on = CategorySet::NONE.with(trade).with(education);
    let layout = layout_bands(
        &dataset,
        &vec![true; dataset.events.len()],
        on,
        &Scale::new(window, 900.0),
        &estimate_label_widths(&dataset),
        DEFAULT_MAX_LANES,
    );
    check(&dataset, on, &layout, window);
    assert!(layout
        .bands
        .iter()
        .all(|b| b.category == trade || b.category == education));
}

#[test]
fn a_band_with_nothing_shown_still_takes_its_row_and_a_lane() {
    let dataset = embedded();
    let window = whole(&dataset);
    let layout = layout_bands(
        &dataset,
        &vec![false; dataset.events.len()],
        CategorySet::ALL,
        &Scale::new(window, 900.0),
        &estimate_label_widths(&dataset),
        DEFAULT_MAX_LANES,
    );
    assert!(layout.items.is_empty());
    assert_eq!(layout.lanes, 4 * 2);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Dense data clusters within each band, and every event in view is counted once in
    /// its own band, whatever the window, width and lanes.
    #[test]
    fn bands_hold_every_event_once(
        start in 0.0f64..1.0,
        share in 0.02f64..1.0,
        width in 300.0f64..1600.0,
        max_lanes in 2usize..20,
        mask in 1u16..16,
    ) {
        let dataset = generated(2_000);
        let all = whole(&dataset);
        let from = all.start + start * all.span() * (1.0 - share);
        let window = Viewport::new(from, from + all.span() * share);
        let categories: CategorySet = dataset
            .categories
            .all()
            .filter(|c| mask & (1 << c.index()) != 0)
            .collect();
        let layout = layout_bands(
            &dataset,
            &vec![true; dataset.events.len()],
            categories,
            &Scale::new(window, width),
            &estimate_label_widths(&dataset),
            max_lanes,
        );
        check(&dataset, categories, &layout, window);
    }
}

#[test]
fn lanes_are_a_view_the_state_and_the_link_carry() {
    let dataset = Rc::new(embedded());
    let bounds = State::bounds_for(&dataset, whole(&dataset));
    let state = State::new(dataset, bounds).apply(Action::Resize(400.0));
    assert!(state.down(), "a narrow widget runs down");
    let lanes = state.apply(Action::SetLanes(true));
    assert!(!lanes.down(), "lanes by category always run across");
    let hash = pakkaz_core::state::link::encode(&lanes, Lang::En);
    assert_eq!(hash, "lanes=1");
    let restored = state.apply(Action::Restore(pakkaz_core::url::decode(&hash).into()));
    assert!(restored.lanes);
    assert!(!restored.apply(Action::Restore(Default::default())).lanes);
    assert!(!lanes.apply(Action::SetLanes(false)).lanes);
}
