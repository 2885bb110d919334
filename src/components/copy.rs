//! A button that copies text the widget makes (a citation, many citations) and says so
//! in a status message. Where the page may not write to the clipboard (an iframe
//! without permission, an insecure page), the text is shown selected, to be copied by
//! hand. Sends nothing: the text comes from `text`, made only when pressed.

use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use pakkaz_core::text::{Key, Words};

/// How long the status message stays.
const COPIED_MS: u32 = 4_000;

#[derive(Properties, PartialEq)]
pub struct CopyTextProps {
    /// The widget's words, in its language.
    pub words: Words,
    /// The button's text.
    pub label: AttrValue,
    /// The status once copied.
    pub done: AttrValue,
    /// Makes the text to copy.
    pub text: Callback<(), String>,
}

#[function_component(CopyText)]
pub fn copy_text(props: &CopyTextProps) -> Html {
    let t = &props.words;
    let copied = use_state_eq(|| false);
    // The text to copy by hand, when the clipboard refused it.
    let by_hand = use_state_eq(|| None::<String>);
    let area_ref = use_node_ref();
    let onclick = {
        let (copied, by_hand, text) = (copied.clone(), by_hand.clone(), props.text.clone());
        Callback::from(move |_: MouseEvent| {
            let text = text.emit(());
            let clipboard = web_sys::window()
                .map(|w| w.navigator())
                .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
                .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
            let Some(clipboard) = clipboard else {
                by_hand.set(Some(text));
                return;
            };
            let promise = clipboard.write_text(&text);
            let (copied, by_hand) = (copied.clone(), by_hand.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(_) => {
                        by_hand.set(None);
                        copied.set(true);
                    }
                    Err(_) => by_hand.set(Some(text)),
                }
            });
        })
    };
    // The text to copy by hand is selected as soon as it is shown, and "copied" goes
    // after a while. One effect for both: each effect is another copy of Yew's effect
    // code in the wasm.
    {
        let (area_ref, copied) = (area_ref.clone(), copied.clone());
        use_effect_with(((*by_hand).clone(), *copied), move |(_, on)| {
            if let Some(area) = area_ref.cast::<HtmlTextAreaElement>() {
                let _ = area.focus();
                area.select();
            }
            let timer = on.then(|| {
                gloo::timers::callback::Timeout::new(COPIED_MS, move || copied.set(false))
            });
            move || drop(timer)
        });
    }
    html! {
        <>
            <button type="button" class="pakkaz-control pakkaz-button pakkaz-button--text" {onclick}>{ props.label.clone() }</button>
            <span class="pakkaz-copy__status" role="status">
                { if *copied { props.done.as_str() } else if by_hand.is_some() { t.get(Key::copy_by_hand) } else { "" } }
            </span>
            if let Some(text) = (*by_hand).clone() {
                <textarea class="pakkaz-copy__text" readonly=true rows="6" aria-label={props.label.clone()}
                    ref={area_ref} value={text} />
            }
        </>
    }
}
