//! Telling the host what changed: a hook that turns changes of the state into
//! [`ToHost`] values, emitted through the one callback the embedding gives. What the
//! page then does with each (a DOM event, its address) is the embedding's.

use yew::prelude::*;

use super::store::Store;
use pakkaz_core::model::CategorySet;
use pakkaz_core::report::{Selected, ToHost, ViewChanged};
use pakkaz_core::state::link::encode;
use pakkaz_core::text::Words;

/// What the reports are about, as one render left it.
#[derive(Clone, PartialEq)]
struct Seen {
    selected: Option<usize>,
    /// What the view change reports: whole days, so a move within a day (a slow drag
    /// when zoomed in to months) fires nothing.
    view: ((i64, i64), CategorySet, String),
    /// The view a link would carry, once the track has been measured.
    hash: Option<String>,
}

/// Emits a [`ToHost`] to `on_host` when the selection changes (not the one a widget
/// starts with), when the view changes (and once at first), and when the view a link
/// would carry changes (once the track has been measured). One effect for the three:
/// each effect is another copy of Yew's effect code in the wasm.
#[hook]
pub fn use_reports(state: &UseReducerHandle<Store>, t: &Words, on_host: Option<Callback<ToHost>>) {
    let before = use_mut_ref(|| None::<Seen>);
    // The selection the last address was written with: a new selection pushes a
    // history entry, anything else replaces the entry.
    let address_selected = use_mut_ref(|| None::<Option<usize>>);
    let now = Seen {
        selected: state.selected,
        view: (state.viewport.days(), state.categories, state.query.clone()),
        hash: (state.width > 0.0).then(|| encode(state, t.lang())),
    };
    let (state, t) = (state.clone(), t.clone());
    use_effect_with(now, move |now| {
        let before = before.replace(Some(now.clone()));
        let Some(on_host) = on_host else { return };
        if before.as_ref().is_some_and(|b| b.selected != now.selected) {
            on_host.emit(ToHost::Select(Selected::of(&state, &t)));
        }
        if before.as_ref().is_none_or(|b| b.view != now.view) {
            on_host.emit(ToHost::ViewChange(ViewChanged::of(&state)));
        }
        let hash_changed = before.as_ref().is_none_or(|b| b.hash != now.hash);
        if let (true, Some(hash)) = (hash_changed, &now.hash) {
            let last = address_selected.replace(Some(now.selected));
            on_host.emit(ToHost::Address {
                hash: hash.clone(),
                push: last.is_some_and(|previous| previous != now.selected),
            });
        }
    });
}
