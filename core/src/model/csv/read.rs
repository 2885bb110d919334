//! A CSV file read into the format's types ([`RawDataset`](crate::model::RawDataset)) and validated, with every
//! problem named by the spreadsheet's row and column. The layout is documented in the
//! README ("A spreadsheet (CSV)") and in [`super`].

use super::columns::Column;
use super::header::{column_name, header_columns};
use super::records::{records, Record};
use super::rows::{in_rows, Rows};
use super::sheet::Sheet;
use crate::model::{validate, DataError, DataErrors, Dataset, Place};

/// Reads and validates a dataset written as CSV text: the dataset, or every problem,
/// each naming its row and column.
pub fn read_csv(text: &str) -> Result<Dataset, DataErrors> {
    let (records, open_quote) = records(text);
    let mut errors = Vec::new();
    let rows = records.len();
    let mut records = records.into_iter();
    let header = records.next().unwrap_or_default();
    let columns = header_columns(&header, &mut errors);
    if let Some(cell) = open_quote {
        let column = columns.get(cell).copied().flatten();
        errors.push(DataError::in_row(
            rows.max(1),
            &column_name(column, cell),
            "opens a quotation mark (\") that is never closed, so the rest of the file \
             was read into this cell",
        ));
    }
    if !errors.is_empty() {
        return Err(DataErrors(errors));
    }
    let records: Vec<Record> = records.collect();
    let mut sheet = Sheet {
        columns,
        raw_events: Vec::new(),
        raw_sources: Vec::new(),
        described: Vec::new(),
        colours: Vec::new(),
        rows: Rows::default(),
    };
    sheet.read(&records, &mut errors);
    if sheet.raw_events.is_empty() && errors.is_empty() {
        errors.push(DataError::in_row(
            2,
            Column::Id.name(),
            "is empty: the file has no events (one row per event goes below the header)",
        ));
    }
    let (raw, rows) = sheet.finish();
    match validate(raw) {
        Ok(dataset) if errors.is_empty() => return Ok(dataset),
        Ok(_) => {}
        Err(found) => errors.extend(found.0.into_iter().map(|e| in_rows(e, &rows))),
    }
    // In row order (an insertion sort: the reports come nearly in order, and a sort
    // function of its own would be one more copy of the sorting code in the wasm).
    let row = |e: &DataError| match e.place {
        Place::Row(row) => row,
        _ => 0,
    };
    for i in 1..errors.len() {
        let mut j = i;
        while j > 0 && row(&errors[j - 1]) > row(&errors[j]) {
            errors.swap(j - 1, j);
            j -= 1;
        }
    }
    Err(DataErrors(errors))
}
