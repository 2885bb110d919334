//! The host's API as described in core/src/api/: the option names the wasm reads, the
//! README's option table, the element's attribute reading, the TypeScript declarations
//! and what they say is required, each held to the one description and to the
//! validator.

#![cfg(not(target_arch = "wasm32"))]

use pakkaz_core::api::events::ALL as EVENTS;
use pakkaz_core::api::options::{Attribute, NAMES, OPTIONS, THEMES};
use pakkaz_core::api::typescript::{attributes_json, declarations, interfaces, jsx, REQUIRED};
use pakkaz_core::model::parse_dataset;
use pakkaz_core::text::Lang;

#[test]
fn the_names_the_wasm_reads_are_the_table_s() {
    assert_eq!(NAMES.len(), OPTIONS.len());
    for (name, option) in NAMES.iter().zip(OPTIONS) {
        assert_eq!(*name, option.name);
    }
    let mut unique = NAMES.to_vec();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), NAMES.len(), "each option once");
}

/// The README's "Options in brief" table: one row per option, in the table's order, its
/// attribute column naming the attribute exactly where there is one.
#[test]
fn the_readme_lists_every_option_and_attribute() {
    let readme = include_str!("../README.md");
    let section = readme
        .split("## Options in brief")
        .nth(1)
        .expect("an options section")
        .split("\n## ")
        .next()
        .unwrap();
    let rows: Vec<(String, String)> = section
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .map(|l| {
            let cells: Vec<&str> = l.split(" | ").collect();
            (
                cells[0].trim_end_matches('`').to_string(),
                cells[1].trim_matches('`').to_string(),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = OPTIONS
        .iter()
        .map(|o| {
            let attribute = if o.attribute == Attribute::None {
                "—"
            } else {
                o.name
            };
            (o.name.to_string(), attribute.to_string())
        })
        .collect();
    assert_eq!(rows, expected);
}

#[test]
fn the_element_reads_its_attributes_from_the_table() {
    let element = include_str!("../src/embed/element.js");
    assert!(element.contains("const PAKKAZ_ATTRIBUTES = __PAKKAZ_ATTRIBUTES__;"));
    // Each kind the table gives is one the element reads.
    let json = attributes_json();
    for kind in ["text", "list", "length", "flag"] {
        assert!(json.contains(&format!(":\"{kind}\"")), "{json}");
        assert!(element.contains(&format!("kind === '{kind}'")), "{kind}");
    }
    for o in OPTIONS.iter().filter(|o| o.attribute != Attribute::None) {
        assert!(json.contains(&format!("\"{}\":", o.name)), "{}", o.name);
    }
    assert!(!json.contains("\"data\""), "data is not an attribute");
    // The one event the element fires itself is the table's.
    let error = EVENTS.iter().find(|e| e.name == "pakkaz:error").unwrap();
    assert!(element.contains(&format!("new CustomEvent('{}'", error.name)));
}

#[test]
fn the_declarations_type_every_option_language_theme_and_event() {
    let d = declarations();
    for o in OPTIONS {
        assert!(
            d.contains(&format!("  {}?: {};\n", o.name, o.ts)),
            "{}",
            o.name
        );
    }
    let langs: Vec<String> = Lang::ALL
        .iter()
        .map(|l| format!("\"{}\"", l.tag()))
        .collect();
    assert!(d.contains(&format!("export type Lang = {};", langs.join(" | "))));
    let themes: Vec<String> = THEMES.iter().map(|t| format!("\"{t}\"")).collect();
    assert!(d.contains(&format!("export type Theme = {};", themes.join(" | "))));
    for e in EVENTS {
        assert!(d.contains(&format!("  \"{}\": CustomEvent<{}", e.name, e.detail_type)));
        assert!(d.contains(&format!("export interface {} {{", e.detail_type)));
    }
    assert!(d.contains(&format!(
        "export declare const version: \"{}\";",
        env!("CARGO_PKG_VERSION")
    )));
    assert!(d.contains("\"pakkaz-timeline\": PakkazTimelineElement;"));
    assert!(jsx().contains("declare module \"react\""));
    // Braces balance: the text is one well-formed block after another.
    assert_eq!(d.matches('{').count(), d.matches('}').count());
}

/// Every field the declarations say is required is one the docs' table says "yes" to,
/// and the other way round.
#[test]
fn what_the_types_require_is_what_the_docs_require() {
    let docs = include_str!("../docs/data-format.md");
    for (name, path, fields) in interfaces() {
        for field in fields {
            let row = format!("| `{path}{field}` | ");
            let line = docs
                .lines()
                .find(|l| l.starts_with(&row))
                .unwrap_or_else(|| panic!("docs/data-format.md has no row {row}"));
            let documented = line[row.len()..].starts_with("yes");
            assert_eq!(
                REQUIRED.contains(&(name, field)),
                documented,
                "{name}.{field}"
            );
        }
    }
}

/// A dataset with every field of the format given.
fn full() -> serde_json::Value {
    serde_json::json!({
        "title": "A company",
        "summary": "How a company grew.",
        "media": { "url": "https://example.org/cover.jpg", "alt": "The first office" },
        "sources": [{ "id": "report", "title": "Annual report", "date": "2021", "url": "https://example.org/r" }],
        "events": [{
            "id": "founded", "date": "2015-03", "end": "2016", "category": "product",
            "title": "Founded", "summary": "It was founded.", "status": "happened",
            "amount_usd": 1000,
            "media": { "url": "https://example.org/a.jpg", "alt": "The office", "caption": "Day one", "credit": "Staff",
                       "poster": "https://example.org/a-still.jpg", "captions": "https://example.org/a.vtt" },
            "display_date": "Spring 2015",
            "sources": [{ "source": "report", "quote": "It was founded." }]
        }],
        "undated": [{ "id": "note", "title": "A note", "summary": "Undated.",
            "sources": [{ "source": "report", "quote": "It was said." }] }],
        "categories": [{ "id": "product", "label": "Products", "color": "#2f7d95" }],
        "eras": [{ "id": "early", "title": "Early years", "date": "2015", "end": "2017" }]
    })
}

/// Where an interface's first object is in [`full`].
fn object_of<'a>(data: &'a mut serde_json::Value, name: &str) -> &'a mut serde_json::Value {
    match name {
        "Dataset" => data,
        "Source" => &mut data["sources"][0],
        "DatasetEvent" => &mut data["events"][0],
        "Citation" => &mut data["events"][0]["sources"][0],
        "Media" => &mut data["events"][0]["media"],
        "UndatedNote" => &mut data["undated"][0],
        "Category" => &mut data["categories"][0],
        "Era" => &mut data["eras"][0],
        other => panic!("no place for {other}"),
    }
}

/// Removing a field the types call required makes valid data invalid, naming the field
/// as missing; removing any other never does.
#[test]
fn what_the_types_require_is_what_the_validator_requires() {
    parse_dataset(full().to_string()).expect("the full dataset is valid");
    for (name, _, fields) in interfaces() {
        for field in fields {
            let mut data = full();
            let object = object_of(&mut data, name);
            assert!(
                object.as_object_mut().unwrap().remove(field).is_some(),
                "{name}.{field}"
            );
            let read = parse_dataset(data.to_string());
            // Removing some optional fields breaks others (events cite `sources` by id,
            // and name one of `categories`): those must not be reported as missing.
            let missing = match &read {
                Ok(_) => false,
                Err(message) => message.lines().any(|l| {
                    l.ends_with("is missing")
                        && (l.contains(&format!("`{field}`")) || l.contains(&format!(".{field}`")))
                }),
            };
            assert_eq!(
                missing,
                REQUIRED.contains(&(name, field)),
                "{name}.{field}: {read:?}"
            );
        }
    }
}

#[test]
fn a_theme_is_read_by_the_name_the_option_gives_it() {
    use pakkaz_core::api::options::Theme;
    for theme in Theme::ALL {
        assert_eq!(Theme::parse(theme.name()), Some(theme));
    }
    assert_eq!(THEMES, Theme::ALL.map(Theme::name));
    assert_eq!(Theme::parse("Dark"), None, "as written");
    assert_eq!(Theme::default(), Theme::Auto);
}
