//! The public dataset format, as serde types: what a site owner writes (JSON text, or an
//! object handed to `mount`) and what `src/data/events.json` holds. The README's format
//! table lists exactly these fields (a native test checks it against the types).
//!
//! Every field is optional and [`Loose`] here, so that reading never stops at a missing
//! or wrongly typed field: [`super::dataset::validate`] reports each one, naming the
//! event and the field, and builds the checked [`super::event::Dataset`].

use super::loose::{records, Loose};

/// A list in the format: each item read on its own.
pub type List<T> = Loose<Vec<Loose<T>>>;

records! {
    /// A whole dataset as written.
    pub struct RawDataset {
        /// The timeline's heading.
        pub title: Loose<String>,
        /// What the timeline tells, in a few sentences: its story's title slide.
        pub summary: Loose<String>,
        /// The title slide's picture, video or other media.
        pub media: Loose<RawMedia>,
        /// The documents events cite.
        pub sources: List<RawSource>,
        /// The events, in any order.
        pub events: List<RawEvent>,
        /// What the sources tell without a date: shown in the list view, never on the axis.
        pub undated: List<RawNote>,
        /// The owner's own categories, instead of the four built-in ones.
        pub categories: List<RawCategory>,
        /// Labelled periods, drawn behind the track and in the overview band.
        pub eras: List<RawEra>,
    }

    /// A category of the owner's own.
    pub struct RawCategory {
        pub id: Loose<String>,
        pub label: Loose<String>,
        pub color: Loose<String>,
    }

    /// A labelled period of the timeline.
    pub struct RawEra {
        pub id: Loose<String>,
        pub title: Loose<String>,
        pub date: Loose<String>,
        pub end: Loose<String>,
    }

    /// A document events rest on.
    pub struct RawSource {
        pub id: Loose<String>,
        pub title: Loose<String>,
        pub date: Loose<String>,
        pub url: Loose<String>,
    }

    /// One event as written.
    pub struct RawEvent {
        pub id: Loose<String>,
        pub date: Loose<String>,
        pub end: Loose<String>,
        pub category: Loose<String>,
        pub title: Loose<String>,
        pub summary: Loose<String>,
        pub status: Loose<String>,
        pub amount_usd: Loose<f64>,
        pub media: Loose<RawMedia>,
        pub display_date: Loose<String>,
        pub sources: List<RawCitation>,
    }

    /// What an event's details show of it: a picture, a video or audio file, or a page
    /// of YouTube, Vimeo, Wikimedia Commons or OpenStreetMap, or a link (`Media::is_picture`
    /// and `src/embed/pakkaz-media.js` tell them apart).
    pub struct RawMedia {
        pub url: Loose<String>,
        pub alt: Loose<String>,
        pub caption: Loose<String>,
        pub credit: Loose<String>,
        pub poster: Loose<String>,
        pub captions: Loose<String>,
    }

    /// Something the sources tell without a date (an undated note).
    pub struct RawNote {
        pub id: Loose<String>,
        pub title: Loose<String>,
        pub summary: Loose<String>,
        pub sources: List<RawCitation>,
    }

    /// The sentence of a source an event rests on.
    pub struct RawCitation {
        pub source: Loose<String>,
        pub quote: Loose<String>,
    }
}

/// Text for a field, as a present, well-typed value.
pub fn text(value: impl Into<String>) -> Loose<String> {
    Loose::Value(value.into())
}

/// A list for a field, as a present, well-typed value.
pub fn list<T>(items: impl IntoIterator<Item = T>) -> List<T> {
    Loose::Value(items.into_iter().map(Loose::Value).collect())
}
