//! A validated event and the dataset that holds them.

use super::category::{Categories, Category};
use super::date::{days_of_seconds, Date, Precision};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Happened,
    /// Announced or planned at the time the source was written.
    Planned,
}

/// A document an event rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub date: Option<Date>,
    /// Only ever an http(s) address: anything else is dropped during validation.
    pub url: Option<String>,
}

/// One sentence of a source that an event rests on, copied verbatim.
#[derive(Clone, Debug, PartialEq)]
pub struct Citation {
    /// Index into [`Dataset::sources`].
    pub source: usize,
    pub quote: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub id: String,
    pub date: Date,
    /// Inclusive last period of a span, at its own precision (e.g. 2017–2018).
    pub end: Option<Date>,
    pub category: Category,
    pub title: String,
    pub summary: String,
    pub status: Status,
    pub amount_usd: Option<f64>,
    /// A picture for the details, if the data gives one. Boxed: inline, its four texts
    /// would make every event larger, which a large dataset pays for in wasm memory,
    /// twice while a remount holds two datasets (BENCHMARKS.md).
    pub media: Option<Box<Media>>,
    /// The date as the source words it ("Spring 1992", "Afternoon"), shown to readers in
    /// place of the one worked out from `date` and `end`, which still place the event.
    pub display_date: Option<String>,
    pub citations: Vec<Citation>,
    /// The seconds of `start_second` and `end_second`, worked out once: lookup, layout
    /// and clustering ask for them for every event in view on every frame, where the
    /// calendar maths would be a large share of the layout's work.
    pub(crate) seconds: (i64, i64),
}

impl Event {
    /// The seconds an event with this date and end covers: see `start_second`.
    pub(crate) fn seconds_of(date: Date, end: Option<Date>) -> (i64, i64) {
        (date.start(), end.unwrap_or(date).end())
    }

    /// The first second the event may have happened in (since 1970-01-01T00:00Z).
    pub fn start_second(&self) -> i64 {
        self.seconds.0
    }

    /// The first second after the event's period: a year-only event covers its whole
    /// year, a minute its whole minute.
    pub fn end_second(&self) -> i64 {
        self.seconds.1
    }

    /// Where the event starts on the timeline, in days since 1970-01-01.
    pub fn start(&self) -> f64 {
        days_of_seconds(self.seconds.0)
    }

    /// Where the event's period ends on the timeline (exclusive), in days.
    pub fn end(&self) -> f64 {
        days_of_seconds(self.seconds.1)
    }

    /// Least precise of the two ends: how well the event's time is known.
    pub fn precision(&self) -> Precision {
        match self.end {
            Some(end) => self.date.precision().min(end.precision()),
            None => self.date.precision(),
        }
    }
}

/// What an event's details show of it (a picture, a video, a sound, a service's page
/// or a link): only ever an `https://` address, always with a text for readers who
/// cannot see it, which is also its title.
#[derive(Clone, Debug, PartialEq)]
pub struct Media {
    pub url: String,
    pub alt: String,
    pub caption: String,
    pub credit: String,
    /// A video's still, shown before it plays (an https address; empty if none).
    pub poster: String,
    /// A video's captions, a WebVTT file (an https address; empty if none).
    pub captions: String,
}

/// The endings of a picture's address (before any `?` or `#`), in lower case.
pub const PICTURE_ENDINGS: [&str; 7] = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif"];

impl Media {
    /// Whether the address is a picture's, which the widget draws itself. Anything else
    /// (a video or sound file, a service's page, a link) is drawn by `pakkaz-media.js`,
    /// loaded when first needed, which tells those kinds apart.
    pub fn is_picture(&self) -> bool {
        let path = self.url.split(['?', '#']).next().unwrap_or("");
        PICTURE_ENDINGS.iter().any(|ending| {
            path.len() >= ending.len()
                && path.as_bytes()[path.len() - ending.len()..]
                    .eq_ignore_ascii_case(ending.as_bytes())
        })
    }
}

/// A labelled period: drawn behind the track and in the overview band, listed.
#[derive(Clone, Debug, PartialEq)]
pub struct Era {
    pub id: String,
    pub title: String,
    pub date: Date,
    /// Inclusive last period, at its own precision.
    pub end: Date,
}

impl Era {
    /// Where the era starts on the timeline, in days since 1970-01-01.
    pub fn start(&self) -> f64 {
        days_of_seconds(self.date.start())
    }

    /// Where it ends (exclusive), in days.
    pub fn end(&self) -> f64 {
        days_of_seconds(self.end.end())
    }
}

/// Something the sources tell without a date: listed, never placed on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub citations: Vec<Citation>,
}

