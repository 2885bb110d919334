//! Reporting a dataset's problems: where each one is ([`Loc`], [`Field`]), what it says
//! ([`DataError`], [`DataErrors`]), and the [`Collector`] that validation's checks report
//! to, which also reads a [`Loose`] field and reports it when it has the wrong type.

use std::fmt;

use super::date::Date;
use super::format::List;
use super::loose::{Kind, Loose, Shape};

/// Where a problem is: the dataset itself, or the `index`th (from 0) source or event,
/// named by its id when it has one, by its position otherwise. Written out only when a
/// problem is reported: a valid dataset of 10,000 events formats nothing.
#[derive(Clone, Copy)]
pub(super) enum Loc<'a> {
    Dataset,
    Item {
        kind: Item,
        index: usize,
        id: &'a str,
    },
}

/// The kinds of item a dataset lists.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Item {
    Source,
    Event,
    Note,
    Category,
    Era,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Item {
    fn name(self) -> &'static str {
        match self {
            Item::Source => "source",
            Item::Event => "event",
            Item::Note => "undated note",
            Item::Category => "category",
            Item::Era => "era",
        }
    }
}

impl fmt::Display for Loc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Loc::Dataset => f.write_str("dataset"),
            Loc::Item { kind, id, .. } if !id.trim().is_empty() => {
                write!(f, "{} \"{}\"", kind.name(), id.trim())
            }
            Loc::Item { kind, index, .. } => write!(f, "{} #{}", kind.name(), index + 1),
        }
    }
}

/// A field's name in a report: `date`, `events[3]`, `sources[1].quote`.
#[derive(Clone, Copy)]
pub(super) enum Field<'a> {
    Name(&'a str),
    Item(&'a str, usize),
    Citation(usize, &'static str),
}

impl fmt::Display for Field<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Field::Name(name) => f.write_str(name),
            Field::Item(name, i) => write!(f, "{name}[{i}]"),
            Field::Citation(j, name) => write!(f, "sources[{j}].{name}"),
        }
    }
}

impl<'a> From<&'a str> for Field<'a> {
    fn from(name: &'a str) -> Self {
        Field::Name(name)
    }
}

/// Where a problem is, for code: the dataset, the `n`th (from 0) source or event of the
/// lists as read (and, within an event, the citation), or a row of a spreadsheet (from
/// 1, the header being row 1). A CSV file's reader turns the first three into rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Dataset,
    Source(usize),
    /// The `n`th of the dataset's own categories.
    Category(usize),
    /// The `n`th era.
    Era(usize),
    /// The `index`th undated note (and, within it, the citation).
    Note {
        index: usize,
        citation: Option<usize>,
    },
    Event {
        index: usize,
        citation: Option<usize>,
    },
    Row(usize),
}

/// One problem in a dataset: where it is and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// `event "some-id"`, `event #3` (when the id is missing), `source #1`, `dataset`,
    /// or `row 5` (a CSV file).
    pub location: String,
    /// The field at fault, e.g. `date` or `sources[1].quote`; in a CSV file, the column.
    pub field: String,
    pub message: String,
    pub place: Place,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.place {
            Place::Row(_) => "column",
            _ => "field",
        };
        write!(
            f,
            "{}, {what} `{}`: {}",
            self.location, self.field, self.message
        )
    }
}

impl DataError {
    /// A problem in the `row`th row of a CSV file (from 1), in `column`.
    pub fn in_row(row: usize, column: &str, message: impl Into<String>) -> Self {
        DataError {
            location: format!("row {row}"),
            field: column.to_string(),
            message: message.into(),
            place: Place::Row(row),
        }
    }
}

/// All problems of a dataset, one per line when displayed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataErrors(pub Vec<DataError>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        writeln!(
            f,
            "The timeline data has {n} problem{}:",
            if n == 1 { "" } else { "s" }
        )?;
        for e in &self.0 {
            writeln!(f, "- {e}")?;
        }
        Ok(())
    }
}

pub(super) struct Collector {
    pub(super) errors: Vec<DataError>,
}

