//! Validation of eras: labelled periods (`{ id, title, date, end }`), each checked for an
//! id of its own, a title, and an end not before its start; named `era "id"` in reports.

use super::dataset::{values, MAX_TITLE_CHARS};
use super::event::Era;
use super::format::{List, RawEra};
use super::problems::{Collector, Item, Loc};

/// The dataset's eras, checked and in time order; one with a problem is reported and
/// left out.
pub(super) fn check_eras(c: &mut Collector, raw: List<RawEra>) -> Vec<Era> {
    let Some(raw) = c.list(&Loc::Dataset, "eras", raw) else {
        return Vec::new();
    };
    let mut eras: Vec<Era> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for (i, e) in values(raw) {
        let by_position = Loc::Item {
            kind: Item::Era,
            index: i,
            id: "",
        };
        let id = c.text(&by_position, "id", e.id, MAX_TITLE_CHARS);
        let location = Loc::Item {
            kind: Item::Era,
            index: i,
            id: &id,
        };
        if !id.is_empty() && ids.contains(&id) {
            c.push(&location, "id", "is used by another era");
        }
        let title = c.text(&location, "title", e.title, MAX_TITLE_CHARS);
        let date = c
            .required(&location, "date", e.date)
            .and_then(|d| c.date(&location, "date", &d));
        let end = c
            .required(&location, "end", e.end)
            .and_then(|d| c.date(&location, "end", &d));
        if let (Some(start), Some(end_date)) = (date, end) {
            if end_date.end_day() <= start.start_day() {
                c.push(
                    &location,
                    "end",
                    format!("\"{end_date}\" is before the date \"{start}\""),
                );
            }
        }
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
    eras.sort_by_key(Era::start_day);
    eras
}
