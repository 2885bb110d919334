//! The details panel of the selected event: its date as precisely as known, category,
//! status, summary, trade figure and each source with its quoted sentence. Sends
//! `Select(None)` (close), `SelectPrevious` and `SelectNext`. In a story the same panel
//! is the slide, and with no event its title slide (`super::story`).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use pakkaz_core::model::stamp::Stamped;

use pakkaz_core::model::search::step;
use pakkaz_core::model::Dataset;
use pakkaz_core::model::Status;
use pakkaz_core::state::keys::Press;
use pakkaz_core::state::{Action, State};
use pakkaz_core::text::cite::Style;
use pakkaz_core::text::{self, Key, Words};

use super::copy::CopyText;
use super::media::{draw, figure};

#[derive(Properties, Clone)]
pub struct DetailsProps {
    /// The widget's words, in its language.
    pub words: Words,
    pub dataset: Rc<Dataset>,
    /// The selected event's dataset index; in a story, none on the title slide.
    pub index: Option<usize>,
    /// A story's slide (no close button; its keys are the story's): which one, of how
    /// many. `None` outside a story.
    #[prop_or_default]
    pub slide: Option<(usize, usize)>,
    pub shown: Rc<Stamped<Vec<bool>>>,
    /// Prefix of this widget's element ids.
    pub id_prefix: AttrValue,
    /// Where closing and stepping go.
    pub on_action: Callback<Action>,
    /// The citations of these events, in the reader's style (made when asked for).
    pub cite: Callback<Vec<usize>, String>,
    /// That style, picked here.
    pub cite_style: Style,
}

impl PartialEq for DetailsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.index == other.index
            && self.shown.stamp() == other.shown.stamp()
            && self.id_prefix == other.id_prefix
            && self.on_action == other.on_action
            && self.cite_style == other.cite_style
            && self.slide == other.slide
    }
}

