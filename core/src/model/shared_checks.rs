//! The checks that more than one kind of item shares: an id no earlier item of the kind
//! has (sources, undated notes, eras), a period of a date and an end (events, eras), and
//! the citations of sources (events, undated notes). Each reports to the `Collector`.

use super::collector::{values, Collector};
use super::date::Date;
use super::event::{Citation, Source};
use super::format::{List, RawCitation};
use super::limits::{MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use super::loose::Loose;
use super::problems::{Field, Item, Loc};

/// The id of the `i`th item of a kind (a source, an undated note), checked as text and
/// reported by position if it is wrong; `taken` tells whether an earlier item has it.
pub(super) fn unique_id(
    c: &mut Collector,
    kind: Item,
    i: usize,
    raw: Loose<String>,
    taken: impl Fn(&str) -> bool,
) -> String {
    let by_position = Loc::Item {
        kind,
        index: i,
        id: "",
    };
    let id = c.text(&by_position, "id", raw, MAX_TITLE_CHARS);
    if !id.is_empty() && taken(&id) {
        let location = Loc::Item {
            kind,
            index: i,
            id: &id,
        };
        c.push(&location, "id", format!("is used by another {kind}"));
    }
    id
}

/// The `date` and `end` of an event or an era, each checked, and the end not before the
/// start; `end_required` for an era, whose end a period must have.
pub(super) fn period(
    c: &mut Collector,
    location: &Loc,
    date: Loose<String>,
    end: Loose<String>,
    end_required: bool,
) -> (Option<Date>, Option<Date>) {
    let date = c
        .required(location, "date", date)
        .and_then(|d| c.date(location, "date", &d));
    let end = if end_required {
        c.required(location, "end", end)
    } else {
        c.present(location, "end", end)
    };
    let end = end.and_then(|d| c.date(location, "end", &d));
    if let (Some(start), Some(end_date)) = (date, end) {
        if end_date.end() <= start.start() {
            c.push(
                location,
                "end",
                format!("\"{end_date}\" is before the date \"{start}\""),
            );
        }
    }
    (date, end)
}

/// An event's citations: at least one, each naming a source by id and quoting it.
pub(super) fn check_citations(
    c: &mut Collector,
    location: &Loc,
    value: List<RawCitation>,
    sources: &[Source],
) -> Vec<Citation> {
    let mut citations = Vec::new();
    match c.list(location, "sources", value) {
        None => c.push(location, "sources", "is missing"),
        Some(list) if !list.iter().any(|l| l.as_value().is_some()) => {
            c.push(location, "sources", "must cite at least one source")
        }
        Some(list) => {
            for (j, cite) in values(list) {
                let source = match c
                    .present(location, Field::Citation(j, "source"), cite.source)
                    .as_deref()
                    .map(str::trim)
                {
                    None | Some("") => {
                        c.push(location, Field::Citation(j, "source"), "is missing");
                        None
                    }
                    Some(sid) => {
                        let found = sources.iter().position(|s| s.id == sid);
                        if found.is_none() {
                            c.push(
                                location,
                                Field::Citation(j, "source"),
                                format!("\"{sid}\" is not the id of any source"),
                            );
                        }
                        found
                    }
                };
                let quote = c.text(
                    location,
                    Field::Citation(j, "quote"),
                    cite.quote,
                    MAX_TEXT_CHARS,
                );
                if let Some(source) = source {
                    citations.push(Citation { source, quote });
                }
            }
        }
    }
    citations
}
