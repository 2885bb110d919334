//! The track's input: wheel, drag, pinch and double click on the plot, gathered into at
//! most one `Gesture` action per frame, and animated moves to the window an action gives.
//! What the pointers mean is decided in `timeline::pointers` and `timeline::gesture`;
//! this file only listens and dispatches.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, PointerEvent, WheelEvent};
use yew::prelude::*;

use super::super::direction::{axis_sign, on_track};
use super::super::frame::{Animator, FrameScheduler};
use pakkaz_core::state::{Action, State, ZOOM_STEP};
use pakkaz_core::timeline::gesture::{wheel_pixels, wheel_zoom_factor, PendingGesture};
use pakkaz_core::timeline::pointers::Pointers;
use pakkaz_core::timeline::{Scale, Viewport};

/// Everything the long-lived input listeners share: the state as last rendered, input
/// gathered for the next frame, and the frame and animation machinery.
pub struct Input {
    pub latest: RefCell<State>,
    pending: RefCell<PendingGesture>,
    pointers: RefCell<Pointers>,
    frame: Rc<FrameScheduler>,
    animator: Rc<Animator>,
    /// Where the input's actions go.
    pub on_action: Callback<Action>,
    /// Time runs right to left (Urdu): positions and movements are mirrored.
    rtl: bool,
}

impl Input {
    /// A pointer's position as (along the time axis, across it).
    fn at(&self, element: &HtmlElement, client_x: i32, client_y: i32) -> (f64, f64) {
        let down = self.latest.borrow().down();
        on_track(element, (client_x as f64, client_y as f64), self.rtl, down)
    }

    fn scale(&self) -> Scale {
        self.latest.borrow().scale()
    }

    /// Turns the input gathered so far into one `Gesture` action on the next frame.
    fn schedule(self: &Rc<Self>) {
        self.animator.stop();
        let this = Rc::clone(self);
        self.frame.schedule(move || {
            let pending = std::mem::take(&mut *this.pending.borrow_mut());
            if pending.is_empty() {
                return;
            }
            let (pan_days, anchor, factor) = pending.resolve(&this.scale());
            this.on_action.emit(Action::Gesture {
                pan_days,
                anchor,
                factor,
            });
        });
    }

    /// The state as last rendered, with the window a running move is going to: what a
    /// key or a button acts on, so quick presses add up (+ then End zooms in and goes to
    /// the end) instead of each starting again from a frame half way.
    pub fn heading(&self) -> State {
        let mut state = self.latest.borrow().clone();
        if let Some(target) = self.animator.target() {
            state.viewport = target;
        }
        state
    }

    /// Animates to the window an action would give (from where the view is heading), or,
    /// when it changes more than the window, applies it at once.
    pub fn animate(self: &Rc<Self>, action: Action) {
        let current = self.latest.borrow().viewport;
        let heading = self.heading();
        let next = heading.apply(action.clone());
        if !heading.only_window_differs(&next) {
            self.animator.stop();
            self.on_action.emit(action);
            return;
        }
        let target = next.viewport;
        let on_action = self.on_action.clone();
        self.animator.animate(
            current,
            target,
            Rc::new(move |v: Viewport| on_action.emit(Action::SetWindow(v))),
        );
    }
}

impl Input {
    pub fn new(state: State, on_action: Callback<Action>, rtl: bool) -> Input {
        Input {
            latest: RefCell::new(state),
            pending: RefCell::default(),
            pointers: RefCell::default(),
            frame: Rc::default(),
            animator: Rc::default(),
            on_action,
            rtl,
        }
    }
}

