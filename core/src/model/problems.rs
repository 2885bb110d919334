//! Where a dataset's problems are and what they say: the places validation names
//! (`Loc`, `Field`), and the reports it returns ([`DataError`], [`DataErrors`], each
//! with its [`Place`] for code).

use std::fmt;

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
