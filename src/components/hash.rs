//! Keeping the page's URL hash in step with the view, through the same actions as
//! everything else: the hash is read into actions at start (the widget's first state)
//! and on back/forward, and written (debounced) when the view changes: replaced while
//! zooming, pushed when the selection changes.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::state::{Action, State};
use crate::text::Lang;
use crate::url::{decode, encode};

/// Milliseconds the hash waits for the view to settle before it is written.
const WRITE_DELAY_MS: u32 = 250;

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The actions the page's hash asks for, on top of the view the host asked for: the
/// widget starts from them, so a shared link's first frame already shows its view.
pub fn initial_actions(state: &State) -> Vec<Action> {
    decode(&current_hash(), state)
}

#[hook]
pub fn use_hash_sync(enabled: bool, state: UseReducerHandle<State>, lang: Lang) {
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let last_selected = use_mut_ref(|| None::<Option<usize>>);

    // Read again when the reader goes back or forward (at start the state already
    // begins from the hash: see `initial_actions`).
    {
        let state = state.clone();
        use_effect_with(enabled, move |&enabled| {
            let mut listener = None;
            if enabled {
                if let Some(window) = web_sys::window() {
                    let dispatcher = state.dispatcher();
                    listener = Some(EventListener::new(&window, "popstate", move |_| {
                        dispatcher.dispatch(Action::Restore(current_hash()));
                    }));
                }
            }
            move || drop(listener)
        });
    }

    // Write when the view changes, once it settles.
    let encoded = encode(&state, lang);
    let selected = state.selected;
    use_effect_with((enabled, encoded), move |(enabled, encoded)| {
        if *enabled && state.width > 0.0 {
            let encoded = encoded.clone();
            let push = {
                let mut last = last_selected.borrow_mut();
                let changed = last.is_some_and(|previous| previous != selected);
                *last = Some(selected);
                changed
            };
            let timeout = Timeout::new(WRITE_DELAY_MS, move || {
                let Some(window) = web_sys::window() else {
                    return;
                };
                let current = current_hash();
                if current.trim_start_matches('#') == encoded {
                    return;
                }
                let Ok(history) = window.history() else {
                    return;
                };
                let location = window.location();
                let base = format!(
                    "{}{}",
                    location.pathname().unwrap_or_default(),
                    location.search().unwrap_or_default()
                );
                let url = if encoded.is_empty() {
                    base
                } else {
                    format!("{base}#{encoded}")
                };
                let _ = if push {
                    history.push_state_with_url(&JsValue::NULL, "", Some(&url))
                } else {
                    history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
                };
            });
            *pending.borrow_mut() = Some(timeout);
        }
    });
}
