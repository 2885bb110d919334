//! The proleptic Gregorian calendar, counted in days since 1970-01-01: Howard Hinnant's
//! `days_from_civil` / `civil_from_days`, exact for every year the grammar allows.
//!
//! Years are astronomical: year 0 is 1 BCE, year -1 is 2 BCE.

pub fn is_leap_year(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i64, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a proleptic-Gregorian date (month 1..=12, day 1..=31).
pub fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let y = year - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let m = i64::from(month);
    let mp = (m + 9) % 12; // March = 0
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

/// The (year, month, day) of a day count since 1970-01-01; inverse of [`days_from_civil`].
pub fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Seconds in a day: the calendar has no leap seconds (as POSIX time and every browser).
pub const DAY_SECONDS: i64 = 86_400;

/// The timeline's unit, days since 1970-01-01 as a float, of an exact second count.
/// Exact to the second within ±285 million years of 1970 (an `f64` holds 2^53 whole
/// seconds); beyond, to within a minute at 13.8 billion years, where the grammar takes
/// no time of day.
pub fn days_of_seconds(seconds: i64) -> f64 {
    seconds as f64 / DAY_SECONDS as f64
}

/// The whole day (days since 1970-01-01) a second falls in.
pub fn day_of_seconds(seconds: i64) -> i64 {
    seconds.div_euclid(DAY_SECONDS)
}
