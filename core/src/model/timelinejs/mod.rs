//! A TimelineJS file (its JSON format: `title`, `events`, `eras`) converted into this
//! widget's format, so that a site owner moving from TimelineJS keeps their file.
//!
//! Mapped: `start_date` and `end_date` (year, negative before the common era, month,
//! day, hour, minute, second), `text.headline` (the title), `text.text` (the summary, as
//! plain text), `group` (a category of the file's own), `media` (at an https address,
//! whatever it shows: pictures, video and audio files, YouTube, Vimeo, Wikimedia
//! Commons and OpenStreetMap, anything else as a link; with `alt`, `caption`, `credit`
//! and `thumbnail`), `display_date` (shown in place of the date worked out),
//! `unique_id`, and `eras`. Every event quotes the file itself, its text verbatim, as its
//! source. `scale: "cosmological"` needs nothing: this timeline draws any year. The title
//! slide's headline, text and media become the timeline's `title`, `summary` and
//! `media`. Dropped: backgrounds, `autolink`, and media that are not an https address
//! (HTML, plain text). The README lists the same ("Moving from TimelineJS").
//!
//! Runs in the owner module (and natively for tests), never in the widget's wasm.

mod fields;
mod ids;
mod plain;

pub use plain::plain_text;

use serde_json::Value;

use super::category::MAX_CATEGORIES;
use super::format::{
    list, text, RawCategory, RawCitation, RawDataset, RawEra, RawEvent, RawSource,
};
use super::loose::Loose;
use fields::{date, field_text, media, truncate};
use ids::{slug, unique};

/// The id of the one source every converted event quotes: the file itself.
pub const SOURCE_ID: &str = "timelinejs";

/// Whether a parsed JSON value is a TimelineJS file rather than this widget's format:
/// its events carry `start_date` objects (ours carry `date` text).
pub fn is_timelinejs(value: &Value) -> bool {
    value
        .get("events")
        .and_then(Value::as_array)
        .and_then(|events| events.first())
        .is_some_and(|e| e.get("start_date").is_some_and(Value::is_object))
}

