//! The public dataset format, as serde types: what a site owner writes (JSON text, or an
//! object handed to `mount`) and what `src/data/events.json` holds. The README's format
//! table lists exactly these fields (a native test checks it against the types).
//!
//! Every field is optional and [`Loose`] here, so that reading never stops at a missing
//! or wrongly typed field: [`super::dataset::validate`] reports each one, naming the
//! event and the field, and builds the checked [`super::event::Dataset`].

use serde::{Deserialize, Serialize};

use super::loose::{records, Loose};

/// A list in the format: each item read on its own.
pub type List<T> = Loose<Vec<Loose<T>>>;

/// A whole dataset as written.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawDataset {
    /// The timeline's heading.
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub title: Loose<String>,
    /// The documents events cite.
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub sources: List<RawSource>,
    /// The events, in any order.
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub events: List<RawEvent>,
    /// What the sources tell without a date: shown in the list view, never on the axis.
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub undated: List<RawNote>,
    /// The owner's own categories, instead of the four built-in ones.
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub categories: List<RawCategory>,
    /// Labelled periods, drawn behind the track and in the overview band.
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub eras: List<RawEra>,
}

/// A category of the owner's own.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawCategory {
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub id: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub label: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub color: Loose<String>,
}

/// A labelled period of the timeline.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawEra {
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub id: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub title: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub date: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub end: Loose<String>,
}

/// A document events rest on.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawSource {
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub id: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub title: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub date: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub url: Loose<String>,
}

/// One event as written.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawEvent {
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub id: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub date: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub end: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub category: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub title: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub summary: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub status: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub amount_usd: Loose<f64>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub media: Loose<RawMedia>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub sources: List<RawCitation>,
}

/// A picture shown in an event's details.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawMedia {
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub url: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub alt: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub caption: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub credit: Loose<String>,
}

/// Something the sources tell without a date (an undated note).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawNote {
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub id: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub title: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub summary: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub sources: List<RawCitation>,
}

/// The sentence of a source an event rests on.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawCitation {
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub source: Loose<String>,
    #[serde(skip_serializing_if = "Loose::is_absent")]
    pub quote: Loose<String>,
}

records!(
    RawDataset,
    RawSource,
    RawEvent,
    RawMedia,
    RawNote,
    RawCategory,
    RawEra,
    RawCitation
);

/// Text for a field, as a present, well-typed value.
pub fn text(value: impl Into<String>) -> Loose<String> {
    Loose::Value(value.into())
}

/// A list for a field, as a present, well-typed value.
pub fn list<T>(items: impl IntoIterator<Item = T>) -> List<T> {
    Loose::Value(items.into_iter().map(Loose::Value).collect())
}
