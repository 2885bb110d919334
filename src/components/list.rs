//! The list view: the events the track would show in the current window, in time order,
//! for phones and screen readers, then the eras and the undated notes. Sends
//! `Select` for a row.

use std::rc::Rc;

use yew::prelude::*;

use pakkaz_core::model::stamp::Stamped;
use pakkaz_core::report::ExportFormat;
use pakkaz_core::timeline::listed::listed;

use pakkaz_core::model::{Citation, Dataset, Status};
use pakkaz_core::state::Action;
use pakkaz_core::text::cite::Style;
use pakkaz_core::text::{self, Key, Words};

use super::copy::CopyText;
use pakkaz_core::timeline::Viewport;

/// Most rows the list shows at once; beyond it the reader is asked to zoom or search.
pub const MAX_ROWS: usize = 200;

/// What the list shows.
pub struct ListViewProps {
    /// The widget's words, in its language.
    pub words: Words,
    pub dataset: Rc<Dataset>,
    /// The window whose events are listed.
    pub viewport: Viewport,
    pub selected: Option<usize>,
    pub shown: Rc<Stamped<Vec<bool>>>,
    /// Where a row's `Select` goes.
    pub on_action: Callback<Action>,
    /// The citations of these events, in the reader's style (made when asked for).
    pub cite: Callback<Vec<usize>, String>,
    /// That style: a new one makes a new `cite`.
    pub cite_style: Style,
    /// Downloads these events in a format, where the page can.
    pub export: Option<Callback<(Vec<usize>, ExportFormat)>>,
    /// Each event in full, with its summary and its sources' quotes (printing).
    pub full: bool,
}

/// Each quote verbatim, then its source's title.
fn quotes(t: &Words, dataset: &Dataset, citations: &[Citation]) -> Html {
    html! {
        { for citations.iter().map(|c| html! {
            <>
                <blockquote class="pakkaz-details__quote" dir="auto">{ text::quoted(t, &c.quote) }</blockquote>
                <p class="pakkaz-details__cite">
                    { "— " }<cite dir="auto">{ dataset.sources[c.source].title.clone() }</cite>
                </p>
            </>
        }) }
    }
}

/// The events the track would show in the current window, as a chronological list:
/// easy to read on a phone and with a screen reader. A plain function, not a component:
/// it is drawn only in list view and in print, where nearly every change of the state
/// changes what it lists anyway (a component of its own would cost the wasm more).
pub fn list_view(props: &ListViewProps) -> Html {
    let t = &props.words;
    let dataset = &props.dataset;
    let v = props.viewport;
    let indices = listed(dataset, v, &props.shown);
    let total = indices.len();
    // Every event listed (not only the rows drawn) is cited.
    let listed = indices.clone();
    let rows = indices.into_iter().take(MAX_ROWS).map(|i| {
        let e = &dataset.events[i];
        let onclick = {
            let on_action = props.on_action.clone();
            Callback::from(move |_: MouseEvent| on_action.emit(Action::Select(Some(i))))
        };
        let selected = props.selected == Some(i);
        html! {
            <li key={e.id.clone()} class={classes!("pakkaz-list__item", e.category.class(),
                    selected.then_some("pakkaz-list__item--selected"))}>
                <span class="pakkaz-list__when">{ text::when(t, e) }</span>
                <span class="pakkaz-list__category">
                    <span class="pakkaz-symbol" aria-hidden="true"></span>
                    { text::category(t, dataset.categories.get(e.category)) }
                </span>
                <button type="button" class="pakkaz-list__title" dir="auto" {onclick} data-event-id={e.id.clone()}>
                    { e.title.clone() }
                    if e.status == Status::Planned {
                        <span class="pakkaz-list__planned">{ t.get(Key::planned_suffix) }</span>
                    }
                </button>
                if props.full {
                    <div class="pakkaz-list__full">
                        <p class="pakkaz-list__entry-text" dir="auto">{ e.summary.clone() }</p>
                        { quotes(t, dataset, &e.citations) }
                    </div>
                }
            </li>
        }
    });
    html! {
        <div class="pakkaz-list">
            <div class="pakkaz-list__tools">
                <p class="pakkaz-list__summary">
                    { text::list_summary(t, total, MAX_ROWS) }
                </p>
                if total > 0 {
                    <CopyText words={t.clone()} label={t.shared(Key::copy_citations)} done={t.shared(Key::citations_copied)}
                        text={props.cite.reform({ let listed = listed.clone(); move |_: ()| listed.clone() })} />
                    if let Some(export) = &props.export {
                        <button type="button" class="pakkaz-control pakkaz-button pakkaz-button--text"
                            onclick={export.reform({ let listed = listed.clone(); move |_: MouseEvent| (listed.clone(), ExportFormat::Csv) })}>
                            { t.get(Key::download_csv) }
                        </button>
                        <button type="button" class="pakkaz-control pakkaz-button pakkaz-button--text"
                            onclick={export.reform(move |_: MouseEvent| (listed.clone(), ExportFormat::Json))}>
                            { t.get(Key::download_json) }
                        </button>
                    }
                }
            </div>
            // A table so that printed, its head (the timeline's title, hidden on screen)
            // repeats at the top of every page: browsers repeat only a real table's head.
            <table class="pakkaz-list__paper" role="presentation">
                <thead class="pakkaz-list__head"><tr><th dir="auto">{ dataset.title.clone() }</th></tr></thead>
                <tbody><tr><td>
                        <ol class="pakkaz-list__items" aria-label={t.shared(Key::events_in_view)}>{ for rows }</ol>
                        if !dataset.eras.is_empty() {
                            <h3 class="pakkaz-list__section-heading">{ t.get(Key::eras) }</h3>
                            <ul class="pakkaz-list__entries">
                                { for dataset.eras.iter().map(|era| html! {
                                    <li key={era.id.clone()} class="pakkaz-list__entry">
                                        <p class="pakkaz-list__entry-title" dir="auto">{ era.title.clone() }</p>
                                        <p class="pakkaz-list__entry-text">{ text::span(t, &era.date, Some(&era.end)) }</p>
                                    </li>
                                }) }
                            </ul>
                        }
                        if !dataset.notes.is_empty() {
                            <h3 class="pakkaz-list__section-heading">{ t.get(Key::undated) }</h3>
                            <ul class="pakkaz-list__entries">
                                { for dataset.notes.iter().map(|n| html! {
                                    <li key={n.id.clone()} class="pakkaz-list__entry">
                                        <p class="pakkaz-list__entry-title" dir="auto">{ n.title.clone() }</p>
                                        if !n.summary.is_empty() {
                                            <p class="pakkaz-list__entry-text" dir="auto">{ n.summary.clone() }</p>
                                        }
                                        { quotes(t, dataset, &n.citations) }
                                    </li>
                                }) }
                            </ul>
                        }
                </td></tr></tbody>
            </table>
        </div>
    }
}