/// The listeners of the plot: wheel, pointers (drag, pinch), double click.
fn listen(plot: &HtmlElement, input: &Rc<Input>) -> Vec<EventListener> {
    let active = EventListenerOptions::enable_prevent_default();
    let mut listeners = Vec::new();

    let (el, inp) = (plot.clone(), Rc::clone(input));
    listeners.push(EventListener::new_with_options(
        plot,
        "wheel",
        active,
        move |event| {
            let Some(wheel) = event.dyn_ref::<WheelEvent>() else {
                return;
            };
            let mode = wheel.delta_mode();
            let (dx, dy) = (wheel.delta_x(), wheel.delta_y());
            if dx.abs() > dy.abs() && !wheel.ctrl_key() {
                let page = el.client_width() as f64;
                let along = axis_sign(inp.rtl) * wheel_pixels(dx, mode, page);
                inp.pending.borrow_mut().drag(-along);
            } else {
                let factor = wheel_zoom_factor(dy, mode, wheel.ctrl_key());
                let state = inp.latest.borrow().clone();
                // Zooming out with everything in view: let the page scroll instead.
                if factor < 1.0 && state.viewport == state.bounds {
                    return;
                }
                let (x, _) = inp.at(&el, wheel.client_x(), wheel.client_y());
                inp.pending.borrow_mut().zoom_at(factor, x);
            }
            event.prevent_default();
            inp.schedule();
        },
    ));

    // Pointers are followed in positions along the axis, so a drag's and a pinch's
    // movements are the axis's, whichever way it runs.
    let (el, inp) = (plot.clone(), Rc::clone(input));
    listeners.push(EventListener::new(plot, "pointerdown", move |event| {
        let Some(p) = event.dyn_ref::<PointerEvent>() else {
            return;
        };
        let mut pointers = inp.pointers.borrow_mut();
        if p.pointer_type() == "mouse" && p.button() != 0 {
            // Not a drag, but a new press all the same: no click is left to swallow.
            pointers.take_click();
            return;
        }
        let (x, y) = inp.at(&el, p.client_x(), p.client_y());
        pointers.press(p.pointer_id(), x, y);
    }));

    let (el, inp) = (plot.clone(), Rc::clone(input));
    listeners.push(EventListener::new_with_options(
        plot,
        "pointermove",
        active,
        move |event| {
            let Some(p) = event.dyn_ref::<PointerEvent>() else {
                return;
            };
            let (x, y) = inp.at(&el, p.client_x(), p.client_y());
            let Some(step) = inp.pointers.borrow_mut().moved(p.pointer_id(), x, y) else {
                return;
            };
            if step.started {
                let _ = el.set_pointer_capture(p.pointer_id());
            }
            let mut pending = inp.pending.borrow_mut();
            pending.drag(step.drag_px);
            if let Some((factor, at)) = step.zoom {
                pending.zoom_at(factor, at);
            }
            drop(pending);
            event.prevent_default();
            inp.schedule();
        },
    ));

    for name in ["pointerup", "pointercancel"] {
        let inp = Rc::clone(input);
        listeners.push(EventListener::new(plot, name, move |event| {
            let Some(p) = event.dyn_ref::<PointerEvent>() else {
                return;
            };
            inp.pointers
                .borrow_mut()
                .release(p.pointer_id(), event.type_() == "pointerup");
        }));
    }

    // A drag that ends over a button must not press it.
    let inp = Rc::clone(input);
    let capture = EventListenerOptions {
        phase: EventListenerPhase::Capture,
        passive: false,
    };
    listeners.push(EventListener::new_with_options(
        plot,
        "click",
        capture,
        move |event| {
            if inp.pointers.borrow_mut().take_click() {
                event.stop_propagation();
                event.prevent_default();
            }
        },
    ));
    let (el, inp) = (plot.clone(), Rc::clone(input));
    listeners.push(EventListener::new(plot, "dblclick", move |event| {
        let Some(mouse) = event.dyn_ref::<web_sys::MouseEvent>() else {
            return;
        };
        let anchor = inp
            .scale()
            .t(inp.at(&el, mouse.client_x(), mouse.client_y()).0);
        inp.animate(Action::ZoomAround {
            anchor,
            factor: ZOOM_STEP,
        });
    }));
    listeners
}

/// The plot's listeners; on drop they go, with any frame or animation still pending.
pub struct Listening {
    input: Rc<Input>,
    _listeners: Vec<EventListener>,
}

impl Listening {
    pub fn new(plot: &HtmlElement, input: Rc<Input>) -> Listening {
        Listening {
            _listeners: listen(plot, &input),
            input,
        }
    }
}

impl Drop for Listening {
    fn drop(&mut self) {
        self.input.frame.cancel();
        self.input.animator.stop();
    }
}
