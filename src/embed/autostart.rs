//! The standalone page's start: when the module loads, every `[data-pakkaz-autostart]`
//! element gets the embedded dataset, with the URL hash kept in step.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::handle::error;
use super::options::{read_options, Mount};
use super::render;
use super::shadow::shadow_of;
use crate::components::slot::{Slot, SlotContent, SlotHost, SlotHostProps};

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
                // In English, the one language the wasm holds: nothing else could be
                // fetched for a page whose widget cannot start.
                let words = pakkaz_core::text::Words::english();
                let slot = std::rc::Rc::new(Slot::default());
                slot.set(SlotContent::Failed(String::from(message).into(), words));
                // In the widget's shadow root, with its stylesheet, where it can have one.
                let target = shadow_of(&root)
                    .ok()
                    .and_then(|shadow| {
                        let frame = document.create_element("div").ok()?;
                        shadow.append_child(&frame).ok()?;
                        Some(frame)
                    })
                    .unwrap_or(root);
                std::mem::forget(
                    yew::Renderer::<SlotHost>::with_root_and_props(target, SlotHostProps { slot })
                        .render(),
                );
            }
        }
    }
}
