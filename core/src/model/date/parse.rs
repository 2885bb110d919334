//! The one date grammar, for every place a date is written: data, CSV, the builder, the
//! hash, `zoomTo`, `from`/`to`.
//!
//! - ISO 8601, with years of any size and a sign (astronomical: `0000` is 1 BCE):
//!   `1995`, `2020-02`, `1992-02-24`, `-0043-03-15`, `-2560`, `12000`, `-66000000`. A
//!   year has at least four digits.
//! - A day with a time, to the minute or the second, with `Z` or an offset or neither:
//!   `2022-01-27T14:30`, `2022-01-27T14:30:05+05:00` (a space may stand for the `T`, as
//!   spreadsheets write it).
//! - A year with its era, as owners write it: `44 BCE`, `44 BC`, `33 CE`, `33 AD`,
//!   `AD 33` (any case, dots allowed: `B.C.`). There is no year zero in this form.

use super::{Date, EraWord, Offset, Time, MAX_TIME_YEAR, MAX_YEAR};
use std::fmt;

/// Why a date string was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// None of the grammar's forms.
    Malformed,
    /// Well-formed, but no such day (month 13, 30 February, ...).
    Impossible,
    /// Well-formed, but no such time (25:00, :61, an offset past ±18:00).
    ImpossibleTime,
    /// `0 BCE`, `0 AD`: the era form has no year zero.
    YearZero,
    /// A year further from year 0 than [`MAX_YEAR`].
    TooFar,
    /// A time of day on a year further than [`MAX_TIME_YEAR`].
    TimeTooFar,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Malformed => f.write_str(
                "expected a date such as 1995, 44 BCE, -0043, 2020-02, 2022-01-27 or 2022-01-27T14:30",
            ),
            DateError::Impossible => f.write_str("no such day in the calendar"),
            DateError::ImpossibleTime => {
                f.write_str("no such time of day")
            }
            DateError::YearZero => f.write_str("year 0 does not exist: write 1 BCE or 0000"),
            DateError::TooFar => f.write_str("years go from -100000000000 to 100000000000"),
            DateError::TimeTooFar => {
                f.write_str("a time of day needs a year within 1000000 of year 0")
            }
        }
    }
}

pub(super) fn parse(text: &str) -> Result<Date, DateError> {
    if text
        .bytes()
        .any(|b| b.is_ascii_alphabetic() && b != b'T' && b != b'Z')
    {
        return written(text);
    }
    let (day, time) = match text.find(['T', ' ']) {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let date = iso_date(day)?;
    let Some(time) = time else {
        return Ok(date);
    };
    if date.day.is_none() {
        return Err(DateError::Malformed);
    }
    let time = time_of_day(time)?;
    if date.year.abs() > MAX_TIME_YEAR {
        return Err(DateError::TimeTooFar);
    }
    date.at(time).ok_or(DateError::ImpossibleTime)
}

/// Digits only, as a number (at most 12 of them: no year of the grammar needs more).
fn number(digits: &str) -> Result<i64, DateError> {
    if digits.is_empty() || digits.len() > 12 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateError::Malformed);
    }
    Ok(digits.bytes().fold(0, |n, b| n * 10 + i64::from(b - b'0')))
}

/// Exactly two digits.
fn two(digits: &str) -> Result<u8, DateError> {
    if digits.len() != 2 {
        return Err(DateError::Malformed);
    }
    Ok(number(digits)? as u8)
}

fn iso_date(text: &str) -> Result<Date, DateError> {
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let mut parts = unsigned.split('-');
    let year_digits = parts.next().unwrap_or_default();
    if year_digits.len() < 4 {
        return Err(DateError::Malformed);
    }
    let year = number(year_digits)?;
    let year = if negative { -year } else { year };
    let month = parts.next().map(two).transpose()?;
    let day = parts.next().map(two).transpose()?;
    if parts.next().is_some() {
        return Err(DateError::Malformed);
    }
    if year.abs() > MAX_YEAR {
        return Err(DateError::TooFar);
    }
    match (month, day) {
        (None, _) => Ok(Date::year(year)),
        (Some(m), None) => Date::month(year, m).ok_or(DateError::Impossible),
        (Some(m), Some(d)) => Date::day(year, m, d).ok_or(DateError::Impossible),
    }
}

/// `hh:mm`, `hh:mm:ss`, then `Z`, `±hh:mm` or nothing.
fn time_of_day(text: &str) -> Result<Time, DateError> {
    let last = |found: fn(u8) -> bool| (0..text.len()).rev().find(|&i| found(text.as_bytes()[i]));
    let (clock, offset) = if let Some(clock) = text.strip_suffix("Z") {
        (clock, Some(Offset::Utc))
    } else if let Some(at) = last(|b| b == b'+' || b == b'-') {
        let sign: i16 = if text.as_bytes()[at] == b'-' { -1 } else { 1 };
        let (h, m) = text[at + 1..].split_once(':').ok_or(DateError::Malformed)?;
        let (h, m) = (two(h)?, two(m)?);
        if h > 18 || m > 59 {
            return Err(DateError::ImpossibleTime);
        }
        let minutes = sign * (i16::from(h) * 60 + i16::from(m));
        (&text[..at], Some(Offset::Minutes(minutes)))
    } else {
        (text, None)
    };
    let mut parts = clock.split(':');
    let hour = two(parts.next().unwrap_or_default())?;
    let minute = two(parts.next().ok_or(DateError::Malformed)?)?;
    let second = parts.next().map(two).transpose()?;
    if parts.next().is_some() {
        return Err(DateError::Malformed);
    }
    if hour > 23 || minute > 59 || second.is_some_and(|s| s > 59) {
        return Err(DateError::ImpossibleTime);
    }
    Ok(Time {
        hour,
        minute,
        second,
        offset,
    })
}

/// `44 BCE`, `44 BC`, `33 CE`, `33 AD`, `AD 33`.
fn written(text: &str) -> Result<Date, DateError> {
    // One space between number and word, any case, dots dropped: "44 B.C." is "44 BC".
    let plain: String = text
        .chars()
        .filter(|&c| c != '.')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let (digits, era) = if let Some(n) = plain.strip_prefix("AD ") {
        (n, EraWord::AdBefore)
    } else {
        let space = (0..plain.len())
            .rev()
            .find(|&i| plain.as_bytes()[i] == b' ');
        let at = space.ok_or(DateError::Malformed)?;
        let (n, word) = (&plain[..at], &plain[at + 1..]);
        let era = match word {
            "BCE" => EraWord::Bce,
            "BC" => EraWord::Bc,
            "CE" => EraWord::Ce,
            "AD" => EraWord::AdAfter,
            _ => return Err(DateError::Malformed),
        };
        (n, era)
    };
    let n = number(digits)?;
    if n == 0 {
        return Err(DateError::YearZero);
    }
    if n > MAX_YEAR {
        return Err(DateError::TooFar);
    }
    let year = match era {
        EraWord::Bce | EraWord::Bc => 1 - n,
        _ => n,
    };
    Date::year(year)
        .written_with(era)
        .ok_or(DateError::Malformed)
}
