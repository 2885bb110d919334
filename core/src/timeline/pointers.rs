//! The pointers pressed on the track, as a state machine: a press, moves that become a
//! drag past a threshold or a pinch with two fingers, and the release, after which the
//! click a browser sends at the end of a drag is swallowed. Pure: the track feeds it
//! pointer events and applies what it answers. Tested natively.

use super::gesture::pinch;

/// Pixels a pointer must move before a press becomes a drag (and its click is dropped).
pub const DRAG_THRESHOLD_PX: f64 = 4.0;

/// A pointer down on the track, where it last was (client pixels).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pointer {
    pub id: i32,
    pub x: f64,
    pub y: f64,
}

/// What a move asks of the view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Move {
    /// The press has just become a drag: capture the pointer.
    pub started: bool,
    /// Pixels to move the window's content by.
    pub drag_px: f64,
    /// A pinch: zoom by this factor around this client x.
    pub zoom: Option<(f64, f64)>,
}

/// The pointers down on the track, and whether the press has become a drag.
#[derive(Clone, Debug, Default)]
pub struct Pointers {
    down: Vec<Pointer>,
    press_x: f64,
    dragging: bool,
    /// A drag just ended: swallow the click the browser sends after it.
    swallow_click: bool,
}

impl Pointers {
    /// A pointer pressed (a first press also forgets a click left to swallow).
    pub fn press(&mut self, id: i32, x: f64, y: f64) {
        self.swallow_click = false;
        self.down.retain(|p| p.id != id);
        self.down.push(Pointer { id, x, y });
        if self.down.len() == 1 {
            self.press_x = x;
            self.dragging = false;
        }
    }

    /// A pointer moved: `None` when it is not down, or has not yet moved far enough to
    /// be a drag; otherwise the drag (and, with two pointers, the pinch) to apply.
    pub fn moved(&mut self, id: i32, x: f64, y: f64) -> Option<Move> {
        let slot = self.down.iter().position(|p| p.id == id)?;
        let before = self.down.clone();
        self.down[slot] = Pointer { id, x, y };
        let pinching = before.len() >= 2;
        if !self.dragging && !pinching && (x - self.press_x).abs() < DRAG_THRESHOLD_PX {
            return None;
        }
        let started = !self.dragging;
        self.dragging = true;
        if pinching {
            let at = |p: &Pointer| (p.x, p.y);
            let (d0, m0) = pinch(at(&before[0]), at(&before[1]));
            let (d1, m1) = pinch(at(&self.down[0]), at(&self.down[1]));
            let zoom = (d0 > 0.0 && d1 > 0.0).then_some((d1 / d0, m1));
            Some(Move {
                started,
                drag_px: m1 - m0,
                zoom,
            })
        } else {
            Some(Move {
                started,
                drag_px: x - before[slot].x,
                zoom: None,
            })
        }
    }

    /// A pointer lifted (`up`) or cancelled: when the last one goes after a drag, a
    /// lift's click is to be swallowed.
    pub fn release(&mut self, id: i32, up: bool) {
        self.down.retain(|p| p.id != id);
        if self.down.is_empty() && self.dragging {
            self.dragging = false;
            self.swallow_click = up;
        }
    }

    /// A click arrived: whether to swallow it (once).
    pub fn take_click(&mut self) -> bool {
        std::mem::take(&mut self.swallow_click)
    }

    /// The pointers down, in the order they were pressed.
    pub fn down(&self) -> &[Pointer] {
        &self.down
    }
}
