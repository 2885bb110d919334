use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Category, Dataset};

#[derive(Properties, Clone)]
pub struct LegendProps {
    pub dataset: Rc<Dataset>,
}

impl PartialEq for LegendProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
    }
}

/// The key to the marks: each category's colour and shape with its number of events,
/// and how precision and planned status are drawn.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    html! {
        <div class="pakkaz-legend">
            <ul class="pakkaz-legend__categories" aria-label="Categories">
                { for Category::ALL.into_iter().map(|c| html! {
                    <li class={classes!("pakkaz-legend__item", format!("pakkaz-cat--{}", c.id()))}>
                        <span class="pakkaz-symbol" aria-hidden="true"></span>
                        <span class="pakkaz-legend__label">{ c.label() }</span>
                        <span class="pakkaz-legend__count">{ props.dataset.count_by_category(c) }</span>
                    </li>
                }) }
            </ul>
            <ul class="pakkaz-legend__keys" aria-label="How dates are drawn">
                <li class="pakkaz-legend__key">
                    <span class="pakkaz-key pakkaz-key--day" aria-hidden="true"></span>
                    { "Exact day" }
                </li>
                <li class="pakkaz-legend__key">
                    <span class="pakkaz-key pakkaz-key--vague" aria-hidden="true"></span>
                    { "Known only to the month or year" }
                </li>
                <li class="pakkaz-legend__key">
                    <span class="pakkaz-key pakkaz-key--planned" aria-hidden="true"></span>
                    { "Planned" }
                </li>
            </ul>
        </div>
    }
}
