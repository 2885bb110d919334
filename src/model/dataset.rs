//! The public dataset format and its validation.
//!
//! A dataset arrives as JSON text (the embedded one, or a host's, which `mount` turns into
//! text with `JSON.stringify` when given an object). [`RawDataset::parse`] reads it with
//! the small reader in [`super::json`] into loosely typed fields, noting any field of the
//! wrong type, and [`validate`] turns it into a [`Dataset`] or into *every* problem it
//! has, each naming the event (by id, or by position when the id itself is the problem)
//! and the field. Nothing here panics on any input.

use std::fmt;

use super::category::Category;
use super::date::Date;
use super::event::{Citation, Dataset, Event, Source, Status};
use super::json::{self, Json};

/// The dataset as written, before validation. Every field is optional here so that a
/// missing one is reported by [`validate`] with its event and field.
#[derive(Clone, Debug, Default)]
pub struct RawDataset {
    pub title: Option<String>,
    pub sources: Vec<RawSource>,
    pub events: Option<Vec<RawEvent>>,
    /// Fields of the wrong type (a number where text belongs, …), found while reading.
    pub problems: Vec<DataError>,
}

#[derive(Clone, Debug, Default)]
pub struct RawSource {
    pub id: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct RawEvent {
    pub id: Option<String>,
    pub date: Option<String>,
    pub end: Option<String>,
    pub category: Option<String>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub status: Option<String>,
    pub amount_usd: Option<f64>,
    pub sources: Option<Vec<RawCitation>>,
}

#[derive(Clone, Debug, Default)]
pub struct RawCitation {
    pub source: Option<String>,
    pub quote: Option<String>,
}

/// Where a problem of the `index`th (from 0) `kind` ("event" or "source") is reported:
/// by its id when it has one, by its position otherwise.
fn item_location(kind: &str, index: usize, id: Option<&str>) -> String {
    match id.map(str::trim) {
        Some(id) if !id.is_empty() => format!("{kind} \"{id}\""),
        _ => format!("{kind} #{}", index + 1),
    }
}

/// A value a dataset can be read from: parsed JSON ([`Json`]), or, in the browser, the
/// host's own JavaScript object (read field by field, with no copy of the whole as
/// text or tree: that kept 10,000 events' peak memory down by several MB). One reader,
/// [`RawDataset::from_value`], serves both.
pub trait DataValue: Sized {
    /// What kind of value this is, for error messages ("a number", "a list", …).
    fn kind(&self) -> &'static str;
    fn is_null(&self) -> bool;
    /// An object with fields (not a list).
    fn is_object(&self) -> bool;
    /// The field `key` of an object, moved out if possible; `None` if it has none.
    fn take(&mut self, key: &str) -> Option<Self>;
    fn into_text(self) -> Result<String, Self>;
    fn as_number(&self) -> Option<f64>;
    fn into_items(self) -> Result<Vec<Self>, Self>;
}

impl DataValue for Json {
    fn kind(&self) -> &'static str {
        Json::kind(self)
    }
    fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }
    fn is_object(&self) -> bool {
        matches!(self, Json::Object(_))
    }
    fn take(&mut self, key: &str) -> Option<Json> {
        Json::take(self, key)
    }
    fn into_text(self) -> Result<String, Json> {
        match self {
            Json::String(s) => Ok(s),
            other => Err(other),
        }
    }
    fn as_number(&self) -> Option<f64> {
        match self {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }
    fn into_items(self) -> Result<Vec<Json>, Json> {
        match self {
            Json::Array(items) => Ok(items),
            other => Err(other),
        }
    }
}

/// Reads fields of one object (moving them out), recording those of the wrong type.
/// `null` counts as absent, as it always has for optional fields.
struct Fields<'p, V> {
    object: V,
    location: String,
    /// Put before field names in reports, e.g. `sources[2].` for a citation.
    prefix: String,
    problems: &'p mut Vec<DataError>,
}

