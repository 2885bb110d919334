//! An event's media: a picture drawn here; anything else (a video or sound file with
//! controls, a service's page behind a facade, a link) drawn by `pakkaz-media.js`,
//! loaded the first time an event with such media is shown (that file says why it is
//! JavaScript).

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use pakkaz_core::model::Media;
use pakkaz_core::text::{Key, Words};

#[wasm_bindgen]
extern "C" {
    /// `pakkazMedia` in src/embed/owner.js (appended to the module's JS glue, so found
    /// by name): loads `pakkaz-media.js` once and draws `media` (its address, title,
    /// poster and captions) into `slot`, in `words`.
    #[wasm_bindgen(js_name = pakkazMedia)]
    fn draw_media(slot: &web_sys::Element, media: &js_sys::Array, words: &js_sys::Array);
}

/// Draws media into `slot` (once the slot is in the page), when it is not a picture
/// (which [`figure`] draws itself). The details call it as they show an event.
pub fn draw(slot: &NodeRef, m: Option<&Media>, t: &Words) {
    let Some(m) = m.filter(|m| !m.is_picture()) else {
        return;
    };
    let Some(slot) = slot.cast::<web_sys::Element>() else {
        return;
    };
    {
        let media: js_sys::Array = [&m.url, &m.alt, &m.poster, &m.captions]
            .iter()
            .map(|p| JsValue::from_str(p))
            .collect();
        let words: js_sys::Array = [
            t.get(Key::media_play),
            t.get(Key::media_show_map),
            t.get(Key::media_show),
            t.get(Key::media_from),
            t.get(Key::media_open),
            t.get(Key::captions),
            t.lang().tag(),
        ]
        .iter()
        .map(|w| JsValue::from_str(w))
        .collect();
        draw_media(&slot, &media, &words);
    }
}

/// The media, with its caption and credit under it: a picture, or the `slot` the player
/// script draws into.
pub fn figure(m: &Media, slot: &NodeRef) -> Html {
    html! {
        <figure class="pakkaz-details__media">
            if m.is_picture() {
                <img src={m.url.clone()} alt={m.alt.clone()} loading="lazy" decoding="async"
                    referrerpolicy="no-referrer" />
            } else {
                // Keyed by the address, so another event's media gets a slot of its own.
                <div class="pakkaz-media" key={m.url.clone()} ref={slot.clone()}></div>
            }
            // A caption that only repeats the title (a TimelineJS file's often does) is
            // said once.
            if (!m.caption.is_empty() && m.caption != m.alt) || !m.credit.is_empty() {
                <figcaption dir="auto">
                    if m.caption != m.alt {
                        { m.caption.clone() }
                    }
                    if !m.credit.is_empty() {
                        <span class="pakkaz-details__credit" dir="auto">{ m.credit.clone() }</span>
                    }
                </figcaption>
            }
        </figure>
    }
}
