//! The ticks' calendar: the ladder of steps from a second to ten billion years, and the
//! moments each step's ticks fall on, counted in exact seconds.

use crate::model::date::{
    civil_from_days, day_of_seconds, days_from_civil, days_in_month, DAY_SECONDS,
};

/// The calendar unit a step counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Month,
    Year,
}

impl Unit {
    /// Its length in seconds, on average (for choosing a step, not for placing ticks).
    pub fn seconds(self) -> f64 {
        match self {
            Unit::Second => 1.0,
            Unit::Minute => 60.0,
            Unit::Hour => 3600.0,
            Unit::Day => DAY_SECONDS as f64,
            Unit::Month => 365.2425 * DAY_SECONDS as f64 / 12.0,
            Unit::Year => 365.2425 * DAY_SECONDS as f64,
        }
    }
}

/// One rung of the ladder: `count` of a `unit` between ticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub unit: Unit,
    pub count: i64,
}

impl Step {
    /// Its length in seconds, on average.
    pub fn seconds(self) -> f64 {
        self.unit.seconds() * self.count as f64
    }
}

/// The ladder below a year, finest first; above it, years go 1, 2, 5, 10, 20, 50, ...
const BELOW_A_YEAR: [(Unit, i64); 19] = [
    (Unit::Second, 1),
    (Unit::Second, 5),
    (Unit::Second, 15),
    (Unit::Second, 30),
    (Unit::Minute, 1),
    (Unit::Minute, 5),
    (Unit::Minute, 15),
    (Unit::Minute, 30),
    (Unit::Hour, 1),
    (Unit::Hour, 3),
    (Unit::Hour, 6),
    (Unit::Hour, 12),
    (Unit::Day, 1),
    (Unit::Day, 2),
    (Unit::Day, 5),
    (Unit::Day, 10),
    (Unit::Month, 1),
    (Unit::Month, 3),
    (Unit::Month, 6),
];

/// Rungs of years: 1, 2 and 5 times each power of ten up to ten billion.
const YEAR_RUNGS: usize = 33;

/// Every step, finest first, up to ten billion years.
pub fn ladder() -> impl Iterator<Item = Step> {
    (0..BELOW_A_YEAR.len() + YEAR_RUNGS).map(|i| match BELOW_A_YEAR.get(i) {
        Some(&(unit, count)) => Step { unit, count },
        None => {
            let j = i - BELOW_A_YEAR.len();
            let count = [1, 2, 5][j % 3] * 10i64.pow((j / 3) as u32);
            Step {
                unit: Unit::Year,
                count,
            }
        }
    })
}

/// The moments of a step's ticks from `from` (inclusive) on, in order, with whether each
/// starts the wider unit; at most `most` of them, none after `to`.
pub(super) fn moments(step: Step, from: i64, to: i64, most: usize) -> Vec<(i64, bool)> {
    let mut out = Vec::new();
    let mut push = |at: i64, strong: bool| {
        if at > to || out.len() >= most {
            return false;
        }
        if at >= from {
            out.push((at, strong));
        }
        true
    };
    match step.unit {
        Unit::Second | Unit::Minute | Unit::Hour => {
            let size = step.count * step.unit.seconds() as i64;
            let mut at = from - from.rem_euclid(size);
            while push(at, at.rem_euclid(DAY_SECONDS) == 0) {
                at += size;
            }
        }
        Unit::Day => {
            let mut day = day_of_seconds(from);
            loop {
                let (y, m, d) = civil_from_days(day);
                // Days 1, 1 + n, ... of each month, leaving out one nearer the next
                // month's first than four fifths of a step ([`fits`] allows for that).
                let to_next = i64::from(days_in_month(y, m)) - i64::from(d) + 1;
                let on_step = i64::from(d - 1) % step.count == 0 && 5 * to_next >= 4 * step.count;
                if (d == 1 || on_step) && !push(day * DAY_SECONDS, d == 1) {
                    break;
                }
                day += 1;
            }
        }
        Unit::Month => {
            let (y, m, _) = civil_from_days(day_of_seconds(from));
            let first = y * 12 + i64::from(m) - 1;
            let mut index = first - first.rem_euclid(step.count);
            loop {
                let (y, m) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
                if !push(days_from_civil(y, m, 1) * DAY_SECONDS, m == 1) {
                    break;
                }
                index += step.count;
            }
        }
        Unit::Year => {
            let (y, _, _) = civil_from_days(day_of_seconds(from));
            let mut year = y - y.rem_euclid(step.count);
            while push(days_from_civil(year, 1, 1) * DAY_SECONDS, true) {
                year += step.count;
            }
        }
    }
    out
}

/// The start of the day, month or year that `at` falls in.
pub(super) fn unit_start(unit: Unit, at: i64) -> i64 {
    let day = day_of_seconds(at);
    let (y, m, _) = civil_from_days(day);
    let first = match unit {
        Unit::Year => days_from_civil(y, 1, 1),
        Unit::Month => days_from_civil(y, m, 1),
        _ => day,
    };
    first * DAY_SECONDS
}
