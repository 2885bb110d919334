//! The core's [`State`] held by Yew's reducer: the widget's side of the one state. The
//! core's reducer is plain Rust (`State::apply`); this only tells Yew when nothing changed.

use std::ops::Deref;
use std::rc::Rc;

use yew::Reducible;

use pakkaz_core::state::{Action, State};

/// A [`State`] in Yew's reducer.
#[derive(Clone, Debug, PartialEq)]
pub struct Store(pub State);

impl Deref for Store {
    type Target = State;

    fn deref(&self) -> &State {
        &self.0
    }
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action);
        // An unchanged state keeps its Rc, so Yew skips the re-render.
        if next == self.0 {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}