impl<V: DataValue> Fields<'_, V> {
    fn wrong(&mut self, field: &str, expected: &str, found: &V) {
        self.problems.push(DataError {
            location: self.location.clone(),
            field: format!("{}{field}", self.prefix),
            message: format!("must be {expected}, not {}", found.kind()),
        });
    }

    fn get(&mut self, field: &str) -> Option<V> {
        self.object.take(field).filter(|v| !v.is_null())
    }

    fn text(&mut self, field: &str) -> Option<String> {
        match self.get(field)?.into_text() {
            Ok(s) => Some(s),
            Err(other) => {
                self.wrong(field, "text", &other);
                None
            }
        }
    }

    fn number(&mut self, field: &str) -> Option<f64> {
        let value = self.get(field)?;
        let number = value.as_number();
        if number.is_none() {
            self.wrong(field, "a number", &value);
        }
        number
    }

    /// A list of objects; items that are not objects are reported by position.
    fn objects(&mut self, field: &str) -> Option<Vec<V>> {
        match self.get(field)?.into_items() {
            Ok(items) => {
                let mut objects = Vec::with_capacity(items.len());
                for (i, item) in items.into_iter().enumerate() {
                    if item.is_object() {
                        objects.push(item);
                    } else {
                        self.wrong(&format!("{field}[{i}]"), "an object", &item);
                    }
                }
                Some(objects)
            }
            Err(other) => {
                self.wrong(field, "a list", &other);
                Some(Vec::new())
            }
        }
    }
}

impl<'p, V: DataValue> Fields<'p, V> {
    /// The `index`th object of a list of `kind` (a source or an event), with its id:
    /// read first, since reports about the object are named by it.
    fn item(
        mut object: V,
        kind: &str,
        index: usize,
        problems: &'p mut Vec<DataError>,
    ) -> (Self, Option<String>) {
        let (id, wrong) = match object.take("id").filter(|v| !v.is_null()).map(V::into_text) {
            Some(Ok(text)) => (Some(text), None),
            Some(Err(wrong)) => (None, Some(wrong)),
            None => (None, None),
        };
        let mut fields = Fields {
            location: item_location(kind, index, id.as_deref()),
            object,
            prefix: String::new(),
            problems,
        };
        if let Some(wrong) = wrong {
            fields.wrong("id", "text", &wrong);
        }
        (fields, id)
    }
}

impl RawDataset {
    /// Reads a dataset from JSON text. Fails only when the text is not JSON or is not an
    /// object; every other problem is left for [`validate`] to report with the rest.
    pub fn parse(text: &str) -> Result<RawDataset, String> {
        let root =
            json::parse(text).map_err(|e| format!("The timeline data is not valid JSON: {e}"))?;
        RawDataset::from_value(root)
    }

    /// Reads a dataset from a parsed value (see [`DataValue`]).
    pub fn from_value<V: DataValue>(root: V) -> Result<RawDataset, String> {
        if !root.is_object() {
            return Err(format!(
                "The timeline data must be an object with an \"events\" list, not {}.",
                root.kind()
            ));
        }
        let mut problems = Vec::new();
        let mut top = Fields {
            object: root,
            location: "dataset".into(),
            prefix: String::new(),
            problems: &mut problems,
        };
        let title = top.text("title");
        let source_objects = top.objects("sources").unwrap_or_default();
        let event_objects = top.objects("events");

        let sources = source_objects
            .into_iter()
            .enumerate()
            .map(|(i, object)| {
                let (mut f, id) = Fields::item(object, "source", i, &mut problems);
                RawSource {
                    id,
                    title: f.text("title"),
                    date: f.text("date"),
                    url: f.text("url"),
                }
            })
            .collect();

        let events = event_objects.map(|objects| {
            objects
                .into_iter()
                .enumerate()
                .map(|(i, object)| {
                    let (mut f, id) = Fields::item(object, "event", i, &mut problems);
                    let citations = f.objects("sources").map(|list| {
                        list.into_iter()
                            .enumerate()
                            .map(|(j, cite)| {
                                let mut c = Fields {
                                    object: cite,
                                    location: f.location.clone(),
                                    prefix: format!("sources[{j}]."),
                                    problems: &mut *f.problems,
                                };
                                RawCitation {
                                    source: c.text("source"),
                                    quote: c.text("quote"),
                                }
                            })
                            .collect()
                    });
                    RawEvent {
                        id,
                        date: f.text("date"),
                        end: f.text("end"),
                        category: f.text("category"),
                        title: f.text("title"),
                        summary: f.text("summary"),
                        status: f.text("status"),
                        amount_usd: f.number("amount_usd"),
                        sources: citations,
                    }
                })
                .collect()
        });

        Ok(RawDataset {
            title,
            sources,
            events,
            problems,
        })
    }
}

