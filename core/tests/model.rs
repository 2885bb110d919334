//! Native tests of the data model: dates with precision, and dataset validation.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest does not build for wasm32

use pakkaz_core::model::date::{civil_from_days, days_from_civil, DateError, DAY_SECONDS};
use pakkaz_core::model::loose::{Kind, Loose};
use pakkaz_core::model::{validate, Date, Precision, RawDataset, Status, EMBEDDED_JSON};
use proptest::prelude::*;

/// Every problem validation reports for `json`, one line each.
fn problems(json: &str) -> Vec<String> {
    validate(raw(json))
        .unwrap_err()
        .0
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn raw(json: &str) -> RawDataset {
    pakkaz_core::model::json_text::read_json(json).expect("test JSON parses")
}

#[test]
fn day_counts_match_known_dates() {
    assert_eq!(days_from_civil(1970, 1, 1), 0);
    assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    assert_eq!(days_from_civil(1991, 12, 16), 8_019);
    assert_eq!(civil_from_days(-1), (1969, 12, 31));
}

proptest! {
    #[test]
    fn day_counts_round_trip(days in -3_000_000i64..3_000_000) {
        let (y, m, d) = civil_from_days(days);
        prop_assert_eq!(days_from_civil(y, m, d), days);
        prop_assert!(Date::day(y, m, d).is_some());
    }

    #[test]
    fn parse_never_panics(text in "\\PC{0,16}") {
        let _ = Date::parse(&text);
    }

    #[test]
    fn parse_round_trips_display(days in -700_000i64..3_000_000, precision in 0u8..3) {
        let (y, m, d) = civil_from_days(days);
        prop_assume!((0..=9999).contains(&y));
        let date = match precision {
            0 => Date::year(y),
            1 => Date::month(y, m).unwrap(),
            _ => Date::day(y, m, d).unwrap(),
        };
        prop_assert_eq!(Date::parse(&date.to_string()), Ok(date));
        prop_assert!(date.end() > date.start());
    }
}

#[test]
fn parse_keeps_precision() {
    assert_eq!(Date::parse("1995").unwrap().precision(), Precision::Year);
    assert_eq!(
        Date::parse("2020-02").unwrap().precision(),
        Precision::Month
    );
    assert_eq!(
        Date::parse("1992-02-24").unwrap().precision(),
        Precision::Day
    );
}

#[test]
fn parse_rejects_malformed_and_impossible_dates() {
    for bad in [
        "",
        "95",
        "1995-2",
        "1995-02-3",
        "1995/02",
        "abcd",
        "1995-02-03-04",
        "+995",
        "0995-",
        "2022-01T14:30",
        "2022-01-27T14",
        "2022-01-27T14:30:05:01",
        "44 BCE BCE",
        "BCE 44",
        "-44 BCE",
    ] {
        assert_eq!(Date::parse(bad), Err(DateError::Malformed), "{bad:?}");
    }
    for impossible in [
        "2021-02-30",
        "2021-02-29",
        "2021-13",
        "2021-00",
        "2021-04-31",
        "2021-01-00",
    ] {
        assert_eq!(
            Date::parse(impossible),
            Err(DateError::Impossible),
            "{impossible:?}"
        );
    }
    assert!(Date::parse("2020-02-29").is_ok(), "leap day");
    assert!(
        Date::parse("1900-02-29").is_err(),
        "1900 was not a leap year"
    );
}

#[test]
fn a_date_covers_the_whole_period_it_names() {
    let year = Date::parse("1995").unwrap();
    assert_eq!(year.start(), days_from_civil(1995, 1, 1) * DAY_SECONDS);
    assert_eq!(year.end(), days_from_civil(1996, 1, 1) * DAY_SECONDS);
    let december = Date::parse("2021-12").unwrap();
    assert_eq!(december.end(), days_from_civil(2022, 1, 1) * DAY_SECONDS);
    let february = Date::parse("2020-02").unwrap();
    assert_eq!(february.end() - february.start(), 29 * DAY_SECONDS);
    let day = Date::parse("1992-02-24").unwrap();
    assert_eq!(day.end() - day.start(), DAY_SECONDS);
}

const VALID: &str = r#"{
  "title": "Test",
  "sources": [{ "id": "s1", "title": "Source one", "url": "https://example.org/a" }],
  "events": [
    { "id": "b", "date": "2001", "category": "trade", "title": "B", "summary": "Bee.",
      "amount_usd": 5000000, "sources": [{ "source": "s1", "quote": "It was so." }] },
    { "id": "a", "date": "1999-05-01", "end": "1999-05-03", "category": "political", "title": "A",
      "summary": "Ay.", "status": "planned", "sources": [{ "source": "s1", "quote": "Indeed." }] }
  ]
}"#;

