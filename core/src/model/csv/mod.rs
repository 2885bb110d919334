//! Datasets written as CSV, the way a spreadsheet exports them.
//!
//! The layout, for a person filling in a spreadsheet:
//! - The first row names the columns, in any order: `id`, `date`, `end`, `category`,
//!   `title`, `summary`, `status`, `amount_usd` (the event's fields, as in the JSON
//!   format), then `source_title`, `source_date`, `source_url` and `quote` (the source
//!   the row quotes, and the sentence quoted).
//! - After that, one row per event.
//! - An event quoting more than one source takes one more row per source, below it or
//!   anywhere else: the row repeats the event's `id` (or leaves it empty, directly below)
//!   and fills in only the source's columns.
//! - A source is known by its title and address; giving them again in another row
//!   quotes the same source.
//! - An undated note (what the sources tell without a date) is a row with `undated` in
//!   its date column and only an id, a title, a summary and its sources.
//! - A category of the owner's own is a row with `category` in its date column, its id
//!   in `id`, its label in `title` and, if wanted, its colour in a `color` column. With
//!   no such rows, events use the four built-in categories.
//! - Empty rows are skipped. Problems are named by row (the header is row 1) and column.

mod assemble;
mod cells;
mod columns;
mod header;
mod number;
mod read;
mod records;
mod rows;
mod sheet;
mod write;

pub use columns::Column;
pub use read::read_csv;
pub use write::write_csv;
