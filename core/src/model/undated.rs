//! Validation of undated notes: what the sources tell without a date (an exhibition
//! planned, a visa agreement, a number of students). Each is checked as events are (an
//! id, a title, at least one quoted source), named `undated note "id"` in reports.

use super::collector::{values, Collector};
use super::event::{Note, Source};
use super::format::{List, RawNote};
use super::limits::{MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use super::problems::{Item, Loc};
use super::shared_checks::{check_citations, unique_id};

/// The dataset's undated notes, checked; `None` entries are reported and left out.
pub(super) fn check_notes(c: &mut Collector, raw: List<RawNote>, sources: &[Source]) -> Vec<Note> {
    let Some(raw) = c.list(&Loc::Dataset, "undated", raw) else {
        return Vec::new();
    };
    let mut notes: Vec<Note> = Vec::new();
    for (i, n) in values(raw) {
        let id = unique_id(c, Item::Note, i, n.id, |id| {
            notes.iter().any(|o| o.id == id)
        });
        let location = Loc::Item {
            kind: Item::Note,
            index: i,
            id: &id,
        };
        let title = c.text(&location, "title", n.title, MAX_TITLE_CHARS);
        let summary = match c.present(&location, "summary", n.summary) {
            None => String::new(),
            Some(s) => c.checked_text(&location, "summary", s, MAX_TEXT_CHARS),
        };
        let citations = check_citations(c, &location, n.sources, sources);
        notes.push(Note {
            id,
            title,
            summary,
            citations,
        });
    }
    notes
}
