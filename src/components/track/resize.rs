//! The track's size: its width (`Resize`) and, in a container of fixed height, the
//! lanes that fit it (`SetMaxLanes`), measured once when the track mounts and then
//! followed with a `ResizeObserver`; and its length down the widget where time runs down
//! (`SetLength`): the fixed-height container's, or else a share of the window's.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

use pakkaz_core::state::Action;
use pakkaz_core::timeline::metrics::{down_length, lanes_for_height};

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

/// The length a track of free height has where time runs down: from the window's height.
pub fn window_length() -> f64 {
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    down_length(height)
}

/// Reports the plot's width now and whenever it changes, and, when `fill`, the lanes
/// that fit the viewport's height and its length for time running down (otherwise the
/// window's share, with each change of width: a phone turned round).
pub fn watch_size(
    plot: &HtmlElement,
    viewport: Option<HtmlElement>,
    fill: bool,
    on_action: Callback<Action>,
) -> Option<SizeWatch> {
    on_action.emit(Action::Resize(plot.client_width() as f64));
    if !fill {
        on_action.emit(Action::SetLength(window_length()));
    }
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
                on_action.emit(Action::SetLength(rect.height()));
            } else {
                on_action.emit(Action::Resize(rect.width()));
                if !fill {
                    on_action.emit(Action::SetLength(window_length()));
                }
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