/// A TimelineJS file's data in this widget's format, or every problem that kept an
/// event or an era from converting, each named by its position and headline.
pub fn convert(file: &Value) -> Result<RawDataset, String> {
    let mut problems = Vec::new();
    let title = file
        .pointer("/title/text/headline")
        .and_then(Value::as_str)
        .map(plain_text)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "Timeline".to_string());
    let Some(events) = file.get("events").and_then(Value::as_array) else {
        return Err("The TimelineJS file has no `events` list.".to_string());
    };

    // Groups become categories, in the order they first appear.
    let mut groups: Vec<String> = Vec::new();
    let mut ungrouped = false;
    for e in events {
        match e.get("group").and_then(Value::as_str).map(str::trim) {
            Some(g) if !g.is_empty() => {
                if !groups.iter().any(|x| x == g) {
                    groups.push(g.to_string());
                }
            }
            _ => ungrouped = true,
        }
    }
    let mut categories: Vec<(String, String)> = Vec::new();
    for g in &groups {
        let id = unique(
            slug(g, "group"),
            &categories.iter().map(|c| c.0.clone()).collect::<Vec<_>>(),
        );
        categories.push((id, truncate(g, 40)));
    }
    if ungrouped {
        let (id, label) = if groups.is_empty() {
            ("events", "Events")
        } else {
            ("other", "Other")
        };
        let taken: Vec<String> = categories.iter().map(|c| c.0.clone()).collect();
        categories.push((unique(id.to_string(), &taken), label.to_string()));
    }
    if categories.len() > MAX_CATEGORIES {
        problems.push(format!(
            "the file has {} groups; at most {MAX_CATEGORIES} are supported (each becomes a category)",
            groups.len()
        ));
    }
    let category_of = |e: &Value| -> String {
        let group = e
            .get("group")
            .and_then(Value::as_str)
            .map(str::trim)
            .unwrap_or("");
        match groups.iter().position(|g| g == group) {
            Some(i) => categories[i].0.clone(),
            None => categories.last().map(|c| c.0.clone()).unwrap_or_default(),
        }
    };

    let mut ids: Vec<String> = Vec::new();
    let mut raw_events = Vec::new();
    for (i, e) in events.iter().enumerate() {
        let headline = field_text(e, "/text/headline");
        let body = field_text(e, "/text/text");
        let name = if headline.is_empty() {
            format!("event #{}", i + 1)
        } else {
            format!("event #{} (\"{headline}\")", i + 1)
        };
        let start = match date(e.get("start_date")) {
            Ok(Some(d)) => Some(d),
            Ok(None) => {
                problems.push(format!("{name}, field `start_date`: is missing"));
                None
            }
            Err(why) => {
                problems.push(format!("{name}, field `start_date`: {why}"));
                None
            }
        };
        let end = match date(e.get("end_date")) {
            Ok(d) => d,
            Err(why) => {
                problems.push(format!("{name}, field `end_date`: {why}"));
                None
            }
        };
        let Some(start) = start else { continue };
        let given = e.get("unique_id").and_then(Value::as_str).unwrap_or("");
        let base = if given.trim().is_empty() {
            slug(&headline, "event")
        } else {
            slug(given, "event")
        };
        let id = unique(base, &ids);
        ids.push(id.clone());
        let title = if headline.is_empty() {
            truncate(&body, 200)
        } else {
            truncate(&headline, 200)
        };
        let title = if title.is_empty() {
            format!("Event {}", i + 1)
        } else {
            title
        };
        let quote = if body.is_empty() {
            headline.clone()
        } else {
            body.clone()
        };
        raw_events.push(RawEvent {
            id: text(id),
            date: text(start),
            end: end.map_or(Loose::Absent, text),
            category: text(category_of(e)),
            title: text(title),
            summary: if body.is_empty() {
                Loose::Absent
            } else {
                text(truncate(&body, 5_000))
            },
            media: media(e.get("media"), &headline),
            display_date: match field_text(e, "/display_date") {
                said if said.is_empty() => Loose::Absent,
                said => text(truncate(&said, 200)),
            },
            sources: list([RawCitation {
                source: text(SOURCE_ID),
                quote: text(if quote.is_empty() {
                    format!("Event {}", i + 1)
                } else {
                    quote
                }),
            }]),
            ..RawEvent::default()
        });
    }

    let mut eras = Vec::new();
    let mut era_ids: Vec<String> = Vec::new();
    for (i, era) in file
        .get("eras")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let headline = field_text(era, "/text/headline");
        let name = format!("era #{}", i + 1);
        let (start, end) = (date(era.get("start_date")), date(era.get("end_date")));
        match (start, end) {
            (Ok(Some(start)), Ok(Some(end))) => {
                let id = unique(slug(&headline, "era"), &era_ids);
                era_ids.push(id.clone());
                eras.push(RawEra {
                    id: text(id),
                    title: text(if headline.is_empty() {
                        format!("Era {}", i + 1)
                    } else {
                        truncate(&headline, 200)
                    }),
                    date: text(start),
                    end: text(end),
                });
            }
            (start, end) => {
                for (field, found) in [("start_date", start), ("end_date", end)] {
                    match found {
                        Ok(Some(_)) => {}
                        Ok(None) => problems.push(format!("{name}, field `{field}`: is missing")),
                        Err(why) => problems.push(format!("{name}, field `{field}`: {why}")),
                    }
                }
            }
        }
    }

    if !problems.is_empty() {
        let n = problems.len();
        let mut message = format!(
            "The TimelineJS file has {n} problem{}:\n",
            if n == 1 { "" } else { "s" }
        );
        for p in problems {
            message.push_str(&format!("- {p}\n"));
        }
        return Err(message);
    }
    // The title slide: its text as the timeline's summary, its media as the title
    // slide's (the widget's story mode opens on them).
    let summary = file
        .pointer("/title/text/text")
        .and_then(Value::as_str)
        .map(plain_text)
        .unwrap_or_default();
    Ok(RawDataset {
        title: text(title.clone()),
        summary: if summary.is_empty() {
            Loose::Absent
        } else {
            text(truncate(&summary, 5_000))
        },
        media: media(file.pointer("/title/media"), &title),
        sources: list([RawSource {
            id: text(SOURCE_ID),
            title: text(format!("{title} (TimelineJS file)")),
            ..RawSource::default()
        }]),
        events: list(raw_events),
        categories: list(categories.into_iter().map(|(id, label)| RawCategory {
            id: text(id),
            label: text(label),
            color: Loose::Absent,
        })),
        eras: if eras.is_empty() {
            Loose::Absent
        } else {
            list(eras)
        },
        ..RawDataset::default()
    })
}
