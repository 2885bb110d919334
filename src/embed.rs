//! The browser API: `mount(element, options)` renders one widget into an element and
//! returns a handle; `parseDataset` checks data the way `mount` does. The standalone page
//! is one more host: elements marked `data-pakkaz-autostart` get the embedded dataset
//! when the module starts. Loading the module renders nothing anywhere else.

use std::rc::Rc;

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::app::{App, AppProps};
use crate::components::error::{ErrorView, ErrorViewProps};
use crate::model::{validate, Category, CategorySet, Dataset, Date, RawDataset, EMBEDDED_JSON};
use crate::timeline::Viewport;

/// Parses and validates a dataset written as JSON text. `JSON.parse` does the parsing, so
/// the wasm carries no JSON parser of its own; the error is a readable message listing
/// every problem.
pub fn parse_dataset_json(text: &str) -> Result<Dataset, String> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let detail = js_sys::Error::from(e).message();
        format!("The timeline data is not valid JSON: {detail}")
    })?;
    parse_dataset_value(value)
}

/// Validates a dataset given as a JavaScript object.
pub fn parse_dataset_value(value: JsValue) -> Result<Dataset, String> {
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err("The timeline data must be an object with an \"events\" list.".into());
    }
    let raw: RawDataset = serde_wasm_bindgen::from_value(value)
        .map_err(|e| format!("The timeline data has the wrong shape: {e}"))?;
    validate(&raw).map_err(|errors| errors.to_string())
}

/// Names of the options `mount` takes.
const OPTION_NAMES: [&str; 4] = ["data", "categories", "from", "to"];

/// Options a host passes to `mount`; every field is optional.
#[derive(Default, Deserialize)]
struct RawOptions {
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    data: JsValue,
    categories: Option<Vec<String>>,
    from: Option<String>,
    to: Option<String>,
}

/// What `mount` renders, after checking every option.
struct Mount {
    /// Keep the page's URL hash in step (the standalone page; hosts by option later).
    sync_hash: bool,
    dataset: Dataset,
    /// The host brought its own data (shown in its own range, not 1991–2022).
    custom: bool,
    categories: CategorySet,
    window: Option<Viewport>,
}

fn read_options(options: JsValue) -> Result<Mount, String> {
    let options: RawOptions = if options.is_undefined() || options.is_null() {
        RawOptions::default()
    } else if options.is_object() {
        // serde-wasm-bindgen reads only the fields it knows: look for typos ourselves.
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
        serde_wasm_bindgen::from_value(options).map_err(|e| format!("mount options: {e}"))?
    } else {
        return Err("mount options must be an object".into());
    };
    let custom = !(options.data.is_undefined() || options.data.is_null());
    let dataset = if !custom {
        parse_dataset_json(EMBEDDED_JSON)?
    } else if options.data.is_string() {
        return Err(
            "mount options: `data` must be a dataset object, not a string (use JSON.parse first)"
                .into(),
        );
    } else {
        parse_dataset_value(options.data)?
    };
    let categories = match options.categories {
        None => CategorySet::ALL,
        Some(names) => names
            .iter()
            .map(|n| {
                Category::parse(n).ok_or_else(|| {
                    format!("mount options: unknown category \"{n}\" (use political, military, trade or education)")
                })
            })
            .collect::<Result<CategorySet, String>>()?,
    };
    let date = |field: &str, value: &Option<String>| -> Result<Option<Date>, String> {
        value
            .as_deref()
            .map(|v| Date::parse(v).map_err(|e| format!("mount options: `{field}` \"{v}\": {e}")))
            .transpose()
    };
    let from = date("from", &options.from)?;
    let to = date("to", &options.to)?;
    let window = match (from, to) {
        (None, None) => None,
        (from, to) => {
            let start = from.map(|d| d.start_day() as f64).unwrap_or(f64::MIN);
            let end = to.map(|d| d.end_day() as f64).unwrap_or(f64::MAX);
            if end <= start {
                return Err("mount options: `to` is before `from`".into());
            }
            Some(Viewport::new(start, end))
        }
    };
    Ok(Mount {
        sync_hash: false,
        dataset,
        custom,
        categories,
        window,
    })
}

/// A mounted widget. `destroy()` removes everything it added to the page.
#[wasm_bindgen]
pub struct Timeline {
    app: Option<yew::AppHandle<App>>,
}

#[wasm_bindgen]
impl Timeline {
    /// Removes the widget's nodes and listeners from its element. Safe to call twice.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Renders a timeline into `element`. Options: `data` (a dataset object in the documented
/// format; the embedded dataset if absent), `categories` (ids to show), `from`, `to`
/// (dates as in the data format). Throws an `Error` naming the problem for bad input.
#[wasm_bindgen]
pub fn mount(element: JsValue, options: JsValue) -> Result<Timeline, JsError> {
    let mount = read_options(options).map_err(|e| JsError::new(&e))?;
    render(element, mount)
}

fn render(element: JsValue, mount: Mount) -> Result<Timeline, JsError> {
    console_error_panic_hook::set_once();
    let element: web_sys::Element = element
        .dyn_into()
        .map_err(|_| JsError::new("mount: the first argument must be a DOM element"))?;
    let range = if mount.custom {
        crate::range_of(&mount.dataset)
    } else {
        crate::default_range()
    };
    let props = AppProps {
        dataset: Rc::new(mount.dataset),
        range,
        categories: mount.categories,
        window: mount.window,
        sync_hash: mount.sync_hash,
    };
    let app = yew::Renderer::<App>::with_root_and_props(element, props).render();
    Ok(Timeline { app: Some(app) })
}

/// Checks a dataset object the way `mount` does: returns nothing if it is valid, throws an
/// `Error` listing every problem otherwise.
#[wasm_bindgen(js_name = validateDataset)]
pub fn validate_dataset(data: JsValue) -> Result<(), JsError> {
    parse_dataset_value(data)
        .map(|_| ())
        .map_err(|e| JsError::new(&e))
}

/// Mounts the embedded dataset into every `[data-pakkaz-autostart]` element: the
/// standalone page. Runs when the module is initialised.
#[wasm_bindgen(start)]
pub fn autostart() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(roots) = document.query_selector_all("[data-pakkaz-autostart]") else {
        return;
    };
    for i in 0..roots.length() {
        let Some(root) = roots
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let started = read_options(JsValue::UNDEFINED)
            .map_err(|e| JsError::new(&e))
            .and_then(|m| {
                render(
                    root.clone().into(),
                    Mount {
                        sync_hash: true,
                        ..m
                    },
                )
            });
        if let Err(error) = started {
            let message: JsValue = error.into();
            let message = js_sys::Error::from(message).message();
            let props = ErrorViewProps {
                message: String::from(message).into(),
            };
            // The app handle is kept for the page's lifetime on purpose.
            std::mem::forget(yew::Renderer::<ErrorView>::with_root_and_props(root, props).render());
        } else if let Ok(timeline) = started {
            // The standalone page's widget lives as long as the page.
            std::mem::forget(timeline);
        }
    }
}