/// One problem in a dataset: where it is and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// `event "some-id"`, `event #3` (when the id is missing), `source #1`, or `dataset`.
    pub location: String,
    /// The field at fault, e.g. `date` or `sources[1].quote`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}, field `{}`: {}",
            self.location, self.field, self.message
        )
    }
}

/// All problems of a dataset, one per line when displayed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataErrors(pub Vec<DataError>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        writeln!(
            f,
            "The timeline data has {n} problem{}:",
            if n == 1 { "" } else { "s" }
        )?;
        for e in &self.0 {
            writeln!(f, "- {e}")?;
        }
        Ok(())
    }
}

/// Longest title, summary and quote accepted. Long enough for any real text, short enough
/// that a pasted book cannot freeze the page.
pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_TEXT_CHARS: usize = 5_000;
pub const MAX_EVENTS: usize = 100_000;

struct Collector {
    errors: Vec<DataError>,
    /// (location, field) of the fields of the wrong type found while reading, sorted:
    /// such a field is not also reported as missing. A sorted list, not a scan of every
    /// error, so 100,000 invalid events stay linear-logarithmic.
    wrong_type: Vec<(String, String)>,
}

impl Collector {
    /// Records a problem, unless the field was already found to be of the wrong type (a
    /// title that is a number is not also reported as missing).
    fn push(&mut self, location: &str, field: &str, message: impl Into<String>) {
        let key = (location, field);
        if self
            .wrong_type
            .binary_search_by(|(l, f)| (l.as_str(), f.as_str()).cmp(&key))
            .is_ok()
        {
            return;
        }
        self.errors.push(DataError {
            location: location.to_string(),
            field: field.to_string(),
            message: message.into(),
        });
    }

    /// A required, non-blank text field no longer than `max` characters. Takes the
    /// text, so a field without surrounding spaces is moved, not copied.
    fn text(&mut self, location: &str, field: &str, value: Option<String>, max: usize) -> String {
        let Some(value) = value else {
            self.push(location, field, "is missing");
            return String::new();
        };
        let text = value.trim();
        if text.is_empty() {
            self.push(location, field, "is empty");
            String::new()
        } else if text.chars().count() > max {
            self.push(location, field, format!("is longer than {max} characters"));
            String::new()
        } else if text.len() == value.len() {
            value
        } else {
            text.to_string()
        }
    }

    fn date(&mut self, location: &str, field: &str, value: &str) -> Option<Date> {
        match Date::parse(value.trim()) {
            Ok(d) => Some(d),
            Err(e) => {
                self.push(location, field, format!("\"{value}\": {e}"));
                None
            }
        }
    }
}