/// A validated dataset: events sorted by start (then id), so a window of time is a
/// contiguous slice found by binary search.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub title: String,
    /// What the timeline tells, for its story's title slide (empty if not given).
    pub summary: String,
    /// The title slide's media.
    pub media: Option<Box<Media>>,
    pub sources: Vec<Source>,
    pub events: Vec<Event>,
    /// Undated notes, in the order written.
    pub notes: Vec<Note>,
    /// What the events' categories are: the owner's own, or the four built-in ones.
    pub categories: Categories,
    /// Eras, in time order.
    pub eras: Vec<Era>,
    /// Longest period of any event, in days: how far before a window's start an event
    /// can begin and still reach into it.
    longest_span: f64,
    /// Whether any event has a time of day: then the reader may zoom to minutes.
    times: bool,
    /// Positions in `events`, sorted by id: finding an event by id (on every hover and
    /// focus, and for links) is a binary search, not a scan of every event.
    by_id: Vec<u32>,
    /// Tells this dataset from every other, for keying memos (see `stamp`).
    stamp: u64,
}

impl Default for Dataset {
    /// No title, no sources, no events: what a widget holds while its data loads.
    fn default() -> Dataset {
        Dataset::new(String::new(), Vec::new(), Vec::new())
    }
}

impl Dataset {
    pub fn new(title: String, sources: Vec<Source>, events: Vec<Event>) -> Dataset {
        let events = crate::order::sorted(events, &|a, b| {
            a.start_second()
                .cmp(&b.start_second())
                .then_with(|| a.id.cmp(&b.id))
        });
        let longest_span = events
            .iter()
            .map(|e| e.end() - e.start())
            .fold(0.0, f64::max);
        let by_id = positions_by_id(events.len(), &|i| events[i].id.as_str());
        let times = events
            .iter()
            .any(|e| e.precision() >= Precision::Minute || e.date.time().is_some());
        Dataset {
            title,
            summary: String::new(),
            media: None,
            sources,
            events,
            notes: Vec::new(),
            categories: Categories::builtin(),
            eras: Vec::new(),
            longest_span,
            times,
            by_id,
            stamp: super::stamp::next_stamp(),
        }
    }

    /// Whether any event has a time of day.
    pub fn has_times(&self) -> bool {
        self.times
    }

    /// A number no other dataset made by this program has.
    pub fn stamp(&self) -> u64 {
        self.stamp
    }

    /// The first second covered by any event and the first after them all, or `None` if
    /// there are none.
    pub fn extent(&self) -> Option<(i64, i64)> {
        let first = self.events.first()?.start_second();
        let last = self.events.iter().map(Event::end_second).max()?;
        Some((first, last))
    }

    /// Indices of the events whose period overlaps `[from, to)` (days), in time order.
    /// Costs O(log n + k): a binary search bounds the candidates, since no event starts
    /// more than `longest_span` before it ends.
    pub fn indices_in(&self, from: f64, to: f64) -> impl Iterator<Item = usize> + '_ {
        let lo = self
            .events
            .partition_point(|e| e.start() < from - self.longest_span);
        let hi = self.events.partition_point(|e| e.start() < to);
        (lo..hi).filter(move |&i| self.events[i].end() > from)
    }

    /// The position of the event with this id, in O(log n).
    pub fn event_index(&self, id: &str) -> Option<usize> {
        let found = self
            .by_id
            .binary_search_by(|&i| self.events[i as usize].id.as_str().cmp(id))
            .ok()?;
        Some(self.by_id[found] as usize)
    }

    pub fn count_by_category(&self, category: Category) -> usize {
        self.events
            .iter()
            .filter(|e| e.category == category)
            .count()
    }
}

/// Positions `0..n` sorted by the ids `id` gives them, equal ids in position order
/// (shared by the id index and validation's duplicate check).
pub(crate) fn positions_by_id<'a>(n: usize, id: &dyn Fn(usize) -> &'a str) -> Vec<u32> {
    crate::order::sorted_positions(n, &|a, b| id(a).cmp(id(b)))
}

/// For each of `keys`, the position of the first key equal to it. Sorting costs
/// O(n log n) and no hash table code in the wasm.
pub(crate) fn first_with_same_key(keys: &[&str]) -> Vec<usize> {
    // Stable, so within one key the positions stay in order and the first comes first.
    let order = positions_by_id(keys.len(), &|i| keys[i]);
    let mut first = vec![0; keys.len()];
    let mut group_start = 0;
    for k in 0..order.len() {
        if keys[order[k] as usize] != keys[order[group_start] as usize] {
            group_start = k;
        }
        first[order[k] as usize] = order[group_start] as usize;
    }
    first
}
