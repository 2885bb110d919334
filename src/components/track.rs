//! The track: lanes of marks and clusters under the axis, sized to its container. Turns
//! wheel, drag, pinch, keys and buttons into `Zoom`, `ZoomAround`, `Gesture`,
//! `SetWindow` and `ShowAll` (gathered to one per frame), and presses into `Select` or
//! `SetListView`; reports its size with `Resize` and `SetMaxLanes`.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, HtmlElement, PointerEvent, ResizeObserver, ResizeObserverEntry, WheelEvent,
};
use yew::prelude::*;

use crate::model::stamp::Stamped;

use super::axis::AxisView;
use super::cluster::ClusterMark;
use super::frame::{Animator, FrameScheduler};
use super::mark::Mark;
use super::overview::Overview;
use crate::model::{Dataset, Date};
use crate::state::MIN_SPAN_DAYS;
use crate::state::{Action, State, ZOOM_STEP};
use crate::timeline::gesture::{wheel_pixels, wheel_zoom_factor, PendingGesture};
use crate::timeline::number::Whole;
use crate::timeline::pointers::Pointers;
use crate::timeline::track::{layout_track, Cluster, ItemKind, LANE_HEIGHT_PX};
use crate::timeline::{ticks, Scale, Viewport};

type ResizeCallback = Closure<dyn FnMut(js_sys::Array)>;

#[derive(Properties, Clone)]
pub struct TrackProps {
    pub dataset: Rc<Dataset>,
    pub state: UseReducerHandle<State>,
    /// Natural width of each event's label, indexed like `dataset.events`.
    pub label_widths: Rc<Stamped<Vec<f64>>>,
    /// Which events the filters and search leave, indexed like `dataset.events`.
    pub shown: Rc<Stamped<Vec<bool>>>,
    /// Kept mounted but out of sight (list view).
    #[prop_or_default]
    pub hidden: bool,
    /// The widget fills a container of fixed height: fit the lanes to it.
    #[prop_or_default]
    pub fill: bool,
}

impl PartialEq for TrackProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.state == other.state
            && Rc::ptr_eq(&self.label_widths, &other.label_widths)
            && Rc::ptr_eq(&self.shown, &other.shown)
            && self.hidden == other.hidden
            && self.fill == other.fill
    }
}

/// Everything the long-lived input listeners share: the state as last rendered, input
/// gathered for the next frame, and the frame and animation machinery.
struct Input {
    latest: RefCell<State>,
    pending: RefCell<PendingGesture>,
    pointers: RefCell<Pointers>,
    frame: Rc<FrameScheduler>,
    animator: Rc<Animator>,
    dispatcher: UseReducerDispatcher<State>,
}

impl Input {
    fn scale(&self) -> Scale {
        let s = self.latest.borrow();
        Scale::new(s.viewport, s.width)
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
            this.dispatcher.dispatch(Action::Gesture {
                pan_days,
                anchor,
                factor,
            });
        });
    }

    /// Animates to the window an action would give.
    fn animate(self: &Rc<Self>, action: Action) {
        let current = self.latest.borrow().clone();
        let target = current.apply(action).viewport;
        let dispatcher = self.dispatcher.clone();
        self.animator.animate(
            current.viewport,
            target,
            Rc::new(move |v: Viewport| dispatcher.dispatch(Action::SetWindow(v))),
        );
    }
}

/// Pixels of the widget's width that are not the track's: its border and the track
/// viewport's padding on either side (kept in step with `styles/`: `.pakkaz` border,
/// `.pakkaz-track__viewport` padding).
pub const TRACK_INSET_PX: f64 = 42.0;

/// The track's width in a widget `widget_width` pixels wide, before it is drawn.
pub fn track_width_for(widget_width: f64) -> f64 {
    (widget_width - TRACK_INSET_PX).max(0.0)
}

/// Pixels of the track viewport taken by the axis and padding, not by lanes.
const AXIS_PX: f64 = 70.0;

/// Lanes that fit a track viewport of this height (at least two).
fn lanes_for_height(height: f64) -> usize {
    ((height - AXIS_PX) / LANE_HEIGHT_PX).floor().max(2.0) as usize
}

