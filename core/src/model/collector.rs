//! The `Collector` that validation's checks report each problem to: it reads a
//! [`Loose`] field (reporting one of the wrong type), checks texts, lists and dates, and
//! keeps every report, placed by where it is.

use super::date::Date;
use super::format::List;
use super::loose::{Kind, Loose, Shape};
use super::problems::{DataError, Field, Item, Loc, Place};

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

/// The items of a list that have the expected type, with their positions in the list.
pub(super) fn values<T>(items: Vec<Loose<T>>) -> impl Iterator<Item = (usize, T)> {
    items
        .into_iter()
        .enumerate()
        .filter_map(|(i, item)| item.value().map(|v| (i, v)))
}
