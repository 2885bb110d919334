//! Native tests of the start: options × hash × data → the first state, and the language.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest does not build for wasm32

use pakkaz_core::generate;
use pakkaz_core::model::{parse_dataset, validate, CategorySet, Dataset, Date, EMBEDDED_JSON};
use pakkaz_core::start::{
    embedded_range, first_state, language, range_of, window_of, Opening, Years,
};
use pakkaz_core::state::State;
use pakkaz_core::text::Lang;
use proptest::prelude::*;

fn embedded() -> Dataset {
    parse_dataset(EMBEDDED_JSON).unwrap()
}

fn generated(n: usize, seed: u32) -> Dataset {
    validate(generate::dataset(n, seed)).unwrap()
}

fn day(date: &str) -> f64 {
    pakkaz_core::model::date::days_of_seconds(Date::parse(date).unwrap().start())
}

fn open(dataset: Dataset, years: Years, opening: &Opening, hash: Option<&str>) -> State {
    first_state(dataset, years, opening, hash).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn with_nothing_asked_the_embedded_data_opens_on_1991_to_2022_and_nothing_else() {
    let s = open(embedded(), Years::Embedded, &Opening::default(), None);
    assert_eq!(s.bounds, embedded_range());
    assert_eq!(s.viewport, s.bounds);
    assert_eq!(s.categories, CategorySet::ALL);
    assert_eq!((s.selected, s.list_view, s.lanes), (None, false, false));
    assert!(s.query.is_empty());
    assert_eq!(s.dataset.title, embedded().title);
}

#[test]
fn a_hosts_data_opens_on_the_whole_years_it_covers() {
    let data = generated(40, 3);
    let range = range_of(&data);
    let s = open(data, Years::OfData, &Opening::default(), None);
    assert_eq!(s.bounds, range);
    let (first, last) = s.dataset.extent().unwrap();
    let days = pakkaz_core::model::date::days_of_seconds;
    assert!(s.bounds.start <= days(first) && s.bounds.end >= days(last));
    assert_eq!(Date::from_days(s.bounds.start as i64).to_string(), {
        let year = Date::from_seconds(first, pakkaz_core::model::Precision::Day).year_number();
        format!("{year}-01-01")
    });
}

#[test]
fn the_heading_replaces_the_title_once_and_everywhere() {
    let opening = Opening {
        heading: Some("Milestones".into()),
        ..Opening::default()
    };
    let s = open(embedded(), Years::Embedded, &opening, None);
    assert_eq!(s.dataset.title, "Milestones");
}

#[test]
fn the_hosts_options_open_the_view_they_name() {
    let data = embedded();
    let id = data.events[5].id.clone();
    let opening = Opening {
        categories: Some(vec!["trade".into(), "education".into()]),
        window: window_of("mount options", Some("2001"), Some("2010")).unwrap(),
        selected: Some(id.clone()),
        list: true,
        lanes: true,
        ..Opening::default()
    };
    let s = open(data, Years::Embedded, &opening, None);
    let ids: Vec<&str> = (s.dataset.categories.iter())
        .filter(|&(c, _)| s.categories.contains(c))
        .map(|(_, info)| info.id.as_str())
        .collect();
    assert_eq!(ids, ["trade", "education"]);
    assert_eq!(s.selected.map(|i| s.dataset.events[i].id.clone()), Some(id));
    assert!(s.list_view && s.lanes);
    // The window is 2001–2010, moved (not zoomed) if it had to reveal the event.
    assert!((s.viewport.span() - (day("2011") - day("2001"))).abs() < 1.0);
}

#[test]
fn names_the_data_does_not_have_are_errors_that_say_which() {
    let bad_event = Opening {
        selected: Some("no-such-event".into()),
        ..Opening::default()
    };
    let error = first_state(embedded(), Years::Embedded, &bad_event, None).unwrap_err();
    assert_eq!(
        error,
        "mount options: `selected`: no event has the id \"no-such-event\""
    );
    let bad_category = Opening {
        categories: Some(vec!["sport".into()]),
        ..Opening::default()
    };
    let error = first_state(embedded(), Years::Embedded, &bad_category, None).unwrap_err();
    assert!(error.starts_with("mount options: unknown category \"sport\" (use "));
}

#[test]
fn a_shared_link_opens_its_view_on_top_of_the_hosts() {
    let data = embedded();
    let id = data.events[10].id.clone();
    let hash = format!("#from=2015&to=2018&cats=trade&q=flights&lanes=1&event={id}");
    let opening = Opening {
        categories: Some(vec!["political".into()]),
        ..Opening::default()
    };
    let s = open(data, Years::Embedded, &opening, Some(&hash));
    assert_eq!(s.query, "flights");
    assert!(s.lanes);
    let trade = s.dataset.categories.parse("trade").unwrap();
    assert_eq!(s.categories, CategorySet::NONE.with(trade));
    assert_eq!(s.selected.map(|i| s.dataset.events[i].id.clone()), Some(id));
}

#[test]
fn the_hosts_selection_has_the_last_word_over_a_link() {
    let data = embedded();
    let (linked, chosen) = (data.events[3].id.clone(), data.events[20].id.clone());
    let opening = Opening {
        selected: Some(chosen.clone()),
        ..Opening::default()
    };
    let s = open(
        data,
        Years::Embedded,
        &opening,
        Some(&format!("event={linked}")),
    );
    assert_eq!(
        s.selected.map(|i| s.dataset.events[i].id.clone()),
        Some(chosen)
    );
}

#[test]
fn without_the_hash_kept_a_link_changes_nothing() {
    let a = open(embedded(), Years::Embedded, &Opening::default(), None);
    let b = open(embedded(), Years::Embedded, &Opening::default(), Some(""));
    assert_eq!(
        (a.viewport, a.categories, a.selected),
        (b.viewport, b.categories, b.selected)
    );
}

#[test]
fn what_a_link_names_that_the_data_lacks_is_left_out() {
    let s = open(
        embedded(),
        Years::Embedded,
        &Opening::default(),
        Some("#cats=sport&event=nothing&from=2099-13&lanes=1"),
    );
    assert_eq!(s.categories, CategorySet::ALL);
    assert_eq!(s.selected, None);
    assert_eq!(s.viewport, s.bounds);
    assert!(s.lanes, "the fields that do parse still count");
}

#[test]
fn the_language_is_the_hosts_then_the_links_then_the_pages() {
    let page = vec!["ur-PK".to_string(), "en-GB".to_string()];
    assert_eq!(language(Some(Lang::Kk), Some("#lang=ru"), &page), Lang::Kk);
    assert_eq!(language(None, Some("#lang=ru"), &page), Lang::Ru);
    assert_eq!(language(None, Some("#from=2001"), &page), Lang::Ur);
    assert_eq!(language(None, None, &page), Lang::Ur);
    assert_eq!(language(None, Some("#lang=xx"), &["fr".into()]), Lang::En);
    assert_eq!(language(None, None, &[]), Lang::En);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever the host and the link ask, the first state is inside its bounds, at
    /// least a month wide, its selection an event of the data, and it never panics.
    #[test]
    fn any_opening_and_any_hash_give_a_state_inside_its_bounds(
        n in 0usize..60,
        seed in 0u32..1000,
        from in proptest::option::of(1985i32..2030),
        span in 1i32..20,
        pick in proptest::option::of(0usize..60),
        list in any::<bool>(),
        lanes in any::<bool>(),
        hash in "[a-z=&#0-9,+%-]{0,40}",
    ) {
        let data = generated(n, seed);
        let selected = pick.and_then(|i| data.events.get(i)).map(|e| e.id.clone());
        let window = from.map(|y| {
            let (a, b) = (format!("{y}"), format!("{}", y + span));
            window_of("mount options", Some(&a), Some(&b)).unwrap().unwrap()
        });
        let opening = Opening { window, selected: selected.clone(), list, lanes, ..Opening::default() };
        let s = first_state(data, Years::OfData, &opening, Some(&hash)).unwrap();
        prop_assert!(s.viewport.start >= s.bounds.start && s.viewport.end <= s.bounds.end);
        prop_assert!(s.viewport.span() > 0.0);
        prop_assert_eq!(s.list_view, list);
        prop_assert!(s.lanes || !lanes);
        if let Some(id) = selected {
            prop_assert_eq!(s.selected.map(|i| s.dataset.events[i].id.clone()), Some(id));
        }
    }
}
