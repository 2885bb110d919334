//! The key to how dates and status are drawn (the categories' key is the filter bar).
//! Sends nothing.

use yew::prelude::*;

use crate::text::{Key, Words};

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// The widget's words, in its language.
    pub words: Words,
}

/// The key to how dates and status are drawn (the categories' key is the filter bar).
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let t = &props.words;
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
