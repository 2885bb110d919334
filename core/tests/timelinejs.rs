#![cfg(not(target_arch = "wasm32"))]
//! A TimelineJS file converted into this widget's format (the owner module's
//! `timelinejsToJson`): what maps across, what is dropped, and the problems named.

use pakkaz_core::model::timelinejs::{convert, is_timelinejs, plain_text};
use pakkaz_core::model::{validate, Dataset, Label};
use serde_json::{json, Value};

fn sample() -> Value {
    serde_json::from_str(include_str!("../../tests/hosts/timelinejs.json")).unwrap()
}

fn converted(file: &Value) -> Dataset {
    validate(convert(file).unwrap()).unwrap()
}

#[test]
fn a_timelinejs_file_is_told_from_this_format() {
    assert!(is_timelinejs(&sample()));
    let ours: Value = serde_json::from_str(pakkaz_core::model::EMBEDDED_JSON).unwrap();
    assert!(!is_timelinejs(&ours));
    assert!(!is_timelinejs(&json!({ "events": [] })));
}

#[test]
fn events_groups_media_and_eras_map_across() {
    let d = converted(&sample());
    assert_eq!(d.title, "Our newsroom's story");
    // The title slide's text and media are the timeline's, for its story's title slide.
    assert_eq!(d.summary, "Twenty years of local news.");
    let cover = d.media.as_ref().unwrap();
    assert_eq!(
        (cover.url.as_str(), cover.alt.as_str()),
        (
            "https://images.example.org/newsroom.jpg",
            "The first office"
        )
    );
    // Groups become categories in the order they first appear; an event without one
    // goes in "Other".
    let labels: Vec<String> = d
        .categories
        .iter()
        .map(|(_, c)| match &c.label {
            Label::Own(l) => format!("{}={l}", c.id),
            Label::Builtin(_) => panic!("built-in"),
        })
        .collect();
    assert_eq!(labels, ["print=Print", "online=Online", "other=Other"]);
    let event = |id: &str| &d.events[d.event_index(id).unwrap_or_else(|| panic!("no {id}"))];
    // `unique_id` is kept; otherwise the id comes from the headline, made unique.
    let first = event("first-issue");
    assert_eq!(first.date.to_string(), "2004-03");
    assert_eq!(first.title, "First issue");
    // HTML becomes plain text, entities decoded, and the text is quoted verbatim.
    assert_eq!(
        first.summary,
        "The first issue came out in March 2004 & sold out."
    );
    assert_eq!(first.citations[0].quote, first.summary);
    assert_eq!(
        d.sources[first.citations[0].source].title,
        "Our newsroom's story (TimelineJS file)"
    );
    let site = event("the-website-opens");
    assert_eq!(site.date.to_string(), "2009-11-02");
    assert_eq!(site.summary, "Our website opened.");
    let media = site.media.as_ref().unwrap();
    assert_eq!(media.url, "https://images.example.org/website.png");
    assert_eq!(
        (
            media.alt.as_str(),
            media.caption.as_str(),
            media.credit.as_str()
        ),
        ("The first home page", "The first home page", "Archive")
    );
    let series = event("investigation-series");
    assert_eq!(
        (series.date.to_string(), series.end.unwrap().to_string()),
        ("2015".to_string(), "2016-06".to_string())
    );
    // A YouTube video comes in as one (shown behind a facade), titled by its caption;
    // an http picture is dropped, not refused.
    let video = series.media.as_ref().unwrap();
    assert_eq!(
        (video.url.as_str(), video.alt.as_str()),
        ("https://www.youtube.com/watch?v=abc", "The trailer")
    );
    assert!(!video.is_picture());
    assert!(media.is_picture());
    let second = event("the-website-opens-2");
    assert!(second.media.is_none());
    assert_eq!(d.categories.get(second.category).id, "other");
    let eras: Vec<(String, String, String)> = d
        .eras
        .iter()
        .map(|e| (e.title.clone(), e.date.to_string(), e.end.to_string()))
        .collect();
    assert_eq!(
        eras,
        [
            ("Print only".into(), "2004".into(), "2009".into()),
            ("Print and online".into(), "2009-11".into(), "2022".into())
        ]
    );
}

