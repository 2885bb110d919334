//! Native tests of the reducer: every interaction is an action on one state.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest does not build for wasm32

use pakkaz_core::model::{Builtin, CategorySet};
use pakkaz_core::state::keys::Press;
use pakkaz_core::state::{Action, State, MIN_SPAN_DAYS};
use pakkaz_core::timeline::Viewport;

/// What key `k` (a `KeyboardEvent.key`) does on the track of `s`.
fn key(s: &State, k: &str, rtl: bool) -> Option<Action> {
    Press::of_key(k).and_then(|p| s.key_action(p, rtl))
}

/// What key `k` does in the details.
fn details_key(k: &str, rtl: bool) -> Option<Action> {
    Press::of_key(k).and_then(|p| State::details_key_action(p, rtl))
}

fn embedded() -> std::rc::Rc<pakkaz_core::model::Dataset> {
    let raw = pakkaz_core::model::json_text::read_json(pakkaz_core::model::EMBEDDED_JSON).unwrap();
    std::rc::Rc::new(pakkaz_core::model::validate(raw).unwrap())
}

fn state() -> State {
    State::new(embedded(), pakkaz_core::start::embedded_range()).apply(Action::Resize(1000.0))
}

#[test]
fn zooming_never_leaves_the_bounds_nor_goes_below_a_day() {
    let mut s = state();
    for _ in 0..100 {
        s = s.apply(Action::ZoomAround {
            anchor: s.bounds.end,
            factor: 2.0,
        });
    }
    assert!((s.viewport.span() - MIN_SPAN_DAYS).abs() < 1e-9);
    assert!(s.viewport.end <= s.bounds.end);
    for _ in 0..100 {
        s = s.apply(Action::Zoom(0.5));
    }
    assert_eq!(s.viewport, s.bounds);
}

#[test]
fn panning_keeps_the_span_against_a_bound() {
    let s = state().apply(Action::Zoom(4.0));
    let span = s.viewport.span();
    let s = s.apply(Action::Pan(-1.0e6));
    assert_eq!(s.viewport.start, s.bounds.start);
    assert!((s.viewport.span() - span).abs() < 1e-9);
}

#[test]
fn show_all_restores_the_whole_range() {
    let s = state()
        .apply(Action::Zoom(8.0))
        .apply(Action::Pan(500.0))
        .apply(Action::ShowAll);
    assert_eq!(s.viewport, s.bounds);
}

#[test]
fn bad_numbers_change_nothing() {
    let s = state();
    assert_eq!(s.apply(Action::Pan(f64::NAN)).viewport, s.viewport);
    assert_eq!(s.apply(Action::Zoom(f64::INFINITY)).viewport, s.viewport);
    assert_eq!(s.apply(Action::Resize(-5.0)).width, 1000.0);
    assert_eq!(
        s.apply(Action::SetWindow(Viewport::new(10.0, 5.0)))
            .viewport,
        s.viewport
    );
}

#[test]
fn categories_toggle() {
    let s = state().apply(Action::ToggleCategory(Builtin::Trade.category()));
    assert!(!s.categories.contains(Builtin::Trade.category()));
    assert!(s.categories.contains(Builtin::Political.category()));
    let s = s.apply(Action::ToggleCategory(Builtin::Trade.category()));
    assert_eq!(s.categories, CategorySet::ALL);
}

#[test]
fn zooming_at_the_limit_keeps_the_anchor_in_place() {
    let s = state().apply(Action::SetWindow(Viewport::new(10_000.0, 10_040.0)));
    let anchor = 10_010.0;
    let z = s.apply(Action::ZoomAround {
        anchor,
        factor: 100.0,
    });
    assert!((z.viewport.span() - MIN_SPAN_DAYS).abs() < 1e-9);
    let before = (anchor - s.viewport.start) / s.viewport.span();
    let after = (anchor - z.viewport.start) / z.viewport.span();
    assert!((before - after).abs() < 1e-9, "{before} vs {after}");
}

#[test]
fn a_gesture_pans_then_zooms_around_its_anchor() {
    let s = state().apply(Action::SetWindow(Viewport::new(10_000.0, 11_000.0)));
    let g = s.apply(Action::Gesture {
        pan_days: 100.0,
        anchor: 10_600.0,
        factor: 2.0,
    });
    assert!(
        (g.viewport.start - 10_350.0).abs() < 1e-9,
        "{:?}",
        g.viewport
    );
    assert!((g.viewport.end - 10_850.0).abs() < 1e-9, "{:?}", g.viewport);
}

#[test]
fn custom_data_is_shown_in_the_whole_years_it_covers() {
    use pakkaz_core::model::date::days_from_civil;
    let json = r#"{ "sources": [{ "id": "s", "title": "S" }], "events": [
        { "id": "a", "date": "1850-03-02", "category": "trade", "title": "A", "sources": [{ "source": "s", "quote": "Q." }] },
        { "id": "b", "date": "1852", "category": "trade", "title": "B", "sources": [{ "source": "s", "quote": "Q." }] } ] }"#;
    let dataset =
        pakkaz_core::model::validate(pakkaz_core::model::json_text::read_json(json).unwrap())
            .unwrap();
    let range = pakkaz_core::start::range_of(&dataset);
    assert_eq!(range.start, days_from_civil(1850, 1, 1) as f64);
    assert_eq!(range.end, days_from_civil(1853, 1, 1) as f64);
    assert_eq!(State::bounds_for(&dataset, range), range);
}