#[test]
fn a_valid_dataset_builds_sorted_by_time() {
    let dataset = validate(raw(VALID)).expect("valid");
    let ids: Vec<&str> = dataset.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(dataset.events[0].status, Status::Planned);
    assert_eq!(
        pakkaz_core::text::when(&pakkaz_core::text::Words::english(), &dataset.events[0]),
        "1–3 May 1999"
    );
    assert_eq!(dataset.events[1].amount_usd, Some(5_000_000.0));
    assert_eq!(
        dataset.sources[0].url.as_deref(),
        Some("https://example.org/a")
    );
}

/// Replaces the first event's `field` with `value` (JSON) and returns all error strings.
fn errors_with(field: &str, value: serde_json::Value) -> Vec<String> {
    let mut json: serde_json::Value = serde_json::from_str(VALID).unwrap();
    json["events"][0][field] = value;
    let raw: RawDataset = pakkaz_core::model::json_text::read_json(&json.to_string()).unwrap();
    match validate(raw) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.0.iter().map(|e| e.to_string()).collect(),
    }
}

fn assert_error(errors: &[String], expected: &str) {
    assert!(
        errors.iter().any(|e| e.contains(expected)),
        "expected an error containing {expected:?}, got {errors:#?}"
    );
}

#[test]
fn each_kind_of_problem_names_event_and_field() {
    use serde_json::json;
    assert_error(
        &errors_with("category", json!("cultural")),
        "event \"b\", field `category`: \"cultural\" is not one of",
    );
    assert_error(
        &errors_with("date", json!("2021-02-30")),
        "event \"b\", field `date`: \"2021-02-30\": no such day",
    );
    assert_error(
        &errors_with("date", json!("Feb 2021")),
        "event \"b\", field `date`: \"Feb 2021\": expected a date such as 1995, 44 BCE, -0043",
    );
    assert_error(
        &errors_with("end", json!("2000")),
        "event \"b\", field `end`: \"2000\" is before the date \"2001\"",
    );
    assert_error(
        &errors_with("sources", json!([{ "source": "nope", "quote": "Q." }])),
        "event \"b\", field `sources[0].source`: \"nope\" is not the id of any source",
    );
    assert_error(
        &errors_with("sources", json!([{ "source": "s1" }])),
        "event \"b\", field `sources[0].quote`: is missing",
    );
    assert_error(
        &errors_with("sources", json!([{ "source": "s1", "quote": "  " }])),
        "event \"b\", field `sources[0].quote`: is empty",
    );
    assert_error(
        &errors_with("sources", json!([])),
        "event \"b\", field `sources`: must cite at least one source",
    );
    assert_error(
        &errors_with("id", json!("a")),
        "event \"a\", field `id`: is a duplicate: event #1 has it too",
    );
    assert_error(
        &errors_with("title", json!("")),
        "event \"b\", field `title`: is empty",
    );
    assert_error(
        &errors_with("title", serde_json::Value::Null),
        "event \"b\", field `title`: is missing",
    );
    assert_error(
        &errors_with("status", json!("rumoured")),
        "event \"b\", field `status`: \"rumoured\" is not one of happened, planned",
    );
    assert_error(
        &errors_with("amount_usd", json!(-3)),
        "event \"b\", field `amount_usd`",
    );
    assert_error(
        &errors_with("id", serde_json::Value::Null),
        "event #1, field `id`: is missing",
    );
    assert_error(
        &errors_with("title", json!("x".repeat(201))),
        "event \"b\", field `title`: is longer than 200",
    );
}

