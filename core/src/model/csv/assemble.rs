//! The rows a CSV sheet read, assembled into a raw dataset: rows dated `undated` become
//! undated notes, rows dated `category` the owner's categories, the rest events; each
//! with the row it came from, for the validator's reports.

use super::columns::{CATEGORY, UNDATED};
use super::rows::Rows;
use super::sheet::Sheet;
use crate::model::format::{RawCategory, RawDataset, RawNote};
use crate::model::loose::Loose;

impl Sheet {
    /// The rows read, as a raw dataset: rows dated `undated` become undated notes, rows
    /// dated `category` the owner's categories.
    pub(super) fn finish(self) -> (RawDataset, Rows) {
        let (mut events, mut notes, mut categories) = (Vec::new(), Vec::new(), Vec::new());
        let mut rows = Rows {
            sources: self.rows.sources,
            ..Rows::default()
        };
        let rows_of = self.rows.events.into_iter().zip(self.colours);
        for (entry, (at, colour)) in self.raw_events.into_iter().zip(rows_of) {
            let Loose::Value(mut e) = entry else {
                continue;
            };
            if e.date
                .as_value()
                .is_some_and(|d| d.trim().eq_ignore_ascii_case(CATEGORY))
            {
                categories.push(Loose::Value(RawCategory {
                    id: e.id,
                    label: e.title,
                    color: colour,
                }));
                rows.categories.push(at.0);
                continue;
            }
            if matches!(&e.sources, Loose::Value(list) if list.is_empty()) {
                e.sources = Loose::Absent;
            }
            if e.date
                .as_value()
                .is_some_and(|d| d.trim().eq_ignore_ascii_case(UNDATED))
            {
                notes.push(Loose::Value(RawNote {
                    id: e.id,
                    title: e.title,
                    summary: e.summary,
                    sources: e.sources,
                }));
                rows.notes.push(at);
            } else {
                events.push(Loose::Value(e));
                rows.events.push(at);
            }
        }
        let raw = RawDataset {
            title: Loose::Absent,
            summary: Loose::Absent,
            media: Loose::Absent,
            sources: Loose::Value(self.raw_sources),
            events: Loose::Value(events),
            undated: if notes.is_empty() {
                Loose::Absent
            } else {
                Loose::Value(notes)
            },
            categories: if categories.is_empty() {
                Loose::Absent
            } else {
                Loose::Value(categories)
            },
            eras: Loose::Absent,
        };
        (raw, rows)
    }
}
