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
use super::error::error_view;
use pakkaz_core::text::{Key, Words};

/// What a root shows.
#[derive(Clone, Default)]
pub enum SlotContent {
    /// Nothing: the root waits in the pool.
    #[default]
    Empty,
    /// The widget's data is on its way (`mount`'s `src`), said in these words.
    Loading(Words),
    /// The widget cannot be shown: why, one problem per line, headed in these words.
    Failed(AttrValue, Words),
    /// The widget.
    Widget(AppProps),
}

/// What a root shows, and the way to make it show something else.
#[derive(Default)]
pub struct Slot {
    content: RefCell<SlotContent>,
    /// Bumped for every widget, so a reused root never carries state over.
    generation: Cell<u64>,
    rerender: RefCell<Option<Callback<()>>>,
}

impl Slot {
    /// Bumped by every `set`: a task that set the slot can tell whether it was changed
    /// since (the widget destroyed, or mounted again).
    pub fn generation(&self) -> u64 {
        self.generation.get()
    }

    /// Shows something new in this slot.
    pub fn set(&self, content: SlotContent) {
        self.generation.set(self.generation.get() + 1);
        *self.content.borrow_mut() = content;
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
    let current = props.slot.content.borrow().clone();
    match current {
        SlotContent::Widget(app) => {
            let key = props.slot.generation.get().to_string();
            html! { <App key={key} ..app /> }
        }
        SlotContent::Loading(t) => html! {
            <p class="pakkaz pakkaz--loading" role="status" lang={t.lang().tag()} dir={t.lang().dir()}>
                { t.get(Key::loading) }
            </p>
        },
        SlotContent::Failed(message, words) => error_view(&message, &words),
        SlotContent::Empty => html! {},
    }
}
