//! Printing: the page's print media (a reader printing, or a test emulating print) turns
//! the state's `printing` on and off, through `SetPrinting`. The stylesheet's print rules
//! do the rest: no controls, the header on every page, the track at its width on paper
//! and the list of the events shown, with their summaries and sources, under it.

use gloo::events::EventListener;
use yew::prelude::*;

use super::store::Store;
use pakkaz_core::state::Action;

/// Follows the page's `print` media query for as long as the listener it returns is
/// kept (the widget keeps it while mounted: `App`'s effect): it changes as the browser
/// lays the page out to print it, and with print emulation. Yew renders the change (a
/// microtask) before the browser goes on to lay out the pages.
pub fn follow_printing(dispatcher: UseReducerDispatcher<Store>) -> Option<EventListener> {
    let media = web_sys::window().and_then(|w| w.match_media("print").ok().flatten())?;
    let query = media.clone();
    Some(EventListener::new(&media, "change", move |_| {
        dispatcher.dispatch(Action::SetPrinting(query.matches()))
    }))
}
