//! A dataset written as CSV in the layout [`super::read_csv`] reads: the template a site
//! owner starts a spreadsheet from (`owner/examples/template.rs`), and any dataset the same
//! way. Quoted as RFC 4180 says, with `\r\n` line ends and a byte-order mark, so that
//! Excel opens the UTF-8 text as UTF-8.

use super::columns::{Column, CATEGORY, FORMULA_STARTS, UNDATED};
use crate::model::category::Label;
use crate::model::{Dataset, Event, Status};

/// `dataset` as CSV: the header, then the owner's own categories (if it has any), one
/// row each with `category` for their date; then one row per event in time order, then
/// one row per further source of that event, repeating its id; then the undated notes,
/// the same way, with `undated` for their date. The `color` column is written only
/// for a dataset with categories of its own.
pub fn write_csv(dataset: &Dataset) -> String {
    let own = dataset
        .categories
        .iter()
        .filter_map(|(_, c)| match &c.label {
            Label::Own(label) => Some((c, label)),
            Label::Builtin(_) => None,
        });
    let own: Vec<_> = own.collect();
    let columns: Vec<Column> = (Column::ALL.into_iter())
        .filter(|&c| c != Column::Color || !own.is_empty())
        .collect();
    let mut out = String::from("\u{feff}");
    line(&mut out, columns.iter().map(|c| c.name()));
    for (category, label) in own {
        let cells = columns.iter().map(|column| match column {
            Column::Id => category.id.as_str(),
            Column::Date => CATEGORY,
            Column::Title => label.as_str(),
            Column::Color => category.color.as_deref().unwrap_or_default(),
            _ => "",
        });
        line(&mut out, cells);
    }
    for event in &dataset.events {
        let mut first = true;
        for citation in &event.citations {
            let source = &dataset.sources[citation.source];
            let cells = columns.iter().map(|&column| match column {
                Column::SourceTitle => source.title.clone(),
                Column::SourceDate => source.date.map(|d| d.to_string()).unwrap_or_default(),
                Column::SourceUrl => source.url.clone().unwrap_or_default(),
                Column::Quote => citation.quote.clone(),
                Column::Id => event.id.clone(),
                Column::Category if first => dataset.categories.get(event.category).id.clone(),
                _ if first => event_cell(event, column),
                _ => String::new(),
            });
            let cells: Vec<String> = cells.collect();
            line(&mut out, cells.iter().map(String::as_str));
            first = false;
        }
    }
    // Undated notes after the events, `undated` in their date column.
    for note in &dataset.notes {
        for (j, citation) in note.citations.iter().enumerate() {
            let source = &dataset.sources[citation.source];
            let cells = columns.iter().map(|&column| match column {
                Column::Id => note.id.clone(),
                Column::Date if j == 0 => UNDATED.to_string(),
                Column::Title if j == 0 => note.title.clone(),
                Column::Summary if j == 0 => note.summary.clone(),
                Column::SourceTitle => source.title.clone(),
                Column::SourceDate => source.date.map(|d| d.to_string()).unwrap_or_default(),
                Column::SourceUrl => source.url.clone().unwrap_or_default(),
                Column::Quote => citation.quote.clone(),
                _ => String::new(),
            });
            let cells: Vec<String> = cells.collect();
            line(&mut out, cells.iter().map(String::as_str));
        }
    }
    out
}

/// The cell of one of the event's own columns (its category's is written by the
/// caller, which knows the dataset's categories).
fn event_cell(event: &Event, column: Column) -> String {
    match column {
        Column::Id => event.id.clone(),
        Column::Date => event.date.to_string(),
        Column::End => event.end.map(|d| d.to_string()).unwrap_or_default(),
        Column::Title => event.title.clone(),
        Column::Summary => event.summary.clone(),
        Column::Status => match event.status {
            Status::Happened => "happened",
            Status::Planned => "planned",
        }
        .to_string(),
        Column::AmountUsd => event.amount_usd.map(amount).unwrap_or_default(),
        Column::DisplayDate => event.display_date.clone().unwrap_or_default(),
        Column::MediaUrl
        | Column::MediaAlt
        | Column::MediaCaption
        | Column::MediaCredit
        | Column::MediaPoster
        | Column::MediaCaptions => {
            let Some(m) = &event.media else {
                return String::new();
            };
            match column {
                Column::MediaUrl => m.url.clone(),
                Column::MediaAlt => m.alt.clone(),
                Column::MediaCaption => m.caption.clone(),
                Column::MediaPoster => m.poster.clone(),
                Column::MediaCaptions => m.captions.clone(),
                _ => m.credit.clone(),
            }
        }
        Column::Category
        | Column::SourceTitle
        | Column::SourceDate
        | Column::SourceUrl
        | Column::Quote
        | Column::Color => String::new(),
    }
}

/// An amount as a spreadsheet writes it: a whole number in digits, else the shortest
/// decimal that reads back as the same number. Written with serde_json's float writer,
/// which the owner module has already: `f64::to_string` would bring Rust's own float
/// printer into it as well.
fn amount(a: f64) -> String {
    if a.fract() == 0.0 && a.abs() < 9e15 {
        (a as i64).to_string()
    } else {
        serde_json::to_string(&a).unwrap_or_default()
    }
}

/// One row: the cells, quoted where they must be, and a line end. A cell a spreadsheet
/// would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first) is
/// written after an apostrophe, which spreadsheets show as text and the reader takes
/// off again ([`FORMULA_STARTS`]).
fn line<'a>(out: &mut String, cells: impl IntoIterator<Item = &'a str>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let guarded;
        let cell = if cell.starts_with(FORMULA_STARTS) {
            guarded = format!("'{cell}");
            guarded.as_str()
        } else {
            cell
        };
        if cell.contains([',', '"', '\n', '\r']) || cell.trim() != cell {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
}
