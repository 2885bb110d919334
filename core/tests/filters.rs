//! Native tests of filtering, search, selection and the shareable URL hash.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest does not build for wasm32

use std::rc::Rc;

use pakkaz_core::model::search::{fold, query_words, Filter, SearchIndex};
use pakkaz_core::model::{validate, Builtin, CategorySet, Dataset, EMBEDDED_JSON};
use pakkaz_core::state::link::encode;

/// The actions that bring `s` to the view `hash` describes.
fn decode(hash: &str, s: &State) -> Vec<Action> {
    s.actions_for(&pakkaz_core::url::decode(hash))
}
use pakkaz_core::state::{Action, State};
use pakkaz_core::text::Lang;
use pakkaz_core::timeline::Viewport;
use pakkaz_core::url::lang_of_hash;
use proptest::prelude::*;

fn embedded() -> Rc<Dataset> {
    Rc::new(validate(pakkaz_core::model::json_text::read_json(EMBEDDED_JSON).unwrap()).unwrap())
}

fn state() -> State {
    State::new(embedded(), pakkaz_core::start::embedded_range()).apply(Action::Resize(1000.0))
}

fn shown_ids(state: &State) -> Vec<String> {
    let mask = state.filter().mask(&state.dataset, &state.search);
    state
        .dataset
        .events
        .iter()
        .zip(mask)
        .filter(|(_, shown)| *shown)
        .map(|(e, _)| e.id.clone())
        .collect()
}

#[test]
fn folding_ignores_case_and_accents() {
    assert_eq!(fold("Ástana ÇAFÉ Łódź"), "astana cafe lodz");
    assert_eq!(fold("Kazakhstan’s"), "kazakhstan's");
    assert_eq!(fold("ҚАЗАҚСТАН"), "қазақстан");
    assert_eq!(query_words("  Direct   FLIGHTS, "), ["direct", "flights"]);
}

#[test]
fn search_matches_title_summary_and_quote_with_every_word() {
    let s = state().apply(Action::SetQuery("flights".into()));
    assert_eq!(shown_ids(&s), ["imran-khan-approves-direct-flights"]);
    // "Dostarym" appears only in titles/quotes of the exercises.
    let s = state().apply(Action::SetQuery("DOSTARYM".into()));
    assert_eq!(shown_ids(&s).len(), 2);
    // A word found only in a quote: "National Anti-Terrorist Centre".
    let s = state().apply(Action::SetQuery("anti-terrorist".into()));
    assert!(shown_ids(&s).contains(&"dostarym-2017".to_string()));
    // Every word must match.
    let s = state().apply(Action::SetQuery("zardari 2011".into()));
    assert_eq!(shown_ids(&s), ["zardari-visits-kazakhstan"]);
    let s = state().apply(Action::SetQuery("dostarym zebra".into()));
    assert!(shown_ids(&s).is_empty());
}

#[test]
fn categories_and_search_combine_and_counts_follow_the_search() {
    let dataset = embedded();
    let index = SearchIndex::new(&dataset);
    let trade = CategorySet::NONE.with(Builtin::Trade.category());
    let filter = Filter::new(trade, "trade");
    let counts = filter.counts(&dataset, &index);
    let mask = filter.mask(&dataset, &index);
    let shown = mask.iter().filter(|&&m| m).count();
    assert_eq!(shown, counts[Builtin::Trade.category().index()]);
    assert!(
        counts[Builtin::Political.category().index()]
            < dataset.count_by_category(Builtin::Political.category())
    );
    let everything = Filter::new(CategorySet::ALL, "");
    assert!(everything.is_everything());
    let total: usize = everything.counts(&dataset, &index).iter().sum();
    assert_eq!(total, dataset.events.len());
}

#[test]
fn reset_filters_shows_everything() {
    let s = state()
        .apply(Action::SetCategories(CategorySet::NONE))
        .apply(Action::SetQuery("x".into()))
        .apply(Action::ResetFilters);
    assert_eq!(shown_ids(&s).len(), s.dataset.events.len());
}

