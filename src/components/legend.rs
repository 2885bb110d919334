//! The key to how dates and status are drawn (the categories' key is the filter bar).
//! Sends nothing.

use yew::prelude::*;

use crate::text::words;

/// The key to how dates and status are drawn (the categories' key is the filter bar).
#[function_component(Legend)]
pub fn legend() -> Html {
    html! {
        <ul class="pakkaz-legend" aria-label={words().legend}>
            <li class="pakkaz-legend__key">
                <span class="pakkaz-key pakkaz-key--day" aria-hidden="true"></span>
                { words().exact_day }
            </li>
            <li class="pakkaz-legend__key">
                <span class="pakkaz-key pakkaz-key--vague" aria-hidden="true"></span>
                { words().vague_date }
            </li>
            <li class="pakkaz-legend__key">
                <span class="pakkaz-key pakkaz-key--planned" aria-hidden="true"></span>
                { words().planned }
            </li>
        </ul>
    }
}
