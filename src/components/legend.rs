//! The key to how dates and status are drawn (the categories' key is the filter bar).
//! Sends nothing.

use yew::prelude::*;

use pakkaz_core::text::{Key, Words};

/// The key to how dates and status are drawn (the categories' key is the filter bar). A
/// plain function, not a component: it has no state, and a component of its own would
/// cost the wasm more than drawing its three items again with the header.
pub fn legend(t: &Words) -> Html {
    html! {
        <ul class="pakkaz-legend" aria-label={t.shared(Key::legend)}>
            <li class="pakkaz-legend__key">
                <span class="pakkaz-key pakkaz-key--day" aria-hidden="true"></span>
                { t.get(Key::exact_day) }
            </li>
            <li class="pakkaz-legend__key">
                <span class="pakkaz-key pakkaz-key--vague" aria-hidden="true"></span>
                { t.get(Key::vague_date) }
            </li>
            <li class="pakkaz-legend__key">
                <span class="pakkaz-key pakkaz-key--planned" aria-hidden="true"></span>
                { t.get(Key::planned) }
            </li>
        </ul>
    }
}
