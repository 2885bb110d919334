//! Years for readers at every magnitude: "1992", "44 BCE", "33 CE", "12,000",
//! "66 million years ago", "13.8 billion years ago", in each language.
//!
//! Years are astronomical inside the widget (0 is 1 BCE); readers never see year 0. A
//! year before [`DEEP_YEAR`] is written as a time before the present, as geology and
//! astronomy write it.

use super::numbers::decimal;
use super::{fill, integer, Key, Words};
use crate::number::whole_digits;

/// The first year written as a time before the present: 100,000 BCE and earlier.
pub const DEEP_YEAR: i64 = -99_999;

/// The present that "years ago" counts back from (radiocarbon's "before present").
const PRESENT: i64 = 1950;

/// Years after year 0 written with their era ("33 CE"): below it a bare "800" reads as a
/// number, not a year.
const CE_BELOW: i64 = 1000;

/// The number a year is written with inside a date: "1992", "44" for 44 BCE, "12,000".
/// Not grouped below 10,000, as a calendar writes years.
pub fn year_number(t: &Words, year: i64) -> String {
    let n = if year <= 0 { 1 - year } else { year }.unsigned_abs();
    if n < 10_000 {
        n.to_string()
    } else {
        integer(t, n)
    }
}

/// Which era words a date in `year` needs: `(year's pattern, date's pattern)`, or `None`
/// for a year written bare.
pub fn era_keys(year: i64) -> Option<(Key, Key)> {
    if year <= 0 {
        Some((Key::year_bce, Key::date_bce))
    } else if year < CE_BELOW {
        Some((Key::year_ce, Key::date_ce))
    } else {
        None
    }
}

/// A date's text with its era, if the year needs one: `date` is already written with
/// [`year_number`].
pub fn with_era(t: &Words, year: i64, date: String) -> String {
    match era_keys(year) {
        Some((_, key)) => fill(t.get(key), &[("date", &date)]),
        None => date,
    }
}

/// A year alone: "1992", "44 BCE", "33 CE", "66 million years ago" (to three
/// significant figures).
pub fn year_alone(t: &Words, year: i64) -> String {
    if year < DEEP_YEAR {
        let age = (PRESENT - year) as f64;
        // Three significant figures: 13.8, 4.54, 66, 252.
        let decimals = 3usize.saturating_sub(whole_digits(age / unit(age)) as usize);
        return years_ago(t, age, decimals);
    }
    let number = year_number(t, year);
    match era_keys(year) {
        Some((key, _)) => fill(t.get(key), &[("year", &number)]),
        None => fill(t.get(Key::date_year), &[("year", &number)]),
    }
}

/// A year as the axis labels it when its ticks are `step` years apart: as [`year_alone`],
/// but in deep time with as many decimals as tell the ticks apart ("65.9 million years
/// ago" a hundred thousand years from "66 million years ago").
pub fn axis_year(t: &Words, year: i64, step: i64) -> String {
    if year >= DEEP_YEAR {
        return year_alone(t, year);
    }
    let age = (PRESENT - year) as f64;
    // A step of a tenth of the unit needs one decimal, of a hundredth two.
    let decimals = (whole_digits(unit(age) / step.max(1) as f64) as usize - 1).min(3);
    years_ago(t, age, decimals)
}

/// The unit deep time is counted in: a thousand, a million or a billion years.
fn unit(age: f64) -> f64 {
    if age >= 1e9 {
        1e9
    } else if age >= 1e6 {
        1e6
    } else {
        1e3
    }
}

fn years_ago(t: &Words, age: f64, decimals: usize) -> String {
    let unit = unit(age);
    let key = if unit == 1e9 {
        Key::billion_years_ago
    } else if unit == 1e6 {
        Key::million_years_ago
    } else {
        Key::thousand_years_ago
    };
    fill(t.get(key), &[("n", &decimal(t, age / unit, decimals))])
}
