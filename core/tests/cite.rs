#![cfg(not(target_arch = "wasm32"))]
//! Citations of events: each style holds the title, the date as precisely as known, each
//! source with its title and date, the quote verbatim in quotation marks, and a link to
//! the event's own view that reopens it.

use std::rc::Rc;

use pakkaz_core::model::{parse_dataset, Dataset, EMBEDDED_JSON};
use pakkaz_core::report::cite::of_view;
use pakkaz_core::state::{Action, State};
use pakkaz_core::text::cite::{citation, of_event, Cited, CitedSource, Style};
use pakkaz_core::text::{Lang, Words};

fn state() -> State {
    let dataset = Rc::new(parse_dataset(EMBEDDED_JSON).unwrap());
    State::new(dataset, pakkaz_core::start::embedded_range()).apply(Action::Resize(1000.0))
}

fn sample<'a>(sources: Vec<CitedSource<'a>>) -> Cited<'a> {
    Cited {
        dataset: "Pakistan–Kazakhstan relations",
        id: "flights",
        title: "Direct flights",
        when: "March 2019",
        sources,
        link: "https://example.org/t#event=flights",
    }
}

fn report(quote: &str) -> CitedSource<'_> {
    CitedSource {
        id: "report",
        title: "Annual report",
        date: Some(pakkaz_core::model::Date::parse("2022-05").unwrap()),
        url: Some("https://example.org/report"),
        quote,
    }
}

#[test]
fn each_style_writes_what_a_reader_needs() {
    let c = sample(vec![report("Flights began in March 2019.")]);
    assert_eq!(
        citation(Style::Chicago, &c),
        "“Direct flights,” Pakistan–Kazakhstan relations, March 2019, quoting Annual report (2022-05): “Flights began in March 2019.” https://example.org/t#event=flights"
    );
    assert_eq!(
        citation(Style::Apa, &c),
        "Direct flights. (March 2019). In Pakistan–Kazakhstan relations. Quoting Annual report (2022-05): “Flights began in March 2019.” https://example.org/t#event=flights"
    );
    assert_eq!(
        citation(Style::Bibtex, &c),
        "@misc{report-flights,\n  title = {Annual report},\n  year = {2022},\n  month = {05},\n  url = {https://example.org/report},\n  note = {Quoted for “Direct flights” (March 2019) in Pakistan–Kazakhstan relations: “Flights began in March 2019.” https://example.org/t\\#event=flights}\n}"
    );
}

#[test]
fn a_quote_without_a_full_stop_gets_one_and_every_source_is_named() {
    let mut second = report("a second sentence");
    second.title = "Lecture";
    second.date = None;
    let c = sample(vec![report("First."), second]);
    let chicago = citation(Style::Chicago, &c);
    assert!(
        chicago.contains(
            "quoting Annual report (2022-05): “First.”; Lecture: “a second sentence”. https://"
        ),
        "{chicago}"
    );
    assert_eq!(citation(Style::Bibtex, &c).matches("@misc{").count(), 2);
}

#[test]
fn bibtex_escapes_what_tex_would_read() {
    let c = sample(vec![report("50% of {trade} & 3 #1 items_cost $5 ~ ^ \\")]);
    let entry = citation(Style::Bibtex, &c);
    assert!(
        entry.contains(
            "50\\% of \\{trade\\} \\& 3 \\#1 items\\_cost \\$5 \\~{} \\^{} \\textbackslash{}"
        ),
        "{entry}"
    );
}

#[test]
fn every_embedded_event_cites_its_quotes_verbatim_with_a_link_that_reopens_it() {
    let state = state();
    let t = Words::of(Lang::En);
    let dataset: &Dataset = &state.dataset;
    for (i, event) in dataset.events.iter().enumerate() {
        // The page's own hash is not part of the link.
        let text = of_view(&state, &t, "https://example.org/timeline#from=2001", &[i]);
        assert!(text.contains(&format!("“{},”", event.title)), "{text}");
        for c in &event.citations {
            assert!(text.contains(&format!("“{}”", c.quote)), "{text}");
            assert!(text.contains(&dataset.sources[c.source].title), "{text}");
        }
        let link = text.rsplit(' ').next().unwrap();
        let hash = link
            .strip_prefix("https://example.org/timeline#")
            .expect(link);
        let reopened = state.apply(Action::Restore(pakkaz_core::url::decode(hash).into()));
        assert_eq!(reopened.selected, Some(i), "{link}");
        let _ = of_event(dataset, event, "", "");
    }
}

#[test]
fn the_reader_picks_the_style_and_many_events_are_cited_at_once() {
    let state = state().apply(Action::SetCiteStyle(Style::Apa));
    let t = Words::of(Lang::En);
    let all: Vec<usize> = (0..state.dataset.events.len()).collect();
    let text = of_view(&state, &t, "https://example.org/", &all);
    assert_eq!(text.split("\n\n").count(), all.len());
    assert!(text
        .split("\n\n")
        .all(|c| c.contains(". In ") && c.contains("https://example.org/#")));
}

#[test]
fn citations_carry_years_before_the_common_era_and_times() {
    let mut source = report("Caesar was killed.");
    source.date = Some(pakkaz_core::model::Date::parse("-0043-03").unwrap());
    let cited = Cited {
        dataset: "Rome",
        id: "ides",
        title: "Caesar is killed",
        when: "15 March 44 BCE",
        sources: vec![source],
        link: "https://example.org/t#event=ides",
    };
    let bibtex = citation(Style::Bibtex, &cited);
    assert!(bibtex.contains("year = {44 BCE}"), "{bibtex}");
    assert!(bibtex.contains("month = {03}"), "{bibtex}");
    let chicago = citation(Style::Chicago, &cited);
    assert!(
        chicago.contains("Rome, 15 March 44 BCE, quoting"),
        "{chicago}"
    );
    // The event's date as the widget writes it, times included.
    let t = pakkaz_core::text::Words::english();
    let polls = pakkaz_core::model::Date::parse("2022-01-27T14:30+05:00").unwrap();
    let when = pakkaz_core::text::date_long(&t, &polls);
    let cited = Cited {
        when: &when,
        sources: vec![],
        ..cited
    };
    assert!(citation(Style::Apa, &cited).contains("(27 January 2022 at 14:30 UTC+05:00)"));
}
