//! What the page does with what a widget tells it ([`ToHost`]): DOM events that bubble
//! out of the widget to the host's element, the page's address, downloads and pictures.

use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::Callback;

use super::address::Address;
use super::owner;
use pakkaz_core::report::{Selected, ToHost, ViewChanged};

/// The one callback a widget tells its host through. `root` is the element the widget
/// renders into; `origin` the data it was read from;
/// `address` the page's hash, where the widget keeps it.
pub(super) fn on_host(
    root: Element,
    origin: JsValue,
    address: Option<Rc<Address>>,
) -> Callback<ToHost> {
    Callback::from(move |told: ToHost| {
        let name = told.dom_event();
        match told {
            ToHost::Select(selected) => {
                fire(&root, name.unwrap_or_default(), &select_detail(selected))
            }
            ToHost::ViewChange(view) => fire(&root, name.unwrap_or_default(), &view_detail(view)),
            ToHost::Address { hash, push } => {
                if let Some(address) = &address {
                    address.write(hash, push);
                }
            }
            ToHost::Download(download) => {
                let ids: js_sys::Array = (download.ids.iter())
                    .map(|id| JsValue::from_str(id))
                    .collect();
                owner::export(&origin, &ids, download.format.extension());
            }
            ToHost::Picture { format, words } => {
                if let Ok(Some(view)) = root.query_selector(".pakkaz") {
                    let lines: js_sys::Array = [words.title, words.view, words.sources, words.link]
                        .iter()
                        .map(|line| JsValue::from_str(line))
                        .collect();
                    owner::picture(&view, format.extension(), &lines);
                }
            }
        }
    })
}

/// Fires `name` on `target`, bubbling out of the widget to the host element.
fn fire(target: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

fn set(object: &js_sys::Object, key: &str, value: impl Into<JsValue>) {
    let _ = js_sys::Reflect::set(object, &key.into(), &value.into());
}

/// `pakkaz:select` detail: `{ id, title, date, when }`, or `null`.
fn select_detail(selected: Option<Selected>) -> JsValue {
    let Some(e) = selected else {
        return JsValue::NULL;
    };
    let object = js_sys::Object::new();
    set(&object, "id", e.id);
    set(&object, "title", e.title);
    set(&object, "date", e.date);
    set(&object, "when", e.when);
    object.into()
}

/// `pakkaz:viewchange` detail: `{ from, to, categories, query }`.
fn view_detail(view: ViewChanged) -> JsValue {
    let object = js_sys::Object::new();
    set(&object, "from", view.from);
    set(&object, "to", view.to);
    let categories: js_sys::Array = (view.categories.iter())
        .map(|id| JsValue::from_str(id))
        .collect();
    set(&object, "categories", categories);
    set(&object, "query", view.query);
    object.into()
}
