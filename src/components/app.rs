use std::rc::Rc;

use yew::prelude::*;

use super::legend::Legend;
use super::measure;
use super::track::Track;
use crate::model::{CategorySet, Dataset};
use crate::state::{Action, State};
use crate::timeline::track::estimate_label_widths;
use crate::timeline::Viewport;

#[derive(Properties, Clone)]
pub struct AppProps {
    pub dataset: Rc<Dataset>,
    /// The range the reader may explore (widened to the data if it reaches further).
    pub range: Viewport,
    /// Categories shown at first.
    pub categories: CategorySet,
    /// Window shown at first (clamped to the range); the whole range if `None`.
    pub window: Option<Viewport>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.range == other.range
            && self.categories == other.categories
            && self.window == other.window
    }
}

/// The whole widget: header, legend and track, around one reducer-held [`State`].
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let dataset = props.dataset.clone();
    let state = {
        let dataset = dataset.clone();
        let (range, categories, window) = (props.range, props.categories, props.window);
        use_reducer(move || {
            let mut state = State::new(State::bounds_for(&dataset, range));
            state = state.apply(Action::SetCategories(categories));
            if let Some(w) = window {
                // An open end (only `from` or only `to`) reaches to the bound.
                let b = state.bounds;
                let window = Viewport::new(w.start.max(b.start), w.end.min(b.end));
                state = state.apply(Action::SetWindow(window));
            }
            state
        })
    };

    // Label widths start as estimates and are replaced by measurements in the real font
    // once the widget is in the page.
    let root_ref = use_node_ref();
    let label_widths = {
        let dataset = dataset.clone();
        use_state(move || Rc::new(estimate_label_widths(&dataset)))
    };
    {
        let root_ref = root_ref.clone();
        let label_widths = label_widths.clone();
        let dataset = dataset.clone();
        use_effect_with(dataset.clone(), move |_| {
            if let Some(root) = root_ref.cast::<web_sys::Element>() {
                let titles = dataset.events.iter().map(|e| e.title.as_str());
                if let Some(measured) = measure::label_widths(&root, titles) {
                    label_widths.set(Rc::new(measured));
                }
            }
        });
    }

    let first_year = crate::model::Date::from_days(state.bounds.start as i64).year_number();
    let last_year = crate::model::Date::from_days(state.bounds.end as i64 - 1).year_number();
    let n = dataset.events.len();
    let sources = dataset.sources.len();
    let description = format!(
        "{n} event{} from {sources} source{}, {first_year}–{last_year}. Each rests on a quoted sentence of its source.",
        if n == 1 { "" } else { "s" },
        if sources == 1 { "" } else { "s" },
    );
    let heading_id = "pakkaz-title";

    html! {
        <section class="pakkaz" aria-labelledby={heading_id} ref={root_ref}>
            <header class="pakkaz-header">
                <h2 class="pakkaz-title" id={heading_id}>{ dataset.title.clone() }</h2>
                <p class="pakkaz-description">{ description }</p>
            </header>
            <Legend dataset={dataset.clone()} />
            <Track dataset={dataset} state={state.clone()} label_widths={(*label_widths).clone()} />
        </section>
    }
}