#[test]
fn selecting_reveals_the_event_and_steps_through_shown_events_in_time_order() {
    let s = state();
    let first = s.dataset.event_index("kazakhstan-independence").unwrap();
    // Zoomed in on 2015, selecting a 1991 event moves the window there.
    let zoomed = s.apply(Action::SetWindow(Viewport::new(16_436.0, 16_800.0)));
    let selected = zoomed.apply(Action::Select(Some(first)));
    let e = &s.dataset.events[first];
    assert!(selected.viewport.start <= e.start());
    assert!(selected.viewport.end > e.start());
    assert!((selected.viewport.span() - zoomed.viewport.span()).abs() < 1e-6);

    let only_military = s.apply(Action::SetCategories(
        CategorySet::NONE.with(Builtin::Military.category()),
    ));
    let a = only_military.apply(Action::SelectNext);
    let b = a.apply(Action::SelectNext);
    let c = b.apply(Action::SelectNext);
    let ids: Vec<&str> = [&a, &b, &c]
        .iter()
        .map(|s| s.dataset.events[s.selected.unwrap()].id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "kazakh-officers-trained-in-pakistan",
            "dostarym-2017",
            "dostarym-2019"
        ]
    );
    // At the end, "next" stays; "previous" goes back.
    assert_eq!(c.apply(Action::SelectNext).selected, c.selected);
    assert_eq!(c.apply(Action::SelectPrevious).selected, b.selected);
}

#[test]
fn the_hash_round_trips_a_view() {
    let s = state();
    let idx = s
        .dataset
        .event_index("imran-khan-approves-direct-flights")
        .unwrap();
    let view = s
        .apply(Action::SetWindow(Viewport::new(16_436.0, 19_358.0))) // 2015-01-01 .. 2023-01-01
        .apply(Action::SetCategories(
            CategorySet::NONE
                .with(Builtin::Trade.category())
                .with(Builtin::Education.category()),
        ))
        .apply(Action::SetQuery("direct flights".into()))
        .apply(Action::Select(Some(idx)));
    let hash = encode(&view, Lang::En);
    assert_eq!(hash, "from=2015&to=2022&cats=trade,education&q=direct+flights&event=imran-khan-approves-direct-flights");
    let restored = decode(&format!("#{hash}"), &s)
        .into_iter()
        .fold(s.clone(), |st, a| st.apply(a));
    assert_eq!(restored, view);
    assert_eq!(encode(&s, Lang::En), "", "the default view needs no hash");
}

#[test]
fn the_example_link_of_the_issue_restores_its_view() {
    let s = state();
    let actions = decode(
        "#from=2015-01&to=2022-12&cats=trade,education&q=flights&event=nope",
        &s,
    );
    let v = actions.into_iter().fold(s.clone(), |st, a| st.apply(a));
    assert_eq!(v.viewport, Viewport::new(16_436.0, 19_358.0));
    assert_eq!(
        v.categories,
        CategorySet::NONE
            .with(Builtin::Trade.category())
            .with(Builtin::Education.category())
    );
    assert_eq!(v.query, "flights");
    assert_eq!(v.selected, None, "an unknown event id is ignored");
}

#[test]
fn bad_hash_fields_are_dropped_one_by_one() {
    let s = state();
    let actions = decode(
        "#from=2021-02-30&to=2019&cats=sport&q=%E2%28&event=dostarym-2017&zoom=9",
        &s,
    );
    let v = actions.into_iter().fold(s.clone(), |st, a| st.apply(a));
    assert_eq!(v.categories, CategorySet::ALL);
    assert_eq!(v.query, "", "a broken escape is dropped");
    assert_eq!(v.selected, s.dataset.event_index("dostarym-2017"));
    // `to` alone is valid: from the start of the bounds to the end of 2019 (then moved,
    // not zoomed, to reveal the selected event).
    let end_2019 = pakkaz_core::model::date::days_from_civil(2020, 1, 1) as f64;
    assert!((v.viewport.span() - (end_2019 - s.bounds.start)).abs() < 1e-6);
}

/// Hash values are percent-decoded as a browser's URLSearchParams does: `+` is a space,
/// `%XX` a byte, and a `%` without two hex digits stays itself (it once read "%+A" as a
/// newline, taking "+A" for hex).
#[test]
fn hash_values_are_percent_decoded_as_browsers_do() {
    let s = state();
    let query = |hash: &str| {
        decode(hash, &s)
            .into_iter()
            .fold(s.clone(), |st, a| st.apply(a))
            .query
    };
    assert_eq!(query("#q=%+A"), "% A");
    assert_eq!(query("#q=%41%20b+c"), "A b c");
    assert_eq!(query("#q=100%25"), "100%");
    assert_eq!(query("#q=%D2%9A%D0%B0%D0%B7%D0%B0%D2%9B"), "Қазақ");
    assert_eq!(query("#q=%zz"), "%zz");
    // Every text round-trips through the hash.
    for text in ["a+b c", "100% & more", "Қазақстан, پاکستان", "x=y#z"] {
        let with = s.clone().apply(Action::SetQuery(text.into()));
        assert_eq!(query(&format!("#{}", encode(&with, Lang::En))), text);
    }
}

