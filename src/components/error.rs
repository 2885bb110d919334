//! The message shown instead of the timeline when its data cannot be used, confined to
//! the widget. Sends nothing.

use yew::prelude::*;

use crate::text::words;

#[derive(Properties, PartialEq, Clone)]
pub struct ErrorViewProps {
    /// What went wrong, one problem per line.
    pub message: AttrValue,
}

/// Shown instead of the timeline when its data cannot be used: readable, and confined to
/// the widget so the rest of the page keeps working.
#[function_component(ErrorView)]
pub fn error_view(props: &ErrorViewProps) -> Html {
    let mut lines = props.message.lines().filter(|l| !l.trim().is_empty());
    let heading = lines
        .next()
        .map(str::to_string)
        .unwrap_or_else(|| format!("{}.", words().cannot_show));
    html! {
        <section class="pakkaz pakkaz--error" role="alert" lang={words().lang} dir={words().dir}>
            <h2 class="pakkaz-title">{ words().cannot_show }</h2>
            <p>{ heading }</p>
            <ul class="pakkaz-error__list">
                { for lines.map(|l| html! { <li>{ l.trim_start_matches("- ").to_string() }</li> }) }
            </ul>
        </section>
    }
}
