//! Story mode's own parts: the title slide (the timeline's title, summary and media),
//! and the story's keys and swipes, which turn the slides as `State::story_key_action`
//! and `State::swipe_action` say. An event's slide is the details panel
//! (`super::details`), above the track instead of below it.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use pakkaz_core::model::Dataset;
use pakkaz_core::state::keys::Press;
use pakkaz_core::state::{Action, State};
use pakkaz_core::text::Words;

use super::media::figure;

/// The title slide: the timeline's title, what it tells and its media, then the way on.
pub fn title_slide(
    t: &Words,
    dataset: &Dataset,
    panel_ref: &NodeRef,
    media_slot: &NodeRef,
    title_id: &str,
    (n, total): (usize, usize),
    on_action: &Callback<Action>,
) -> Html {
    html! {
        <section class="pakkaz-details pakkaz-details--title" aria-labelledby={title_id.to_string()}
            tabindex="-1" ref={panel_ref.clone()}>
            <h3 class="pakkaz-details__title" id={title_id.to_string()} dir="auto">{ dataset.title.clone() }</h3>
            if !dataset.summary.is_empty() {
                <p class="pakkaz-details__summary" dir="auto">{ dataset.summary.clone() }</p>
            }
            if let Some(m) = &dataset.media {
                { figure(m, media_slot) }
            }
            { super::details::nav(t, false, total > 1, Some((n, total)), on_action) }
        </section>
    }
}

/// Where a touch on the slides began, until it ends.
pub type SwipeStart = Rc<RefCell<Option<(f64, f64)>>>;

/// The story's listeners, for the element around its slide: its keys, and swipes by
/// touch or pen (a mouse drags text instead).
pub fn listeners(
    state: &State,
    rtl: bool,
    swipe: &SwipeStart,
    on_action: &Callback<Action>,
) -> (
    Callback<KeyboardEvent>,
    Callback<PointerEvent>,
    Callback<PointerEvent>,
) {
    let on_key = {
        let (state, on_action) = (state.clone(), on_action.clone());
        Callback::from(move |k: KeyboardEvent| {
            // Keys in a control (the citation style's menu) are the control's.
            let in_control = k
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|el| el.matches("select, input, textarea").unwrap_or(false));
            let action = Press::of_key(&k.key()).and_then(|p| state.story_key_action(p, rtl));
            if let (false, Some(action)) = (in_control, action) {
                k.prevent_default();
                on_action.emit(action);
            }
        })
    };
    let down = {
        let swipe = swipe.clone();
        Callback::from(move |p: PointerEvent| {
            let touch = p.pointer_type() != "mouse";
            *swipe.borrow_mut() = touch.then(|| (f64::from(p.client_x()), f64::from(p.client_y())));
        })
    };
    let up = {
        let (swipe, on_action) = (swipe.clone(), on_action.clone());
        Callback::from(move |p: PointerEvent| {
            let Some((x, y)) = swipe.borrow_mut().take() else {
                return;
            };
            let (dx, dy) = (f64::from(p.client_x()) - x, f64::from(p.client_y()) - y);
            if let Some(action) = State::swipe_action(dx, dy, rtl) {
                on_action.emit(action);
            }
        })
    };
    (on_key, down, up)
}