#[test]
fn keys_map_to_actions() {
    let s = state().apply(Action::Zoom(4.0));
    let span = s.viewport.span();
    assert_eq!(key(&s, "ArrowRight", false), Some(Action::Pan(span * 0.2)));
    // Right to left, the arrow toward later dates is ←.
    assert_eq!(key(&s, "ArrowLeft", true), Some(Action::Pan(span * 0.2)));
    assert_eq!(key(&s, "ArrowRight", true), Some(Action::Pan(-span * 0.2)));
    assert_eq!(key(&s, "+", false), key(&s, "=", false));
    assert_eq!(key(&s, "0", false), Some(Action::ShowAll));
    let home = s.apply(key(&s, "Home", false).unwrap());
    assert_eq!(home.viewport.start, s.bounds.start);
    assert!((home.viewport.span() - span).abs() < 1e-6);
    let end = s.apply(key(&s, "End", false).unwrap());
    assert_eq!(end.viewport.end, s.bounds.end);
    assert_eq!(key(&s, "a", false), None);
    assert_eq!(key(&s, "Enter", false), None);
}

/// Memos and effects are keyed by stamps, not by `Rc` addresses: a value freed and
/// another made after it often share an address, and an address key then kept a stale
/// layout or label widths. Stamps never repeat.
#[test]
fn stamps_tell_apart_values_that_may_share_an_address() {
    use pakkaz_core::model::stamp::Stamped;
    let first = std::rc::Rc::new(Stamped::new(vec![true; 100]));
    let first_stamp = first.stamp();
    drop(first);
    let second = std::rc::Rc::new(Stamped::new(vec![true; 100]));
    assert_ne!(second.stamp(), first_stamp);
    assert_eq!(**second, vec![true; 100]);
    let a = embedded();
    let b = embedded();
    assert_ne!(
        a.stamp(),
        b.stamp(),
        "two readings of the same data are two datasets"
    );
}

#[test]
fn opening_a_cluster_zooms_to_it_with_room_either_side() {
    use pakkaz_core::state::CLUSTER_PAD_SHARE;
    let s = state();
    let (start_day, end_day) = (10_000, 10_400);
    let next = s.apply(Action::OpenCluster {
        start: start_day * 86_400,
        end: end_day * 86_400,
    });
    let pad = 400.0 * CLUSTER_PAD_SHARE + s.min_span() / 2.0;
    assert_eq!(
        next.viewport,
        Viewport::new(start_day as f64 - pad, end_day as f64 + pad)
    );
    assert!(!next.list_view, "room to zoom: the track stays");
    assert!(s.only_window_differs(&next), "an animated change");
}

#[test]
fn opening_a_cluster_at_the_narrowest_window_lists_its_events() {
    let s = state();
    let narrow = s.apply(Action::SetWindow(Viewport::new(10_000.0, 10_001.0)));
    assert!(narrow.fully_zoomed_in());
    let next = narrow.apply(Action::OpenCluster {
        start: 10_010 * 86_400,
        end: 10_010 * 86_400,
    });
    assert!(next.list_view);
    assert!(next.viewport.start <= 10_010.0 && next.viewport.end > 10_010.0);
    assert!(
        !narrow.only_window_differs(&next),
        "applied at once, not animated"
    );
}

#[test]
fn restoring_a_hash_starts_from_the_default_view_in_one_action() {
    let s = state();
    let busy = s
        .apply(Action::Zoom(8.0))
        .apply(Action::SetQuery("visa".into()))
        .apply(Action::SetCategories(CategorySet::NONE))
        .apply(Action::Select(Some(3)));
    let restored = busy.apply(Action::Restore(
        pakkaz_core::url::decode("#cats=trade").into(),
    ));
    assert_eq!(restored.viewport, s.bounds);
    assert_eq!(restored.query, "");
    assert_eq!(restored.selected, None);
    assert_eq!(
        restored.categories,
        [Builtin::Trade.category()]
            .into_iter()
            .collect::<CategorySet>()
    );
    // An empty hash is the default view itself.
    assert!(busy.apply(Action::Restore(Default::default())) == s);
    // The same as decoding onto a fresh state.
    let hash = "#from=2015&to=2016-06&q=flights&event=direct-flights";
    let mut fresh = s.clone();
    for action in s.actions_for(&pakkaz_core::url::decode(hash)) {
        fresh = fresh.apply(action);
    }
    assert!(busy.apply(Action::Restore(pakkaz_core::url::decode(hash).into())) == fresh);
}

#[test]
fn in_the_details_the_arrow_toward_later_events_goes_to_the_next() {
    assert_eq!(details_key("ArrowRight", false), Some(Action::SelectNext));
    assert_eq!(
        details_key("ArrowLeft", false),
        Some(Action::SelectPrevious)
    );
    // Right to left, later events lie to the left.
    assert_eq!(details_key("ArrowLeft", true), Some(Action::SelectNext));
    assert_eq!(
        details_key("ArrowRight", true),
        Some(Action::SelectPrevious)
    );
    assert_eq!(details_key("Enter", false), None);
}

/// Printed, the track runs across at its width on paper (or narrower, as on screen), and
/// comes back as it was.
#[test]
fn printing_lays_the_track_out_across_at_its_width_on_paper() {
    use pakkaz_core::timeline::metrics::PRINT_TRACK_PX;
    let wide = state().apply(Action::Resize(1240.0));
    let printed = wide.apply(Action::SetPrinting(true));
    assert_eq!(printed.scale().width, PRINT_TRACK_PX);
    assert_eq!(printed.apply(Action::SetPrinting(false)), wide);
    let phone = state()
        .apply(Action::Resize(350.0))
        .apply(Action::SetLength(600.0));
    assert!(phone.down());
    let printed = phone.apply(Action::SetPrinting(true));
    assert!(!printed.down(), "a printed page runs across");
    assert_eq!(printed.scale().width, 350.0);
}
