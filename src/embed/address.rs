//! The page's address, where a widget keeps its view in it (the standalone page, the
//! `hash` option): written when the view settles (replaced while the reader zooms,
//! pushed when the selection changes) and read again when the reader goes back or
//! forward.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsValue;

use crate::components::bridge::Bridge;
use pakkaz_core::state::Action;

/// Milliseconds the hash waits for the view to settle before it is written.
const WRITE_DELAY_MS: u32 = 250;

/// The page's address as it is now (empty if unknown).
pub(super) fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The page's URL hash, with its `#` (empty if it has none).
pub(super) fn page_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// A widget's hold on the page's address: dropped with the widget.
pub(super) struct Address {
    pending: RefCell<Option<Timeout>>,
    _back_and_forth: Option<EventListener>,
}

impl Address {
    /// Keeps the page's hash for the widget that `bridge` reaches.
    pub(super) fn keep(bridge: Rc<Bridge>) -> Address {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "popstate", move |_| {
                let link = pakkaz_core::url::decode(&page_hash());
                bridge.send(Action::Restore(link.into()));
            })
        });
        Address {
            pending: RefCell::new(None),
            _back_and_forth: listener,
        }
    }

    /// Writes `hash` once the view has settled: a new history entry if `push`.
    pub(super) fn write(&self, hash: String, push: bool) {
        let timeout = Timeout::new(WRITE_DELAY_MS, move || {
            let Some(window) = web_sys::window() else {
                return;
            };
            if page_hash().trim_start_matches('#') == hash {
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
            let url = pakkaz_core::url::with_hash(&base, &hash);
            let _ = if push {
                history.push_state_with_url(&JsValue::NULL, "", Some(&url))
            } else {
                history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
            };
        });
        *self.pending.borrow_mut() = Some(timeout);
    }
}
