//! Telling the host what changed: a hook that turns changes of the state into
//! [`ToHost`] values, emitted through the one callback the embedding gives. What the
//! page then does with each (a DOM event, its address) is the embedding's.

use std::rc::Rc;

use yew::prelude::*;

use super::store::Store;
use pakkaz_core::report::{Selected, ToHost, ViewChanged};
use pakkaz_core::state::link::encode;
use pakkaz_core::text::Words;

/// Emits a [`ToHost`] to `on_host` when the selection changes, when the view changes,
/// and when the view a link would carry changes (once the track has been measured).
#[hook]
pub fn use_reports(state: &UseReducerHandle<Store>, t: &Words, on_host: Option<Callback<ToHost>>) {
    let on_host = Rc::new(on_host);
    {
        let (state, t, on_host) = (state.clone(), t.clone(), on_host.clone());
        // Only a change is reported: not the selection a widget starts with (none, or the
        // host's own `selected`).
        let reported = use_mut_ref(|| state.selected);
        use_effect_with(state.selected, move |selected| {
            let changed = reported.replace(*selected) != *selected;
            if let (true, Some(on_host)) = (changed, on_host.as_ref()) {
                on_host.emit(ToHost::Select(Selected::of(&state, &t)));
            }
        });
    }
    {
        let (state_now, on_host) = (state.clone(), on_host.clone());
        // What the event reports: whole days, so a move within a day (a slow drag when
        // zoomed in to months) fires nothing.
        let key = (state.viewport.days(), state.categories, state.query.clone());
        use_effect_with(key, move |_| {
            if let Some(on_host) = on_host.as_ref() {
                on_host.emit(ToHost::ViewChange(ViewChanged::of(&state_now)));
            }
        });
    }
    {
        let last_selected = use_mut_ref(|| None::<Option<usize>>);
        let (selected, measured) = (state.selected, state.width > 0.0);
        let hash = encode(state, t.lang());
        use_effect_with(hash, move |hash| {
            if let (true, Some(on_host)) = (measured, on_host.as_ref()) {
                let push = {
                    let mut last = last_selected.borrow_mut();
                    let changed = last.is_some_and(|previous| previous != selected);
                    *last = Some(selected);
                    changed
                };
                on_host.emit(ToHost::Address {
                    hash: hash.clone(),
                    push,
                });
            }
        });
    }
}
