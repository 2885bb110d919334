//! The browser API. `mount(element, options)` renders one widget into an element and
//! returns a handle (`destroy`, `setCategories`, `zoomTo`, `select`); the widget fires
//! `pakkaz:select` and `pakkaz:viewchange` on the element. `validateDataset` checks data
//! the way `mount` does. The standalone page is one more host: elements marked
//! `data-pakkaz-autostart` get the embedded dataset when the module starts. Loading the
//! module renders nothing anywhere else.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use std::cell::RefCell;

use crate::components::app::{AppProps, Theme};
use crate::components::bridge::Bridge;
use crate::components::error::{ErrorView, ErrorViewProps};
use crate::components::slot::{Slot, SlotHost, SlotHostProps};
use crate::model::{Category, CategorySet, Dataset, Date, EMBEDDED_JSON};

pub mod data;
use crate::state::Action;
use crate::timeline::Viewport;
use data::{dataset_from_js, dataset_from_text};

/// Names of the options `mount` takes.
const OPTION_NAMES: [&str; 9] = [
    "data",
    "categories",
    "from",
    "to",
    "selected",
    "theme",
    "hash",
    "height",
    "list",
];

/// `mount`'s options object, read one field at a time with `Reflect` (a handful of
/// fields do not need a generic deserializer). `null` and `undefined` mean "not given".
struct Options(JsValue);

impl Options {
    fn get(&self, key: &str) -> Option<JsValue> {
        if self.0.is_undefined() || self.0.is_null() {
            return None;
        }
        js_sys::Reflect::get(&self.0, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    }

    fn text(&self, key: &str) -> Result<Option<String>, String> {
        self.get(key)
            .map(|v| {
                v.as_string()
                    .ok_or_else(|| format!("mount options: `{key}` must be text"))
            })
            .transpose()
    }

    fn flag(&self, key: &str) -> Result<Option<bool>, String> {
        self.get(key)
            .map(|v| {
                v.as_bool()
                    .ok_or_else(|| format!("mount options: `{key}` must be true or false"))
            })
            .transpose()
    }

    fn texts(&self, key: &str) -> Result<Option<Vec<String>>, String> {
        let Some(value) = self.get(key) else {
            return Ok(None);
        };
        let wrong = || format!("mount options: `{key}` must be a list of text");
        if !js_sys::Array::is_array(&value) {
            return Err(wrong());
        }
        js_sys::Array::from(&value)
            .iter()
            .map(|item| item.as_string().ok_or_else(wrong))
            .collect::<Result<Vec<_>, _>>()
            .map(Some)
    }
}

/// What `mount` renders, after checking every option.
struct Mount {
    dataset: Rc<Dataset>,
    /// The host brought its own data (shown in its own range, not 1991–2022).
    custom: bool,
    categories: CategorySet,
    window: Option<Viewport>,
    selected: Option<usize>,
    theme: Theme,
    sync_hash: bool,
    /// CSS height for the widget, if the host asked for one.
    height: Option<String>,
    list: bool,
}

fn categories_of(names: &[String], what: &str) -> Result<CategorySet, String> {
    names
        .iter()
        .map(|n| {
            Category::parse(n).ok_or_else(|| {
                format!("{what}: unknown category \"{n}\" (use political, military, trade or education)")
            })
        })
        .collect()
}

fn date_of(what: &str, field: &str, value: &str) -> Result<Date, String> {
    Date::parse(value).map_err(|e| format!("{what}: `{field}` \"{value}\": {e}"))
}

/// A window from optional dates; an open end reaches to the bound.
fn window_of(what: &str, from: Option<&str>, to: Option<&str>) -> Result<Option<Viewport>, String> {
    let from = from.map(|v| date_of(what, "from", v)).transpose()?;
    let to = to.map(|v| date_of(what, "to", v)).transpose()?;
    if from.is_none() && to.is_none() {
        return Ok(None);
    }
    let start = from.map(|d| d.start_day() as f64).unwrap_or(-1e7);
    let end = to.map(|d| d.end_day() as f64).unwrap_or(1e7);
    if end <= start {
        return Err(format!("{what}: `to` is before `from`"));
    }
    Ok(Some(Viewport::new(start, end)))
}

fn read_options(options: JsValue) -> Result<Mount, String> {
    if !(options.is_undefined() || options.is_null()) {
        if !options.is_object() || js_sys::Array::is_array(&options) {
            return Err("mount options must be an object".into());
        }
        // Unknown keys are typos (`catgories`): say so rather than ignore them.
        let object: &js_sys::Object = options.unchecked_ref();
        for key in js_sys::Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !OPTION_NAMES.contains(&key.as_str()) {
                return Err(format!(
                    "mount options: unknown field `{key}`, expected one of {}",
                    OPTION_NAMES.join(", ")
                ));
            }
        }
    }
    let options = Options(options);
    let data = options.get("data");
    let custom = data.is_some();
    let dataset = match &data {
        None => dataset_from_text(EMBEDDED_JSON)?,
        Some(data) => dataset_from_js(data)?,
    };
    let categories = match options.texts("categories")? {
        None => CategorySet::ALL,
        Some(names) => categories_of(&names, "mount options")?,
    };
    let window = window_of(
        "mount options",
        options.text("from")?.as_deref(),
        options.text("to")?.as_deref(),
    )?;
    let selected =
        match options.text("selected")? {
            None => None,
            Some(id) => Some(dataset.event_index(&id).ok_or_else(|| {
                format!("mount options: `selected`: no event has the id \"{id}\"")
            })?),
        };
    let theme = match options.text("theme")?.as_deref() {
        None | Some("auto") => Theme::Auto,
        Some("light") => Theme::Light,
        Some("dark") => Theme::Dark,
        Some(other) => {
            return Err(format!(
                "mount options: `theme` \"{other}\" is not one of light, dark, auto"
            ))
        }
    };
    let height = match options.get("height") {
        None => None,
        Some(value) => Some(css_height(&value)?),
    };
    Ok(Mount {
        dataset: Rc::new(dataset),
        custom,
        categories,
        window,
        selected,
        theme,
        sync_hash: options.flag("hash")?.unwrap_or(false),
        height,
        list: options.flag("list")?.unwrap_or(false),
    })
}

