//! How the host reaches a mounted widget's state: the handle's methods (`setCategories`,
//! `zoomTo`, `select`) and the page going back or forward through its history.

use std::cell::{Cell, RefCell};

use yew::prelude::*;

use super::store::Store;
use pakkaz_core::state::Action;

/// Actions from outside the component tree. Actions sent before the widget has rendered
/// (a host that steers the widget right after `mount`) wait until it has.
#[derive(Default)]
pub struct Bridge {
    dispatcher: RefCell<Option<UseReducerDispatcher<Store>>>,
    queued: RefCell<Vec<Action>>,
    /// Disconnected for good (the widget was destroyed): actions are dropped.
    closed: Cell<bool>,
}

impl Bridge {
    pub fn send(&self, action: Action) {
        match &*self.dispatcher.borrow() {
            Some(d) => d.dispatch(action),
            None if self.closed.get() => {}
            None => self.queued.borrow_mut().push(action),
        }
    }

    pub fn connect(&self, dispatcher: UseReducerDispatcher<Store>) {
        if self.closed.get() {
            return;
        }
        for action in self.queued.borrow_mut().drain(..) {
            dispatcher.dispatch(action);
        }
        *self.dispatcher.borrow_mut() = Some(dispatcher);
    }

    /// Lets go of the widget: the dispatcher holds the widget's whole state (its events
    /// included), and the host's handle, which holds the bridge, lives until the host's
    /// next garbage collection. Later actions are dropped.
    pub fn disconnect(&self) {
        self.closed.set(true);
        self.dispatcher.borrow_mut().take();
        self.queued.borrow_mut().clear();
    }
}