/// Checks a raw dataset and builds the validated one, or returns every problem found.
///
/// Takes the raw dataset so that its texts move into the events rather than being
/// copied: with a large dataset the peak memory is one copy of the text, not two.
pub fn validate(raw: RawDataset) -> Result<Dataset, DataErrors> {
    let mut wrong_type: Vec<(String, String)> = raw
        .problems
        .iter()
        .map(|e| (e.location.clone(), e.field.clone()))
        .collect();
    wrong_type.sort();
    let mut c = Collector {
        errors: raw.problems,
        wrong_type,
    };

    let title = raw
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .unwrap_or("Timeline")
        .to_string();

    let mut sources = Vec::with_capacity(raw.sources.len());
    for (i, s) in raw.sources.into_iter().enumerate() {
        let id = c.text(
            &item_location("source", i, None),
            "id",
            s.id,
            MAX_TITLE_CHARS,
        );
        let location = item_location("source", i, Some(&id));
        if !id.is_empty() && sources.iter().any(|x: &Source| x.id == id) {
            c.push(&location, "id", "is used by another source");
        }
        let title = c.text(&location, "title", s.title, MAX_TEXT_CHARS);
        let date = s.date.as_deref().and_then(|d| c.date(&location, "date", d));
        let url = match s.url.as_deref().map(str::trim) {
            Some(u) if is_http_url(u) => Some(u.to_string()),
            Some(u) if !u.is_empty() => {
                c.push(&location, "url", "must start with http:// or https://");
                None
            }
            _ => None,
        };
        sources.push(Source {
            id,
            title,
            date,
            url,
        });
    }

    let Some(raw_events) = raw.events else {
        c.push("dataset", "events", "is missing");
        return Err(DataErrors(c.errors));
    };
    if raw_events.len() > MAX_EVENTS {
        c.push(
            "dataset",
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
    for (i, e) in raw_events.into_iter().enumerate() {
        let id = e.id.as_deref().map(str::trim).unwrap_or("");
        let location = item_location("event", i, Some(id));
        if e.id.is_none() {
            c.push(&location, "id", "is missing");
        } else if id.is_empty() {
            c.push(&location, "id", "is empty");
        } else if first_with_id[i] != i {
            c.push(
                &location,
                "id",
                format!("is a duplicate: event #{} has it too", first_with_id[i] + 1),
            );
        }

        let date = match e.date.as_deref() {
            None => {
                c.push(&location, "date", "is missing");
                None
            }
            Some(d) => c.date(&location, "date", d),
        };
        let end = e.end.as_deref().and_then(|d| c.date(&location, "end", d));
        if let (Some(start), Some(end_date)) = (date, end) {
            if end_date.end_day() <= start.start_day() {
                c.push(
                    &location,
                    "end",
                    format!("\"{end_date}\" is before the date \"{start}\""),
                );
            }
        }

        let category = match e.category.as_deref().map(str::trim) {
            None => {
                c.push(&location, "category", "is missing");
                None
            }
            Some(name) => {
                let found = Category::parse(&name.to_ascii_lowercase());
                if found.is_none() {
                    c.push(
                        &location,
                        "category",
                        format!("\"{name}\" is not one of political, military, trade, education"),
                    );
                }
                found
            }
        };

        let title = c.text(&location, "title", e.title, MAX_TITLE_CHARS);
        let summary = match e.summary {
            None => String::new(),
            s => c.text(&location, "summary", s, MAX_TEXT_CHARS),
        };

        let status = match e.status.as_deref().map(str::trim) {
            None | Some("happened") => Status::Happened,
            Some("planned") => Status::Planned,
            Some(other) => {
                c.push(
                    &location,
                    "status",
                    format!("\"{other}\" is not one of happened, planned"),
                );
                Status::Happened
            }
        };

        if let Some(amount) = e.amount_usd {
            if !amount.is_finite() || amount < 0.0 {
                c.push(&location, "amount_usd", "must be a positive number");
            }
        }

        let mut citations = Vec::new();
        match e.sources {
            None => c.push(&location, "sources", "is missing"),
            Some(list) if list.is_empty() => {
                c.push(&location, "sources", "must cite at least one source")
            }
            Some(list) => {
                for (j, cite) in list.into_iter().enumerate() {
                    let field = format!("sources[{j}]");
                    let source = match cite.source.as_deref().map(str::trim) {
                        None | Some("") => {
                            c.push(&location, &format!("{field}.source"), "is missing");
                            None
                        }
                        Some(sid) => {
                            let found = sources.iter().position(|s| s.id == sid);
                            if found.is_none() {
                                c.push(
                                    &location,
                                    &format!("{field}.source"),
                                    format!("\"{sid}\" is not the id of any source"),
                                );
                            }
                            found
                        }
                    };
                    let quote = c.text(
                        &location,
                        &format!("{field}.quote"),
                        cite.quote,
                        MAX_TEXT_CHARS,
                    );
                    if let Some(source) = source {
                        citations.push(Citation { source, quote });
                    }
                }
            }
        }

        if let (Some(date), Some(category)) = (date, category) {
            events.push(Event {
                id: id.to_string(),
                date,
                end,
                category,
                title,
                summary,
                status,
                amount_usd: e.amount_usd,
                citations,
                days: Event::days_of(date, end),
            });
        }
    }

    if c.errors.is_empty() {
        Ok(Dataset::new(title, sources, events))
    } else {
        Err(DataErrors(c.errors))
    }
}

/// For each event, the position of the first event with the same (trimmed) id. Sorting
/// positions by id costs O(n log n) and no hash table code in the wasm.
fn first_with_same_id(events: &[RawEvent]) -> Vec<usize> {
    let ids: Vec<&str> = events
        .iter()
        .map(|e| e.id.as_deref().map(str::trim).unwrap_or(""))
        .collect();
    let id = |i: usize| ids[i];
    let mut order: Vec<usize> = (0..events.len()).collect();
    // Stable, so within one id the positions stay in order and the first comes first.
    order.sort_by(|&a, &b| id(a).cmp(id(b)));
    let mut first = vec![0; events.len()];
    let mut group_start = 0;
    for k in 0..order.len() {
        if id(order[k]) != id(order[group_start]) {
            group_start = k;
        }
        first[order[k]] = order[group_start];
    }
    first
}

fn is_http_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && url.len() > 8
}
