//! The pool of widget roots. Yew 0.23 never removes the listeners it puts on an app's root,
//! so a root, once made, lives as long as the page: `destroy` returns it here and the
//! next `mount` takes it back (see `components::slot`).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::components::slot::{Slot, SlotHost, SlotHostProps};

/// A root element with its long-lived Yew app (see `components::slot` for why).
pub(super) struct Root {
    pub(super) element: web_sys::Element,
    pub(super) slot: Rc<Slot>,
}

thread_local! {
    /// Roots of destroyed widgets, ready for the next `mount`.
    static POOL: RefCell<Vec<Root>> = const { RefCell::new(Vec::new()) };
}

pub(super) fn take_root(document: &web_sys::Document) -> Result<Root, JsError> {
    if let Some(root) = POOL.with(|pool| pool.borrow_mut().pop()) {
        return Ok(root);
    }
    let element = document
        .create_element("div")
        .map_err(|_| JsError::new("mount: cannot create the widget's element"))?;
    let slot = Rc::new(Slot::default());
    // The app lives as long as the page: its root is reused, never destroyed.
    std::mem::forget(
        yew::Renderer::<SlotHost>::with_root_and_props(
            element.clone(),
            SlotHostProps { slot: slot.clone() },
        )
        .render(),
    );
    Ok(Root { element, slot })
}

/// Returns a root to the pool, for the next `mount`.
pub(super) fn release(root: Root) {
    POOL.with(|pool| pool.borrow_mut().push(root));
}