/// x of a client coordinate relative to an element's left edge.
fn local_x(element: &Element, client_x: f64) -> f64 {
    client_x - element.get_bounding_client_rect().left()
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
                inp.pending.borrow_mut().drag(-wheel_pixels(dx, mode, page));
            } else {
                let factor = wheel_zoom_factor(dy, mode, wheel.ctrl_key());
                let state = inp.latest.borrow().clone();
                // Zooming out with everything in view: let the page scroll instead.
                if factor < 1.0 && state.viewport == state.bounds {
                    return;
                }
                let x = local_x(&el, wheel.client_x() as f64);
                inp.pending.borrow_mut().zoom_at(factor, x);
            }
            event.prevent_default();
            inp.schedule();
        },
    ));

    let inp = Rc::clone(input);
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
        pointers.press(p.pointer_id(), p.client_x() as f64, p.client_y() as f64);
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
            let (x, y) = (p.client_x() as f64, p.client_y() as f64);
            let Some(step) = inp.pointers.borrow_mut().moved(p.pointer_id(), x, y) else {
                return;
            };
            if step.started {
                let _ = el.set_pointer_capture(p.pointer_id());
            }
            let mut pending = inp.pending.borrow_mut();
            pending.drag(step.drag_px);
            if let Some((factor, at)) = step.zoom {
                pending.zoom_at(factor, local_x(&el, at));
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
        let anchor = inp.scale().t(local_x(&el, mouse.client_x() as f64));
        inp.animate(Action::ZoomAround {
            anchor,
            factor: ZOOM_STEP,
        });
    }));
    listeners
}

