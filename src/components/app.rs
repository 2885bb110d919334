//! The widget around one reducer-held `State`: header, filters and search, the track or
//! the list, the overview band and the details of the selected event. Draws what the
//! state holds; sends `Resize`, `SetWindow`, `SetCategories` and `ResetFilters`, and
//! tells the host element what changed (`pakkaz:select`, `pakkaz:viewchange`).

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use yew::prelude::*;

use crate::model::stamp::Stamped;

use super::bridge::{fire, select_detail, view_detail, Bridge};
use super::details::Details;
use super::filters::Filters;
use super::hash::use_hash_sync;
use super::legend::legend;
use super::list::{list_view, ListViewProps};
use super::measure;
use super::track::Track;
use crate::model::{CategorySet, Dataset};
use crate::state::{Action, State};
use crate::text::{self, Key, Words};
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
    /// Keep the page's URL hash in step with the view (the standalone page does).
    #[prop_or_default]
    pub sync_hash: bool,
    /// Fill a container of fixed height (lanes fit it; details float over the track).
    #[prop_or_default]
    pub fill: bool,
    /// The widget's words, in its language; provided to every component below.
    #[prop_or_else(Words::english)]
    pub words: Words,
    #[prop_or_default]
    pub theme: Theme,
    /// The host's way in: actions from the embedding API.
    #[prop_or_default]
    pub bridge: Option<Rc<Bridge>>,
    /// The track's width as worked out before the first render (0 if unknown), so the
    /// first frame already shows the events instead of waiting for the track to measure
    /// itself. The track still measures itself and corrects it.
    #[prop_or_default]
    pub width: f64,
    /// Each event's label width, measured in the reader's font before the first render,
    /// so the first frame lays labels out as they are (else estimated, then measured).
    #[prop_or_default]
    pub label_widths: Option<Rc<Stamped<Vec<f64>>>>,
    /// Downloads the events with these ids, as CSV (true) or JSON: the embedding's, which
    /// knows what the data was read from. Without it the list offers no download.
    #[prop_or_default]
    pub download: Option<Callback<(Vec<String>, bool)>>,
    /// Saves the view drawn in the widget at this root as PNG (true) or SVG, with its
    /// words (`text::picture::lines`): the embedding's. Without it, no picture buttons.
    #[prop_or_default]
    pub picture: Option<Callback<(web_sys::Element, bool, [String; 4])>>,
}

/// Colours: the reader's system setting, or always light or dark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.range == other.range
            && self.categories == other.categories
            && self.window == other.window
            && self.sync_hash == other.sync_hash
            && self.fill == other.fill
            && self.theme == other.theme
            && self.width == other.width
            && match (&self.label_widths, &other.label_widths) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
            && match (&self.bridge, &other.bridge) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

/// A bridge as an effect's key: the same bridge, not an equal one. Holding the `Rc`
/// keeps its address from being reused while it is compared.
struct BridgeKey(Option<Rc<Bridge>>);

impl PartialEq for BridgeKey {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }
}

