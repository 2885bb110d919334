//! Native tests of time running down the track (narrow widgets): when it does, how long
//! each label is, where the layout puts items, and which keys go later.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest does not build for wasm32

use std::rc::Rc;

use pakkaz_core::model::{validate, Dataset, EMBEDDED_JSON};
use pakkaz_core::state::keys::Press;
use pakkaz_core::state::{Action, State};
use pakkaz_core::timeline::down::{down_label_lengths, DOWN_MAX_SHIFT_PX};
use pakkaz_core::timeline::metrics::{
    down_label_room, runs_down, DOWN_LINE_PX, LABEL_OFFSET_PX, NARROW_MAX_PX, SYMBOL_PX,
    TRACK_INSET_PX,
};
use pakkaz_core::timeline::track::layout_down;
use pakkaz_core::timeline::track::{estimate_label_widths, ItemKind, TrackLayout};
use pakkaz_core::timeline::{Scale, Viewport};
use proptest::prelude::*;

/// What key `k` (a `KeyboardEvent.key`) does on the track of `s`.
fn key(s: &State, k: &str, rtl: bool) -> Option<Action> {
    Press::of_key(k).and_then(|p| s.key_action(p, rtl))
}

fn embedded() -> Rc<Dataset> {
    let raw = pakkaz_core::model::json_text::read_json(EMBEDDED_JSON).unwrap();
    Rc::new(validate(raw).unwrap())
}

/// A narrow widget's state: a phone's width, a track 560 px long.
fn phone() -> State {
    State::new(embedded(), pakkaz_core::start::embedded_range())
        .apply(Action::Resize(390.0 - TRACK_INSET_PX))
        .apply(Action::SetLength(560.0))
}

fn layout(dataset: &Dataset, window: Viewport, width: f64, length: f64) -> TrackLayout {
    let lengths = down_label_lengths(
        &estimate_label_widths(dataset),
        down_label_room(width, false),
    );
    let shown = vec![true; dataset.events.len()];
    layout_down(dataset, &shown, &Scale::new(window, length), &lengths)
}

/// Where each item's label (with its symbol) lies down the track, in time order.
fn label_intervals(layout: &TrackLayout) -> Vec<(f64, f64)> {
    let mut items: Vec<_> = layout.items.iter().collect();
    items.sort_by(|a, b| a.x.total_cmp(&b.x));
    items
        .iter()
        .map(|item| {
            let e = item.extent_with(false);
            (e.left + item.shift, e.right + item.shift)
        })
        .collect()
}

#[test]
fn time_runs_down_in_a_widget_no_wider_than_the_narrow_layout() {
    let inside = |widget: f64| widget - TRACK_INSET_PX;
    assert!(runs_down(inside(320.0)));
    assert!(runs_down(inside(390.0)));
    // The stylesheet's narrow block applies up to NARROW_MAX_PX of the widget's inside
    // (its width less the border).
    assert!(runs_down(inside(NARROW_MAX_PX + 2.0)));
    assert!(!runs_down(inside(NARROW_MAX_PX + 3.0)));
    assert!(!runs_down(inside(768.0)));
    assert!(!runs_down(0.0), "not before it is measured");
}

#[test]
fn the_state_measures_time_down_the_track_where_it_runs_down() {
    let s = phone();
    assert!(s.down());
    assert_eq!(s.extent(), 560.0);
    assert_eq!(s.scale().width, 560.0);
    let wide = s.apply(Action::Resize(1000.0));
    assert!(!wide.down());
    assert_eq!(wide.extent(), 1000.0);
    // Nonsense lengths are ignored.
    assert_eq!(s.apply(Action::SetLength(f64::NAN)).length, 560.0);
    assert_eq!(s.apply(Action::SetLength(-3.0)).length, 560.0);
}

#[test]
fn down_arrow_goes_later_where_time_runs_down_whatever_the_language() {
    let s = phone().apply(Action::Zoom(4.0));
    for rtl in [false, true] {
        let later = s.apply(key(&s, "ArrowDown", rtl).unwrap());
        assert!(later.viewport.start > s.viewport.start);
        let earlier = s.apply(key(&s, "ArrowUp", rtl).unwrap());
        assert!(earlier.viewport.start < s.viewport.start);
    }
    // Across, ↑ and ↓ are left to the page.
    let wide = s.apply(Action::Resize(1000.0));
    assert_eq!(key(&wide, "ArrowDown", false), None);
}

#[test]
fn a_label_is_as_long_as_its_lines() {
    let room = 200.0;
    let lengths = down_label_lengths(&[10.0, 100.0, 300.0, 1000.0], room);
    let one_line = DOWN_LINE_PX - (SYMBOL_PX + LABEL_OFFSET_PX);
    assert_eq!(lengths[0], one_line);
    for pair in lengths.windows(2) {
        assert!(pair[0] <= pair[1]);
    }
    // 1000 px of text (and its year) in lines of 200 px take at least six lines.
    assert!(lengths[3] >= 6.0 * DOWN_LINE_PX - (SYMBOL_PX + LABEL_OFFSET_PX));
}

#[test]
fn the_whole_embedded_timeline_on_a_phone_shows_many_events_by_title() {
    let dataset = embedded();
    let layout = layout(&dataset, pakkaz_core::start::embedded_range(), 348.0, 590.0);
    let alone = layout.events().count();
    let clustered: usize = layout.clusters().map(|(c, _)| c.count).sum();
    assert_eq!(alone + clustered, dataset.events.len());
    // With estimated label widths (wider than the browser's measured ones, which show
    // more), at least 12 of the 29.
    assert!(alone >= 12, "only {alone} of 29 by title");
}

proptest! {
    /// Whatever the window and size: every event in view once, alone or in a cluster;
    /// labels one after another in time order, never overlapping, inside the track, and
    /// never moved more than the limit from their symbols.
    #[test]
    fn labels_follow_time_without_overlapping(
        start_year in 1991i64..2022,
        years in 1i64..32,
        width in 240.0f64..520.0,
        length in 320.0f64..640.0,
    ) {
        use pakkaz_core::model::date::days_from_civil;
        let dataset = embedded();
        let window = Viewport::new(
            days_from_civil(start_year, 1, 1) as f64,
            days_from_civil(start_year + years, 1, 1) as f64,
        );
        let layout = layout(&dataset, window, width, length);
        let in_view = dataset.indices_in(window.start, window.end).count();
        let clustered: usize = layout.clusters().map(|(c, _)| c.count).sum();
        prop_assert_eq!(layout.events().count() + clustered, in_view);
        let intervals = label_intervals(&layout);
        for pair in intervals.windows(2) {
            prop_assert!(pair[0].1 <= pair[1].0, "{:?} overlaps {:?}", pair[0], pair[1]);
        }
        for &(top, bottom) in &intervals {
            prop_assert!(top >= -1e-9 && bottom <= length + 1e-9, "{top}..{bottom} leaves 0..{length}");
        }
        for item in &layout.items {
            prop_assert!(item.shift.abs() <= DOWN_MAX_SHIFT_PX);
            if let ItemKind::Event(_) = item.kind {
                prop_assert!(item.x >= -SYMBOL_PX && item.x <= length + SYMBOL_PX);
            }
        }
    }
}
