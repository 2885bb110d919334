//! The track: lanes of marks and clusters under the axis, sized to its container. Turns
//! wheel, drag, pinch, keys and buttons into `Zoom`, `ZoomAround`, `Gesture`,
//! `SetWindow` and `ShowAll` (gathered to one per frame), and presses into `Select` or
//! `OpenCluster`; reports its size with `Resize` and `SetMaxLanes`. It takes the view it
//! draws and a callback for its actions.

mod input;
mod resize;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent};
use yew::prelude::*;

use super::axis::axis_view;
use super::cluster::ClusterMark;
use super::eras::eras;
use super::mark::Mark;
use super::overview::Overview;
use input::{Input, Listening};
use pakkaz_core::model::stamp::Stamped;
use pakkaz_core::model::{Dataset, Date};
use pakkaz_core::number::Whole;
use pakkaz_core::report::PictureFormat;
use pakkaz_core::state::keys::Press;
use pakkaz_core::state::{Action, State, ZOOM_STEP};
use pakkaz_core::text::{self, Key, Words};
use pakkaz_core::timeline::bands::layout_bands;
use pakkaz_core::timeline::down::{down_label_lengths, with_leads};
use pakkaz_core::timeline::metrics::{
    down_label_room, grid_length, lanes_height, DOWN_AXIS_PX, LANE_HEIGHT_PX,
};
use pakkaz_core::timeline::ticks;
use pakkaz_core::timeline::track::layout_down;
use pakkaz_core::timeline::track::{layout_track, Cluster, ItemKind, Row};
use resize::watch_size;
pub use resize::window_length;

#[derive(Properties, Clone)]
pub struct TrackProps {
    /// The widget's words, in its language.
    pub words: Words,
    pub dataset: Rc<Dataset>,
    /// The view the track draws (and works out its input's actions from).
    pub state: State,
    /// Where its actions go.
    pub on_action: Callback<Action>,
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
    /// Saves a picture of the view in a format, where the page can. Left out of the
    /// comparison: a new one comes with each new state, which redraws the track.
    #[prop_or_default]
    pub picture: Option<Callback<PictureFormat>>,
}

impl PartialEq for TrackProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.state == other.state
            && self.on_action == other.on_action
            && Rc::ptr_eq(&self.label_widths, &other.label_widths)
            && Rc::ptr_eq(&self.shown, &other.shown)
            && self.hidden == other.hidden
            && self.fill == other.fill
    }
}

