//! At most one update per animation frame, and smooth animated moves of the window.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};

use pakkaz_core::timeline::gesture::interpolate;
use pakkaz_core::timeline::Viewport;

/// Runs a job on the next animation frame; asking again before it runs changes nothing,
/// so a flood of input events costs one update per frame. The job reads whatever input
/// has gathered by then.
#[derive(Default)]
pub struct FrameScheduler {
    frame: RefCell<Option<AnimationFrame>>,
}

impl FrameScheduler {
    pub fn schedule(self: &Rc<Self>, job: impl FnOnce() + 'static) {
        if self.frame.borrow().is_some() {
            return;
        }
        let this = Rc::clone(self);
        let handle = request_animation_frame(move |_| {
            this.frame.borrow_mut().take();
            job();
        });
        *self.frame.borrow_mut() = Some(handle);
    }

    pub fn cancel(&self) {
        self.frame.borrow_mut().take();
    }
}

/// Moves the window to a target over a short eased animation, one `SetWindow` per
/// frame, or at once for readers who prefer reduced motion. A new move or any gesture
/// replaces the running one.
#[derive(Default)]
pub struct Animator {
    frame: RefCell<Option<AnimationFrame>>,
    generation: Cell<u64>,
    /// Where the running move goes, while one runs.
    target: Cell<Option<Viewport>>,
}

/// Duration of an animated zoom or jump, in milliseconds.
pub const ANIMATION_MS: f64 = 240.0;

pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

impl Animator {
    pub fn stop(&self) {
        self.generation.set(self.generation.get() + 1);
        self.frame.borrow_mut().take();
        self.target.set(None);
    }

    /// The window the running move goes to, if one runs.
    pub fn target(&self) -> Option<Viewport> {
        self.target.get()
    }

    pub fn animate(self: &Rc<Self>, from: Viewport, to: Viewport, apply: Rc<dyn Fn(Viewport)>) {
        self.stop();
        if prefers_reduced_motion() || from == to {
            apply(to);
            return;
        }
        let generation = self.generation.get();
        self.target.set(Some(to));
        Self::step(Rc::clone(self), generation, None, from, to, apply);
    }

    fn step(
        this: Rc<Self>,
        generation: u64,
        started: Option<f64>,
        from: Viewport,
        to: Viewport,
        apply: Rc<dyn Fn(Viewport)>,
    ) {
        let next = Rc::clone(&this);
        let handle = request_animation_frame(move |now| {
            if next.generation.get() != generation {
                return;
            }
            let start = started.unwrap_or(now);
            let t = ((now - start) / ANIMATION_MS).min(1.0);
            apply(interpolate(from, to, t));
            if t < 1.0 {
                Self::step(Rc::clone(&next), generation, Some(start), from, to, apply);
            } else {
                next.frame.borrow_mut().take();
                next.target.set(None);
            }
        });
        *this.frame.borrow_mut() = Some(handle);
    }
}
