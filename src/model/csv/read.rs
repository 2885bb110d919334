//! A CSV file read into the format's types ([`RawDataset`]) and validated, with every
//! problem named by the spreadsheet's row and column. The layout is documented in the
//! README ("A spreadsheet (CSV)") and in [`super`].

use super::columns::Column;
use super::records::{records, Record};
use crate::model::event::first_with_same_key;
use crate::model::format::{
    text, RawCategory, RawCitation, RawDataset, RawEvent, RawMedia, RawNote, RawSource,
};
use crate::model::loose::Loose;
use crate::model::{validate, DataError, DataErrors, Dataset, Place};

/// The spreadsheet row (from 1, the header being row 1) each item of the raw dataset
/// came from, to name rows in the validator's reports.
#[derive(Default)]
struct Rows {
    /// Per event: the row describing it, and the row of each of its citations.
    events: Vec<(usize, Vec<usize>)>,
    /// The same per undated note.
    notes: Vec<(usize, Vec<usize>)>,
    /// Per category of the owner's own: the row declaring it.
    categories: Vec<usize>,
    /// Per source: the first row quoting it.
    sources: Vec<usize>,
}

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

/// The column of each header cell (`None` for a blank one), reporting unknown and
/// repeated names and the required columns that are missing.
fn header_columns(header: &Record, errors: &mut Vec<DataError>) -> Vec<Option<Column>> {
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
fn column_name(column: Option<Column>, position: usize) -> String {
    match column {
        Some(c) => c.name().to_string(),
        None => letters(position),
    }
}

/// A spreadsheet's letters for the `position`th column (from 0): A, …, Z, AA, AB, ….
fn letters(position: usize) -> String {
    let letter = char::from(b'A' + (position % 26) as u8);
    match position / 26 {
        0 => letter.to_string(),
        n => format!("{}{letter}", letters(n - 1)),
    }
}

/// The data rows of a file (below the header), as the format's events and sources.
struct Sheet {
    columns: Vec<Option<Column>>,
    raw_events: Vec<Loose<RawEvent>>,
    raw_sources: Vec<Loose<RawSource>>,
    /// Each event's own cells (trimmed, in [`Column::EVENT`] order), for rows that
    /// repeat its id.
    described: Vec<Vec<String>>,
    /// Each event row's `color` cell: only a category row may fill it.
    colours: Vec<Loose<String>>,
    rows: Rows,
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
    fn read(&mut self, records: &[Record], errors: &mut Vec<DataError>) {
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

    /// The rows read, as a raw dataset: rows dated `undated` become undated notes, rows
    /// dated `category` the owner's categories.
    fn finish(self) -> (RawDataset, Rows) {
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

/// What a cell a spreadsheet would run as a formula starts with: such cells are written
/// after an apostrophe (OWASP's advice on CSV injection), and read without it.
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// What the date column says of an undated note.
pub const UNDATED: &str = "undated";
/// What the date column says of a category of the owner's own.
pub const CATEGORY: &str = "category";

/// The id a file's `k`th source gets (a spreadsheet names sources by title and address).
fn source_id(k: usize) -> String {
    format!("source-{}", k + 1)
}

/// A row's picture: absent when its four columns are empty.
fn media(field: impl Fn(Column) -> Loose<String>) -> Loose<RawMedia> {
    let media = RawMedia {
        url: field(Column::MediaUrl),
        alt: field(Column::MediaAlt),
        caption: field(Column::MediaCaption),
        credit: field(Column::MediaCredit),
    };
    if media == RawMedia::default() {
        Loose::Absent
    } else {
        Loose::Value(media)
    }
}

/// A cell as a field: absent when empty.
fn cell_text(cell: &str) -> Loose<String> {
    if cell.trim().is_empty() {
        Loose::Absent
    } else {
        text(cell)
    }
}

/// A number as a spreadsheet writes it: digits, maybe a minus sign, maybe a decimal
/// point, maybe commas between groups of three digits (`1,200,000`, as Sheets exports a
/// formatted number). `None` for anything else.
///
/// Written out rather than `str::parse::<f64>` (or serde_json's), which would bring Rust's
/// float formatting and parsing tables into the wasm (BENCHMARKS.md). A mantissa of at
/// most 2^53 and a power of ten of at most 10^22 are both exact in an `f64`, so one
/// division rounds correctly (Clinger's fast path); amounts need no more digits.
fn number(written: &str) -> Option<f64> {
    let (negative, unsigned) = match written.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, written),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let grouped = whole.contains(',');
    let mut mantissa: u64 = 0;
    let mut push = |digits: &str| -> Option<()> {
        for b in digits.bytes() {
            if !b.is_ascii_digit() {
                return None;
            }
            mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
        }
        Some(())
    };
    for (i, group) in whole.split(',').enumerate() {
        let fits = match i {
            0 => !group.is_empty() && (!grouped || group.len() <= 3),
            _ => group.len() == 3,
        };
        if !fits {
            return None;
        }
        push(group)?;
    }
    if unsigned.contains('.') && (fraction.is_empty() || fraction.len() > 22) {
        return None;
    }
    push(fraction)?;
    if mantissa > 1 << 53 {
        return None;
    }
    let scale = (0..fraction.len()).fold(1.0, |s, _| s * 10.0);
    let value = mantissa as f64 / scale;
    Some(if negative { -value } else { value })
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
fn in_rows(error: DataError, rows: &Rows) -> DataError {
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