/// The main track: zoom buttons, the axis and the stacked event marks and clusters, and
/// the overview band. It measures its own width, follows resizes, and turns wheel, drag,
/// pinch, keys and buttons into actions (continuous input at most once per frame).
#[function_component(Track)]
pub fn track(props: &TrackProps) -> Html {
    let t = &props.words;
    let plot_ref = use_node_ref();
    let viewport_ref = use_node_ref();
    let input = {
        let (state, on_action) = (props.state.clone(), props.on_action.clone());
        let rtl = t.lang().is_rtl();
        use_memo((), move |_| Rc::new(Input::new(state, on_action, rtl)))
    };
    // The listeners live as long as the track and read the state as last rendered.
    *input.latest.borrow_mut() = props.state.clone();

    // Measured and listened to for as long as the track is mounted (one effect: each
    // hook adds its own code to the wasm).
    {
        let (plot_ref, viewport_ref) = (plot_ref.clone(), viewport_ref.clone());
        let (fill, input): (bool, Rc<Input>) = (props.fill, (*input).clone());
        use_effect_with((), move |_| {
            let plot = plot_ref.cast::<web_sys::HtmlElement>();
            let size = plot.as_ref().and_then(|plot| {
                let viewport = viewport_ref.cast::<web_sys::HtmlElement>();
                watch_size(plot, viewport, fill, input.on_action.clone())
            });
            let listening = plot.map(|plot| Listening::new(&plot, input));
            move || drop((size, listening))
        });
    }

    let state = &props.state;
    let scale = state.scale();
    let down = state.down();
    // Where time runs down, every label has the width beside the axis.
    let room = down.then(|| down_label_room(state.width, !props.dataset.eras.is_empty()));
    let layout = {
        let dataset = props.dataset.clone();
        let widths = props.label_widths.clone();
        let shown = props.shown.clone();
        use_memo(
            (
                state.viewport,
                scale.width,
                room.map(f64::to_bits),
                props.shown.stamp(),
                widths.stamp(),
                state.max_lanes,
                state.lanes.then_some(state.categories),
            ),
            move |(.., bands)| match (room, bands) {
                (Some(room), _) => layout_down(
                    &dataset,
                    &shown,
                    &scale,
                    &down_label_lengths(&with_leads(&widths, &dataset), room),
                ),
                (None, Some(categories)) => layout_bands(
                    &dataset,
                    &shown,
                    *categories,
                    &scale,
                    &widths,
                    state.max_lanes,
                ),
                (None, None) => layout_track(&dataset, &shown, &scale, &widths, state.max_lanes),
            },
        )
    };
    let axis = {
        let t = t.clone();
        use_memo((state.viewport, scale.width, down), move |_| {
            ticks::axis(&scale, &t, down)
        })
    };

    let rtl = t.lang().is_rtl();
    let on_key = {
        let input = Rc::clone(&input);
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let press = Press::of_key(&e.key());
            let Some(action) = press.and_then(|p| input.heading().key_action(p, rtl)) else {
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
            input.animate(Action::OpenCluster {
                start: c.start,
                end: c.end,
            })
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
        let on_action = props.on_action.clone();
        Callback::from(move |i: usize| on_action.emit(Action::Select(Some(i))))
    };
    // The marks' length down the plot, and the grid lines' across it.
    let (marks_height, grid) = if down {
        (scale.width, state.width - DOWN_AXIS_PX)
    } else {
        (lanes_height(layout.lanes), grid_length(layout.lanes))
    };
    let (first_day, last_day) = state.viewport.days();
    let measured = scale.width > 0.0;
    let at_min = state.fully_zoomed_in();
    let at_all = state.viewport == state.bounds;

    html! {
        <div class={classes!("pakkaz-track", down.then_some("pakkaz-track--down"), state.lanes.then_some("pakkaz-track--lanes"), at_all.then_some("pakkaz-track--all"))}
            hidden={props.hidden}>
            <div class="pakkaz-toolbar" role="toolbar" aria-label={t.shared(Key::zoom)}>
                <button type="button" class="pakkaz-control pakkaz-button" aria-label={t.shared(Key::zoom_in)} title={t.shared(Key::zoom_in_hint)}
                    disabled={at_min} onclick={button(Action::Zoom(ZOOM_STEP))}>
                    <span aria-hidden="true">{ "+" }</span>
                </button>
                <button type="button" class="pakkaz-control pakkaz-button" aria-label={t.shared(Key::zoom_out)} title={t.shared(Key::zoom_out_hint)}
                    disabled={at_all} onclick={button(Action::Zoom(1.0 / ZOOM_STEP))}>
                    <span aria-hidden="true">{ "−" }</span>
                </button>
                <button type="button" class="pakkaz-control pakkaz-button pakkaz-button--text" title={t.shared(Key::show_all_hint)}
                    disabled={at_all} onclick={button(Action::ShowAll)}>
                    { t.get(Key::show_all) }
                </button>
                <button type="button" class="pakkaz-control pakkaz-button pakkaz-button--text" aria-pressed={if state.lanes { "true" } else { "false" }}
                    onclick={props.on_action.reform({ let on = !state.lanes; move |_: MouseEvent| Action::SetLanes(on) })}>
                    { t.get(Key::lanes_by_category) }
                </button>
                if let Some(picture) = &props.picture {
                    <button type="button" class="pakkaz-control pakkaz-button pakkaz-button--text" onclick={picture.reform(|_: MouseEvent| PictureFormat::Svg)}>
                        { t.get(Key::download_svg) }
                    </button>
                    <button type="button" class="pakkaz-control pakkaz-button pakkaz-button--text" onclick={picture.reform(|_: MouseEvent| PictureFormat::Png)}>
                        { t.get(Key::download_png) }
                    </button>
                }
                <span class="pakkaz-toolbar__hint">{ t.get(Key::gestures_hint) }</span>
            </div>
            <div class="pakkaz-track__viewport" tabindex="0" role="group" ref={viewport_ref}
                data-from={Date::from_days(first_day).to_string()}
                data-to={Date::from_days(last_day).to_string()}
                aria-label={t.shared(Key::track)}
                onkeydown={on_key}>
                <div class="pakkaz-track__plot" ref={plot_ref}
                    style={(down && !props.fill).then(|| format!("height: {}px", Whole(state.length)))}>
                    if measured {
                        { eras(&props.dataset, scale, true, down) }
                        { axis_view(&axis, grid, down) }
                        <ol class="pakkaz-marks" style={format!("height: {}px", Whole(marks_height))} aria-label={t.shared(Key::events)}
                            onpointerover={on_pointer_over} onpointerleave={on_pointer_leave}
                            onfocusin={on_focus_in} onfocusout={on_focus_out}>
                            { for layout.rows().into_iter().map(|row| match row {
                                Row::Band(band) => html! {
                                    <li key={format!("band-{}", band.category.index())} class={classes!("pakkaz-band", band.category.class())}
                                        style={format!("top: {}px", Whole(band.lane as f64 * LANE_HEIGHT_PX))}>
                                        <span class="pakkaz-symbol" aria-hidden="true"></span>
                                        { text::category(t, props.dataset.categories.get(band.category)) }
                                    </li>
                                },
                                Row::Item(item) => match &item.kind {
                                    ItemKind::Event(index) => {
                                        let id = props.dataset.events[*index].id.clone();
                                        html! { <Mark key={id} words={t.clone()} dataset={props.dataset.clone()} index={*index} item={item.clone()} down={room}
                                            selected={state.selected == Some(*index)}
                                            tip={*hovered == Some(*index) || *focused == Some(*index)}
                                            on_select={on_select.clone()} /> }
                                    }
                                    // Bands may each have a cluster from the same day: the
                                    // key names its (first) category too.
                                    ItemKind::Cluster(c) => html! {
                                        <ClusterMark key={format!("cluster-{}-{}", c.start, c.by_category.iter().position(|&n| n > 0).unwrap_or(0))} words={t.clone()} cluster={c.clone()} {down}
                                            item={item.clone()} on_open={on_open_cluster.clone()}
                                            categories={props.dataset.categories.clone()} />
                                    },
                                },
                            }) }
                        </ol>
                    }
                </div>
            </div>
            if measured {
                <Overview dataset={props.dataset.clone()} viewport={state.viewport} bounds={state.bounds}
                    width={state.width} shown={props.shown.clone()} on_action={props.on_action.clone()} {rtl} />
            }
        </div>
    }
}
