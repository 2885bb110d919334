//! Reading datasets through serde: JSON text natively with serde_json (as the build's check
//! of the embedded data does), the messages for text that is not JSON (line, column and
//! reason, the same ones the browser shows), fields of the wrong type named with event
//! and field, and that no input makes reading or validation panic.
#![cfg(not(target_arch = "wasm32"))]

use pakkaz_core::model::format::{RawDataset, RawEvent};
use pakkaz_core::model::json_text::{json_error, read_json};
use pakkaz_core::model::loose::{Kind, Loose};
use pakkaz_core::model::parse_dataset;
use proptest::prelude::*;

/// Where serde_json, skipping a value, finds the first error: line and column in
/// characters (just after the end where the text ends too soon).
fn serde_json_place(text: &str) -> Option<(usize, usize)> {
    let error = serde_json::from_str::<serde::de::IgnoredAny>(text).err()?;
    // serde_json's column is the last byte it read, from 1: the wrong character's first
    // byte, or the text's last where it ends too soon; a wrong line break puts it at
    // column 0 of the next line, where we name the break itself.
    let (line, eol) = match error.column() {
        0 if error.line() > 1 && !error.is_eof() => (error.line() - 1, true),
        _ => (error.line(), false),
    };
    let line_text = text.split('\n').nth(line.saturating_sub(1)).unwrap_or("");
    let mut start = if error.is_eof() || eol {
        line_text.len()
    } else {
        error.column().saturating_sub(1).min(line_text.len())
    };
    while !line_text.is_char_boundary(start) {
        start -= 1;
    }
    // A control character in text: serde_json names the character before it.
    let after = usize::from(error.to_string().starts_with("control character"));
    Some((line, line_text[..start].chars().count() + 1 + after))
}

fn error_of(text: &str) -> String {
    let e = json_error(text).expect("not JSON");
    format!("line {}, column {}: {}", e.line, e.column, e.message)
}

#[test]
fn reads_the_format_with_serde() {
    let raw = read_json(
        r#"{ "title": "T", "sources": [{ "id": "s", "title": "S" }],
             "events": [{ "id": "a", "date": "2001", "amount_usd": 12.6, "extra": [1, {"x": 2}] }] }"#,
    )
    .unwrap();
    assert_eq!(raw.title, Loose::Value("T".to_string()));
    let Loose::Value(events) = raw.events else {
        panic!("events read")
    };
    let Loose::Value(event) = &events[0] else {
        panic!("an event")
    };
    assert_eq!(event.amount_usd, Loose::Value(12.6));
    assert_eq!(event.title, Loose::Absent);
    // Unknown fields are ignored; null reads as absent.
    let raw = read_json(r#"{ "title": null, "events": [] }"#).unwrap();
    assert_eq!(raw.title, Loose::Absent);
}

