//! Tests of `src/timeline/pointers.rs`: presses becoming drags, clicks after drags, and
//! two pointers pinching.

use pakkaz_core::timeline::pointers::{Move, Pointers, DRAG_THRESHOLD_PX};

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