/// The whole widget around one reducer-held [`State`]: header, filters and search, the
/// track (or the list), and the details of the selected event.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let t = props.words.clone();
    let dataset = props.dataset.clone();
    let state = {
        let dataset = dataset.clone();
        let (range, categories, window) = (props.range, props.categories, props.window);
        let (width, sync_hash, bridge) = (props.width, props.sync_hash, props.bridge.clone());
        let fill = props.fill;
        use_reducer(move || {
            let mut state = State::new(dataset.clone(), State::bounds_for(&dataset, range));
            if width > 0.0 {
                state = state.apply(Action::Resize(width));
            }
            // Where time runs down, a track of free height is as long as the window allows,
            // known now; a fixed-height container's is measured after the first render.
            if !fill {
                state = state.apply(Action::SetLength(super::track::window_length()));
            }
            state = state.apply(Action::SetCategories(categories));
            if let Some(window) = window {
                state = state.apply(Action::SetWindow(window));
            }
            // The view a shared link names and the host's first requests (a selection, the
            // list view) are part of the starting state, not actions a render later: as
            // the first frame shows events, it would otherwise flash the default view.
            let mut first = if sync_hash {
                super::hash::initial_actions(&state)
            } else {
                Vec::new()
            };
            first.extend(bridge.map(|b| b.take_queued()).unwrap_or_default());
            for action in first {
                state = state.apply(action);
            }
            state
        })
    };
    use_hash_sync(props.sync_hash, state.clone(), t.lang());
    super::print::use_printing(&state);
    // The one way the views change the state: a callback that stays the same for the
    // widget's life, so it never makes a view redraw.
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    // The host's handle reaches this state once the widget has rendered (and again if
    // the host element brings another bridge), not from inside a render.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(BridgeKey(props.bridge.clone()), move |key| {
            if let Some(bridge) = &key.0 {
                bridge.connect(dispatcher);
            }
        });
    }

    // Label widths start as estimates and are replaced by measurements in the real font
    // once the widget is in the page.
    let root_ref = use_node_ref();
    // Tell the host what changed, as DOM events that bubble out of the widget.
    {
        let root_ref = root_ref.clone();
        let state = state.clone();
        let t = t.clone();
        // Only a change is reported: not the selection a widget starts with (none, or the
        // host's own `selected`).
        let reported = use_mut_ref(|| state.selected);
        use_effect_with(state.selected, move |selected| {
            let changed = reported.replace(*selected) != *selected;
            if let (true, Some(root)) = (changed, root_ref.cast::<web_sys::Element>()) {
                fire(
                    &root,
                    crate::api::events::SELECT.name,
                    &select_detail(&t, &state),
                );
            }
        });
    }
    {
        let root_ref = root_ref.clone();
        let state = state.clone();
        // What the event reports: whole days, so a move within a day (a slow drag when
        // zoomed in to months) fires nothing.
        let key = (state.viewport.days(), state.categories, state.query.clone());
        use_effect_with(key, move |_| {
            if let Some(root) = root_ref.cast::<web_sys::Element>() {
                fire(
                    &root,
                    crate::api::events::VIEW_CHANGE.name,
                    &view_detail(&state),
                );
            }
        });
    }
    let label_widths = {
        let (dataset, given) = (dataset.clone(), props.label_widths.clone());
        use_state(move || {
            given.unwrap_or_else(|| Rc::new(Stamped::new(estimate_label_widths(&dataset))))
        })
    };
    {
        let root_ref = root_ref.clone();
        let label_widths = label_widths.clone();
        let dataset = dataset.clone();
        let measured = props.label_widths.is_some();
        // Keyed by the dataset's stamp: comparing the datasets themselves on every render
        // would take a real share of every frame at 10,000 events, and an address is
        // reused once freed.
        use_effect_with(dataset.stamp(), move |_| {
            if measured {
                return;
            }
            if let Some(root) = root_ref.cast::<web_sys::Element>() {
                let titles = dataset.events.iter().map(|e| e.title.as_str());
                if let Some(measured) = measure::label_widths(&root, titles) {
                    label_widths.set(Rc::new(Stamped::new(measured)));
                }
            }
        });
    }

    // What the filters and the search leave: one flag per event, and counts per category.
    let (shown, counts) = {
        let state = state.clone();
        let filter = state.filter();
        (*use_memo(filter, move |filter| {
            (
                Rc::new(Stamped::new(filter.mask(&state.dataset, &state.search))),
                filter.counts(&state.dataset, &state.search),
            )
        }))
        .clone()
    };
    let shown_count = shown.iter().filter(|&&s| s).count();

    let first_year = crate::model::Date::from_days(state.bounds.start as i64).year_number();
    let last_year = crate::model::Date::from_days(state.bounds.end as i64 - 1).year_number();
    let description = text::description(
        &t,
        dataset.events.len(),
        dataset.sources.len(),
        first_year,
        last_year,
    );
    // Ids unique to this widget, so two on one page never share one.
    let id_prefix = use_memo((), |_| {
        static NEXT: AtomicUsize = AtomicUsize::new(1);
        format!("pakkaz-{}", NEXT.fetch_add(1, Ordering::Relaxed))
    });
    let heading_id = format!("{id_prefix}-title");
    // The pixel sizes the stylesheet shares with the layout maths.
    let metrics = use_memo((), |_| crate::timeline::metrics::custom_properties());

    let reset = on_action.reform(|_: MouseEvent| Action::ResetFilters);
    let empty = shown_count == 0;
    let empty_message =
        text::nothing_shown(&t, &dataset.categories, state.categories, &state.query);
    // The events listed, downloaded by their ids.
    let export = props.download.clone().map(|download| {
        let dataset = dataset.clone();
        download.reform(move |(indices, csv): (Vec<usize>, bool)| {
            let ids = (indices.iter())
                .filter_map(|&i| dataset.events.get(i))
                .map(|e| e.id.clone());
            (ids.collect(), csv)
        })
    });
    // Citations, made only when asked for: each ends with the address of its event's own
    // view on this page.
    let cite = {
        let (state, t) = ((*state).clone(), t.clone());
        Callback::from(move |indices: Vec<usize>| {
            let page = super::page_address();
            text::cite::of_view(&state, &t, &page, &indices)
        })
    };
    // A picture of the view: its words made when asked for, from the state shown.
    let picture = props.picture.clone().map(|picture| {
        let (state, t, root_ref) = ((*state).clone(), t.clone(), root_ref.clone());
        Callback::from(move |png: bool| {
            let page = super::page_address();
            if let Some(root) = root_ref.cast::<web_sys::Element>() {
                picture.emit((root, png, text::picture::lines(&state, &t, &page)));
            }
        })
    });
    // The owner's category colours, on the root beside the layout's sizes.
    let style = format!("{}{}", *metrics, dataset.categories.custom_properties());

    html! {
        <section class={classes!("pakkaz", props.fill.then_some("pakkaz--fill"),
                state.list_view.then_some("pakkaz--list"), match props.theme {
                Theme::Auto => None,
                Theme::Light => Some("pakkaz--theme-light"),
                Theme::Dark => Some("pakkaz--theme-dark"),
            })} {style} lang={t.lang().tag()} dir={t.lang().dir()} aria-labelledby={heading_id.clone()} ref={root_ref}>
            <header class="pakkaz-header">
                <h2 class="pakkaz-title" id={heading_id} dir="auto">{ dataset.title.clone() }</h2>
                <p class="pakkaz-description">{ description }</p>
            </header>
            <Filters words={t.clone()} on_action={on_action.clone()} all={dataset.categories.clone()} categories={state.categories}
                query={AttrValue::from(state.query.clone())} list_view={state.list_view}
                selected={state.selected} counts={counts} shown={shown_count} />
            { legend(&t) }
            if empty {
                <div class="pakkaz-empty" role="status">
                    <p>{ empty_message }</p>
                    <button type="button" class="pakkaz-control pakkaz-button pakkaz-button--text" onclick={reset}>
                        { t.get(Key::show_all_events) }
                    </button>
                </div>
            } else {
                <p class="pakkaz-visually-hidden" role="status">
                    { text::shown(&t, shown_count) }
                </p>
            }
            // The track stays mounted in list view (hidden) so its size and listeners live on.
            <Track words={t.clone()} dataset={dataset.clone()} state={(*state).clone()} on_action={on_action.clone()} shown={shown.clone()}
                label_widths={(*label_widths).clone()} hidden={state.list_view && !state.printing} fill={props.fill} {picture} />
            // Printed, the list (with summaries and sources) goes under the track.
            if state.list_view || state.printing {
                { list_view(&ListViewProps { words: t.clone(), dataset: dataset.clone(), viewport: state.viewport,
                    selected: state.selected, shown: shown.clone(), on_action: on_action.clone(), cite: cite.clone(),
                    cite_style: state.cite_style, export, full: state.printing }) }
            }
            if let Some(index) = state.selected {
                <Details words={t.clone()} dataset={dataset.clone()} index={index} shown={shown} id_prefix={(*id_prefix).clone()}
                    on_action={on_action} {cite} cite_style={state.cite_style} />
            }
        </section>
    }
}
