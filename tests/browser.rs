//! Browser tests (wasm-bindgen-test in headless Chromium): the widget as it renders.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use gloo_timers::future::sleep;
use pakkaz_timeline::components::app::{App, AppProps};
use pakkaz_timeline::model::EMBEDDED_JSON;
use pakkaz_timeline::parse_dataset_json;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh host element of the given width, attached to the page.
fn host(width_px: u32) -> Element {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    host.set_attribute("style", &format!("width: {width_px}px"))
        .unwrap();
    gloo::utils::body().append_child(&host).unwrap();
    host
}

async fn wait_until(mut condition: impl FnMut() -> bool) -> bool {
    for _ in 0..150 {
        yew::scheduler::flush().await;
        if condition() {
            return true;
        }
        sleep(Duration::from_millis(20)).await;
    }
    false
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn mount(root: &Element) -> usize {
    let dataset = parse_dataset_json(EMBEDDED_JSON).expect("embedded data is valid");
    let n = dataset.events.len();
    let props = AppProps {
        dataset: Rc::new(dataset),
        range: pakkaz_timeline::default_range(),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    n
}

#[wasm_bindgen_test]
async fn shows_one_labelled_mark_per_event() {
    let root = host(1100);
    let n = mount(&root);
    assert!(
        wait_until(|| count(&root, ".pakkaz-mark") as usize == n).await,
        "expected {n} marks"
    );
    let first = root.query_selector(".pakkaz-mark").unwrap().unwrap();
    let name = first.get_attribute("aria-label").unwrap();
    assert!(name.contains("1991"), "{name}");
    assert_eq!(count(&root, ".pakkaz-legend__item"), 4);
    assert!(count(&root, ".pakkaz-axis__tick") >= 10);
}

#[wasm_bindgen_test]
async fn follows_the_container_width() {
    let root = host(1200);
    mount(&root);
    assert!(wait_until(|| count(&root, ".pakkaz-axis__tick") >= 14).await);
    let wide = count(&root, ".pakkaz-axis__tick");
    root.set_attribute("style", "width: 360px").unwrap();
    assert!(
        wait_until(|| count(&root, ".pakkaz-axis__tick") < wide).await,
        "a narrower container should get fewer ticks than {wide}"
    );
}

#[wasm_bindgen_test]
fn bad_json_is_a_readable_error() {
    let err = parse_dataset_json("{ \"events\": [").unwrap_err();
    assert!(
        err.starts_with("The timeline data is not valid JSON"),
        "{err}"
    );
    let err = parse_dataset_json("{ \"events\": 5 }").unwrap_err();
    assert!(err.contains("wrong shape"), "{err}");
}

#[wasm_bindgen_test]
fn invalid_events_are_listed_by_id_and_field() {
    let json = r#"{ "sources": [{ "id": "s", "title": "S" }], "events": [
        { "id": "x", "date": "2021-02-30", "category": "sport", "title": "X",
          "sources": [{ "source": "s", "quote": "Q." }] } ] }"#;
    let err = parse_dataset_json(json).unwrap_err();
    assert!(err.contains("event \"x\", field `date`"), "{err}");
    assert!(err.contains("event \"x\", field `category`"), "{err}");
}