/// The main track: zoom buttons, the axis and the stacked event marks and clusters, and
/// the overview band. It measures its own width, follows resizes, and turns wheel, drag,
/// pinch, keys and buttons into actions (continuous input at most once per frame).
#[function_component(Track)]
pub fn track(props: &TrackProps) -> Html {
    let plot_ref = use_node_ref();
    let viewport_ref = use_node_ref();
    let input = {
        let dispatcher = props.state.dispatcher();
        let state = (*props.state).clone();
        use_memo((), move |_| {
            Rc::new(Input {
                latest: RefCell::new(state),
                pending: RefCell::default(),
                pointers: RefCell::default(),
                frame: Rc::default(),
                animator: Rc::default(),
                dispatcher,
            })
        })
    };
    // The listeners live as long as the track and read the state as last rendered.
    *input.latest.borrow_mut() = (*props.state).clone();

    {
        let plot_ref = plot_ref.clone();
        let viewport_ref = viewport_ref.clone();
        let fill = props.fill;
        let input = Rc::clone(&input);
        use_effect_with((), move |_| {
            let mut observer: Option<(ResizeObserver, ResizeCallback)> = None;
            let mut listeners = Vec::new();
            if let Some(plot) = plot_ref.cast::<HtmlElement>() {
                input
                    .dispatcher
                    .dispatch(Action::Resize(plot.client_width() as f64));
                let dispatcher = input.dispatcher.clone();
                let viewport = viewport_ref.cast::<HtmlElement>();
                let watched_viewport = viewport.clone();
                let on_resize =
                    Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        for entry in entries.iter() {
                            let Some(entry) = entry.dyn_ref::<ResizeObserverEntry>() else {
                                continue;
                            };
                            let rect = entry.content_rect();
                            let is_viewport = watched_viewport
                                .as_ref()
                                .is_some_and(|v| entry.target() == **v);
                            if is_viewport {
                                dispatcher
                                    .dispatch(Action::SetMaxLanes(lanes_for_height(rect.height())));
                            } else {
                                dispatcher.dispatch(Action::Resize(rect.width()));
                            }
                        }
                    });
                if let Ok(o) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
                    o.observe(&plot);
                    if let (true, Some(v)) = (fill, viewport.as_ref()) {
                        o.observe(v);
                    }
                    observer = Some((o, on_resize));
                }
                listeners = listen(&plot, &input);
            }
            move || {
                if let Some((o, _closure)) = observer {
                    o.disconnect();
                }
                input.frame.cancel();
                input.animator.stop();
                drop(listeners);
            }
        });
    }

    let state = &*props.state;
    let scale = Scale::new(state.viewport, state.width);
    let layout = {
        let dataset = props.dataset.clone();
        let widths = props.label_widths.clone();
        let shown = props.shown.clone();
        use_memo(
            (
                state.viewport,
                state.width,
                props.shown.stamp(),
                widths.stamp(),
                state.max_lanes,
            ),
            move |_| layout_track(&dataset, &shown, &scale, &widths, state.max_lanes),
        )
    };
    let axis = use_memo((state.viewport, state.width), move |_| ticks::axis(&scale));

    let on_key = {
        let input = Rc::clone(&input);
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let Some(action) = input.latest.borrow().key_action(&e.key()) else {
                return;
            };
            e.prevent_default();
            input.animate(action);
        })
    };
    let button = |action: Action| {
        let input = Rc::clone(&input);
        Callback::from(move |_: MouseEvent| input.animate(action.clone()))
    };
    let on_open_cluster = {
        let input = Rc::clone(&input);
        Callback::from(move |c: Cluster| {
            let span = (c.end_day - c.start_day) as f64;
            let pad = span * 0.1 + 2.0;
            let target = Viewport::new(c.start_day as f64 - pad, c.end_day as f64 + pad);
            let narrowest = input.latest.borrow().viewport.span() <= MIN_SPAN_DAYS + 1.0;
            if narrowest {
                // Zoomed in as far as it goes and still too many at once (say, many
                // events on one day): list them instead.
                input.dispatcher.dispatch(Action::SetWindow(target));
                input.dispatcher.dispatch(Action::SetListView(true));
            } else {
                input.animate(Action::SetWindow(target));
            }
        })
    };

    // The marks under the pointer and with focus, found from the events' targets on the
    // list (one listener for all marks, not one per mark): only they carry a tip.
    let hovered = use_state_eq(|| None::<usize>);
    let focused = use_state_eq(|| None::<usize>);
    let mark_of = {
        let dataset = props.dataset.clone();
        move |target: Option<web_sys::EventTarget>| -> Option<usize> {
            let element = target?.dyn_into::<Element>().ok()?;
            let mark = element
                .closest(".pakkaz-mark__button")
                .ok()??
                .parent_element()?;
            dataset.event_index(&mark.get_attribute("data-event-id")?)
        }
    };
    let on_pointer_over = {
        let (hovered, mark_of) = (hovered.clone(), mark_of.clone());
        Callback::from(move |e: PointerEvent| hovered.set(mark_of(e.target())))
    };
    let on_pointer_leave = {
        let hovered = hovered.clone();
        Callback::from(move |_: PointerEvent| hovered.set(None))
    };
    let on_focus_in = {
        let focused = focused.clone();
        Callback::from(move |e: FocusEvent| focused.set(mark_of(e.target())))
    };
    let on_focus_out = {
        let focused = focused.clone();
        Callback::from(move |_: FocusEvent| focused.set(None))
    };

    let on_select = {
        let dispatcher = props.state.dispatcher();
        Callback::from(move |i: usize| dispatcher.dispatch(Action::Select(Some(i))))
    };
    let lanes_height = (layout.lanes.max(1) as f64) * LANE_HEIGHT_PX;
    let (first_day, last_day) = state.viewport.days();
    let measured = state.width > 0.0;
    let at_min = state.viewport.span() <= MIN_SPAN_DAYS + 1e-6;
    let at_all = state.viewport == state.bounds;

    html! {
        <div class="pakkaz-track" hidden={props.hidden}>
            <div class="pakkaz-toolbar" role="toolbar" aria-label="Zoom">
                <button type="button" class="pakkaz-button" aria-label="Zoom in" title="Zoom in (+)"
                    disabled={at_min} onclick={button(Action::Zoom(ZOOM_STEP))}>
                    <span aria-hidden="true">{ "+" }</span>
                </button>
                <button type="button" class="pakkaz-button" aria-label="Zoom out" title="Zoom out (−)"
                    disabled={at_all} onclick={button(Action::Zoom(1.0 / ZOOM_STEP))}>
                    <span aria-hidden="true">{ "−" }</span>
                </button>
                <button type="button" class="pakkaz-button pakkaz-button--text" title="Show the whole range (0)"
                    disabled={at_all} onclick={button(Action::ShowAll)}>
                    { "Show all" }
                </button>
                <span class="pakkaz-toolbar__hint">{ "Scroll or pinch to zoom, drag to move" }</span>
            </div>
            <div class="pakkaz-track__viewport" tabindex="0" role="group" ref={viewport_ref}
                data-from={Date::from_days(first_day).to_string()}
                data-to={Date::from_days(last_day).to_string()}
                aria-label="Timeline: arrow keys move, plus and minus zoom, 0 shows all"
                onkeydown={on_key}>
                <div class="pakkaz-track__plot" ref={plot_ref}>
                    if measured {
                        <AxisView axis={axis.clone()} height={lanes_height} />
                        <ol class="pakkaz-marks" style={format!("height: {}px", Whole(lanes_height))} aria-label="Events"
                            onpointerover={on_pointer_over} onpointerleave={on_pointer_leave}
                            onfocusin={on_focus_in} onfocusout={on_focus_out}>
                            { for layout.items.iter().map(|item| match &item.kind {
                                ItemKind::Event(index) => {
                                    let id = props.dataset.events[*index].id.clone();
                                    html! { <Mark key={id} dataset={props.dataset.clone()} index={*index} item={item.clone()}
                                        selected={state.selected == Some(*index)}
                                        tip={*hovered == Some(*index) || *focused == Some(*index)}
                                        on_select={on_select.clone()} /> }
                                }
                                ItemKind::Cluster(c) => html! {
                                    <ClusterMark key={format!("cluster-{}", c.start_day)} cluster={c.clone()}
                                        item={item.clone()} on_open={on_open_cluster.clone()} />
                                },
                            }) }
                        </ol>
                    }
                </div>
            </div>
            if measured {
                <Overview dataset={props.dataset.clone()} state={props.state.clone()} shown={props.shown.clone()} />
            }
        </div>
    }
}
