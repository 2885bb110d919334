//! Reusable roots for mounted widgets.
//!
//! Yew 0.23 attaches its delegated event listeners to the element an app is rendered
//! into and never removes them (`HostHandlers::add_listener` forgets the closures), so an
//! app destroyed and created again and again would leave one detached element with its
//! listeners behind each time. Instead, each root element keeps one long-lived Yew app,
//! a [`SlotHost`], that renders a widget while the root is in use and nothing while it
//! waits in a pool for the next `mount`. Emptying the slot unmounts the widget as usual:
//! its nodes go, and its own listeners, observers and timers are released.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use super::app::{App, AppProps};

/// What a root shows: a widget's props, or nothing.
#[derive(Default)]
pub struct Slot {
    props: RefCell<Option<AppProps>>,
    /// Bumped for every widget, so a reused root never carries state over.
    generation: Cell<u64>,
    rerender: RefCell<Option<Callback<()>>>,
}

impl Slot {
    /// Shows a new widget (or nothing) in this slot.
    pub fn set(&self, props: Option<AppProps>) {
        self.generation.set(self.generation.get() + 1);
        *self.props.borrow_mut() = props;
        if let Some(rerender) = &*self.rerender.borrow() {
            rerender.emit(());
        }
    }
}

#[derive(Properties, Clone)]
pub struct SlotHostProps {
    pub slot: Rc<Slot>,
}

impl PartialEq for SlotHostProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.slot, &other.slot)
    }
}

#[function_component(SlotHost)]
pub fn slot_host(props: &SlotHostProps) -> Html {
    let update = use_force_update();
    *props.slot.rerender.borrow_mut() = Some(Callback::from(move |_| update.force_update()));
    let current = props.slot.props.borrow().clone();
    match current {
        Some(app) => {
            let key = props.slot.generation.get().to_string();
            html! { <App key={key} ..app /> }
        }
        None => html! {},
    }
}