#[test]
fn a_file_without_groups_has_one_category() {
    let d = converted(&json!({ "events": [
        { "start_date": { "year": 1999 }, "text": { "headline": "A" } },
        { "start_date": { "year": 2001 }, "text": { "text": "<p>Only text</p>" } }
    ] }));
    assert_eq!(d.categories.ids(), "events");
    assert_eq!(d.title, "Timeline");
    assert_eq!(d.events[1].title, "Only text");
}

#[test]
fn every_problem_is_named_by_event_or_era() {
    let groups: Vec<Value> = (0..13)
        .map(|i| json!({ "start_date": { "year": 2000 + i }, "text": { "headline": format!("E{i}") }, "group": format!("G{i}") }))
        .collect();
    let error = convert(&json!({ "events": groups })).unwrap_err();
    assert!(
        error.contains("the file has 13 groups; at most 12 are supported"),
        "{error}"
    );
    let error = convert(&json!({
        "events": [
            { "start_date": { "month": 3 }, "text": { "headline": "No year" } },
            { "start_date": { "year": 2001, "month": 13 }, "text": { "headline": "Bad month" } },
            { "start_date": { "year": "two thousand" } },
            { "start_date": { "year": 2001 }, "end_date": "2002" }
        ],
        "eras": [{ "start_date": { "year": 2001 }, "text": { "headline": "Open" } }]
    }))
    .unwrap_err();
    for expected in [
        "event #1 (\"No year\"), field `start_date`: has no `year`",
        "event #2 (\"Bad month\"), field `start_date`: `month` 13 is not a month",
        "event #3, field `start_date`: `year` \"two thousand\" is not a whole number",
        "event #4, field `end_date`: must be an object with a `year`",
        "era #1, field `end_date`: is missing",
    ] {
        assert!(error.contains(expected), "{expected}\nnot in\n{error}");
    }
    assert!(convert(&json!({ "title": "no events" }))
        .unwrap_err()
        .contains("no `events` list"));
}

#[test]
fn html_becomes_plain_text() {
    assert_eq!(plain_text("<p>One</p><p>Two<br>three</p>"), "One Two three");
    assert_eq!(
        plain_text("a &lt;b&gt; &amp; &#8212; &#x41; &nbsp;z"),
        "a <b> & — A z"
    );
    assert_eq!(
        plain_text("Safe<script>alert('x')</script> <STYLE>p{}</STYLE>text"),
        "Safe text"
    );
    assert_eq!(plain_text("AT&T and a < b"), "AT&T and a < b");
    assert_eq!(plain_text("<img src=x onerror=alert(1)>caption"), "caption");
}

#[test]
fn negative_years_hours_and_display_dates_come_across() {
    let file: Value =
        serde_json::from_str(include_str!("../../tests/hosts/timelinejs-hours.json")).unwrap();
    let d = converted(&file);
    let dates: Vec<String> = d.events.iter().map(|e| e.date.to_string()).collect();
    // TimelineJS's -500 is 500 BCE: it has no year zero, and writes it so.
    assert_eq!(
        dates,
        [
            "500 BCE",
            "-0043-03-15",
            "2022-01-27T14:30",
            "2022-01-27T15:10:30"
        ]
    );
    let count = &d.events[3];
    assert_eq!(
        count.end.map(|e| e.to_string()),
        Some("2022-01-27T16:00".into())
    );
    assert_eq!(count.display_date.as_deref(), Some("Afternoon"));
    let t = pakkaz_core::text::Words::english();
    assert_eq!(pakkaz_core::text::when(&t, count), "Afternoon");
    // A CSV download keeps the wording, and reads back to the same dataset.
    let csv = pakkaz_core::model::csv::write_csv(&d);
    assert!(
        csv.lines().next().unwrap().contains(",display_date,"),
        "{csv}"
    );
    let back = pakkaz_core::model::csv::read_csv(&csv).unwrap();
    assert_eq!(back.events[3].display_date.as_deref(), Some("Afternoon"));
    let refused =
        |date: Value| convert(&json!({ "events": [{ "start_date": date }] })).unwrap_err();
    assert!(refused(json!({ "year": 0 })).contains("the year 0 does not exist"));
    assert!(
        refused(json!({ "year": 2022, "month": 1, "day": 27, "hour": 25 }))
            .contains("`hour` 25 is not an hour of a day")
    );
}
