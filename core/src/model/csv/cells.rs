//! A CSV row's cells as the format's fields: a cell as text (absent when empty), the
//! media cells as the event's media, and the id a source quoted by rows is given.

use super::columns::Column;
use crate::model::format::{text, RawMedia};
use crate::model::loose::Loose;

/// The id a file's `k`th source gets (a spreadsheet names sources by title and address).
pub(super) fn source_id(k: usize) -> String {
    format!("source-{}", k + 1)
}

/// A row's media: absent when its media columns are all empty.
pub(super) fn media(field: impl Fn(Column) -> Loose<String>) -> Loose<RawMedia> {
    let media = RawMedia {
        url: field(Column::MediaUrl),
        alt: field(Column::MediaAlt),
        caption: field(Column::MediaCaption),
        credit: field(Column::MediaCredit),
        poster: field(Column::MediaPoster),
        captions: field(Column::MediaCaptions),
    };
    if media == RawMedia::default() {
        Loose::Absent
    } else {
        Loose::Value(media)
    }
}

/// A cell as a field: absent when empty.
pub(super) fn cell_text(cell: &str) -> Loose<String> {
    if cell.trim().is_empty() {
        Loose::Absent
    } else {
        text(cell)
    }
}
