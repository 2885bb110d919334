//! The keys that steer the track and the details, as the reader means them: what each
//! does depends on the way time runs (across, right to left, or down), which the state
//! knows and the view does not.

use super::{Action, State, KEY_PAN_SHARE, ZOOM_STEP};
use crate::timeline::Viewport;

/// A key a reader presses to steer the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Press {
    Left,
    Right,
    Up,
    Down,
    /// `+` or `=` (the same key without Shift).
    ZoomIn,
    /// `-` or `_`.
    ZoomOut,
    Home,
    End,
    /// `0`: show everything.
    All,
}

impl Press {
    /// The press a keyboard event's `key` names (the W3C `KeyboardEvent.key` values).
    pub fn of_key(key: &str) -> Option<Press> {
        Some(match key {
            "ArrowLeft" => Press::Left,
            "ArrowRight" => Press::Right,
            "ArrowUp" => Press::Up,
            "ArrowDown" => Press::Down,
            "+" | "=" => Press::ZoomIn,
            "-" | "_" => Press::ZoomOut,
            "Home" => Press::Home,
            "End" => Press::End,
            "0" => Press::All,
            _ => return None,
        })
    }
}

impl State {
    /// What a key pressed on the track does, if anything: ←/→ pan the way the axis is
    /// drawn (`rtl`: time runs right to left, so ← goes later), +/= and − zoom,
    /// Home/End go to the ends, 0 shows everything.
    ///
    /// Where time runs down, ↓ goes later and ↑ earlier.
    pub fn key_action(&self, press: Press, rtl: bool) -> Option<Action> {
        let span = self.viewport.span();
        let bounds = self.bounds;
        let (later, earlier) = match (self.down(), rtl) {
            (true, _) => (Press::Down, Press::Up),
            (false, true) => (Press::Left, Press::Right),
            (false, false) => (Press::Right, Press::Left),
        };
        Some(match press {
            p if p == earlier => Action::Pan(-span * KEY_PAN_SHARE),
            p if p == later => Action::Pan(span * KEY_PAN_SHARE),
            Press::ZoomIn => Action::Zoom(ZOOM_STEP),
            Press::ZoomOut => Action::Zoom(1.0 / ZOOM_STEP),
            Press::Home => Action::SetWindow(Viewport::new(bounds.start, bounds.start + span)),
            Press::End => Action::SetWindow(Viewport::new(bounds.end - span, bounds.end)),
            Press::All => Action::ShowAll,
            _ => return None,
        })
    }

    /// What an arrow key pressed in the details does: the arrow that points toward later
    /// events (→, or ← where time runs right to left) goes to the next one.
    pub fn details_key_action(press: Press, rtl: bool) -> Option<Action> {
        let (later, earlier) = if rtl {
            (Press::Left, Press::Right)
        } else {
            (Press::Right, Press::Left)
        };
        match press {
            p if p == later => Some(Action::SelectNext),
            p if p == earlier => Some(Action::SelectPrevious),
            _ => None,
        }
    }
}