#[test]
fn every_problem_is_collected_not_just_the_first() {
    let json = r#"{ "sources": [], "events": [
        { "id": "x", "date": "2021-02-30", "category": "sport", "title": "", "sources": [] },
        { "id": "x", "date": "2001", "end": "1999", "category": "trade", "title": "T",
          "sources": [{ "source": "missing", "quote": "" }] }
    ] }"#;
    let errors = validate(raw(json)).unwrap_err();
    let fields: Vec<(String, String)> = errors
        .0
        .iter()
        .map(|e| (e.location.clone(), e.field.clone()))
        .collect();
    let expected = [
        ("event \"x\"", "date"),
        ("event \"x\"", "category"),
        ("event \"x\"", "title"),
        ("event \"x\"", "sources"),
        ("event \"x\"", "id"),
        ("event \"x\"", "end"),
        ("event \"x\"", "sources[0].source"),
        ("event \"x\"", "sources[0].quote"),
    ];
    for (location, field) in expected {
        assert!(
            fields.contains(&(location.to_string(), field.to_string())),
            "missing {location} {field} in {fields:?}"
        );
    }
    assert_eq!(errors.0.len(), expected.len(), "{errors}");
    assert!(errors
        .to_string()
        .starts_with("The timeline data has 8 problems:"));
}

#[test]
fn source_urls_must_be_http() {
    let json = VALID.replace("https://example.org/a", "javascript:alert(1)");
    let errors = validate(raw(&json)).unwrap_err();
    assert_eq!(errors.0[0].location, "source \"s1\"");
    assert_eq!(errors.0[0].field, "url");
}

#[test]
fn a_missing_events_list_is_reported() {
    let errors = validate(raw(r#"{ "title": "x" }"#)).unwrap_err();
    assert_eq!(
        errors.0[0].to_string(),
        "dataset, field `events`: is missing"
    );
}

#[test]
fn the_embedded_dataset_validates_cleanly() {
    let dataset = validate(raw(EMBEDDED_JSON)).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        dataset.events.len() >= 25,
        "only {} events",
        dataset.events.len()
    );
    let (first, last) = dataset.extent().unwrap();
    assert!(
        first >= days_from_civil(1991, 1, 1) * DAY_SECONDS
            && last <= days_from_civil(2023, 1, 1) * DAY_SECONDS
    );
    assert_eq!(
        dataset.categories,
        pakkaz_core::model::Categories::builtin()
    );
    for (category, info) in dataset.categories.iter() {
        assert!(
            dataset.count_by_category(category) > 0,
            "no {} events",
            info.id
        );
    }
}

/// Source texts normalised the way quotes are compared: Markdown's `\$` is a dollar sign,
/// and any run of white space is one space.
fn normalise(text: &str) -> String {
    text.replace("\\$", "$")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_quote_is_verbatim_from_its_source() {
    let dataset = validate(raw(EMBEDDED_JSON)).unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sources");
    let texts: Vec<String> = dataset
        .sources
        .iter()
        .map(|s| {
            let path = dir.join(format!("{}.txt", s.id));
            normalise(
                &std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display())),
            )
        })
        .collect();
    let mut checked = 0;
    let cited = dataset
        .events
        .iter()
        .map(|e| (&e.id, &e.citations))
        .chain(dataset.notes.iter().map(|n| (&n.id, &n.citations)));
    for (id, citations) in cited {
        for citation in citations {
            let quote = normalise(&citation.quote);
            assert!(
                texts[citation.source].contains(&quote),
                "{id:?}: quote not found verbatim in {}: {quote:?}",
                dataset.sources[citation.source].id
            );
            assert!(
                quote.ends_with(['.', '!', '?', '"', '”']),
                "{id:?}: quote is not a whole sentence: {quote:?}"
            );
            checked += 1;
        }
    }
    assert!(checked >= dataset.events.len() + dataset.notes.len());
    assert_eq!(
        dataset.notes.len(),
        3,
        "the three undated things the seed texts tell"
    );
}

