//! How the host's handle (`setCategories`, `zoomTo`, `select`) reaches a mounted widget,
//! and how the widget tells the host what changed (DOM `CustomEvent`s).

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::prelude::*;

use crate::model::Date;
use crate::state::{Action, State};

/// Actions from outside the component tree. Actions sent before the widget has rendered
/// wait until it has.
#[derive(Default)]
pub struct Bridge {
    dispatcher: RefCell<Option<UseReducerDispatcher<State>>>,
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

    /// The actions sent before the widget's state existed, taken out so that the state
    /// can start from them (and the first frame show them).
    pub fn take_queued(&self) -> Vec<Action> {
        std::mem::take(&mut *self.queued.borrow_mut())
    }

    pub fn connect(&self, dispatcher: UseReducerDispatcher<State>) {
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

fn set(object: &js_sys::Object, key: &str, value: impl Into<JsValue>) {
    let _ = js_sys::Reflect::set(object, &key.into(), &value.into());
}

/// Fires `name` on `target`, bubbling out of the widget to the host element.
pub fn fire(target: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// `pakkaz:select` detail: `{ id, title, date }` of the selected event, or `null`.
pub fn select_detail(t: &crate::text::Words, state: &State) -> JsValue {
    match state.selected.and_then(|i| state.dataset.events.get(i)) {
        None => JsValue::NULL,
        Some(e) => {
            let object = js_sys::Object::new();
            set(&object, "id", e.id.as_str());
            set(&object, "title", e.title.as_str());
            set(&object, "date", e.date.to_string());
            set(&object, "when", crate::text::when(t, e));
            object.into()
        }
    }
}

/// `pakkaz:viewchange` detail: `{ from, to, categories, query }` (dates as `YYYY-MM-DD`,
/// `to` the last day in view).
pub fn view_detail(state: &State) -> JsValue {
    let object = js_sys::Object::new();
    let (first, last) = state.viewport.days();
    let (from, to) = (Date::from_days(first), Date::from_days(last));
    set(&object, "from", from.to_string());
    set(&object, "to", to.to_string());
    let categories = js_sys::Array::new();
    for (c, info) in state.dataset.categories.iter() {
        if state.categories.contains(c) {
            categories.push(&info.id.as_str().into());
        }
    }
    set(&object, "categories", categories);
    set(&object, "query", state.query.as_str());
    object.into()
}
