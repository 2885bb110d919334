//! The browser API. `mount(element, options)` renders one widget into an element and
//! returns a handle (`destroy`, `setCategories`, `zoomTo`, `select`); the widget fires
//! `pakkaz:select` and `pakkaz:viewchange` on the element. `validateDataset` checks data
//! the way `mount` does. The standalone page is one more host: elements marked
//! `data-pakkaz-autostart` get the embedded dataset when the module starts. Loading the
//! module renders nothing anywhere else.
//!
//! One job per file: `options` (reading `mount`'s options), `data` (reading hosts' data),
//! `pool` (reusable roots), `shadow` (the shadow root that isolates a widget), `fetch`
//! (`src`'s text), `handle` (the `Timeline` a host holds), `host` (what the page does
//! with what a widget tells it), `address` (the page's hash), `language` (the page's
//! languages), `fold` (the browser's Unicode folding), `owner` (the owner module),
//! `autostart` (the standalone page); this file mounts.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::app::AppProps;
use crate::components::bridge::Bridge;
use crate::components::slot::SlotContent;
use pakkaz_core::model::stamp::Stamped;
use pakkaz_core::model::Dataset;
use pakkaz_core::state::Action;
use pakkaz_core::text::Words;

mod address;
mod autostart;
pub mod data;
mod fetch;
mod files;
pub mod fold;
mod handle;
mod host;
mod language;
mod later;
mod options;
mod owner;
mod pool;
mod shadow;

use address::{page_hash, Address};
use data::dataset_from_js;
use files::Speech;
use handle::error;
pub use handle::Timeline;
use options::{read_options, Later, Mount, MountData};
use pakkaz_core::start::{first_state, language as first_language, Years};
use pakkaz_core::state::State;
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

fn render(host: web_sys::Element, mut mount: Mount) -> Result<Timeline, JsError> {
    console_error_panic_hook::set_once();
    fold::use_browser_unicode();
    let document = host
        .owner_document()
        .ok_or_else(|| JsError::new("mount: the element is not in a document"))?;
    // Data given now is checked before anything is added to the page.
    let data = std::mem::replace(
        &mut mount.data,
        MountData::Later(Later::Fetch(String::new())),
    );
    let start = match data {
        MountData::Ready { dataset, origin } => {
            let first = View::first(&mount, dataset, Years::OfData).map_err(error)?;
            Start::Show(first, origin)
        }
        MountData::Later(later) => Start::Later(later),
    };
    let hash = mount.sync_hash.then(page_hash);
    let lang = first_language(mount.lang, hash.as_deref(), &language::of_page(&host));
    let speech = Speech::start(lang, mount.strings.clone()).map_err(error)?;
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
    let shown = Rc::new(RefCell::new(Rc::new(Dataset::default())));
    let view = View {
        mount,
        fill,
        bridge: bridge.clone(),
    };
    // The handle finds the host's events at once, even while a translation is on its way.
    if let Start::Show(first, _) = &start {
        *shown.borrow_mut() = first.dataset.clone();
    }
    match (start, speech) {
        (Start::Show(first, origin), Speech::Ready(words)) => {
            view.show(&root, first, origin, words)
        }
        // The data, the words, or both are on their way.
        (start, speech) => {
            root.slot.set(SlotContent::Loading(speech.meanwhile()));
            let (slot, element, shown) = (root.slot.clone(), root.element.clone(), shown.clone());
            let generation = slot.generation();
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = match start {
                    Start::Show(first, origin) => Ok((first, origin)),
                    Start::Later(later) => {
                        later::load(later)
                            .await
                            .and_then(|(dataset, origin, years)| {
                                Ok((View::first(&view.mount, dataset, years)?, origin))
                            })
                    }
                };
                let words = speech.words().await;
                // Destroyed, or mounted again, while the data was on its way.
                if slot.generation() != generation {
                    return;
                }
                let root = Root { element, slot };
                match loaded {
                    Ok((first, origin)) => {
                        *shown.borrow_mut() = first.dataset.clone();
                        view.show(&root, first, origin, words);
                    }
                    Err(message) => root.slot.set(SlotContent::Failed(message.into(), words)),
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

/// How a widget starts: shown at once with the host's data, or loading it (from `src`,
/// the owner module, or the embedded dataset's file).
enum Start {
    Show(State, JsValue),
    Later(Later),
}

/// What a widget needs besides its data and words, kept while they load.
struct View {
    mount: Mount,
    fill: bool,
    bridge: Rc<Bridge>,
}

impl View {
    /// The first state of a widget mounted with `mount`'s options, once its data is there.
    fn first(mount: &Mount, dataset: Dataset, years: Years) -> Result<State, String> {
        let hash = mount.sync_hash.then(page_hash);
        first_state(dataset, years, &mount.opening, hash.as_deref())
    }

    /// Shows the widget in `root`, starting from `first` as measured in the page now (one
    /// layout of the host page), so that the first frame shows the events: the width the
    /// track will have and, in a box of free height, its length where time runs down.
    fn show(&self, root: &Root, first: State, origin: JsValue, words: Words) {
        let mount = &self.mount;
        let address = (mount.sync_hash).then(|| Rc::new(Address::keep(self.bridge.clone())));
        let width =
            pakkaz_core::timeline::metrics::track_width_for(root.element.client_width() as f64);
        let mut first = first.apply(Action::Resize(width));
        if !self.fill {
            first = first.apply(Action::SetLength(crate::components::track::window_length()));
        }
        // The labels too, in the reader's font: else the first frame would lay them out
        // by estimates and the next would move them.
        let titles = first.dataset.events.iter().map(|e| e.title.as_str());
        let label_widths = crate::components::measure::label_widths(&root.element, titles)
            .map(|widths| Rc::new(Stamped::new(widths)));
        root.slot.set(SlotContent::Widget(AppProps {
            first,
            label_widths,
            on_host: Some(host::on_host(root.element.clone(), origin, address)),
            page: crate::components::PageAddress(address::page_address),
            fill: self.fill,
            theme: mount.theme,
            bridge: Some(self.bridge.clone()),
            words,
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
