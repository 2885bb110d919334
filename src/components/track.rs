use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

use super::axis::AxisView;
use super::mark::Mark;
use crate::model::Dataset;
use crate::state::{Action, State};
use crate::timeline::track::{layout_track, LANE_HEIGHT_PX};
use crate::timeline::{ticks, Scale};

type ResizeCallback = Closure<dyn FnMut(js_sys::Array)>;

#[derive(Properties, Clone)]
pub struct TrackProps {
    pub dataset: Rc<Dataset>,
    pub state: UseReducerHandle<State>,
    /// Natural width of each event's label, indexed like `dataset.events`.
    pub label_widths: Rc<Vec<f64>>,
}

impl PartialEq for TrackProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.state == other.state
            && Rc::ptr_eq(&self.label_widths, &other.label_widths)
    }
}

/// The main track: the axis and the stacked event marks. It measures its own width (and
/// follows resizes) and draws the layout computed by `timeline::track`.
#[function_component(Track)]
pub fn track(props: &TrackProps) -> Html {
    let plot_ref = use_node_ref();
    {
        let plot_ref = plot_ref.clone();
        let state = props.state.clone();
        use_effect_with((), move |_| {
            let mut cleanup: Option<(ResizeObserver, ResizeCallback)> = None;
            if let Some(element) = plot_ref.cast::<web_sys::Element>() {
                state.dispatch(Action::Resize(element.client_width() as f64));
                let dispatch = state.dispatcher();
                let on_resize =
                    Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        if let Some(entry) = entries.get(0).dyn_ref::<ResizeObserverEntry>() {
                            dispatch.dispatch(Action::Resize(entry.content_rect().width()));
                        }
                    });
                if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
                    observer.observe(&element);
                    cleanup = Some((observer, on_resize));
                }
            }
            move || {
                if let Some((observer, _closure)) = cleanup {
                    observer.disconnect();
                }
            }
        });
    }

    let state = &*props.state;
    let scale = Scale::new(state.viewport, state.width);
    let layout = {
        let dataset = props.dataset.clone();
        let widths = props.label_widths.clone();
        use_memo(
            (
                state.viewport,
                state.width,
                state.categories,
                Rc::as_ptr(&widths) as usize,
            ),
            move |_| layout_track(&dataset, state.categories, &scale, &widths),
        )
    };
    let axis = use_memo((state.viewport, state.width), move |_| ticks::axis(&scale));

    let lanes_height = (layout.lanes.max(1) as f64) * LANE_HEIGHT_PX;
    let measured = state.width > 0.0;

    html! {
        <div class="pakkaz-track">
            <div class="pakkaz-track__plot" ref={plot_ref}>
                if measured {
                    <AxisView axis={axis.clone()} height={lanes_height} />
                    <ol class="pakkaz-marks" style={format!("height: {lanes_height}px")} aria-label="Events">
                        { for layout.marks.iter().map(|m| {
                            let event = &props.dataset.events[m.index];
                            html! { <Mark key={event.id.clone()} geometry={m.clone()} event={event.clone()} /> }
                        }) }
                    </ol>
                }
            </div>
        </div>
    }
}