/// The `height` option as a CSS length: a number of pixels (at least 120), or a length
/// such as "60vh" (letters, digits, `.` and `%` only, so it cannot smuggle in CSS).
fn css_height(value: &JsValue) -> Result<String, String> {
    if let Some(px) = value.as_f64() {
        if !(px.is_finite() && px >= 120.0) {
            return Err("mount options: `height` must be at least 120 (pixels)".into());
        }
        return Ok(format!("{}px", px.round() as u32));
    }
    if let Some(css) = value.as_string() {
        let ok = css
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '%');
        if !ok || css.is_empty() {
            return Err(format!(
                "mount options: `height` \"{css}\" is not a CSS length such as 420px or 60vh"
            ));
        }
        return Ok(css);
    }
    Err("mount options: `height` must be a number of pixels or a CSS length".into())
}
/// A root element with its long-lived Yew app (see `components::slot` for why).
struct Root {
    element: web_sys::Element,
    slot: Rc<Slot>,
}

thread_local! {
    /// Roots of destroyed widgets, ready for the next `mount`.
    static POOL: RefCell<Vec<Root>> = const { RefCell::new(Vec::new()) };
}

fn take_root(document: &web_sys::Document) -> Result<Root, JsError> {
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

/// A mounted widget: what the host holds to steer it, and to remove it.
#[wasm_bindgen]
pub struct Timeline {
    /// The element the widget renders into, inside the host's element.
    root: Option<Root>,
    bridge: Rc<Bridge>,
    dataset: Rc<Dataset>,
}

fn error(message: String) -> JsError {
    JsError::new(&message)
}

#[wasm_bindgen]
impl Timeline {
    /// Removes the widget's nodes and listeners from its element. Safe to call twice.
    pub fn destroy(&mut self) {
        if let Some(root) = self.root.take() {
            // Let go of the events now, not when the host's handle is garbage-collected.
            self.dataset = Rc::new(Dataset::new(String::new(), Vec::new(), Vec::new()));
            // Without this the widget's state stayed alive through its dispatcher until
            // the handle was collected: a host that remounts at once held two or three
            // copies of its events in wasm memory, whose high-water mark then stepped up.
            self.bridge.disconnect();
            root.slot.set(None);
            root.element.remove();
            let _ = root.element.remove_attribute("style");
            POOL.with(|pool| pool.borrow_mut().push(root));
        }
    }

    /// Shows exactly these categories (ids such as "trade").
    #[wasm_bindgen(js_name = setCategories)]
    pub fn set_categories(&self, categories: Vec<String>) -> Result<(), JsError> {
        let set = categories_of(&categories, "setCategories").map_err(error)?;
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
                    .event_index(&id)
                    .ok_or_else(|| error(format!("select: no event has the id \"{id}\"")))?,
            ),
        };
        self.bridge.send(Action::Select(index));
        Ok(())
    }
}

