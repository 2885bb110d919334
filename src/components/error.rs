//! The message shown instead of the timeline when its data cannot be used, confined to
//! the widget. Sends nothing.

use yew::prelude::*;

use pakkaz_core::text::{Key, Words};

/// The message (`message`: what went wrong, one problem per line) under a heading in the
/// widget's words. A plain function, not a component: the slot (`SlotHost`) draws it,
/// and a component of its own would cost the wasm more.
pub fn error_view(message: &str, t: &Words) -> Html {
    let mut lines = message.lines().filter(|l| !l.trim().is_empty());
    let heading = lines
        .next()
        .map(str::to_string)
        .unwrap_or_else(|| format!("{}.", t.get(Key::cannot_show)));
    html! {
        <section class="pakkaz pakkaz--error" role="alert" lang={t.lang().tag()} dir={t.lang().dir()}>
            <h2 class="pakkaz-title">{ t.get(Key::cannot_show) }</h2>
            <p>{ heading }</p>
            <ul class="pakkaz-error__list">
                { for lines.map(|l| html! { <li>{ l.trim_start_matches("- ").to_string() }</li> }) }
            </ul>
        </section>
    }
}