#[test]
fn undated_notes_are_checked_like_events_and_named_as_notes() {
    let json = r#"{ "sources": [{ "id": "s", "title": "S" }],
        "events": [{ "id": "e", "date": "2001", "category": "trade", "title": "E",
                     "sources": [{ "source": "s", "quote": "Q." }] }],
        "undated": [
            { "id": "n", "title": "A note", "sources": [{ "source": "s", "quote": "Said." }] },
            { "id": "n", "sources": [{ "source": "x", "quote": "Q." }] },
            { "title": "No id", "sources": [] }
        ] }"#;
    let errors = problems(json);
    assert_eq!(
        errors,
        [
            "undated note \"n\", field `id`: is used by another undated note",
            "undated note \"n\", field `title`: is missing",
            "undated note \"n\", field `sources[0].source`: \"x\" is not the id of any source",
            "undated note #3, field `id`: is missing",
            "undated note #3, field `sources`: must cite at least one source",
        ]
    );
    let ok = r#"{ "sources": [{ "id": "s", "title": "S" }],
        "events": [{ "id": "e", "date": "2001", "category": "trade", "title": "E",
                     "sources": [{ "source": "s", "quote": "Q." }] }],
        "undated": [{ "id": "n", "title": "A note", "sources": [{ "source": "s", "quote": "Said." }] }] }"#;
    let dataset = validate(raw(ok)).unwrap();
    assert_eq!(dataset.notes[0].title, "A note");
    assert!(
        dataset.events.iter().all(|e| e.id != "n"),
        "never an event on the axis"
    );
}

#[test]
fn year_only_events_say_only_the_year() {
    let dataset = validate(raw(EMBEDDED_JSON)).unwrap();
    let visit = dataset
        .events
        .iter()
        .find(|e| e.id == "first-official-visit")
        .unwrap();
    assert_eq!(
        pakkaz_core::text::when(&pakkaz_core::text::Words::english(), visit),
        "1995"
    );
    assert_eq!(visit.precision(), Precision::Year);
    let relations = dataset
        .events
        .iter()
        .find(|e| e.id == "diplomatic-relations-established")
        .unwrap();
    assert_eq!(
        pakkaz_core::text::when(&pakkaz_core::text::Words::english(), relations),
        "24 February 1992"
    );
    assert_eq!(relations.citations.len(), 2, "both texts state it");
    let planned: Vec<_> = dataset
        .events
        .iter()
        .filter(|e| e.status == Status::Planned)
        .collect();
    assert!(!planned.is_empty());
}

