//! Validation of the public dataset format as a whole: a [`RawDataset`] as read becomes
//! a checked [`Dataset`], or *every* problem it has, each naming the event (by id, or by
//! position when the id itself is the problem) and the field (reported through the
//! `Collector`). Fields of the wrong type, kept by [`Loose`] while reading, are
//! reported here with the rest. Sources and events are checked here; each other part
//! has a checker of its own (`own_categories`, `undated`, `eras`, `media`), and what
//! several share is in `shared_checks`. Nothing here panics on any input.

use super::category::{Categories, Category};
use super::collector::{values, Collector};
use super::eras::check_eras;
use super::event::{first_with_same_key, Dataset, Event, Source, Status};
use super::format::{RawDataset, RawEvent, RawSource};
use super::limits::{MAX_EVENTS, MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use super::loose::Loose;
use super::media::check_media;
use super::own_categories::check_categories;
use super::problems::{DataErrors, Item, Loc};
use super::shared_checks::{check_citations, period, unique_id};
use super::undated::check_notes;

/// Checks a raw dataset and builds the validated one, or returns every problem found.
///
/// Takes the raw dataset so that its texts move into the events rather than being
/// copied: with a large dataset the peak memory is one copy of the text, not two.
pub fn validate(raw: RawDataset) -> Result<Dataset, DataErrors> {
    let mut c = Collector { errors: Vec::new() };

    let title = c
        .present(&Loc::Dataset, "title", raw.title)
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "Timeline".to_string());

    let raw_sources = c
        .list(&Loc::Dataset, "sources", raw.sources)
        .unwrap_or_default();
    let raw_events = c.list(&Loc::Dataset, "events", raw.events);
    let categories = check_categories(&mut c, raw.categories);

    let mut sources = Vec::with_capacity(raw_sources.len());
    for (i, s) in values(raw_sources) {
        let source = check_source(&mut c, i, s, &sources);
        sources.push(source);
    }

    let Some(raw_events) = raw_events else {
        c.push(&Loc::Dataset, "events", "is missing");
        return Err(DataErrors(c.errors));
    };
    if raw_events.len() > MAX_EVENTS {
        c.push(
            &Loc::Dataset,
            "events",
            format!(
                "has {} events; at most {MAX_EVENTS} are supported",
                raw_events.len()
            ),
        );
        return Err(DataErrors(c.errors));
    }

    let first_with_id = first_with_same_id(&raw_events);
    let mut events = Vec::with_capacity(raw_events.len());
    for (i, e) in values(raw_events) {
        if let Some(event) = check_event(&mut c, i, first_with_id[i], e, &sources, &categories) {
            events.push(event);
        }
    }

    let notes = check_notes(&mut c, raw.undated, &sources);
    let eras = check_eras(&mut c, raw.eras);
    let summary = match c.present(&Loc::Dataset, "summary", raw.summary) {
        None => String::new(),
        Some(text) => c.checked_text(&Loc::Dataset, "summary", text, MAX_TEXT_CHARS),
    };
    let media = check_media(&mut c, &Loc::Dataset, raw.media);
    if c.errors.is_empty() {
        let mut dataset = Dataset::new(title, sources, events);
        dataset.summary = summary;
        dataset.media = media;
        dataset.notes = notes;
        dataset.categories = categories;
        dataset.eras = eras;
        Ok(dataset)
    } else {
        Err(DataErrors(c.errors))
    }
}

/// The `i`th source, checked; `earlier` are the sources before it.
fn check_source(c: &mut Collector, i: usize, s: RawSource, earlier: &[Source]) -> Source {
    let id = unique_id(c, Item::Source, i, s.id, |id| {
        earlier.iter().any(|x| x.id == id)
    });
    let location = Loc::Item {
        kind: Item::Source,
        index: i,
        id: &id,
    };
    let title = c.text(&location, "title", s.title, MAX_TEXT_CHARS);
    let date = c
        .present(&location, "date", s.date)
        .and_then(|d| c.date(&location, "date", &d));
    let url = match c.present(&location, "url", s.url).as_deref().map(str::trim) {
        Some(u) if is_http_url(u) => Some(u.to_string()),
        Some(u) if !u.is_empty() => {
            c.push(&location, "url", "must start with http:// or https://");
            None
        }
        _ => None,
    };
    Source {
        id,
        title,
        date,
        url,
    }
}

