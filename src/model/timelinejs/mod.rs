//! A TimelineJS file (its JSON format: `title`, `events`, `eras`) converted into this
//! widget's format, so that a site owner moving from TimelineJS keeps their file.
//!
//! Mapped: `start_date` and `end_date` (year, month, day), `text.headline` (the title),
//! `text.text` (the summary, as plain text), `group` (a category of the file's own),
//! `media` (an https picture, with `alt`, `caption` and `credit`), `unique_id`, and
//! `eras`. Every event quotes the file itself, its text verbatim, as its source. Dropped:
//! times of day, `display_date`, backgrounds, `autolink`, the title slide's media, media
//! that are not pictures (videos, tweets, maps) and `scale: "cosmological"`. The README
//! lists the same ("Moving from TimelineJS").
//!
//! Runs in the owner module (and natively for tests), never in the widget's wasm.

mod plain;

pub use plain::plain_text;

use serde_json::Value;

use super::category::MAX_CATEGORIES;
use super::format::{
    list, text, RawCategory, RawCitation, RawDataset, RawEra, RawEvent, RawMedia, RawSource,
};
use super::loose::Loose;

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
    Ok(RawDataset {
        title: text(title.clone()),
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

/// A text field at `pointer` as plain text ("" when absent or not text).
fn field_text(value: &Value, pointer: &str) -> String {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .map(plain_text)
        .unwrap_or_default()
}

/// A TimelineJS date object (`{ "year": 2001, "month": "3", "day": 5 }`, numbers as
/// numbers or text) as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` when absent.
fn date(value: Option<&Value>) -> Result<Option<String>, String> {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    if !value.is_object() {
        return Err("must be an object with a `year`".to_string());
    }
    let part = |name: &str| -> Result<Option<i64>, String> {
        match value.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => s
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| format!("`{name}` \"{s}\" is not a whole number")),
            Some(Value::Number(n)) => n
                .as_i64()
                .map(Some)
                .ok_or_else(|| format!("`{name}` must be a whole number")),
            Some(_) => Err(format!("`{name}` must be a number")),
        }
    };
    let Some(year) = part("year")? else {
        return Err("has no `year`".to_string());
    };
    if !(1..=9999).contains(&year) {
        return Err(format!(
            "the year {year} is outside the years 1 to 9999 this timeline draws"
        ));
    }
    let mut out = format!("{year:04}");
    if let Some(month) = part("month")? {
        if !(1..=12).contains(&month) {
            return Err(format!("`month` {month} is not a month"));
        }
        out.push_str(&format!("-{month:02}"));
        if let Some(day) = part("day")? {
            if !(1..=31).contains(&day) {
                return Err(format!("`day` {day} is not a day of a month"));
            }
            out.push_str(&format!("-{day:02}"));
        }
    }
    Ok(Some(out))
}

/// An event's `media` as a picture: only an https address of an image (a video, a tweet
/// or a map is dropped), its `alt` (or its caption, or the headline) as its text.
fn media(value: Option<&Value>, headline: &str) -> Loose<RawMedia> {
    let Some(m) = value.filter(|v| v.is_object()) else {
        return Loose::Absent;
    };
    let url = m.get("url").and_then(Value::as_str).unwrap_or("").trim();
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let picture = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif"]
        .iter()
        .any(|ext| path.ends_with(ext));
    if !url.starts_with("https://") || !picture {
        return Loose::Absent;
    }
    let caption = field_text(m, "/caption");
    let credit = field_text(m, "/credit");
    let alt = [field_text(m, "/alt"), caption.clone(), headline.to_string()]
        .into_iter()
        .find(|t| !t.is_empty())
        .unwrap_or_else(|| "Picture".to_string());
    let optional = |t: String| if t.is_empty() { Loose::Absent } else { text(t) };
    Loose::Value(RawMedia {
        url: text(url),
        alt: text(truncate(&alt, 200)),
        caption: optional(caption),
        credit: optional(credit),
    })
}

/// `text` as an id: lower-case letters and digits, words joined by `-`; `fallback` for
/// text with none.
fn slug(text: &str, fallback: &str) -> String {
    let mut out = String::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
        if out.len() >= 32 {
            break;
        }
    }
    if out.is_empty() {
        fallback.to_string()
    } else {
        out
    }
}

/// `id`, or `id-2`, `id-3`, … if `taken` has it.
fn unique(id: String, taken: &[String]) -> String {
    if !taken.contains(&id) {
        return id;
    }
    (2..)
        .map(|n| format!("{id}-{n}"))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or(id)
}

/// At most `max` characters, cut at a word with "…" when longer.
fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    let at_word = cut.rfind(' ').filter(|&i| i > max / 2).unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}
