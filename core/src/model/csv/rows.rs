//! The spreadsheet row each item of a CSV file's raw dataset came from, and a
//! validator's report placed in the row and column it came from.

use super::columns::Column;
use crate::model::{DataError, Place};

/// The spreadsheet row (from 1, the header being row 1) each item of the raw dataset
/// came from, to name rows in the validator's reports.
#[derive(Default)]
pub(super) struct Rows {
    /// Per event: the row describing it, and the row of each of its citations.
    pub(super) events: Vec<(usize, Vec<usize>)>,
    /// The same per undated note.
    pub(super) notes: Vec<(usize, Vec<usize>)>,
    /// Per category of the owner's own: the row declaring it.
    pub(super) categories: Vec<usize>,
    /// Per source: the first row quoting it.
    pub(super) sources: Vec<usize>,
}

/// The row and column of a report on the `index`th event or note (its `citation`th
/// citation, if any) and `field`.
fn item_row(
    items: &[(usize, Vec<usize>)],
    index: usize,
    citation: Option<usize>,
    field: &str,
) -> Option<(usize, Column)> {
    let (first, cites) = items.get(index)?;
    match citation {
        Some(j) => cites.get(j).map(|&row| {
            let column = if field.ends_with(".quote") {
                Column::Quote
            } else {
                Column::SourceTitle
            };
            (row, column)
        }),
        None => Some((*first, Column::named(field).unwrap_or(Column::SourceTitle))),
    }
}

/// A validator's report, placed in the row and column it came from.
pub(super) fn in_rows(error: DataError, rows: &Rows) -> DataError {
    let DataError {
        field,
        message,
        place,
        ..
    } = &error;
    let found = match *place {
        Place::Source(k) => rows.sources.get(k).map(|&row| {
            let column = match field.as_str() {
                "url" => Column::SourceUrl,
                "date" => Column::SourceDate,
                _ => Column::SourceTitle,
            };
            (row, column)
        }),
        Place::Event { index, citation } => item_row(&rows.events, index, citation, field),
        Place::Note { index, citation } => item_row(&rows.notes, index, citation, field),
        Place::Category(k) => rows.categories.get(k).map(|&row| {
            let column = match field.as_str() {
                "label" => Column::Title,
                "color" => Column::Color,
                _ => Column::Id,
            };
            (row, column)
        }),
        Place::Dataset | Place::Row(_) | Place::Era(_) => None,
    };
    match found {
        Some((row, column)) if field == "sources" => DataError::in_row(
            row,
            column.name(),
            "is empty: every event quotes at least one source (source_title and quote)",
        ),
        Some((row, column)) => DataError::in_row(row, column.name(), message.clone()),
        None => error,
    }
}
