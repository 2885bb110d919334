//! Calendar dates that remember how precisely they are known.
//!
//! A source that says "in 2011" must not become "1 January 2011": a [`Date`] keeps its
//! [`Precision`], covers the whole period it names ([`Date::start_day`] to
//! [`Date::end_day`]) and prints itself no more precisely than it is known.
//!
//! Time on the timeline is counted in days since 1970-01-01 (an `i64` for calendar
//! arithmetic, an `f64` once it meets pixels). The conversions are Howard Hinnant's
//! proleptic-Gregorian `days_from_civil` / `civil_from_days`, exact for any year.

use std::fmt;

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar date known to the year, the month or the day.
///
/// Invariant (enforced by [`Date::parse`] and the constructors): `month` is set whenever
/// `day` is, and every part is within the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Date {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

/// Why a date string was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Malformed,
    /// Well-formed, but no such day (month 13, 30 February, ...).
    Impossible,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Malformed => f.write_str("expected YYYY, YYYY-MM or YYYY-MM-DD"),
            DateError::Impossible => f.write_str("no such day in the calendar"),
        }
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a proleptic-Gregorian date (month 1..=12, day 1..=31).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let m = i64::from(month);
    let mp = (m + 9) % 12; // March = 0
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

/// The (year, month, day) of a day count since 1970-01-01; inverse of [`days_from_civil`].
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

impl Date {
    pub fn year(year: i32) -> Date {
        Date {
            year,
            month: None,
            day: None,
        }
    }

    /// `month` is 1..=12; returns `None` outside the calendar.
    pub fn month(year: i32, month: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(Date {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// Returns `None` for days that do not exist (e.g. 2021-02-30).
    pub fn day(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(
            Date {
                year,
                month: Some(month),
                day: Some(day),
            },
        )
    }

    /// The day containing `days` (days since 1970-01-01), known to the day.
    pub fn from_days(days: i64) -> Date {
        let (y, m, d) = civil_from_days(days);
        Date {
            year: y,
            month: Some(m),
            day: Some(d),
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (four-digit year, two-digit parts). The
    /// grammar is the limit on years: 0000 to 9999, far from any overflow of a day count.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let parts: Vec<&str> = text.split('-').collect();
        let widths = [4usize, 2, 2];
        if parts.is_empty() || parts.len() > 3 {
            return Err(DateError::Malformed);
        }
        let mut numbers = [0u32; 3];
        for (i, part) in parts.iter().enumerate() {
            if part.len() != widths[i] || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DateError::Malformed);
            }
            numbers[i] = part.parse().map_err(|_| DateError::Malformed)?;
        }
        let year = numbers[0] as i32;
        match parts.len() {
            1 => Ok(Date::year(year)),
            2 => Date::month(year, numbers[1] as u8).ok_or(DateError::Impossible),
            _ => Date::day(year, numbers[1] as u8, numbers[2] as u8).ok_or(DateError::Impossible),
        }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    pub fn year_number(&self) -> i32 {
        self.year
    }

    pub fn month_number(&self) -> Option<u8> {
        self.month
    }

    pub fn day_number(&self) -> Option<u8> {
        self.day
    }

    /// First day of the period this date names.
    pub fn start_day(&self) -> i64 {
        days_from_civil(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// First day *after* the period this date names (exclusive end): 1995 ends on
    /// 1996-01-01, March 2020 on 2020-04-01, 2020-03-05 on 2020-03-06.
    pub fn end_day(&self) -> i64 {
        match (self.month, self.day) {
            (Some(_), Some(_)) => self.start_day() + 1,
            (Some(12), None) => days_from_civil(self.year + 1, 1, 1),
            (Some(m), None) => days_from_civil(self.year, m + 1, 1),
            _ => days_from_civil(self.year + 1, 1, 1),
        }
    }
}

/// The machine form, as the dataset writes it: `1995`, `2020-02`, `1992-02-24`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}
