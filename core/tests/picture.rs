#![cfg(not(target_arch = "wasm32"))]
//! The words of a picture of the view: the timeline's title, the window and filters as
//! shown, every source, and a link that restores exactly this view.

use std::rc::Rc;

use pakkaz_core::model::{parse_dataset, EMBEDDED_JSON};
use pakkaz_core::report::picture::{lines, PictureWords};
use pakkaz_core::state::{Action, State};
use pakkaz_core::text::{Lang, Words};

fn state() -> State {
    let dataset = Rc::new(parse_dataset(EMBEDDED_JSON).unwrap());
    State::new(dataset, pakkaz_core::start::embedded_range()).apply(Action::Resize(1000.0))
}

#[test]
fn a_picture_says_what_it_shows_and_where_it_comes_from() {
    let t = Words::english();
    let view = state().apply(Action::Restore(
        pakkaz_core::url::decode("from=2015&to=2020&cats=trade,education&q=flights&lanes=1").into(),
    ));
    let PictureWords {
        title,
        view: shown,
        sources,
        link,
    } = lines(&view, &t, "https://example.org/t?x=1#old");
    assert_eq!(title, view.dataset.title);
    assert_eq!(
        shown,
        "1 January 2015–31 December 2020 · Trade, Education · Search events “flights”"
    );
    for source in &view.dataset.sources {
        assert!(
            sources.contains(&source.title),
            "{sources} names {}",
            source.title
        );
    }
    assert!(sources.starts_with("Sources: "));
    // The link drops the page's own hash and restores the view through the reducer.
    let (page, hash) = link.split_once('#').unwrap();
    assert_eq!(page, "https://example.org/t?x=1");
    let restored = state().apply(Action::Restore(pakkaz_core::url::decode(hash).into()));
    assert_eq!(restored.viewport, view.viewport);
    assert_eq!(restored.categories, view.categories);
    assert_eq!(restored.query, view.query);
    assert!(restored.lanes);
}

#[test]
fn the_default_view_links_to_the_page_and_other_languages_keep_theirs() {
    let view = state();
    let PictureWords {
        view: shown, link, ..
    } = lines(&view, &Words::english(), "https://example.org/t");
    assert_eq!(link, "https://example.org/t");
    assert!(
        shown.ends_with("Political, Military, Trade, Education"),
        "{shown}"
    );
    let ru = Words::of(Lang::Ru);
    let PictureWords {
        view: shown,
        sources,
        link,
        ..
    } = lines(&view, &ru, "https://example.org/t");
    assert!(shown.contains("Торговля"), "{shown}");
    assert!(sources.starts_with("Источники: "), "{sources}");
    assert_eq!(
        link,
        format!(
            "https://example.org/t#{}",
            pakkaz_core::state::link::encode(&view, Lang::Ru)
        )
    );
    assert!(link.ends_with("lang=ru"));
}
