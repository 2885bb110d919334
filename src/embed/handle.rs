//! The handle `mount` returns: what a host holds to steer a widget (`setCategories`,
//! `zoomTo`, `select`) and to remove it (`destroy`). Each method checks its input and
//! sends an action through the widget's bridge.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

use super::pool::{release, Root};
use crate::components::bridge::Bridge;
use crate::components::slot::SlotContent;
use pakkaz_core::model::Dataset;
use pakkaz_core::start::{categories_of, window_of};
use pakkaz_core::state::Action;

/// A mounted widget: what the host holds to steer it, and to remove it.
#[wasm_bindgen]
pub struct Timeline {
    /// The element the widget renders into, inside the host's element.
    pub(super) root: Option<Root>,
    pub(super) bridge: Rc<Bridge>,
    /// The events shown (none while `src` loads), to find `select`'s id in.
    pub(super) dataset: Rc<RefCell<Rc<Dataset>>>,
}

pub(super) fn error(message: String) -> JsError {
    JsError::new(&message)
}

#[wasm_bindgen]
impl Timeline {
    /// Removes the widget's nodes and listeners from its element. Safe to call twice.
    pub fn destroy(&mut self) {
        if let Some(root) = self.root.take() {
            // Let go of the events now, not when the host's handle is garbage-collected.
            *self.dataset.borrow_mut() =
                Rc::new(Dataset::new(String::new(), Vec::new(), Vec::new()));
            // Without this the widget's state stays alive through its dispatcher until
            // the handle is collected: a host that remounts at once would hold two or three
            // copies of its events in wasm memory, whose high-water mark never comes down.
            self.bridge.disconnect();
            root.slot.set(SlotContent::Empty);
            root.element.remove();
            let _ = root.element.remove_attribute("style");
            release(root);
        }
    }

    /// Shows exactly these categories (ids such as "trade").
    #[wasm_bindgen(js_name = setCategories)]
    pub fn set_categories(&self, categories: Vec<String>) -> Result<(), JsError> {
        let set = categories_of(
            &self.dataset.borrow().categories,
            &categories,
            "setCategories",
        )
        .map_err(error)?;
        self.bridge.send(Action::SetCategories(set));
        Ok(())
    }

    /// Shows the window from `from` to `to` (dates as in the data format; either may be
    /// `null` for "from the start" or "to the end").
    #[wasm_bindgen(js_name = zoomTo)]
    pub fn zoom_to(&self, from: Option<String>, to: Option<String>) -> Result<(), JsError> {
        match window_of("zoomTo", from.as_deref(), to.as_deref()).map_err(error)? {
            Some(window) => self.bridge.send(Action::SetWindow(window)),
            None => self.bridge.send(Action::ShowAll),
        }
        Ok(())
    }

    /// Selects the event with this id and opens its details; `null` closes them.
    pub fn select(&self, id: Option<String>) -> Result<(), JsError> {
        let index = match id {
            None => None,
            Some(id) => Some(
                self.dataset
                    .borrow()
                    .event_index(&id)
                    .ok_or_else(|| error(format!("select: no event has the id \"{id}\"")))?,
            ),
        };
        self.bridge.send(Action::Select(index));
        Ok(())
    }
}