/// Moves keyboard focus back to an event's mark (or list row), or to the track when the
/// event is not drawn on its own.
fn focus_event(root: Option<web_sys::Element>, id: &str) {
    let Some(root) = root else { return };
    let target = root
        .query_selector(&format!(
            "[data-event-id=\"{id}\"] button, button[data-event-id=\"{id}\"]"
        ))
        .ok()
        .flatten()
        .or_else(|| {
            root.query_selector(".pakkaz-track__viewport")
                .ok()
                .flatten()
        });
    if let Some(el) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// The selected event in full: when (as precisely as known), category, status, summary,
/// the trade figure if any, and each source with the verbatim sentence it rests on.
/// Previous/next (buttons, ←/→) step through the shown events; Escape closes and returns
/// focus to the event.
#[function_component(Details)]
pub fn details(props: &DetailsProps) -> Html {
    let t = &props.words;
    let on_action = &props.on_action;
    // Hooks first, on every render: Yew keys hooks by call order.
    let panel_ref = use_node_ref();
    // Focus the panel when it opens on a new event, so keys and readers land in it. A
    // story's slide takes the focus only when it is not in it already (a mark pressed, a
    // button gone or disabled), and never as the page opens.
    // Its media (not a picture) is drawn into its slot in the same effect.
    let opened = use_mut_ref(|| false);
    let media_slot = use_node_ref();
    let dataset = props.dataset.clone();
    let event = props.index.and_then(|i| dataset.events.get(i));
    {
        let (panel_ref, story) = (panel_ref.clone(), props.slide.is_some());
        let (slot, dataset, t) = (media_slot.clone(), dataset.clone(), t.clone());
        use_effect_with((props.index, dataset.stamp()), move |&(index, _)| {
            let first = !std::mem::replace(&mut *opened.borrow_mut(), true);
            if let Some(panel) = panel_ref.cast::<HtmlElement>() {
                // Focus on a button the change disabled (Next on the last slide) is
                // as good as lost.
                let inside = panel.matches(":focus").unwrap_or(false)
                    || panel
                        .query_selector(":focus:enabled")
                        .ok()
                        .flatten()
                        .is_some();
                if !(story && (first || inside)) {
                    let _ = panel.focus();
                }
            }
            let media = match index.and_then(|i| dataset.events.get(i)) {
                Some(e) => e.media.as_deref(),
                None => dataset.media.as_deref(),
            };
            draw(&slot, media, &t);
        });
    }
    let title_id = format!("{}-details-title", props.id_prefix);
    let Some((e, index)) = event.zip(props.index) else {
        return match props.slide {
            Some(slide) => super::story::title_slide(
                t,
                &dataset,
                &panel_ref,
                &media_slot,
                &title_id,
                slide,
                on_action,
            ),
            None => html! {},
        };
    };
    let story = props.slide.is_some();
    // In a story, the slide before the first event is the title slide.
    let has_prev = story || step(&props.shown, index, false).is_some();
    let has_next = step(&props.shown, index, true).is_some();

    let close = {
        let on_action = on_action.clone();
        let panel_ref = panel_ref.clone();
        let id = e.id.clone();
        Callback::from(move |_: ()| {
            let root = panel_ref
                .cast::<web_sys::Element>()
                .and_then(|p| p.closest(".pakkaz").ok().flatten());
            on_action.emit(Action::Select(None));
            // After the render that removes the panel, the mark is there to take focus.
            let id = id.clone();
            gloo::timers::callback::Timeout::new(0, move || focus_event(root, &id)).forget();
        })
    };
    let rtl = t.lang().is_rtl();
    let onkeydown = {
        let on_action = on_action.clone();
        let close = close.clone();
        Callback::from(move |k: KeyboardEvent| {
            let key = k.key();
            // A story's keys are the story's (`super::story::listeners`).
            if story {
                return;
            }
            if key == "Escape" {
                k.prevent_default();
                k.stop_propagation();
                close.emit(());
                return;
            }
            let press = Press::of_key(&key);
            let Some(action) = press.and_then(|p| State::details_key_action(p, rtl)) else {
                return;
            };
            k.prevent_default();
            k.stop_propagation();
            on_action.emit(action);
        })
    };
    let pick_style = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let picked = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .and_then(|s| Style::ALL.get(s.selected_index().max(0) as usize).copied());
            if let Some(style) = picked {
                on_action.emit(Action::SetCiteStyle(style));
            }
        })
    };
    let planned = e.status == Status::Planned;

    html! {
        <section class={classes!("pakkaz-details", e.category.class())}
            role={(!story).then_some("dialog")} aria-modal={(!story).then_some("false")} aria-labelledby={title_id.clone()}
            tabindex="-1" ref={panel_ref} {onkeydown}>
            <div class="pakkaz-details__bar">
                <span class="pakkaz-details__category">
                    <span class="pakkaz-symbol" aria-hidden="true"></span>
                    { text::category(t, dataset.categories.get(e.category)) }
                </span>
                <span class={classes!("pakkaz-details__status", planned.then_some("pakkaz-details__status--planned"))}>
                    { text::status(t, planned) }
                </span>
                if !story {
                    <button type="button" class="pakkaz-control pakkaz-button pakkaz-details__close" aria-label={t.shared(Key::close_details)}
                        onclick={close.reform(|_: MouseEvent| ())}>
                        <span aria-hidden="true">{ "×" }</span>
                    </button>
                }
            </div>
            <h3 class="pakkaz-details__title" id={title_id} dir="auto">{ e.title.clone() }</h3>
            <p class="pakkaz-details__when">{ text::when(t, e) }</p>
            if !e.summary.is_empty() {
                <p class="pakkaz-details__summary" dir="auto">{ e.summary.clone() }</p>
            }
            if let Some(amount) = e.amount_usd {
                <p class="pakkaz-details__amount">{ text::trade_figure(t, amount) }</p>
            }
            // Loaded only now, when the details open: a picture never delays the
            // timeline's first paint, and a service is contacted only when pressed.
            if let Some(m) = &e.media {
                { figure(m, &media_slot) }
            }
            <h4 class="pakkaz-details__sources-heading">
                { text::sources_heading(t, e.citations.len()) }
            </h4>
            <ul class="pakkaz-details__sources">
                { for e.citations.iter().map(|c| {
                    let source = &dataset.sources[c.source];
                    html! {
                        <li class="pakkaz-details__source">
                            <blockquote class="pakkaz-details__quote" dir="auto">{ text::quoted(t, &c.quote) }</blockquote>
                            <p class="pakkaz-details__cite">
                                { "— " }
                                if let Some(url) = &source.url {
                                    <a href={url.clone()} rel="noopener noreferrer" target="_blank" dir="auto">{ source.title.clone() }</a>
                                } else {
                                    <cite dir="auto">{ source.title.clone() }</cite>
                                }
                            </p>
                        </li>
                    }
                }) }
            </ul>
            <div class="pakkaz-details__cite-tools">
                <label class="pakkaz-details__style">
                    <span class="pakkaz-visually-hidden">{ t.get(Key::citation_style) }</span>
                    <select class="pakkaz-control" onchange={pick_style}>
                        { for Style::ALL.iter().map(|&s| html! {
                            <option value={s.name()} selected={s == props.cite_style}>{ s.name() }</option>
                        }) }
                    </select>
                </label>
                <CopyText words={t.clone()} label={t.shared(Key::cite)} done={t.shared(Key::citation_copied)}
                    text={props.cite.reform(move |_: ()| vec![index])} />
            </div>
            { nav(t, has_prev, has_next, props.slide, on_action) }
        </section>
    }
}

/// Previous and next (and in a story, which slide of how many), for an event's details
/// and the title slide alike.
pub fn nav(
    t: &Words,
    has_prev: bool,
    has_next: bool,
    slide: Option<(usize, usize)>,
    on_action: &Callback<Action>,
) -> Html {
    html! {
        <div class="pakkaz-details__nav">
            <button type="button" class="pakkaz-control pakkaz-button pakkaz-button--text" disabled={!has_prev}
                onclick={on_action.reform(|_: MouseEvent| Action::SelectPrevious)}>{ t.get(Key::previous) }</button>
            if let Some((n, total)) = slide {
                <span class="pakkaz-details__count" aria-hidden="true">{ format!("{n} / {total}") }</span>
            }
            <button type="button" class="pakkaz-control pakkaz-button pakkaz-button--text" disabled={!has_next}
                onclick={on_action.reform(|_: MouseEvent| Action::SelectNext)}>{ t.get(Key::next) }</button>
        </div>
    }
}
