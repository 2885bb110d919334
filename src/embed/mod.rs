//! The browser API. `mount(element, options)` renders one widget into an element and
//! returns a handle (`destroy`, `setCategories`, `zoomTo`, `select`); the widget fires
//! `pakkaz:select` and `pakkaz:viewchange` on the element. `validateDataset` checks data
//! the way `mount` does. The standalone page is one more host: elements marked
//! `data-pakkaz-autostart` get the embedded dataset when the module starts. Loading the
//! module renders nothing anywhere else.
//!
//! One job per file: `options` (reading `mount`'s options), `data` (reading hosts' data),
//! `pool` (reusable roots), `shadow` (the shadow root that isolates a widget), `fetch`
//! (`src`'s text), `handle` (the `Timeline` a host holds), `start` (the standalone
//! page); this file mounts.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::app::AppProps;
use crate::components::bridge::Bridge;
use crate::components::slot::SlotContent;
use crate::model::file_format::FileFormat;
use crate::model::stamp::Stamped;
use crate::model::Dataset;
use crate::state::Action;
use crate::text::Words;

pub mod data;
mod fetch;
mod handle;
mod language;
mod options;
mod owner;
mod pool;
mod shadow;
mod start;

use data::{dataset_from_js, read_js, Read};
use fetch::fetch_text;
use handle::error;
pub use handle::Timeline;
use options::{picked_of, read_options, Later, Mount, MountData, Picked};
use pool::{release, take_root, Root};
use shadow::shadow_of;

/// Renders a timeline into `element` and returns its handle. Options (all optional):
/// `data` (a dataset in the documented format, as an object or as JSON text; the
/// embedded one if absent), `src` (instead: the address of a JSON, CSV or TimelineJS
/// file), `heading` (shown instead of the data's title), `lang` (the widget's language),
/// `strings` (the host's own words, by key),
/// `categories` (ids to show), `from`, `to` (dates as in the data format), `selected`
/// (an event id), `theme` ("light", "dark" or "auto"), `hash` (keep the page's URL hash
/// in step, default false), `height` (pixels or a CSS length), `list` (start in the list
/// view), `lanes` (start with lanes by category). Throws an `Error` naming the problem for bad input.
#[wasm_bindgen]
pub fn mount(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    #[wasm_bindgen(unchecked_param_type = "MountOptions")] options: Option<js_sys::Object>,
) -> Result<Timeline, JsError> {
    let element: web_sys::Element = element
        .dyn_into()
        .map_err(|_| JsError::new("mount: the first argument must be a DOM element"))?;
    let options = options.map_or(JsValue::UNDEFINED, JsValue::from);
    let mount = read_options(options).map_err(error)?;
    render(element, mount)
}

fn render(host: web_sys::Element, mount: Mount) -> Result<Timeline, JsError> {
    console_error_panic_hook::set_once();
    let document = host
        .owner_document()
        .ok_or_else(|| JsError::new("mount: the element is not in a document"))?;
    // Data given now is checked before anything is added to the page.
    let start = match &mount.data {
        MountData::Ready {
            dataset,
            custom,
            origin,
        } => {
            let picked = picked_of(dataset, &mount).map_err(error)?;
            Start::Show(dataset.clone(), *custom, picked, origin.clone())
        }
        MountData::Later(later) => Start::Later(later.clone()),
    };
    let lang = mount
        .lang
        .unwrap_or_else(|| language::of_page(&host, mount.sync_hash));
    let words = Words::new(lang, mount.strings.clone()).map_err(error)?;
    let shadow = shadow_of(&host).map_err(JsError::new)?;
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
    if shadow.append_child(&root.element).is_err() {
        release(root);
        return Err(JsError::new("mount: cannot add the widget to the element"));
    }
    let bridge = Rc::new(Bridge::default());
    let shown = Rc::new(RefCell::new(Rc::new(Dataset::new(
        String::new(),
        Vec::new(),
        Vec::new(),
    ))));
    let view = View {
        words,
        mount,
        fill,
        bridge: bridge.clone(),
    };
    match start {
        Start::Show(dataset, custom, picked, origin) => {
            *shown.borrow_mut() = dataset.clone();
            view.show(&root, dataset, custom, picked, origin);
        }
        Start::Later(later) => {
            root.slot.set(SlotContent::Loading(view.words.clone()));
            let (slot, element, shown) = (root.slot.clone(), root.element.clone(), shown.clone());
            let generation = slot.generation();
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = match later {
                    Later::Fetch(src) => match fetch_text(&src).await {
                        Ok((text, FileFormat::Json)) => match read_js(&text.into()) {
                            Ok(Read::Dataset(dataset, origin)) => Ok((dataset, origin)),
                            Ok(Read::TimelineJs(file)) => {
                                owner::dataset_from_timelinejs(&file).await
                            }
                            Err(message) => Err(message),
                        },
                        Ok((text, FileFormat::Csv)) => owner::dataset_from_csv(&text).await,
                        Err(message) => Err(message),
                    },
                    Later::TimelineJs(file) => owner::dataset_from_timelinejs(&file).await,
                };
                // Destroyed, or mounted again, while the data was on its way.
                if slot.generation() != generation {
                    return;
                }
                let root = Root { element, slot };
                let shown_now = loaded.and_then(|(mut dataset, origin)| {
                    if let Some(heading) = &view.mount.heading {
                        dataset.title.clone_from(heading);
                    }
                    let picked = picked_of(&dataset, &view.mount)?;
                    Ok((Rc::new(dataset), picked, origin))
                });
                match shown_now {
                    Ok((dataset, picked, origin)) => {
                        *shown.borrow_mut() = dataset.clone();
                        view.show(&root, dataset, true, picked, Some(origin));
                    }
                    Err(message) => root
                        .slot
                        .set(SlotContent::Failed(message.into(), view.words.clone())),
                }
            });
        }
    }
    Ok(Timeline {
        root: Some(root),
        bridge,
        dataset: shown,
    })
}

