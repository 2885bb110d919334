//! The track's size: its width (`Resize`) and, in a container of fixed height, the
//! lanes that fit it (`SetMaxLanes`), measured once when the track mounts and then
//! followed with a `ResizeObserver`.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

use crate::state::Action;
use crate::timeline::metrics::lanes_for_height;

type ResizeCallback = Closure<dyn FnMut(js_sys::Array)>;

/// A `ResizeObserver` that reports the track's size; disconnects when dropped.
pub struct SizeWatch {
    observer: ResizeObserver,
    _callback: ResizeCallback,
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Reports the plot's width now and whenever it changes, and, when `fill`, the lanes
/// that fit the viewport's height.
pub fn watch_size(
    plot: &HtmlElement,
    viewport: Option<HtmlElement>,
    fill: bool,
    on_action: Callback<Action>,
) -> Option<SizeWatch> {
    on_action.emit(Action::Resize(plot.client_width() as f64));
    let watched_viewport = viewport.clone();
    let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for entry in entries.iter() {
            let Some(entry) = entry.dyn_ref::<ResizeObserverEntry>() else {
                continue;
            };
            let rect = entry.content_rect();
            let is_viewport = watched_viewport
                .as_ref()
                .is_some_and(|v| entry.target() == **v);
            if is_viewport {
                on_action.emit(Action::SetMaxLanes(lanes_for_height(rect.height())));
            } else {
                on_action.emit(Action::Resize(rect.width()));
            }
        }
    });
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(plot);
    if let (true, Some(v)) = (fill, viewport.as_ref()) {
        observer.observe(v);
    }
    Some(SizeWatch {
        observer,
        _callback: on_resize,
    })
}
