//! Validation of eras: labelled periods (`{ id, title, date, end }`), each checked for an
//! id of its own, a title, and an end not before its start; named `era "id"` in reports.

use super::collector::{values, Collector};
use super::event::Era;
use super::format::{List, RawEra};
use super::limits::MAX_TITLE_CHARS;
use super::problems::{Item, Loc};
use super::shared_checks::{period, unique_id};

/// The dataset's eras, checked and in time order; one with a problem is reported and
/// left out.
pub(super) fn check_eras(c: &mut Collector, raw: List<RawEra>) -> Vec<Era> {
    let Some(raw) = c.list(&Loc::Dataset, "eras", raw) else {
        return Vec::new();
    };
    let mut eras: Vec<Era> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for (i, e) in values(raw) {
        let id = unique_id(c, Item::Era, i, e.id, |id| ids.iter().any(|x| x == id));
        let location = Loc::Item {
            kind: Item::Era,
            index: i,
            id: &id,
        };
        let title = c.text(&location, "title", e.title, MAX_TITLE_CHARS);
        let (date, end) = period(c, &location, e.date, e.end, true);
        ids.push(id.clone());
        if let (Some(date), Some(end), false) = (date, end, title.is_empty()) {
            eras.push(Era {
                id,
                title,
                date,
                end,
            });
        }
    }
    crate::order::sorted(eras, &|a, b| a.date.start().cmp(&b.date.start()))
}