impl Collector {
    pub(super) fn push<'f>(
        &mut self,
        location: &Loc,
        field: impl Into<Field<'f>>,
        message: impl Into<String>,
    ) {
        let field = field.into();
        let place = match *location {
            Loc::Dataset => Place::Dataset,
            Loc::Item {
                kind: Item::Source,
                index,
                ..
            } => Place::Source(index),
            Loc::Item {
                kind: Item::Category,
                index,
                ..
            } => Place::Category(index),
            Loc::Item {
                kind: Item::Era,
                index,
                ..
            } => Place::Era(index),
            Loc::Item {
                kind: Item::Note,
                index,
                ..
            } => Place::Note {
                index,
                citation: match field {
                    Field::Citation(j, _) => Some(j),
                    _ => None,
                },
            },
            Loc::Item { index, .. } => Place::Event {
                index,
                citation: match field {
                    Field::Citation(j, _) => Some(j),
                    _ => None,
                },
            },
        };
        self.errors.push(DataError {
            location: location.to_string(),
            field: field.to_string(),
            message: message.into(),
            place,
        });
    }

    /// The value of a field that may be absent; one of the wrong type is reported (and
    /// then counts as absent, so it is not also reported as missing).
    pub(super) fn present<'f, T: Shape>(
        &mut self,
        location: &Loc,
        field: impl Into<Field<'f>> + Copy,
        value: Loose<T>,
    ) -> Option<T> {
        match value {
            Loose::Absent => None,
            Loose::Value(v) => Some(v),
            Loose::Wrong(kind) => {
                self.push(
                    location,
                    field,
                    format!("must be {}, not {}", T::EXPECTED, kind.phrase()),
                );
                None
            }
        }
    }

    /// A required field: reported as missing when absent.
    pub(super) fn required<'f, T: Shape>(
        &mut self,
        location: &Loc,
        field: impl Into<Field<'f>> + Copy,
        value: Loose<T>,
    ) -> Option<T> {
        if value.is_absent() {
            self.push(location, field, "is missing");
        }
        self.present(location, field, value)
    }

    /// The items of a list field, each wrong one (`null` included) reported by position
    /// and a wrong list as a whole (then read as empty). `None` only when the field is
    /// absent. The list is returned as read, not copied: with a large dataset a second
    /// list of the good ones alongside it would raise wasm memory's high-water mark for
    /// good; [`values`] walks it.
    pub(super) fn list<T: Shape>(
        &mut self,
        location: &Loc,
        field: &str,
        value: List<T>,
    ) -> Option<Vec<Loose<T>>> {
        let wrong_list = matches!(value, Loose::Wrong(_));
        let items = self.present(location, field, value);
        if wrong_list {
            return Some(Vec::new());
        }
        let items = items?;
        for (i, item) in items.iter().enumerate() {
            let kind = match item {
                Loose::Value(_) => continue,
                Loose::Absent => Kind::Null,
                Loose::Wrong(kind) => *kind,
            };
            self.present::<T>(location, Field::Item(field, i), Loose::Wrong(kind));
        }
        Some(items)
    }

    /// A required, non-blank text field no longer than `max` characters. Takes the
    /// text, so a field without surrounding spaces is moved, not copied.
    pub(super) fn text<'f>(
        &mut self,
        location: &Loc,
        field: impl Into<Field<'f>> + Copy,
        value: Loose<String>,
        max: usize,
    ) -> String {
        let Some(value) = self.required(location, field, value) else {
            return String::new();
        };
        self.checked_text(location, field, value, max)
    }

    pub(super) fn checked_text<'f>(
        &mut self,
        location: &Loc,
        field: impl Into<Field<'f>> + Copy,
        value: String,
        max: usize,
    ) -> String {
        let text = value.trim();
        if text.is_empty() {
            self.push(location, field, "is empty");
            String::new()
        } else if text.chars().count() > max {
            self.push(location, field, format!("is longer than {max} characters"));
            String::new()
        } else if text.len() == value.len() {
            value
        } else {
            text.to_string()
        }
    }

    pub(super) fn date(&mut self, location: &Loc, field: &str, value: &str) -> Option<Date> {
        match Date::parse(value.trim()) {
            Ok(d) => Some(d),
            Err(e) => {
                self.push(location, field, format!("\"{value}\": {e}"));
                None
            }
        }
    }
}
