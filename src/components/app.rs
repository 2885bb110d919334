//! The widget around one reducer-held `State`: header, filters and search, the track or
//! the list, the overview band and the details of the selected event. Draws what the
//! state holds; sends `Resize`, `SetWindow`, `SetCategories` and `ResetFilters`, and
//! tells the host element what changed (`pakkaz:select`, `pakkaz:viewchange`).

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use yew::prelude::*;

use pakkaz_core::model::stamp::Stamped;

use super::bridge::Bridge;
use super::details::Details;
use super::filters::Filters;
use super::legend::legend;
use super::list::{list_view, ListViewProps};
use super::measure;
use super::store::Store;
use super::track::Track;
use super::PageAddress;
use pakkaz_core::api::options::Theme;
use pakkaz_core::report::{Download, ExportFormat, PictureFormat, ToHost};
use pakkaz_core::state::{Action, State};
use pakkaz_core::text::{self, Key, Words};
use pakkaz_core::timeline::track::estimate_label_widths;

#[derive(Properties, Clone)]
pub struct AppProps {
    /// The state the widget starts in (`pakkaz_core::start::first_state`): the data, the
    /// range, and the view the host and the page's hash asked for.
    pub first: State,
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
    /// Each event's label width, measured in the reader's font before the first render,
    /// so the first frame lays labels out as they are (else estimated, then measured).
    #[prop_or_default]
    pub label_widths: Option<Rc<Stamped<Vec<f64>>>>,
    /// What the widget tells the host page, and asks of it (downloads, pictures): the
    /// embedding's. Without it the widget tells nothing, and offers no download and no
    /// picture.
    #[prop_or_default]
    pub on_host: Option<Callback<ToHost>>,
    /// The address of the page the widget is on (the embedding's); empty if not given.
    #[prop_or_default]
    pub page: PageAddress,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        self.first == other.first
            && self.fill == other.fill
            && self.theme == other.theme
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
    let dataset = props.first.dataset.clone();
    let state = {
        let first = props.first.clone();
        use_reducer(move || Store(first))
    };
    let swipe = use_mut_ref(|| None);
    // The one way the views change the state: a callback that stays the same for the
    // widget's life, so it never makes a view redraw.
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    // Label widths start as estimates and are replaced by measurements in the real font
    // once the widget is in the page.
    let root_ref = use_node_ref();
    // Tell the host what changed.
    super::report::use_reports(&state, &t, props.on_host.clone());
    let label_widths = {
        let (dataset, given) = (dataset.clone(), props.label_widths.clone());
        use_state(move || {
            given.unwrap_or_else(|| Rc::new(Stamped::new(estimate_label_widths(&dataset))))
        })
    };
    // Once the widget has rendered (and again with another bridge or other data, which
    // both come with a new mount): the host's handle reaches this state (actions it sent
    // before wait in the bridge), the page's printing is followed, and the labels are
    // measured. One effect for these: each effect is another copy of Yew's effect code
    // in the wasm.
    {
        let root_ref = root_ref.clone();
        let label_widths = label_widths.clone();
        let dataset = dataset.clone();
        let measured = props.label_widths.is_some();
        let dispatcher = state.dispatcher();
        // Keyed by the dataset's stamp: comparing the datasets themselves on every render
        // would take a real share of every frame at 10,000 events, and an address is
        // reused once freed.
        use_effect_with(
            (BridgeKey(props.bridge.clone()), dataset.stamp()),
            move |(key, _)| {
                if let Some(bridge) = &key.0 {
                    bridge.connect(dispatcher.clone());
                }
                let printing = super::print::follow_printing(dispatcher);
                if let (false, Some(root)) = (measured, root_ref.cast::<web_sys::Element>()) {
                    let titles = dataset.events.iter().map(|e| e.title.as_str());
                    if let Some(measured) = measure::label_widths(&root, titles) {
                        label_widths.set(Rc::new(Stamped::new(measured)));
                    }
                }
                move || drop(printing)
            },
        );
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

    let first_year = pakkaz_core::model::Date::from_days(state.bounds.start as i64).year_number();
    let last_year = pakkaz_core::model::Date::from_days(state.bounds.end as i64 - 1).year_number();
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
    let metrics = use_memo((), |_| pakkaz_core::timeline::metrics::custom_properties());

    let reset = on_action.reform(|_: MouseEvent| Action::ResetFilters);
    let empty = shown_count == 0;
    let empty_message =
        text::nothing_shown(&t, &dataset.categories, state.categories, &state.query);
    // The events listed, downloaded by their ids.
    let export = props.on_host.clone().map(|on_host| {
        let dataset = dataset.clone();
        on_host.reform(move |(indices, format): (Vec<usize>, ExportFormat)| {
            let ids = (indices.iter())
                .filter_map(|&i| dataset.events.get(i))
                .map(|e| e.id.clone());
            ToHost::Download(Download {
                ids: ids.collect(),
                format,
            })
        })
    });
    // Citations, made only when asked for: each ends with the address of its event's own
    // view on this page.
    let cite = {
        let (state, t, page) = (state.0.clone(), t.clone(), props.page);
        Callback::from(move |indices: Vec<usize>| {
            let page = page.now();
            pakkaz_core::report::cite::of_view(&state, &t, &page, &indices)
        })
    };
    // A picture of the view: its words made when asked for, from the state shown.
    let picture = props.on_host.clone().map(|on_host| {
        let (state, t, page) = (state.0.clone(), t.clone(), props.page);
        on_host.reform(move |format: PictureFormat| {
            let page = page.now();
            let words = pakkaz_core::report::picture::lines(&state, &t, &page);
            ToHost::Picture { format, words }
        })
    });
    // The details of the selected event, under the track; in a story, its slide (or the
    // title slide) above the track, said to screen readers as it changes.
    let slide = state.story.then(|| state.slide(&shown));
    let details = (slide.is_some() || state.selected.is_some()).then(|| {
        html! {
            <Details words={t.clone()} dataset={dataset.clone()} index={state.selected} shown={shown.clone()}
                id_prefix={(*id_prefix).clone()} on_action={on_action.clone()} cite={cite.clone()}
                cite_style={state.cite_style} {slide} />
        }
    });
    let (details, story) = match slide {
        None => (details, None),
        Some(slide) => (None, Some((slide, details))),
    };
    let story = story.map(|((n, total), details)| {
        let title = match state.selected.and_then(|i| dataset.events.get(i)) {
            Some(e) => e.title.as_str(),
            None => dataset.title.as_str(),
        };
        let said = text::fill(
            t.get(Key::slide_of),
            &[
                ("n", &n.to_string()),
                ("total", &total.to_string()),
                ("title", title),
            ],
        );
        let rtl = t.lang().is_rtl();
        let (onkeydown, onpointerdown, onpointerup) =
            super::story::listeners(&state, rtl, &swipe, &on_action);
        html! {
            <div class="pakkaz-story" {onkeydown} {onpointerdown} {onpointerup}>
                { details.unwrap_or_default() }
                <p class="pakkaz-visually-hidden" aria-live="polite">{ said }</p>
            </div>
        }
    });
    // The owner's category colours, on the root beside the layout's sizes.
    let style = format!("{}{}", *metrics, dataset.categories.custom_properties());

    html! {
        <section class={classes!("pakkaz", props.fill.then_some("pakkaz--fill"),
                state.list_view.then_some("pakkaz--list"), state.story.then_some("pakkaz--story"), match props.theme {
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
                selected={state.selected} counts={counts} shown={shown_count} page={props.page} />
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
            { story.unwrap_or_default() }
            // The track stays mounted in list view (hidden) so its size and listeners live on.
            <Track words={t.clone()} dataset={dataset.clone()} state={state.0.clone()} on_action={on_action.clone()} shown={shown.clone()}
                label_widths={(*label_widths).clone()} hidden={state.list_view && !state.printing} fill={props.fill} {picture} />
            // Printed, the list (with summaries and sources) goes under the track.
            if state.list_view || state.printing {
                { list_view(&ListViewProps { words: t.clone(), dataset: dataset.clone(), viewport: state.listed_window(),
                    selected: state.selected, shown: shown.clone(), on_action: on_action.clone(), cite: cite.clone(),
                    cite_style: state.cite_style, export, full: state.printing }) }
            }
            { details.unwrap_or_default() }
        </section>
    }
}
