//! The widget's build (`build.rs`): the dataset it embeds is the maintainers' file, checked
//! and without the whitespace between its tokens.
#![cfg(not(target_arch = "wasm32"))] // native: reads the widget's files

#[test]
fn the_embedded_text_is_events_json_without_its_whitespace() {
    use pakkaz_timeline::EMBEDDED_JSON;
    let source = include_str!("../src/data/events.json");
    let value = |text: &str| serde_json::from_str::<serde_json::Value>(text).unwrap();
    assert_eq!(value(EMBEDDED_JSON), value(source));
    assert!(EMBEDDED_JSON.len() < source.len());
    assert!(!EMBEDDED_JSON.contains("\n  "), "no indentation left");
    // Whitespace inside strings is kept: every quote of the source is there as written.
    for quote in source.split("\"quote\":").skip(1) {
        let quote = &quote.trim_start()[..quote.trim_start()[1..].find('"').unwrap() + 2];
        assert!(EMBEDDED_JSON.contains(quote), "{quote}");
    }
}
