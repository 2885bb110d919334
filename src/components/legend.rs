//! The key to how dates and status are drawn (the categories' key is the filter bar).
//! Sends nothing.

use yew::prelude::*;

/// The key to how dates and status are drawn (the categories' key is the filter bar).
#[function_component(Legend)]
pub fn legend() -> Html {
    html! {
        <ul class="pakkaz-legend" aria-label="How dates are drawn">
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
    }
}
