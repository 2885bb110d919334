use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::model::{Category, CategorySet};
use crate::state::{Action, State};

#[derive(Properties, PartialEq, Clone)]
pub struct FiltersProps {
    pub state: UseReducerHandle<State>,
    /// Events per category that match the search, in `Category::ALL` order.
    pub counts: [usize; 4],
    /// Events shown now.
    pub shown: usize,
}

/// The category toggles (checkboxes in the category's colour and shape, with counts),
/// "All", the search box, the list/track switch and "Copy link".
#[function_component(Filters)]
pub fn filters(props: &FiltersProps) -> Html {
    let state = &props.state;
    let copied = use_state(|| false);

    let toggles = Category::ALL.into_iter().map(|c| {
        let on = state.categories.contains(c);
        let onchange = {
            let state = state.clone();
            Callback::from(move |_: Event| state.dispatch(Action::ToggleCategory(c)))
        };
        let count = props.counts[c.index()];
        html! {
            <label class={classes!("pakkaz-filter", c.class(), on.then_some("pakkaz-filter--on"))}>
                <input type="checkbox" class="pakkaz-filter__input" checked={on} {onchange}
                    aria-label={format!("{} ({count})", c.label())} />
                <span class="pakkaz-symbol" aria-hidden="true"></span>
                <span class="pakkaz-filter__label" aria-hidden="true">{ c.label() }</span>
                <span class="pakkaz-filter__count" aria-hidden="true">{ count }</span>
            </label>
        }
    });
    let all_on = state.categories == CategorySet::ALL;
    let show_all = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetCategories(CategorySet::ALL)))
    };

    let oninput = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                state.dispatch(Action::SetQuery(input.value()));
            }
        })
    };
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && !state.query.is_empty() {
                e.prevent_default();
                e.stop_propagation();
                state.dispatch(Action::SetQuery(String::new()));
            }
        })
    };
    let toggle_list = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetListView(!state.list_view)))
    };
    let copy_link = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(window) = web_sys::window() else {
                return;
            };
            let Ok(href) = window.location().href() else {
                return;
            };
            let promise = window.navigator().clipboard().write_text(&href);
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                copied.set(ok);
            });
        })
    };
    // "Link copied" goes away once the view changes.
    {
        let copied = copied.clone();
        use_effect_with(
            (
                state.viewport,
                state.categories,
                state.query.clone(),
                state.selected,
            ),
            move |_| copied.set(false),
        );
    }

    html! {
        <div class="pakkaz-filters">
            <fieldset class="pakkaz-filters__categories">
                <legend class="pakkaz-visually-hidden">{ "Categories" }</legend>
                { for toggles }
                <button type="button" class="pakkaz-button pakkaz-button--text pakkaz-filters__all"
                    aria-pressed={all_on.to_string()} onclick={show_all}>{ "All" }</button>
            </fieldset>
            <div class="pakkaz-filters__tools">
                <input type="search" class="pakkaz-search" aria-label="Search events" placeholder="Search events"
                    value={state.query.clone()} {oninput} {onkeydown} />
                <button type="button" class="pakkaz-button pakkaz-button--text" aria-pressed={state.list_view.to_string()}
                    onclick={toggle_list}>{ "List view" }</button>
                <button type="button" class="pakkaz-button pakkaz-button--text" onclick={copy_link}>{ "Copy link" }</button>
                <span class="pakkaz-filters__status" role="status">
                    { if *copied { "Link copied" } else { "" } }
                </span>
            </div>
        </div>
    }
}
