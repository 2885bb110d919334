//! The overview band: the whole range as a density strip, with the current window as a
//! brush to drag, resize or re-centre. Sends `SetWindow`, at most once per frame.

use std::rc::Rc;

use pakkaz_core::number::{Tenths, Whole};
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent};
use yew::prelude::*;

use super::direction::{axis_sign, axis_x};
use super::eras::eras;

use pakkaz_core::model::stamp::Stamped;

use super::frame::FrameScheduler;
use pakkaz_core::model::Dataset;
use pakkaz_core::state::{Action, MIN_SPAN_TIMES};
use pakkaz_core::timeline::overview::{bins, drag_brush, paths, Grip};
use pakkaz_core::timeline::{Scale, Viewport};

/// Height of the density strip, in pixels.
const BAND_HEIGHT: f64 = 28.0;
/// Width of one column of the strip.
const BIN_PX: f64 = 3.0;
/// Height one event adds to its column.
const UNIT_PX: f64 = 7.0;

#[derive(Properties, Clone)]
pub struct OverviewProps {
    pub dataset: Rc<Dataset>,
    /// The window shown, drawn as the brush.
    pub viewport: Viewport,
    /// The whole range, the band's width.
    pub bounds: Viewport,
    /// The band's width in pixels (the track's).
    pub width: f64,
    pub shown: Rc<Stamped<Vec<bool>>>,
    /// Where the brush's `SetWindow` goes.
    pub on_action: Callback<Action>,
    /// Time runs right to left (Urdu): the band is drawn mirrored, and pointers with it.
    pub rtl: bool,
}

impl PartialEq for OverviewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.viewport == other.viewport
            && self.bounds == other.bounds
            && self.width == other.width
            && Rc::ptr_eq(&self.shown, &other.shown)
            && self.on_action == other.on_action
            && self.rtl == other.rtl
    }
}

struct Drag {
    grip: Grip,
    pointer: i32,
    press_x: f64,
    window: Viewport,
}

/// The whole range at a glance, with the current window as a brush: drag the brush to
/// move, drag its edges to zoom, press anywhere else on the band to centre the window
/// there. Moves reach the state at most once per frame.
#[function_component(Overview)]
pub fn overview(props: &OverviewProps) -> Html {
    let (viewport, bounds, width, rtl) = (props.viewport, props.bounds, props.width, props.rtl);
    let scale = Scale::new(bounds, width);
    let band_ref = use_node_ref();
    let drag = use_mut_ref(|| None::<Drag>);
    let target = use_mut_ref(|| None::<Viewport>);
    let frame = use_memo((), |_| Rc::new(FrameScheduler::default()));
    let d = {
        let dataset = props.dataset.clone();
        let shown = props.shown.clone();
        let key = props.shown.stamp();
        use_memo((width, key, bounds), move |_| {
            paths(
                &bins(&dataset, &shown, &scale, BIN_PX),
                BIN_PX,
                BAND_HEIGHT,
                UNIT_PX,
            )
        })
    };

    // The window a pointer at client x gives, for the drag in progress.
    let window_at = {
        let drag = drag.clone();
        move |client_x: f64| -> Option<Viewport> {
            let drag = drag.borrow();
            let drag = drag.as_ref()?;
            let dt = axis_sign(rtl) * (client_x - drag.press_x) / scale.k().max(1e-9);
            // The grips keep the least span any data allows apart; the state then widens
            // the window to its own narrowest (a day without times of day).
            Some(drag_brush(drag.grip, drag.window, dt, MIN_SPAN_TIMES))
        }
    };
    let send = {
        let target = target.clone();
        let frame = Rc::clone(&frame);
        let on_action = props.on_action.clone();
        move |window: Viewport| {
            *target.borrow_mut() = Some(window);
            let target = target.clone();
            let on_action = on_action.clone();
            frame.schedule(move || {
                if let Some(w) = target.borrow_mut().take() {
                    on_action.emit(Action::SetWindow(w));
                }
            });
        }
    };

    let onpointerdown = {
        let drag = drag.clone();
        let send = send.clone();
        let band_ref = band_ref.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "mouse" && e.button() != 0 {
                return;
            }
            // Yew delegates events, so `current_target` is not the band: use its ref.
            let Some(el) = band_ref.cast::<Element>() else {
                return;
            };
            let grip_name = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("[data-grip]").ok().flatten())
                .and_then(|g| g.get_attribute("data-grip"));
            let (grip, window) = match grip_name.as_deref() {
                Some("start") => (Grip::Start, viewport),
                Some("end") => (Grip::End, viewport),
                Some(_) => (Grip::Move, viewport),
                None => {
                    // Pressed outside the brush: centre the window there, then drag it.
                    let x = axis_x(&el, e.client_x() as f64, rtl);
                    let centred = viewport.pan(scale.t(x) - viewport.center());
                    send(centred);
                    (Grip::Move, centred)
                }
            };
            let _ = el.set_pointer_capture(e.pointer_id());
            *drag.borrow_mut() = Some(Drag {
                grip,
                pointer: e.pointer_id(),
                press_x: e.client_x() as f64,
                window,
            });
            e.prevent_default();
        })
    };
    let onpointermove = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| {
            let active = drag
                .borrow()
                .as_ref()
                .is_some_and(|d| d.pointer == e.pointer_id());
            if active {
                if let Some(w) = window_at(e.client_x() as f64) {
                    send(w);
                }
            }
        })
    };
    let onpointerup = {
        let drag = drag.clone();
        Callback::from(move |_: PointerEvent| {
            *drag.borrow_mut() = None;
        })
    };

    let left = scale.x(viewport.start).max(0.0);
    let right = scale.x(viewport.end).min(width);
    let brush_style = format!(
        "left: {}px; width: {}px",
        Tenths(left),
        Tenths((right - left).max(2.0))
    );
    let dragging = drag.borrow().is_some();

    html! {
        <div class={classes!("pakkaz-overview", dragging.then_some("pakkaz-overview--dragging"))}
            aria-hidden="true" ref={band_ref}
            onpointerdown={onpointerdown} onpointermove={onpointermove}
            onpointerup={onpointerup.clone()} onpointercancel={onpointerup}>
            { eras(&props.dataset, scale, false, false) }
            <svg class="pakkaz-overview__strip" width={Whole(width).to_string()} height={Whole(BAND_HEIGHT).to_string()}
                viewBox={format!("0 0 {} {}", Whole(width.max(1.0)), Whole(BAND_HEIGHT))} preserveAspectRatio="none">
                { for props.dataset.categories.all().zip(d.iter()).map(|(c, path)| html! {
                    <path class={classes!("pakkaz-overview__bars", c.class())} d={path.clone()} />
                }) }
            </svg>
            <div class="pakkaz-overview__brush" style={brush_style} data-grip="move">
                <span class="pakkaz-overview__grip pakkaz-overview__grip--start" data-grip="start"></span>
                <span class="pakkaz-overview__grip pakkaz-overview__grip--end" data-grip="end"></span>
            </div>
        </div>
    }
}
