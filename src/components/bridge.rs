//! How the host's handle (`setCategories`, `zoomTo`, `select`) reaches a mounted widget,
//! and how the widget tells the host what changed (DOM `CustomEvent`s).

use std::cell::RefCell;

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
}

impl Bridge {
    pub fn send(&self, action: Action) {
        match &*self.dispatcher.borrow() {
            Some(d) => d.dispatch(action),
            None => self.queued.borrow_mut().push(action),
        }
    }

    /// The actions sent before the widget's state existed, taken out so that the state
    /// can start from them (and the first frame show them).
    pub fn take_queued(&self) -> Vec<Action> {
        std::mem::take(&mut *self.queued.borrow_mut())
    }

    pub fn connect(&self, dispatcher: UseReducerDispatcher<State>) {
        for action in self.queued.borrow_mut().drain(..) {
            dispatcher.dispatch(action);
        }
        *self.dispatcher.borrow_mut() = Some(dispatcher);
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
pub fn select_detail(state: &State) -> JsValue {
    match state.selected.and_then(|i| state.dataset.events.get(i)) {
        None => JsValue::NULL,
        Some(e) => {
            let object = js_sys::Object::new();
            set(&object, "id", e.id.as_str());
            set(&object, "title", e.title.as_str());
            set(&object, "date", e.date.to_string());
            set(&object, "when", e.when());
            object.into()
        }
    }
}

/// `pakkaz:viewchange` detail: `{ from, to, categories, query }` (dates as `YYYY-MM-DD`,
/// `to` the last day in view).
pub fn view_detail(state: &State) -> JsValue {
    let object = js_sys::Object::new();
    let from = Date::from_days(state.viewport.start.floor() as i64);
    let to = Date::from_days(state.viewport.end.ceil() as i64 - 1);
    set(&object, "from", from.to_string());
    set(&object, "to", to.to_string());
    let categories = js_sys::Array::new();
    for c in state.categories.iter() {
        categories.push(&c.id().into());
    }
    set(&object, "categories", categories);
    set(&object, "query", state.query.as_str());
    object.into()
}