/// The `i`th event, checked: `None` if it has a problem. `first` is the position of the
/// first event with the same id (`i` itself when it is the first).
fn check_event(
    c: &mut Collector,
    i: usize,
    first: usize,
    e: RawEvent,
    sources: &[Source],
    categories: &Categories,
) -> Option<Event> {
    let wrong_id = matches!(e.id, Loose::Wrong(_));
    let raw_id = e.id.as_value().map(String::as_str);
    let id = raw_id.map(str::trim).unwrap_or("").to_string();
    let location = Loc::Item {
        kind: Item::Event,
        index: i,
        id: &id,
    };
    if wrong_id {
        c.present(&location, "id", e.id);
    } else if raw_id.is_none() {
        c.push(&location, "id", "is missing");
    } else if id.is_empty() {
        c.push(&location, "id", "is empty");
    } else if first != i {
        c.push(
            &location,
            "id",
            format!("is a duplicate: event #{} has it too", first + 1),
        );
    }

    let (date, end) = period(c, &location, e.date, e.end, false);
    let category = check_category(c, &location, e.category, categories);
    let title = c.text(&location, "title", e.title, MAX_TITLE_CHARS);
    let summary = match c.present(&location, "summary", e.summary) {
        None => String::new(),
        Some(s) => c.checked_text(&location, "summary", s, MAX_TEXT_CHARS),
    };
    let status = check_status(c, &location, e.status);
    let amount_usd = c.present(&location, "amount_usd", e.amount_usd);
    if amount_usd.is_some_and(|a| !a.is_finite() || a < 0.0) {
        c.push(&location, "amount_usd", "must be a positive number");
    }
    let media = check_media(c, &location, e.media);
    let display_date = c
        .present(&location, "display_date", e.display_date)
        .map(|s| c.checked_text(&location, "display_date", s, MAX_TITLE_CHARS))
        .filter(|s| !s.is_empty());
    let citations = check_citations(c, &location, e.sources, sources);

    let (date, category) = (date?, category?);
    Some(Event {
        id,
        date,
        end,
        category,
        title,
        summary,
        status,
        amount_usd,
        media,
        display_date,
        citations,
        seconds: Event::seconds_of(date, end),
    })
}

fn check_category(
    c: &mut Collector,
    location: &Loc,
    value: Loose<String>,
    categories: &Categories,
) -> Option<Category> {
    let name = c.required(location, "category", value)?;
    let found = categories.parse(&name);
    if found.is_none() {
        c.push(
            location,
            "category",
            match categories.is_empty() {
                false => format!("\"{}\" is not one of {}", name.trim(), categories.ids()),
                true => format!("\"{}\" is not one of the dataset's categories", name.trim()),
            },
        );
    }
    found
}

fn check_status(c: &mut Collector, location: &Loc, value: Loose<String>) -> Status {
    match c
        .present(location, "status", value)
        .as_deref()
        .map(str::trim)
    {
        None | Some("happened") => Status::Happened,
        Some("planned") => Status::Planned,
        Some(other) => {
            c.push(
                location,
                "status",
                format!("\"{other}\" is not one of happened, planned"),
            );
            Status::Happened
        }
    }
}

/// For each item of the events list, the position of the first event with the same
/// (trimmed) id.
fn first_with_same_id(events: &[Loose<RawEvent>]) -> Vec<usize> {
    let ids: Vec<&str> = events
        .iter()
        .map(|e| {
            e.as_value()
                .and_then(|e| e.id.as_value())
                .map_or("", |id| id.trim())
        })
        .collect();
    first_with_same_key(&ids)
}

/// An `http://` or `https://` address with something after the scheme (`http://a` is
/// one; `https://` alone is not).
pub fn is_http_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .is_some_and(|rest| !rest.is_empty())
}
