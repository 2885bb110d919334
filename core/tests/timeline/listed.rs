//! Tests of `core/src/timeline/listed.rs`: what the list view lists.

use pakkaz_core::model::{Builtin, CategorySet};
use pakkaz_core::timeline::listed::listed;
use pakkaz_core::timeline::Viewport;

use crate::support::{all, embedded, mask};

#[test]
fn the_list_holds_the_windows_shown_events_in_time_order() {
    let dataset = embedded();
    let window = Viewport::new(
        pakkaz_core::model::date::days_of_seconds(
            pakkaz_core::model::Date::parse("2001").unwrap().start(),
        ),
        pakkaz_core::model::date::days_of_seconds(
            pakkaz_core::model::Date::parse("2010").unwrap().end(),
        ),
    );
    let every = listed(&dataset, window, &all(&dataset));
    assert!(!every.is_empty());
    assert!(every
        .windows(2)
        .all(|w| { dataset.events[w[0]].start_second() <= dataset.events[w[1]].start_second() }));
    for &i in &every {
        let e = &dataset.events[i];
        assert!(e.end() > window.start && e.start() < window.end);
    }
    let trade = CategorySet::NONE.with(Builtin::Trade.category());
    let only_trade = listed(&dataset, window, &mask(&dataset, trade));
    assert!(only_trade.len() < every.len());
    assert!(only_trade
        .iter()
        .all(|&i| trade.contains(dataset.events[i].category)));
    assert!(
        listed(&dataset, window, &[]).is_empty(),
        "no flags: nothing shown"
    );
}
