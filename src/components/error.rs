//! The message shown instead of the timeline when its data cannot be used, confined to
//! the widget. Sends nothing.

use yew::prelude::*;

use crate::text::{Key, Words};

#[derive(Properties, PartialEq, Clone)]
pub struct ErrorViewProps {
    /// What went wrong, one problem per line.
    pub message: AttrValue,
    /// The widget's words, for the heading.
    pub words: Words,
}

/// Shown instead of the timeline when its data cannot be used: readable, and confined to
/// the widget so the rest of the page keeps working.
#[function_component(ErrorView)]
pub fn error_view(props: &ErrorViewProps) -> Html {
    let t = &props.words;
    let mut lines = props.message.lines().filter(|l| !l.trim().is_empty());
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
