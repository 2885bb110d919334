//! The header row of a CSV file: the column each of its cells names (reporting unknown,
//! repeated and missing ones), and how a report names a column.

use super::columns::Column;
use super::records::Record;
use crate::model::DataError;

/// The column of each header cell (`None` for a blank one), reporting unknown and
/// repeated names and the required columns that are missing.
pub(super) fn header_columns(header: &Record, errors: &mut Vec<DataError>) -> Vec<Option<Column>> {
    let mut columns: Vec<Option<Column>> = Vec::with_capacity(header.len());
    for name in header {
        let column = Column::named(name);
        let repeated = column.is_some() && columns.contains(&column);
        if repeated {
            errors.push(DataError::in_row(1, name.trim(), "is named twice"));
        } else if column.is_none() && !name.trim().is_empty() {
            errors.push(DataError::in_row(
                1,
                name.trim(),
                format!("is not a column of the format ({})", all_names()),
            ));
        }
        columns.push(if repeated { None } else { column });
    }
    for required in Column::REQUIRED {
        if !columns.contains(&Some(required)) {
            errors.push(DataError::in_row(
                1,
                required.name(),
                "is missing: the first row must name the columns, and this one is required",
            ));
        }
    }
    columns
}

fn all_names() -> String {
    let names: Vec<&str> = Column::ALL.iter().map(|c| c.name()).collect();
    format!("the columns are {}", names.join(", "))
}

/// A column as a report names it: by its header, or by its letter in a spreadsheet when
/// the header names nothing there.
pub(super) fn column_name(column: Option<Column>, position: usize) -> String {
    match column {
        Some(c) => c.name().to_string(),
        None => letters(position),
    }
}

/// A spreadsheet's letters for the `position`th column (from 0): A, …, Z, AA, AB, ….
pub(super) fn letters(position: usize) -> String {
    let letter = char::from(b'A' + (position % 26) as u8);
    match position / 26 {
        0 => letter.to_string(),
        n => format!("{}{letter}", letters(n - 1)),
    }
}
