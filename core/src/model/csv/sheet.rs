//! The data rows of a CSV file (below the header) read into the format's events, sources
//! and citations: rows that repeat an event's id add a citation to it, rows naming the
//! same source quote one source, and each item keeps the row it came from.

use super::cells::{cell_text, media, source_id};
use super::columns::{Column, CATEGORY, FORMULA_STARTS, UNDATED};
use super::header::letters;
use super::number::number;
use super::records::Record;
use super::rows::Rows;
use crate::model::event::first_with_same_key;
use crate::model::format::{text, RawCitation, RawEvent, RawSource};
use crate::model::loose::Loose;
use crate::model::DataError;

/// The data rows of a file (below the header), as the format's events and sources.
pub(super) struct Sheet {
    pub(super) columns: Vec<Option<Column>>,
    pub(super) raw_events: Vec<Loose<RawEvent>>,
    pub(super) raw_sources: Vec<Loose<RawSource>>,
    /// Each event's own cells (trimmed, in [`Column::EVENT`] order), for rows that
    /// repeat its id.
    pub(super) described: Vec<Vec<String>>,
    /// Each event row's `color` cell: only a category row may fill it.
    pub(super) colours: Vec<Loose<String>>,
    pub(super) rows: Rows,
}

impl Sheet {
    /// The cell of `column` in `record` (empty when the row is shorter), without the
    /// apostrophe that keeps a spreadsheet from running it as a formula.
    fn cell<'r>(&self, record: &'r Record, column: Column) -> &'r str {
        let cell = self
            .columns
            .iter()
            .position(|c| *c == Some(column))
            .and_then(|i| record.get(i))
            .map_or("", String::as_str);
        match cell.strip_prefix('\'') {
            Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
            _ => cell,
        }
    }

    /// Reads the data rows, `records[k]` being row `k + 2`.
    pub(super) fn read(&mut self, records: &[Record], errors: &mut Vec<DataError>) {
        // Rows with the same id are one event, and rows with the same source title and
        // address quote one source: each row's first row with the same key, found by
        // sorting (already in the wasm for ids) rather than a map.
        let ids: Vec<&str> = records
            .iter()
            .map(|r| self.cell(r, Column::Id).trim())
            .collect();
        let keys: Vec<String> = records
            .iter()
            .map(|r| {
                let (title, url) = (
                    self.cell(r, Column::SourceTitle),
                    self.cell(r, Column::SourceUrl),
                );
                format!("{}\u{1f}{}", title.trim(), url.trim())
            })
            .collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let (same_id, same_source) = (first_with_same_key(&ids), first_with_same_key(&keys));
        // Per row: the event and the source it made, if any.
        let mut event_of = vec![usize::MAX; records.len()];
        let mut source_of = vec![usize::MAX; records.len()];
        for (k, record) in records.iter().enumerate() {
            let row = k + 2;
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            for (i, cell) in record.iter().enumerate().skip(self.columns.len()) {
                if !cell.trim().is_empty() {
                    errors.push(DataError::in_row(
                        row,
                        &letters(i),
                        "has a value, but the first row names no column here",
                    ));
                }
            }
            let cells: Vec<String> = Column::EVENT
                .iter()
                .map(|&c| self.cell(record, c).trim().to_string())
                .collect();
            let continues = if !ids[k].is_empty() {
                Some(event_of[same_id[k]]).filter(|_| same_id[k] != k)
            } else if cells.iter().all(String::is_empty) {
                self.raw_events.len().checked_sub(1)
            } else {
                None
            };
            let index = match continues {
                Some(index) => {
                    self.check_repeated(row, index, &cells, errors);
                    index
                }
                None => self.new_event(row, record, cells, errors),
            };
            event_of[k] = index;
            if let Some(source) =
                self.citation(row, index, record, source_of[same_source[k]], errors)
            {
                source_of[k] = source;
            }
        }
    }

    /// Reports the event cells of a row adding a source that differ from the row that
    /// described the event.
    fn check_repeated(
        &self,
        row: usize,
        index: usize,
        cells: &[String],
        errors: &mut Vec<DataError>,
    ) {
        let first_row = self.rows.events[index].0;
        for ((column, cell), described) in
            Column::EVENT.iter().zip(cells).zip(&self.described[index])
        {
            if !cell.is_empty() && cell != described {
                errors.push(DataError::in_row(
                    row,
                    column.name(),
                    format!(
                        "\"{cell}\" differs from row {first_row}, which describes this event: \
                         a row adding a source leaves the event's cells empty or repeats them"
                    ),
                ));
            }
        }
    }

    /// A new event from the `row`th row; returns its position.
    fn new_event(
        &mut self,
        row: usize,
        record: &Record,
        cells: Vec<String>,
        errors: &mut Vec<DataError>,
    ) -> usize {
        let field = |column| cell_text(self.cell(record, column));
        let amount = &cells[7];
        let amount_usd = match number(amount) {
            _ if amount.is_empty() => Loose::Absent,
            Some(n) => Loose::Value(n),
            None => {
                errors.push(DataError::in_row(
                    row,
                    Column::AmountUsd.name(),
                    format!("\"{amount}\" is not a number (write digits, like 45000000)"),
                ));
                Loose::Absent
            }
        };
        let colour = cell_text(self.cell(record, Column::Color));
        // `category` in the date column: a category of the owner's own, which has only
        // an id, a label (its title) and a colour, and quotes no source.
        if cells[1].eq_ignore_ascii_case(CATEGORY) {
            let sources = [
                Column::SourceTitle,
                Column::SourceDate,
                Column::SourceUrl,
                Column::Quote,
            ];
            let others = Column::EVENT
                .iter()
                .zip(&cells)
                .skip(2)
                .filter(|(c, _)| **c != Column::Title);
            for (column, cell) in others {
                if !cell.is_empty() {
                    errors.push(DataError::in_row(
                        row,
                        column.name(),
                        format!("\"{cell}\": a category row has only an id, a title (its label) and a color"),
                    ));
                }
            }
            for column in sources {
                let cell = self.cell(record, column).trim();
                if !cell.is_empty() {
                    errors.push(DataError::in_row(
                        row,
                        column.name(),
                        format!("\"{cell}\": a category row quotes no source"),
                    ));
                }
            }
        } else if !colour.is_absent() {
            errors.push(DataError::in_row(
                row,
                Column::Color.name(),
                "only a category row (`category` in its date column) has a colour",
            ));
        }
        // `undated` in the date column: an undated note, which has no other event cells.
        if cells[1].eq_ignore_ascii_case(UNDATED) {
            for (i, column) in Column::EVENT.iter().enumerate().skip(2) {
                if !cells[i].is_empty() && !matches!(column, Column::Title | Column::Summary) {
                    errors.push(DataError::in_row(
                        row,
                        column.name(),
                        format!("\"{}\": an undated note has only an id, a title, a summary and its sources", cells[i]),
                    ));
                }
            }
        }
        self.raw_events.push(Loose::Value(RawEvent {
            id: field(Column::Id),
            date: field(Column::Date),
            end: field(Column::End),
            category: field(Column::Category),
            title: field(Column::Title),
            summary: field(Column::Summary),
            status: field(Column::Status),
            amount_usd,
            media: media(field),
            display_date: field(Column::DisplayDate),
            sources: Loose::Value(Vec::new()),
        }));
        self.described.push(cells);
        self.colours.push(colour);
        self.rows.events.push((row, Vec::new()));
        self.raw_events.len() - 1
    }

    /// The row's source and quote, as a citation of the `index`th event; `known` is the
    /// source of the first row naming the same one (`usize::MAX` if this row is that
    /// row). Returns the source, if the row quotes one.
    fn citation(
        &mut self,
        row: usize,
        index: usize,
        record: &Record,
        known: usize,
        errors: &mut Vec<DataError>,
    ) -> Option<usize> {
        let [title, date, url] = [Column::SourceTitle, Column::SourceDate, Column::SourceUrl]
            .map(|c| self.cell(record, c).trim());
        let quote = self.cell(record, Column::Quote);
        if title.is_empty() && url.is_empty() && date.is_empty() && quote.trim().is_empty() {
            return None;
        }
        let source = match self.raw_sources.get(known) {
            Some(Loose::Value(source)) => {
                let given = source.date.as_value().map_or("", |d| d.trim());
                if !date.is_empty() && date != given {
                    errors.push(DataError::in_row(
                        row,
                        Column::SourceDate.name(),
                        format!(
                            "\"{date}\" differs from row {}, which gives the same source {}",
                            self.rows.sources[known],
                            if given.is_empty() {
                                "no date".to_string()
                            } else {
                                format!("the date \"{given}\"")
                            }
                        ),
                    ));
                }
                known
            }
            _ => {
                self.raw_sources.push(Loose::Value(RawSource {
                    id: text(source_id(self.raw_sources.len())),
                    title: cell_text(title),
                    date: cell_text(date),
                    url: cell_text(url),
                }));
                self.rows.sources.push(row);
                self.raw_sources.len() - 1
            }
        };
        if let Some(Loose::Value(RawEvent {
            sources: Loose::Value(list),
            ..
        })) = self.raw_events.get_mut(index)
        {
            list.push(Loose::Value(RawCitation {
                source: text(source_id(source)),
                quote: cell_text(quote),
            }));
        }
        self.rows.events[index].1.push(row);
        Some(source)
    }
}
