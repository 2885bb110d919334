//! The JSON reader the dataset goes through: the grammar, its errors, and that no input
//! makes it panic (a fuzz-style property test over arbitrary and JSON-like text).
#![cfg(not(target_arch = "wasm32"))]

use pakkaz_timeline::model::json::{parse, Json, MAX_DEPTH};
use pakkaz_timeline::model::{parse_dataset, RawDataset};
use proptest::prelude::*;

fn error_of(text: &str) -> String {
    parse(text).unwrap_err().to_string()
}

#[test]
fn reads_every_kind_of_value() {
    let value =
        parse(r#" { "a": [1, -2.5, 3e2, 1.5E-2, 0, -0, true, false, null], "b": {}, "c": [] } "#)
            .unwrap();
    assert_eq!(
        value.get("a"),
        Some(&Json::Array(vec![
            Json::Number(1.0),
            Json::Number(-2.5),
            Json::Number(300.0),
            Json::Number(0.015),
            Json::Number(0.0),
            Json::Number(-0.0),
            Json::Bool(true),
            Json::Bool(false),
            Json::Null,
        ]))
    );
    assert_eq!(value.get("b"), Some(&Json::Object(vec![])));
    assert_eq!(value.get("c"), Some(&Json::Array(vec![])));
    assert_eq!(value.get("d"), None);
}

#[test]
fn amounts_convert_exactly() {
    for (text, expected) in [
        ("12.6", 12.6),
        ("45000000", 45e6),
        ("0.1", 0.1),
        ("9.8e6", 9.8e6),
        ("123456789012345", 123456789012345.0),
        ("1e22", 1e22),
        ("2.5e-3", 2.5e-3),
    ] {
        assert_eq!(parse(text).unwrap(), Json::Number(expected), "{text}");
    }
    assert_eq!(parse("1e400").unwrap(), Json::Number(f64::INFINITY));
    assert_eq!(parse("1e-400").unwrap(), Json::Number(0.0));
}

#[test]
fn text_escapes_and_unicode() {
    let value = parse(r#""a\"b\\c\/d\n\t\u00e9\u0416\ud83c\udf89 Қазақстан پاکستان""#).unwrap();
    assert_eq!(
        value,
        Json::String("a\"b\\c/d\n\té\u{416}🎉 Қазақстан پاکستان".into())
    );
    // A lone surrogate is legal JSON but not a Rust string: shown as U+FFFD.
    assert_eq!(
        parse(r#""\ud83c!""#).unwrap(),
        Json::String("\u{FFFD}!".into())
    );
    assert_eq!(
        parse(r#""\udc00""#).unwrap(),
        Json::String("\u{FFFD}".into())
    );
}

#[test]
fn a_repeated_field_reads_as_its_last_value() {
    let value = parse(r#"{"a": 1, "a": 2}"#).unwrap();
    assert_eq!(value.get("a"), Some(&Json::Number(2.0)));
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
    assert!(error_of("\"abc").contains("missing its closing quote"));
    assert!(error_of("\"a\nb\"").contains("control character"));
    assert!(error_of(r#""\x""#).contains("unknown escape"));
    assert!(error_of(r#""\u12""#).contains("four hex digits"));
    assert!(error_of("[1,]").contains("expected a value"));
    assert!(error_of("01").contains("unexpected text after the end"));
    assert!(error_of("-").contains("digit after the minus"));
    assert!(error_of("1.").contains("digit after the decimal point"));
    assert!(error_of("1e+").contains("digit in its exponent"));
    assert!(error_of("tru").contains("expected a value"));
    assert!(error_of("NaN").contains("expected a value"));
    assert!(error_of("{} {}").contains("unexpected text after the end"));
}

#[test]
fn nesting_is_limited_without_exhausting_the_stack() {
    let deep_ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&deep_ok).is_ok());
    let too_deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    assert!(error_of(&too_deep).contains("nested too deeply"));
    assert!(error_of(&"[{\"a\":".repeat(100_000)).contains("nested too deeply"));
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
    let raw = RawDataset::parse(text).unwrap();
    let problems: Vec<String> = raw.problems.iter().map(ToString::to_string).collect();
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
        assert!(
            problems.iter().any(|p| p == expected),
            "{expected}\nin {problems:#?}"
        );
    }
    // validate reports them once each, not also as "missing".
    let message = parse_dataset(text).unwrap_err();
    assert_eq!(
        message.matches("event \"a\", field `date`").count(),
        1,
        "{message}"
    );
    assert!(!message.contains("`date`: is missing"), "{message}");
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

/// serde_json's reading of the same text, in our shape: the reference to agree with.
fn from_serde(value: &serde_json::Value) -> Json {
    match value {
        serde_json::Value::Null => Json::Null,
        serde_json::Value::Bool(b) => Json::Bool(*b),
        serde_json::Value::Number(n) => Json::Number(n.as_f64().unwrap()),
        serde_json::Value::String(s) => Json::String(s.clone()),
        serde_json::Value::Array(items) => Json::Array(items.iter().map(from_serde).collect()),
        serde_json::Value::Object(members) => Json::Object(
            members
                .iter()
                .map(|(k, v)| (k.clone(), from_serde(v)))
                .collect(),
        ),
    }
}

/// Equal, with numbers allowed to differ in the last few units (see `number`).
fn close(a: &Json, b: &Json) -> bool {
    match (a, b) {
        // Subnormal numbers (below 1e-308) are only approximate; no dataset has them.
        (Json::Number(x), Json::Number(y)) => {
            x == y || ((x - y) / y).abs() < 1e-14 || (x - y).abs() < 1e-300
        }
        (Json::Array(xs), Json::Array(ys)) => {
            xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| close(x, y))
        }
        (Json::Object(xs), Json::Object(ys)) => {
            xs.len() == ys.len()
                && xs
                    .iter()
                    .zip(ys)
                    .all(|((kx, x), (ky, y))| kx == ky && close(x, y))
        }
        _ => a == b,
    }
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
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// Whatever serde_json writes, we read the same (pretty or compact).
    #[test]
    fn agrees_with_serde_json(value in json_value(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            serde_json::to_string(&value).unwrap()
        };
        let ours = parse(&text).unwrap();
        prop_assert!(close(&ours, &from_serde(&value)), "{text}");
    }

    /// Fuzz: no text at all makes the reader or the validator panic, and the reader
    /// accepts exactly what serde_json accepts (apart from its own nesting limit).
    #[test]
    fn never_panics_on_json_like_text(text in r#"[\[\]{}",:0-9eE.+\-tfnrul\\ a-z\x00-\x1f]{0,48}"#) {
        let ours = parse(&text);
        let reference = serde_json::from_str::<serde_json::Value>(&text);
        // Where we are deliberately more lenient: huge exponents (infinity, as in
        // JSON.parse) and lone surrogates (U+FFFD, as a browser shows them).
        if let Err(e) = &reference {
            let e = e.to_string();
            prop_assume!(!e.contains("out of range") && !e.contains("surrogate"));
        }
        prop_assert_eq!(ours.is_ok(), reference.is_ok(), "{:?}", text);
        let _ = parse_dataset(&text);
    }

    #[test]
    fn never_panics_on_any_text(text in any::<String>()) {
        let _ = parse(&text);
        let _ = parse_dataset(&text);
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
