//! A validated dataset written back in the public format: what the owner module hands
//! the widget after reading a CSV file (as JSON text), and what a download of the data
//! will write. Validating the result gives the same dataset again.

use super::category::Label;
use super::event::{Dataset, Media, Status};
use super::format::{
    list, text, RawCategory, RawCitation, RawDataset, RawEra, RawEvent, RawMedia, RawNote,
    RawSource,
};
use super::loose::Loose;

impl From<&Dataset> for RawDataset {
    fn from(dataset: &Dataset) -> RawDataset {
        let optional = |value: Option<String>| value.map_or(Loose::Absent, Loose::Value);
        let sources = dataset.sources.iter().map(|s| RawSource {
            id: text(s.id.clone()),
            title: text(s.title.clone()),
            date: optional(s.date.map(|d| d.to_string())),
            url: optional(s.url.clone()),
        });
        let events = dataset.events.iter().map(|e| RawEvent {
            id: text(e.id.clone()),
            date: text(e.date.to_string()),
            end: optional(e.end.map(|d| d.to_string())),
            category: text(dataset.categories.get(e.category).id.clone()),
            title: text(e.title.clone()),
            summary: optional(Some(e.summary.clone()).filter(|s| !s.is_empty())),
            status: match e.status {
                Status::Happened => Loose::Absent,
                Status::Planned => text("planned"),
            },
            amount_usd: e.amount_usd.map_or(Loose::Absent, Loose::Value),
            media: written_media(&e.media),
            display_date: optional(e.display_date.clone()),
            sources: list(e.citations.iter().map(|c| RawCitation {
                source: text(dataset.sources[c.source].id.clone()),
                quote: text(c.quote.clone()),
            })),
        });
        let notes = dataset.notes.iter().map(|n| RawNote {
            id: text(n.id.clone()),
            title: text(n.title.clone()),
            summary: optional(Some(n.summary.clone()).filter(|s| !s.is_empty())),
            sources: list(n.citations.iter().map(|c| RawCitation {
                source: text(dataset.sources[c.source].id.clone()),
                quote: text(c.quote.clone()),
            })),
        });
        // The built-in categories are written as they are read: by leaving the list out.
        let own = dataset
            .categories
            .iter()
            .filter_map(|(_, c)| match &c.label {
                Label::Own(label) => Some(RawCategory {
                    id: text(c.id.clone()),
                    label: text(label.clone()),
                    color: optional(c.color.clone()),
                }),
                Label::Builtin(_) => None,
            });
        let own: Vec<RawCategory> = own.collect();
        RawDataset {
            title: text(dataset.title.clone()),
            summary: optional(Some(dataset.summary.clone()).filter(|s| !s.is_empty())),
            media: written_media(&dataset.media),
            categories: if own.is_empty() {
                Loose::Absent
            } else {
                list(own)
            },
            sources: list(sources),
            events: list(events),
            undated: if dataset.notes.is_empty() {
                Loose::Absent
            } else {
                list(notes)
            },
            eras: if dataset.eras.is_empty() {
                Loose::Absent
            } else {
                list(dataset.eras.iter().map(|e| RawEra {
                    id: text(e.id.clone()),
                    title: text(e.title.clone()),
                    date: text(e.date.to_string()),
                    end: text(e.end.to_string()),
                }))
            },
        }
    }
}

/// Media as the format writes it.
fn written_media(media: &Option<Box<Media>>) -> Loose<RawMedia> {
    let Some(m) = media else {
        return Loose::Absent;
    };
    let some = |s: &String| {
        if s.is_empty() {
            Loose::Absent
        } else {
            text(s.clone())
        }
    };
    Loose::Value(RawMedia {
        url: text(m.url.clone()),
        alt: text(m.alt.clone()),
        caption: some(&m.caption),
        credit: some(&m.credit),
        poster: some(&m.poster),
        captions: some(&m.captions),
    })
}