#[test]
fn the_format_writes_back_what_it_read() {
    let text = r#"{"title":"T","sources":[{"id":"s","title":"S","date":"2001","url":"https://a.example"}],"events":[{"id":"a","date":"2001","end":"2002","category":"trade","title":"A","summary":"Sum.","status":"planned","amount_usd":5000000.0,"sources":[{"source":"s","quote":"Q."}]}]}"#;
    let raw = read_json(text).unwrap();
    assert_eq!(serde_json::to_string(&raw).unwrap(), text);
    let event = RawEvent {
        id: Loose::Wrong(Kind::Number),
        ..RawEvent::default()
    };
    assert_eq!(serde_json::to_string(&event).unwrap(), r#"{"id":null}"#);
    assert_eq!(RawDataset::default(), read_json("{}").unwrap());
}

#[test]
fn errors_say_where_and_what() {
    assert_eq!(
        error_of("{\n  \"events\": [\n    { \"id\": \"a\", }\n  ]\n}"),
        "line 3, column 18: expected a field name in double quotes"
    );
    // Columns count characters, not bytes.
    assert_eq!(
        error_of("[\"Қазақстан\" 1]"),
        "line 1, column 14: expected , or ] in a list"
    );
    assert_eq!(
        error_of(""),
        "line 1, column 1: the data ends where a value was expected"
    );
    assert_eq!(
        error_of("{\"a\" 1}"),
        "line 1, column 6: expected : after a field name"
    );
    assert_eq!(
        error_of("{ \"events\": ["),
        "line 1, column 14: the data ends where a value was expected"
    );
    assert!(error_of("\"abc").contains("the data ends"));
    assert!(error_of("\"a\nb\"").contains("control character"));
    assert!(error_of(r#""\x""#).contains("unknown escape"));
    assert!(error_of("[1,]").contains("expected a value"));
    assert!(error_of("01").contains("not written as JSON numbers are"));
    assert!(error_of("-").contains("not written as JSON numbers are"));
    assert!(error_of("tru").contains("the data ends"));
    assert!(error_of("NaN").contains("expected a value"));
    assert!(error_of("{} {}").contains("unexpected text after the end"));
    assert_eq!(json_error("{\"a\": [1, 2.5e3, true, null]}"), None);
}

/// Nothing recurses over nesting: `JSON.parse` is the browser's, a value deeper than the
/// format goes is skipped without being walked, and serde_json skips a value in a loop.
#[test]
fn deep_nesting_never_exhausts_the_stack() {
    assert_eq!(
        error_of(&"[".repeat(200)),
        "line 1, column 201: the data ends where a value was expected"
    );
    assert!(parse_dataset("[{\"a\":".repeat(100_000))
        .unwrap_err()
        .contains("the data ends where a value was expected"));
    // Within a dataset, a wrong value is not walked: depth costs nothing.
    let deep = format!(
        "{{\"events\": [{{\"title\": {}{}}}]}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let message = parse_dataset(&deep).unwrap_err();
    assert!(
        message.contains("event #1, field `title`: must be text, not a list"),
        "{message}"
    );
}

#[test]
fn fields_of_the_wrong_type_are_named_with_event_and_field() {
    let text = r#"{
      "title": 5,
      "sources": [{ "id": "s", "title": "S", "url": false }, 3],
      "events": [
        { "id": "a", "date": 2001, "category": "trade", "title": ["A"], "amount_usd": "lots",
          "sources": [{ "source": "s", "quote": 1 }, "s"] },
        { "id": 7, "date": "2002", "category": "trade", "title": "B", "sources": {} }
      ]
    }"#;
    let message = parse_dataset(text).unwrap_err();
    let problems: Vec<&str> = message
        .lines()
        .map(|l| l.trim_start_matches("- "))
        .collect();
    for expected in [
        "dataset, field `title`: must be text, not a number",
        "source \"s\", field `url`: must be text, not true or false",
        "dataset, field `sources[1]`: must be an object, not a number",
        "event \"a\", field `date`: must be text, not a number",
        "event \"a\", field `title`: must be text, not a list",
        "event \"a\", field `amount_usd`: must be a number, not text",
        "event \"a\", field `sources[0].quote`: must be text, not a number",
        "event \"a\", field `sources[1]`: must be an object, not text",
        "event #2, field `id`: must be text, not a number",
        "event #2, field `sources`: must be a list, not an object",
    ] {
        assert!(problems.contains(&expected), "{expected}\nin {problems:#?}");
    }
    // Each is reported once, not also as "missing".
    assert_eq!(
        message.matches("event \"a\", field `date`").count(),
        1,
        "{message}"
    );
    assert!(!message.contains("`date`: is missing"), "{message}");
}

/// The reader reads a value tree once and the format's structs from it: fields the
/// format does not have are left alone, and a field written twice has its last value,
/// as in the browser's `JSON.parse`.
#[test]
fn unknown_fields_are_left_and_the_last_of_a_repeated_field_counts() {
    let raw = read_json(
        r#"{ "title": "First", "notes": {"any": [1, {"deep": true}]}, "title": "Last",
             "events": [{ "id": "a", "colour": "red", "summary": null }] }"#,
    )
    .unwrap();
    assert_eq!(raw.title, pakkaz_core::model::format::text("Last"));
    let events = raw.events.value().unwrap();
    let event = events[0].as_value().unwrap();
    assert_eq!(event.id, pakkaz_core::model::format::text("a"));
    assert!(event.summary.is_absent());
}

/// A tree keeps what it found below the depth it reads as a kind, for messages.
#[test]
fn a_tree_below_its_depth_keeps_the_kind() {
    use pakkaz_core::model::loose::Kind;
    use pakkaz_core::model::tree::{Tree, MAX_DEPTH};
    let nested =
        |open: &str, close: &str, n: usize| format!("{}{}", open.repeat(n), close.repeat(n));
    let tree: Tree = serde_json::from_str(&nested("[", "]", MAX_DEPTH + 3)).unwrap();
    let mut at = &tree;
    for _ in 0..MAX_DEPTH {
        let Tree::List(items) = at else {
            panic!("{at:?}")
        };
        at = &items[0];
    }
    assert_eq!(at, &Tree::Deep(Kind::List));
    let objects: Tree = serde_json::from_str(&format!(
        "{}1{}",
        "{\"a\":".repeat(MAX_DEPTH + 1),
        "}".repeat(MAX_DEPTH + 1)
    ))
    .unwrap();
    assert_eq!(objects.kind(), Kind::Object);
}

#[test]
fn the_top_level_must_be_an_object() {
    let err = parse_dataset("[1, 2]").unwrap_err();
    assert_eq!(
        err,
        "The timeline data must be an object with an \"events\" list, not a list."
    );
    let err = parse_dataset("{ \"events\": [").unwrap_err();
    assert!(
        err.starts_with("The timeline data is not valid JSON: line 1, column 14"),
        "{err}"
    );
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        any::<String>().prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::Array),
            prop::collection::btree_map("[a-z_]{0,6}", inner, 0..8)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn never_panics_on_any_text(text in any::<String>()) {
        let _ = parse_dataset(&text);
        let _ = json_error(&text);
    }

    /// Fuzz: no JSON-like text makes reading, locating its error or validating panic,
    /// and an error is located exactly when serde_json refuses the text. One exception:
    /// a number beyond `f64` (`1E309`), which serde_json refuses and the browser's
    /// `JSON.parse`, whose refusals the scanner explains, reads as `Infinity`.
    #[test]
    fn never_panics_on_json_like_text(text in r#"[\[\]{}",:0-9eE.+\-tfnrul\\ a-z\x00-\x1f]{0,48}"#) {
        let read = serde_json::from_str::<serde_json::Value>(&text);
        let beyond_f64 = read.as_ref().is_err_and(|e| e.to_string().starts_with("number out of range"));
        if !beyond_f64 {
            prop_assert_eq!(json_error(&text).is_some(), read.is_err(), "{:?}", text);
        }
        let _ = parse_dataset(&text);
    }

    /// The same on a real, many-lined dataset with one character changed or removed.
    #[test]
    fn errors_in_a_dataset_file_are_placed_where_serde_json_places_them(
        at in 0usize..6_000,
        put in prop::option::of(prop::sample::select(vec!['"', ',', ':', '{', '}', '[', ']', '\\', '\n', '\t', 'x', '0', '-', 'Қ'])),
    ) {
        let file = include_str!("../../src/data/events.json");
        let mut at = at.min(file.len() - 1);
        while !file.is_char_boundary(at) {
            at -= 1;
        }
        let next = at + file[at..].chars().next().map_or(0, char::len_utf8);
        let text = format!("{}{}{}", &file[..at], put.map(String::from).unwrap_or_default(), &file[next..]);
        let ours = json_error(&text).map(|e| (e.line, e.column));
        prop_assert_eq!(ours, serde_json_place(&text), "at {}: {:?}", at, put);
    }

    /// The widget's own scanner (json_syntax) places an error where serde_json does.
    #[test]
    fn errors_are_placed_where_serde_json_places_them(
        text in r#"[\[\]{}",:0-9eE.+\-tfnrul\\ a-zҚ\n\x00-\x1f]{0,48}"#,
    ) {
        let ours = json_error(&text).map(|e| (e.line, e.column));
        prop_assert_eq!(ours, serde_json_place(&text), "{:?}", text);
    }

    /// Dataset-shaped documents with random field values: readable errors, no panic.
    #[test]
    fn never_panics_on_dataset_shaped_values(
        events in prop::collection::vec(
            prop::collection::btree_map(
                prop_oneof![Just("id"), Just("date"), Just("end"), Just("category"), Just("title"),
                    Just("summary"), Just("status"), Just("amount_usd"), Just("sources")]
                    .prop_map(str::to_string),
                json_value(),
                0..9,
            ),
            0..6,
        )
    ) {
        let events: Vec<serde_json::Value> = events
            .into_iter()
            .map(|m| serde_json::Value::Object(m.into_iter().collect()))
            .collect();
        let text = serde_json::json!({ "sources": [{ "id": "s", "title": "S" }], "events": events })
            .to_string();
        if let Err(message) = parse_dataset(&text) {
            prop_assert!(message.starts_with("The timeline data has"), "{}", message);
        }
    }
}

/// docs/data-format.md's format table names exactly the fields of the format's types.
#[test]
fn the_docs_document_every_field_of_the_format() {
    use pakkaz_core::model::format::{
        RawCategory, RawCitation, RawEra, RawMedia, RawNote, RawSource,
    };
    use pakkaz_core::model::loose::Record;
    // Each type's fields, under the path docs/data-format.md writes them at.
    let types = [
        ("", RawDataset::FIELDS),
        ("sources[].", RawSource::FIELDS),
        ("events[].", RawEvent::FIELDS),
        ("events[].sources[].", RawCitation::FIELDS),
        ("events[].media.", RawMedia::FIELDS),
        ("undated[].", RawNote::FIELDS),
        ("undated[].sources[].", RawCitation::FIELDS),
        ("categories[].", RawCategory::FIELDS),
        ("eras[].", RawEra::FIELDS),
    ];
    let mut fields: Vec<String> = types
        .iter()
        .flat_map(|(path, names)| names.iter().map(move |f| format!("{path}{f}")))
        .collect();
    assert!(fields.len() > 15, "{fields:?}");
    let page = include_str!("../../docs/data-format.md");
    let table = page
        .split("# The dataset format")
        .nth(1)
        .expect("a format section");
    let mut documented: Vec<String> = table
        .lines()
        .take_while(|l| !l.starts_with("## ") && !l.starts_with("### "))
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split('`').next())
        .map(str::to_string)
        .collect();
    documented.sort();
    fields.sort();
    assert_eq!(documented, fields);
}

/// A number beyond `f64` is JSON the browser reads (as `Infinity`): the scanner that
/// explains the browser's refusals finds nothing wrong in it, where serde_json refuses it.
#[test]
fn a_number_beyond_f64_is_json_the_browser_reads() {
    assert!(json_error("1E309").is_none());
    assert!(serde_json::from_str::<serde_json::Value>("1E309").is_err());
}