proptest! {
    #[test]
    fn decoding_never_panics(hash in "\\PC{0,80}") {
        let s = state();
        let v = decode(&hash, &s).into_iter().fold(s.clone(), |st, a| st.apply(a));
        prop_assert!(v.viewport.start >= v.bounds.start && v.viewport.end <= v.bounds.end);
    }

    #[test]
    fn any_window_round_trips_through_the_hash(start in 7_670.0f64..19_000.0, span in 31.0f64..5_000.0) {
        let s = state();
        let view = s.apply(Action::SetWindow(Viewport::new(start.round(), (start + span).round())));
        let restored = decode(&encode(&view, Lang::En), &s).into_iter().fold(s.clone(), |st, a| st.apply(a));
        prop_assert_eq!(restored.viewport, view.viewport);
    }
}

use pakkaz_core::model::fold_cases;

#[test]
fn folding_follows_unicode_in_every_script_readers_use() {
    fold_cases::check_fold_cases(fold);
}

#[test]
fn a_search_finds_text_however_it_is_cased_or_composed() {
    use pakkaz_core::model::format::{list, text};
    use pakkaz_core::model::{RawCitation, RawDataset, RawEvent, RawSource};
    let titles = [
        "Қазақстан Ғылым",
        "İstanbul ışığı",
        "ΟΔΟΣ ΣΟΦΙΑΣ",
        "Straße",
        "Astana\u{301}",
    ];
    let raw = RawDataset {
        title: Default::default(),
        summary: Default::default(),
        media: Default::default(),
        categories: Default::default(),
        sources: list([RawSource {
            id: text("s"),
            title: text("S"),
            ..RawSource::default()
        }]),
        events: list(titles.iter().enumerate().map(|(i, t)| RawEvent {
            id: text(format!("e{i}")),
            date: text(format!("{}", 2001 + i)),
            category: text("trade"),
            title: text(*t),
            sources: list([RawCitation {
                source: text("s"),
                quote: text("Q."),
            }]),
            ..RawEvent::default()
        })),
        undated: Default::default(),
        eras: Default::default(),
    };
    let dataset = validate(raw).unwrap();
    let index = SearchIndex::new(&dataset);
    let found = |query: &str| -> Vec<&str> {
        let filter = Filter::new(CategorySet::ALL, query);
        (0..dataset.events.len())
            .filter(|&i| filter.shows(&dataset, &index, i))
            .map(|i| dataset.events[i].id.as_str())
            .collect()
    };
    assert_eq!(found("ғылым"), ["e0"]);
    assert_eq!(found("ISTANBUL isigi"), ["e1"]);
    assert_eq!(found("σοφιας"), ["e2"]);
    assert_eq!(found("οδος"), ["e2"]);
    assert_eq!(found("STRASSE"), ["e3"]);
    assert_eq!(found("astaná"), ["e4"]);
    assert_eq!(found("q."), ["e0", "e1", "e2", "e3", "e4"]);
    // One event's text never runs into the next one's.
    assert!(found("ғылым q. istanbul").is_empty());
}

#[test]
fn the_search_index_is_folded_on_the_first_search_only() {
    // Filtering by category alone reads no text: the index stays unbuilt.
    let s = state().apply(Action::ToggleCategory(Builtin::Trade.category()));
    let _ = shown_ids(&s);
    assert!(!s.search.is_built());
    // A search builds it, and finds what an index built up front finds.
    let s = s.apply(Action::SetQuery("ÍSLAMABAD".into()));
    let lazy = shown_ids(&s);
    assert!(s.search.is_built());
    assert!(!lazy.is_empty());
    let eager = SearchIndex::new(&s.dataset);
    let filter = s.filter();
    let expected: Vec<String> = s
        .dataset
        .events
        .iter()
        .enumerate()
        .filter(|(i, _)| filter.shows(&s.dataset, &eager, *i))
        .map(|(_, e)| e.id.clone())
        .collect();
    assert_eq!(lazy, expected);
    let s = s.apply(Action::SetQuery("kazakhstan".into()));
    assert!(!shown_ids(&s).is_empty());
}

#[test]
fn a_hash_carries_the_language_shown_unless_it_is_english() {
    let s = state();
    assert_eq!(encode(&s, Lang::Ur), "lang=ur");
    assert_eq!(encode(&s, Lang::En), "");
    assert_eq!(lang_of_hash("#cats=trade&lang=kk"), Some("kk".to_string()));
    assert_eq!(lang_of_hash("#cats=trade"), None);
    // Decoding a view ignores it: the language is read once, when the widget starts.
    assert!(decode("#lang=ru", &s).is_empty());
}
