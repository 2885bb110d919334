//! Dates for readers, never more precise than they are known: "1995", "February 2020",
//! "24 February 1992", and periods that share what their ends have in common.

use crate::model::{Date, Event};

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const MONTH_ABBREVIATIONS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_name(month: u8) -> &'static str {
    MONTH_NAMES[(month as usize).clamp(1, 12) - 1]
}

/// A month's short name for the axis, from its index counted from January (any year).
pub fn month_abbreviation(month_index: i64) -> &'static str {
    MONTH_ABBREVIATIONS[month_index.rem_euclid(12) as usize]
}

/// "1995", "February 2020", "24 February 1992".
pub fn date_long(date: &Date) -> String {
    let year = date.year_number();
    match (date.month_number(), date.day_number()) {
        (Some(m), Some(d)) => format!("{d} {} {year}", month_name(m)),
        (Some(m), None) => format!("{} {year}", month_name(m)),
        _ => year.to_string(),
    }
}

/// A period `start`..`end` (inclusive end, each at its own precision), sharing what the
/// two ends have in common: "2017–2018", "February–March 2020", "3–5 May 2021". A
/// missing end gives the start alone.
pub fn span(start: &Date, end: Option<&Date>) -> String {
    let Some(end) = end else {
        return date_long(start);
    };
    if start == end {
        return date_long(start);
    }
    let same_precision = start.precision() == end.precision();
    if same_precision && start.year_number() == end.year_number() {
        match (
            start.month_number(),
            start.day_number(),
            end.month_number(),
            end.day_number(),
        ) {
            (Some(sm), Some(sd), Some(em), Some(_)) if sm == em => {
                return format!("{sd}–{}", date_long(end));
            }
            (Some(sm), Some(sd), Some(_), Some(_)) => {
                return format!("{sd} {}–{}", month_name(sm), date_long(end));
            }
            (Some(sm), None, Some(_), None) => {
                return format!("{}–{}", month_name(sm), date_long(end));
            }
            _ => {}
        }
    }
    format!("{}–{}", date_long(start), date_long(end))
}

/// When an event happened, as precisely as it is known.
pub fn when(event: &Event) -> String {
    span(&event.date, event.end.as_ref())
}