/// Renders a timeline into `element` and returns its handle. Options (all optional):
/// `data` (a dataset in the documented format, as an object or as JSON text; the
/// embedded one if absent),
/// `categories` (ids to show), `from`, `to` (dates as in the data format), `selected`
/// (an event id), `theme` ("light", "dark" or "auto"), `hash` (keep the page's URL hash
/// in step, default false), `height` (pixels or a CSS length), `list` (start in the list
/// view). Throws an `Error` naming the problem for bad input.
#[wasm_bindgen]
pub fn mount(element: JsValue, options: JsValue) -> Result<Timeline, JsError> {
    let element: web_sys::Element = element
        .dyn_into()
        .map_err(|_| JsError::new("mount: the first argument must be a DOM element"))?;
    let mount = read_options(options).map_err(error)?;
    render(element, mount)
}

fn render(host: web_sys::Element, mount: Mount) -> Result<Timeline, JsError> {
    console_error_panic_hook::set_once();
    let document = host
        .owner_document()
        .ok_or_else(|| JsError::new("mount: the element is not in a document"))?;
    let root = take_root(&document)?;
    let _ = root.element.set_attribute("class", "pakkaz-host");
    // A host that gave its element (or the widget) a height gets a widget that fills it.
    let fill = mount.height.is_some() || host.client_height() > 0;
    if let Some(height) = &mount.height {
        let _ = root
            .element
            .set_attribute("style", &format!("height: {height}"));
    } else if fill {
        let _ = root.element.set_attribute("style", "height: 100%");
    }
    if host.append_child(&root.element).is_err() {
        POOL.with(|pool| pool.borrow_mut().push(root));
        return Err(JsError::new("mount: cannot add the widget to the element"));
    }

    let range = if mount.custom {
        crate::range_of(&mount.dataset)
    } else {
        crate::default_range()
    };
    let bridge = Rc::new(Bridge::default());
    if let Some(index) = mount.selected {
        bridge.send(Action::Select(Some(index)));
    }
    if mount.list {
        bridge.send(Action::SetListView(true));
    }
    // The width the track will have, read now (one layout of the host page) so that the
    // first frame shows the events: measuring after the first render cost a second
    // render, layout and paint before any event appeared.
    let width = crate::components::track::track_width_for(root.element.client_width() as f64);
    let props = AppProps {
        width,
        dataset: mount.dataset.clone(),
        range,
        categories: mount.categories,
        window: mount.window,
        sync_hash: mount.sync_hash,
        fill,
        theme: mount.theme,
        bridge: Some(bridge.clone()),
    };
    root.slot.set(Some(props));
    Ok(Timeline {
        root: Some(root),
        bridge,
        dataset: mount.dataset,
    })
}

/// Checks a dataset object the way `mount` does: returns nothing if it is valid, throws an
/// `Error` listing every problem otherwise.
#[wasm_bindgen(js_name = validateDataset)]
pub fn validate_dataset(data: JsValue) -> Result<(), JsError> {
    dataset_from_js(&data).map(|_| ()).map_err(error)
}

/// Mounts the embedded dataset into every `[data-pakkaz-autostart]` element: the
/// standalone page, which keeps the URL hash in step. With `?embed=1` in the address
/// (an iframe), the page drops its own chrome and the widget fills the frame.
#[wasm_bindgen(start)]
pub fn autostart() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Ok(roots) = document.query_selector_all("[data-pakkaz-autostart]") else {
        return;
    };
    if roots.length() == 0 {
        return;
    }
    let search = window.location().search().unwrap_or_default();
    let embedded = search
        .trim_start_matches('?')
        .split('&')
        .any(|p| p == "embed=1" || p == "embed");
    if embedded {
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("class", "pakkaz-embed");
        }
    }
    for i in 0..roots.length() {
        let Some(root) = roots
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let started = read_options(JsValue::UNDEFINED)
            .map_err(error)
            .and_then(|m| {
                render(
                    root.clone(),
                    Mount {
                        sync_hash: true,
                        height: if embedded { Some("100vh".into()) } else { None },
                        ..m
                    },
                )
            });
        match started {
            // The standalone page's widget lives as long as the page.
            Ok(timeline) => std::mem::forget(timeline),
            Err(error) => {
                let message: JsValue = error.into();
                let message = js_sys::Error::from(message).message();
                let props = ErrorViewProps {
                    message: String::from(message).into(),
                };
                std::mem::forget(
                    yew::Renderer::<ErrorView>::with_root_and_props(root, props).render(),
                );
            }
        }
    }
}
