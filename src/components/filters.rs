//! The filter bar: category toggles with counts, "All", the search box, the list/track
//! switch and "Copy link". Sends `ToggleCategory`, `SetCategories`, `SetQuery` and
//! `SetListView`.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use pakkaz_core::model::category::MAX_CATEGORIES;
use pakkaz_core::model::{Categories, CategorySet};
use pakkaz_core::state::Action;
use pakkaz_core::text::{self, Key, Words};

use super::copy::CopyText;

/// Only what the filters show: not the whole state, so a zoom or pan (many renders a
/// second) does not redraw them.
#[derive(Properties, PartialEq, Clone)]
pub struct FiltersProps {
    /// The widget's words, in its language.
    pub words: Words,
    /// Where the filters' actions go.
    pub on_action: Callback<Action>,
    /// The dataset's categories, one toggle each.
    pub all: Categories,
    pub categories: CategorySet,
    pub query: AttrValue,
    pub list_view: bool,
    pub selected: Option<usize>,
    /// Events per category that match the search, in the order of `all`.
    pub counts: [usize; MAX_CATEGORIES],
    /// Events shown now.
    pub shown: usize,
    /// The address of the page as it is now (the embedding's): what Copy link copies.
    pub page: super::PageAddress,
}

/// The category toggles (checkboxes in the category's colour and shape, with counts),
/// "All", the search box, the list/track switch and "Copy link".
#[function_component(Filters)]
pub fn filters(props: &FiltersProps) -> Html {
    let t = &props.words;
    let on_action = &props.on_action;

    let toggles = props.all.iter().map(|(c, info)| {
        let on = props.categories.contains(c);
        let onchange = {
            let on_action = on_action.clone();
            Callback::from(move |_: Event| on_action.emit(Action::ToggleCategory(c)))
        };
        let count = props.counts[c.index()];
        html! {
            <label class={classes!("pakkaz-filter", c.class(), on.then_some("pakkaz-filter--on"))}>
                <input type="checkbox" class="pakkaz-filter__input" checked={on} {onchange}
                    aria-label={text::category_count(t, info, count)} />
                <span class="pakkaz-symbol" aria-hidden="true"></span>
                <span class="pakkaz-filter__label" aria-hidden="true">{ text::category(t, info) }</span>
                <span class="pakkaz-filter__count" aria-hidden="true">{ count }</span>
            </label>
        }
    });
    let all_on = props.categories == CategorySet::ALL;
    let show_all = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::SetCategories(CategorySet::ALL)))
    };

    let oninput = {
        let on_action = on_action.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                on_action.emit(Action::SetQuery(input.value()));
            }
        })
    };
    let onkeydown = {
        let on_action = on_action.clone();
        let has_query = !props.query.is_empty();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && has_query {
                e.prevent_default();
                e.stop_propagation();
                on_action.emit(Action::SetQuery(String::new()));
            }
        })
    };
    let toggle_list = {
        let (on_action, list_view) = (on_action.clone(), props.list_view);
        Callback::from(move |_: MouseEvent| on_action.emit(Action::SetListView(!list_view)))
    };
    // The link of the view as it is now: "Link copied" goes once that changes (the key
    // makes a new button), and after a while on its own.
    let link_key = format!(
        "{} {} {}",
        props.categories.bits(),
        props.selected.map_or(0, |i| i + 1),
        props.query
    );
    let page = props.page;
    let link = Callback::from(move |_: ()| page.now());

    html! {
        <div class="pakkaz-filters">
            <fieldset class="pakkaz-filters__categories">
                <legend class="pakkaz-visually-hidden">{ t.get(Key::categories) }</legend>
                { for toggles }
                <button type="button" class="pakkaz-control pakkaz-button pakkaz-button--text pakkaz-filters__all"
                    aria-pressed={if all_on { "true" } else { "false" }} onclick={show_all}>{ t.get(Key::all) }</button>
            </fieldset>
            <div class="pakkaz-filters__tools">
                <input type="search" class="pakkaz-control pakkaz-search" aria-label={t.shared(Key::search)} placeholder={t.shared(Key::search)}
                    value={props.query.clone()} {oninput} {onkeydown} />
                <button type="button" class="pakkaz-control pakkaz-button pakkaz-button--text" aria-pressed={if props.list_view { "true" } else { "false" }}
                    onclick={toggle_list}>{ t.get(Key::list_view) }</button>
                <CopyText key={link_key} words={t.clone()} label={t.shared(Key::copy_link)} done={t.shared(Key::link_copied)}
                    text={link} />
            </div>
        </div>
    }
}