/// How a widget starts: shown at once with its data, or loading it from `src`.
enum Start {
    Show(Rc<Dataset>, bool, Picked, Option<JsValue>),
    Later(Later),
}

/// What a widget needs besides its data, kept while the data loads.
struct View {
    mount: Mount,
    words: Words,
    fill: bool,
    bridge: Rc<Bridge>,
}

impl View {
    /// Shows the widget with its data in `root`.
    fn show(
        &self,
        root: &Root,
        dataset: Rc<Dataset>,
        custom: bool,
        picked: Picked,
        origin: Option<JsValue>,
    ) {
        let mount = &self.mount;
        let range = if custom {
            crate::range_of(&dataset)
        } else {
            crate::default_range()
        };
        if let Some(index) = picked.selected {
            self.bridge.send(Action::Select(Some(index)));
        }
        if mount.list {
            self.bridge.send(Action::SetListView(true));
        }
        if mount.lanes {
            self.bridge.send(Action::SetLanes(true));
        }
        // The width the track will have, read now (one layout of the host page) so that
        // the first frame shows the events: measuring after the first render would cost a
        // second render, layout and paint before any event appeared.
        let width = crate::timeline::metrics::track_width_for(root.element.client_width() as f64);
        // The labels too, in the reader's font: else the first frame would lay them out
        // by estimates and the next would move them.
        let titles = dataset.events.iter().map(|e| e.title.as_str());
        let label_widths = crate::components::measure::label_widths(&root.element, titles)
            .map(|widths| Rc::new(Stamped::new(widths)));
        root.slot.set(SlotContent::Widget(AppProps {
            width,
            label_widths,
            dataset,
            range,
            categories: picked.categories,
            download: Some(yew::Callback::from(
                move |(ids, csv): (Vec<String>, bool)| {
                    let ids: js_sys::Array = ids.iter().map(|id| JsValue::from_str(id)).collect();
                    owner::export(origin.as_ref(), &ids, csv);
                },
            )),
            picture: Some(yew::Callback::from(
                |(root, png, lines): (web_sys::Element, bool, [String; 4])| {
                    owner::picture(&root, png, &lines.join("\u{1f}"));
                },
            )),
            window: mount.window,
            sync_hash: mount.sync_hash,
            fill: self.fill,
            theme: mount.theme,
            bridge: Some(self.bridge.clone()),
            words: self.words.clone(),
        }));
    }
}

/// Checks a dataset object the way `mount` does: returns nothing if it is valid, throws an
/// `Error` listing every problem otherwise.
#[wasm_bindgen(js_name = validateDataset)]
pub fn validate_dataset(
    #[wasm_bindgen(unchecked_param_type = "Dataset | string")] data: JsValue,
) -> Result<(), JsError> {
    dataset_from_js(&data).map(|_| ()).map_err(error)
}
