//! Browser tests (wasm-bindgen-test in headless Chromium): the widget as it renders.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use gloo_timers::future::sleep;
use pakkaz_core::model::fold_cases;
use pakkaz_core::model::EMBEDDED_JSON;
use pakkaz_core::start::{first_state, Opening, Years};
use pakkaz_timeline::components::app::{App, AppProps};
use pakkaz_timeline::embed::data::dataset_from_js;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// What the post-build hook appends to the module's JS glue for the wasm to find by name
/// (src/embed/files.js), which this test page's glue does not have: the embedded
/// dataset's text, and no translation (the widget then speaks English).
fn page_functions() {
    let global = js_sys::global();
    let set = |name: &str, value: &JsValue| {
        js_sys::Reflect::set(&global, &name.into(), value).unwrap();
    };
    set("pakkazEmbeddedText", &EMBEDDED_JSON.into());
    set(
        "pakkazEmbeddedData",
        &js_sys::Function::new_no_args("return Promise.resolve(globalThis.pakkazEmbeddedText)"),
    );
    set(
        "pakkazTranslation",
        &js_sys::Function::new_no_args("return Promise.resolve(null)"),
    );
}

/// A fresh host element of the given width, attached to the page.
fn host(width_px: u32) -> Element {
    page_functions();
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

fn mount_app(root: &Element) -> usize {
    let dataset = dataset_from_js(&EMBEDDED_JSON.into()).expect("embedded data is valid");
    let n = dataset.events.len();
    let first = first_state(dataset, Years::Embedded, &Opening::default(), None).unwrap();
    let props = AppProps {
        first,
        fill: false,
        theme: Default::default(),
        bridge: None,
        // Measured after the first render, as a host's own App would.
        label_widths: None,
        words: pakkaz_core::text::Words::english(),
        on_host: None,
        page: Default::default(),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    n
}

#[wasm_bindgen_test]
async fn shows_one_labelled_mark_per_event() {
    let root = host(1100);
    let n = mount_app(&root);
    // Each event is shown alone or counted in a cluster.
    let shown = |root: &Element| {
        let list = root.query_selector_all(".pakkaz-cluster__count").unwrap();
        let clustered: usize = (0..list.length())
            .filter_map(|i| list.item(i)?.text_content()?.parse::<usize>().ok())
            .sum();
        count(root, ".pakkaz-mark") as usize + clustered
    };
    assert!(
        wait_until(|| shown(&root) == n).await,
        "expected {n} events shown"
    );
    let first = root.query_selector(".pakkaz-mark button").unwrap().unwrap();
    let name = first.get_attribute("aria-label").unwrap();
    assert!(name.contains("1991"), "{name}");
    assert_eq!(count(&root, ".pakkaz-filter"), 4);
    assert!(count(&root, ".pakkaz-axis__tick") >= 10);
}

#[wasm_bindgen_test]
async fn follows_the_container_width() {
    let root = host(1200);
    mount_app(&root);
    assert!(wait_until(|| count(&root, ".pakkaz-axis__tick") >= 14).await);
    let wide = count(&root, ".pakkaz-axis__tick");
    root.set_attribute("style", "width: 360px").unwrap();
    assert!(
        wait_until(|| count(&root, ".pakkaz-axis__tick") < wide).await,
        "a narrower container should get fewer ticks than {wide}"
    );
}

#[wasm_bindgen_test]
fn host_data_is_read_as_text_or_object() {
    // An object is read where it lies, text through `JSON.parse`: the same dataset.
    let object = js_sys::JSON::parse(EMBEDDED_JSON).unwrap();
    let from_object = dataset_from_js(&object).expect("the embedded data as an object");
    let from_text = dataset_from_js(&EMBEDDED_JSON.into()).expect("the embedded data as text");
    assert_eq!(from_object.events.len(), from_text.events.len());

    let err = dataset_from_js(&"{ \"events\": [".into()).unwrap_err();
    assert!(
        err.starts_with("The timeline data is not valid JSON: line 1"),
        "{err}"
    );
    let err = dataset_from_js(&JsValue::from_f64(5.0)).unwrap_err();
    assert!(err.contains("must be an object"), "{err}");
    let err = dataset_from_js(&JsValue::UNDEFINED).unwrap_err();
    assert!(err.contains("missing"), "{err}");

    // Objects are read where they lie, only as deep as the format goes: an event whose
    // fields point back at the event itself (a cycle through fields the reader does read)
    // is reported, not followed into a stack overflow.
    let cyclic = js_sys::Object::new();
    for field in ["title", "date", "sources"] {
        js_sys::Reflect::set(&cyclic, &field.into(), &cyclic).unwrap();
    }
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"events".into(), &js_sys::Array::of1(&cyclic)).unwrap();
    let err = dataset_from_js(&data).unwrap_err();
    for field in ["title", "date"] {
        assert!(
            err.contains(&format!(
                "event #1, field `{field}`: must be text, not an object"
            )),
            "{err}"
        );
    }
    assert!(
        err.contains("event #1, field `sources`: must be a list, not an object"),
        "{err}"
    );
    let wrong = js_sys::JSON::parse(r#"{ "events": [{ "id": 5, "title": ["x"] }, "e"] }"#).unwrap();
    let err = dataset_from_js(&wrong).unwrap_err();
    assert!(
        err.contains("event #1, field `id`: must be text, not a number"),
        "{err}"
    );
    assert!(
        err.contains("event #1, field `title`: must be text, not a list"),
        "{err}"
    );
    assert!(
        err.contains("dataset, field `events[1]`: must be an object, not text"),
        "{err}"
    );
}

#[track_caller]
fn error_of(result: Result<pakkaz_timeline::embed::Timeline, wasm_bindgen::JsError>) -> String {
    match result {
        Ok(_) => panic!("expected an error at {}", std::panic::Location::caller()),
        Err(e) => js_sys::Error::from(wasm_bindgen::JsValue::from(e))
            .message()
            .into(),
    }
}

/// `mount`'s options from JSON text, as a host's script passes them.
fn options(json: &str) -> Option<js_sys::Object> {
    use wasm_bindgen::JsCast;
    Some(js_sys::JSON::parse(json).unwrap().unchecked_into())
}

#[wasm_bindgen_test]
fn mount_rejects_bad_input_with_a_readable_error() {
    use pakkaz_timeline::mount;
    use wasm_bindgen::JsValue;
    let err = error_of(mount(JsValue::NULL, None));
    assert!(err.contains("must be a DOM element"), "{err}");
    let root: JsValue = host(600).into();
    // Data may be JSON text; text that is JSON but not a dataset says what it is.
    let err = error_of(mount(root.clone(), options(r#"{ "data": "[]" }"#)));
    assert!(
        err.contains("must be an object with an \"events\" list, not a list"),
        "{err}"
    );
    let err = error_of(mount(root.clone(), options(r#"{ "theme": 3 }"#)));
    assert!(err.contains("`theme` must be text"), "{err}");
    let err = error_of(mount(root.clone(), options(r#"{ "categories": "trade" }"#)));
    assert!(err.contains("`categories` must be a list of text"), "{err}");
    let err = error_of(mount(root.clone(), options(r#"{ "hash": "yes" }"#)));
    assert!(err.contains("`hash` must be true or false"), "{err}");
    // Names the data lacks are checked at once against data given now (the embedded
    // dataset, fetched, is checked when it is there, and the widget says so itself).
    let err = error_of(mount(
        root.clone(),
        options(r#"{ "data": { "events": [] }, "categories": ["sport"] }"#),
    ));
    assert!(err.contains("unknown category \"sport\""), "{err}");
    let err = error_of(mount(root.clone(), options(r#"{ "from": "2021-02-30" }"#)));
    assert!(err.contains("`from` \"2021-02-30\""), "{err}");
    let err = error_of(mount(root.clone(), options(r#"{ "colour": "red" }"#)));
    assert!(err.contains("unknown field `colour`"), "{err}");
    let err = error_of(mount(
        root,
        options(
            r#"{ "data": { "events": [{ "id": "x", "date": "2001", "category": "trade" }] } }"#,
        ),
    ));
    assert!(
        err.contains("event \"x\", field `title`: is missing"),
        "{err}"
    );
}

#[wasm_bindgen_test]
async fn mount_renders_custom_data_and_destroy_removes_it() {
    use pakkaz_timeline::mount;
    let root = host(800);
    let data = r#"{ "data": { "title": "Custom", "sources": [{ "id": "s", "title": "S" }], "events": [
        { "id": "a", "date": "2001-05", "category": "trade", "title": "Alpha",
          "sources": [{ "source": "s", "quote": "Q." }] } ] }, "from": "1990", "to": "2001-08" }"#;
    let mut timeline = mount(root.clone().into(), options(data)).expect("mounts");
    // The widget lives in the element's shadow root, with the widget's stylesheet.
    let shadow = root.shadow_root().expect("a shadow root");
    assert_eq!(shadow.adopted_style_sheets().length(), 1);
    let marks = || shadow.query_selector_all(".pakkaz-mark").unwrap().length();
    assert!(wait_until(|| marks() == 1).await);
    let title = shadow.query_selector(".pakkaz-title").unwrap().unwrap();
    assert_eq!(title.text_content().unwrap(), "Custom");
    let view = shadow
        .query_selector(".pakkaz-track__viewport")
        .unwrap()
        .unwrap();
    assert_eq!(
        view.get_attribute("data-from").as_deref(),
        Some("2001-01-01")
    );
    assert_eq!(view.get_attribute("data-to").as_deref(), Some("2001-08-31"));
    timeline.destroy();
    yew::scheduler::flush().await;
    assert_eq!(
        root.child_element_count() + shadow.child_element_count(),
        0,
        "destroy leaves nothing behind"
    );
    timeline.destroy();
}

/// The folding cases the native tests check (core/src/model/fold_cases.txt), here with the
/// browser's own Unicode data, which the widget uses.
#[wasm_bindgen_test]
fn folding_follows_unicode_with_the_browsers_data() {
    pakkaz_timeline::embed::fold::use_browser_unicode();
    fold_cases::check_fold_cases(pakkaz_core::model::search::fold);
}

/// Broken JSON text is located by line and column, whatever the browser's own message.
#[wasm_bindgen_test]
fn broken_json_text_says_where() {
    let err = dataset_from_js(&"{ \"events\": [ { \"id\": \"a\", } ] }".into()).unwrap_err();
    assert_eq!(
        err,
        "The timeline data is not valid JSON: line 1, column 28: expected a field name in double quotes"
    );
}