fn arb_text() -> impl Strategy<Value = Loose<String>> {
    prop_oneof![
        Just(Loose::Absent),
        "\\PC{0,12}".prop_map(Loose::Value),
        "(19|20)[0-9]{2}(-[0-9]{2}(-[0-9]{2})?)?".prop_map(Loose::Value),
        Just(Loose::Value("political".to_string())),
        Just(Loose::Value("s".to_string())),
        Just(Loose::Wrong(Kind::Number)),
        Just(Loose::Wrong(Kind::List)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Whatever a host sends, validation answers with a dataset or with errors, never a
    /// panic; and a valid result really is sorted and within its own extent.
    #[test]
    fn validation_never_panics(
        events in prop::collection::vec(
            (arb_text(), arb_text(), arb_text(), arb_text(), arb_text(), arb_text(),
             prop::option::of(any::<f64>()), prop::option::of(prop::collection::vec((arb_text(), arb_text()), 0..3))),
            0..12),
    ) {
        use pakkaz_core::model::format::{list, text, RawCitation, RawEvent, RawSource};
        let raw = RawDataset {
            title: Loose::Absent,
            sources: list([RawSource { id: text("s"), title: text("S"), ..RawSource::default() }]),
            events: list(events.into_iter().map(|(id, date, end, category, title, status, amount, sources)| RawEvent {
                id, date, end, category, title, summary: Loose::Absent, status,
                amount_usd: amount.map_or(Loose::Absent, Loose::Value),
                media: Loose::Absent,
                display_date: Loose::Absent,
                sources: sources.map_or(Loose::Absent, |l| list(l.into_iter().map(|(source, quote)| RawCitation { source, quote }))),
            })),
            undated: Loose::Absent,
            categories: Loose::Absent,
            eras: Loose::Absent,
            ..RawDataset::default()
        };
        match validate(raw) {
            Ok(dataset) => {
                for pair in dataset.events.windows(2) {
                    prop_assert!(pair[0].start_second() <= pair[1].start_second());
                }
                for e in &dataset.events {
                    prop_assert!(e.end_second() > e.start_second());
                }
            }
            // Every problem says where (an event or source by id or position, or the
            // dataset), which field and what is wrong.
            Err(errors) => {
                for e in &errors.0 {
                    let place = e.location == "dataset"
                        || e.location.starts_with("event \"")
                        || e.location.starts_with("event #")
                        || e.location.starts_with("source ");
                    prop_assert!(place, "{}", e);
                    prop_assert!(!e.field.is_empty() && !e.message.is_empty(), "{}", e);
                }
            }
        }
    }
}

/// 50,000 events that each lack a title: every one is reported, in order. (What it costs
/// is measured by `make bench-instructions`, not by a test.)
#[test]
fn many_invalid_events_are_all_reported() {
    let events: Vec<String> = (0..50_000)
        .map(|i| {
            format!(
                r#"{{"id":"e{i}","date":"2001","category":"trade","sources":[{{"source":"s","quote":"Q."}}]}}"#
            )
        })
        .collect();
    let text = format!(
        r#"{{"sources":[{{"id":"s","title":"S"}}],"events":[{}]}}"#,
        events.join(",")
    );
    let errors = validate(pakkaz_core::model::json_text::read_json(&text).unwrap()).unwrap_err();
    assert_eq!(errors.0.len(), 50_000);
    assert_eq!(
        errors.0[49_999].to_string(),
        "event \"e49999\", field `title`: is missing"
    );
}

#[test]
fn each_category_has_its_colour_class() {
    // The stylesheet colours `.pakkaz-cat--<n>` and gives it a symbol; the class is
    // spelled out per position so that drawing a mark formats nothing.
    use pakkaz_core::model::category::{Category, MAX_CATEGORIES};
    let css = include_str!("../../styles/pakkaz.css");
    for i in 0..MAX_CATEGORIES {
        let class = Category::new(i).class();
        assert_eq!(class, format!("pakkaz-cat--{i}"));
        assert!(
            css.contains(&format!(".{class} {{ --pakkaz-cat: var(--pakkaz-c{i}, ")),
            "{class} has no colour"
        );
        assert!(
            css.contains(&format!(".pakkaz-symbol.{class} {{")),
            "{class} has no symbol"
        );
    }
}

/// `http://a` is a whole address; a scheme alone is not (it once asked for more than
/// eight characters, which turned `http://a` away).
#[test]
fn source_urls_need_a_scheme_and_something_after_it() {
    use pakkaz_core::model::dataset::is_http_url;
    for url in ["http://a", "https://a.example/x", "HTTP://EXAMPLE.ORG"] {
        assert!(is_http_url(url), "{url}");
    }
    for url in [
        "http://",
        "https://",
        "ftp://a",
        "javascript:alert(1)",
        "example.org",
        "",
    ] {
        assert!(!is_http_url(url), "{url}");
    }
}

/// Finding an event by id (hover, focus, links, the handle's `select`) finds every
/// event, whatever order its id sorts in, and nothing for an unknown id.
#[test]
fn events_are_found_by_id() {
    let events: Vec<String> = (0..500)
        .map(|i| {
            // Ids in an order unrelated to time.
            let id = format!("e{}", (i * 7_919) % 500);
            format!(
                r#"{{"id":"{id}","date":"{}","category":"trade","title":"T","sources":[{{"source":"s","quote":"Q."}}]}}"#,
                1991 + i % 30
            )
        })
        .collect();
    let text = format!(
        r#"{{"sources":[{{"id":"s","title":"S"}}],"events":[{}]}}"#,
        events.join(",")
    );
    let dataset = pakkaz_core::model::parse_dataset(text).unwrap();
    for (i, e) in dataset.events.iter().enumerate() {
        assert_eq!(dataset.event_index(&e.id), Some(i));
    }
    assert_eq!(dataset.event_index("e500"), None);
    assert_eq!(dataset.event_index(""), None);
}

/// The one seeded generator: valid data, the same for the same seed, and dates at each
/// precision in about the shares it promises.
#[test]
fn generated_data_is_valid_and_the_same_for_a_seed() {
    use pakkaz_core::generate::dataset;
    assert_eq!(dataset(300, 5), dataset(300, 5));
    assert_ne!(dataset(300, 5), dataset(300, 6));
    let events = validate(dataset(2_000, 5)).expect("valid").events;
    assert_eq!(events.len(), 2_000);
    let share =
        |p: Precision| events.iter().filter(|e| e.precision() == p).count() as f64 / 2_000.0;
    assert!((share(Precision::Year) - 0.15).abs() < 0.03);
    assert!((share(Precision::Month) - 0.20).abs() < 0.03);
    let range = pakkaz_core::start::embedded_range();
    assert!(events
        .iter()
        .all(|e| e.start() >= range.start && e.end() <= range.end));
}

#[test]
fn pictures_are_https_with_a_text_for_who_cannot_see_them() {
    let with = |media: &str| {
        format!(
            r#"{{ "sources": [{{ "id": "s", "title": "S" }}],
                "events": [{{ "id": "e", "date": "2001", "category": "trade", "title": "E",
                             "media": {media}, "sources": [{{ "source": "s", "quote": "Q." }}] }}] }}"#
        )
    };
    let ok = validate(raw(&with(
        r#"{ "url": "https://example.org/a.jpg", "alt": "A signing", "credit": "Photo: Ministry" }"#,
    )))
    .unwrap();
    let media = ok.events[0].media.as_ref().unwrap();
    assert_eq!(
        (media.alt.as_str(), media.credit.as_str()),
        ("A signing", "Photo: Ministry")
    );
    let errors = problems(&with(r#"{ "url": "javascript:alert(1)", "caption": 5 }"#));
    assert_eq!(
        errors,
        [
            "event \"e\", field `media.url`: must start with https://",
            "event \"e\", field `media.alt`: is missing",
            "event \"e\", field `media.caption`: must be text, not a number",
        ]
    );
    // A video's still and captions are https addresses too, each named when not.
    let video = validate(raw(&with(
        r#"{ "url": "https://example.org/a.webm", "alt": "The signing", "poster": "https://example.org/a.jpg", "captions": "https://example.org/a.vtt" }"#,
    )))
    .unwrap();
    let media = video.events[0].media.as_ref().unwrap();
    assert_eq!(
        (media.poster.as_str(), media.captions.as_str()),
        ("https://example.org/a.jpg", "https://example.org/a.vtt")
    );
    let errors = problems(&with(
        r#"{ "url": "https://example.org/a.webm", "alt": "A", "poster": "http://example.org/a.jpg", "captions": "a.vtt" }"#,
    ));
    assert_eq!(
        errors,
        [
            "event \"e\", field `media.poster`: must start with https://",
            "event \"e\", field `media.captions`: must start with https://",
        ]
    );
}

#[test]
fn eras_are_periods_with_an_id_a_title_and_an_end_not_before_their_start() {
    let json = r#"{ "sources": [{ "id": "s", "title": "S" }],
        "events": [{ "id": "e", "date": "2001", "category": "trade", "title": "E",
                     "sources": [{ "source": "s", "quote": "Q." }] }],
        "eras": [
            { "id": "late", "title": "Later years", "date": "2010", "end": "2022" },
            { "id": "early", "title": "First decade", "date": "1991-12", "end": "2000" }
        ] }"#;
    let dataset = validate(raw(json)).unwrap();
    let titles: Vec<&str> = dataset.eras.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["First decade", "Later years"], "in time order");
    let bad = json
        .replace(r#""id": "early""#, r#""id": "late""#)
        .replace(r#""end": "2022""#, r#""end": "2009""#);
    let errors: Vec<String> = validate(raw(&bad))
        .unwrap_err()
        .0
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        errors,
        [
            "era \"late\", field `end`: \"2009\" is before the date \"2010\"",
            "era \"late\", field `id`: is used by another era",
        ]
    );
}
