//! Axis ticks: a step chosen from a fixed calendar ladder so labels never collide.
//!
//! Steps are whole numbers of months (a decade is 120), so every tick falls on the first
//! day of a real month and the labels read as a calendar would. The step is the finest
//! whose ticks stand at least as far apart as its labels need.

use super::scale::Scale;
use crate::model::date::days_from_civil;
use crate::text::{month_abbreviation, Words};

/// One rung of the ladder: a step in months and the room its labels need, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub months: i64,
    pub min_px: f64,
}

/// From finest to coarsest. Month labels are short ("Sep"); year labels need a little more.
pub const LADDER: [Step; 7] = [
    Step {
        months: 1,
        min_px: 40.0,
    },
    Step {
        months: 3,
        min_px: 40.0,
    },
    Step {
        months: 6,
        min_px: 40.0,
    },
    Step {
        months: 12,
        min_px: 44.0,
    },
    Step {
        months: 24,
        min_px: 44.0,
    },
    Step {
        months: 60,
        min_px: 44.0,
    },
    Step {
        months: 120,
        min_px: 44.0,
    },
];

/// Room a tick label needs to the right of its tick ("2022", "Sep").
pub const LABEL_PX: f64 = 32.0;

/// Room a year label of the secondary row needs.
pub const YEAR_LABEL_PX: f64 = 48.0;

/// Average length of a month in days, for choosing a step (not for placing ticks).
const AVERAGE_MONTH_DAYS: f64 = 365.2425 / 12.0;

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Days since 1970-01-01 of the first day of the tick's month.
    pub day: i64,
    pub x: f64,
    pub label: String,
    /// Falls on a 1 January (drawn stronger when the step is below a year).
    pub year_start: bool,
}

/// The axis for one scale: the primary ticks, and, when they are finer than a year, the
/// years they belong to as a secondary row.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub step_months: i64,
    pub ticks: Vec<Tick>,
    pub years: Vec<Tick>,
}

/// The finest step of the ladder whose ticks are at least `min_px` apart at this scale.
pub fn choose_step(scale: &Scale) -> Step {
    let px_per_month = scale.k() * AVERAGE_MONTH_DAYS;
    LADDER
        .into_iter()
        .find(|s| s.months as f64 * px_per_month >= s.min_px)
        .unwrap_or(LADDER[LADDER.len() - 1])
}

/// Month index (year * 12 + month - 1) of a day count.
fn month_index(day: f64) -> i64 {
    let (y, m, _) = crate::model::date::civil_from_days(day.floor() as i64);
    i64::from(y) * 12 + i64::from(m) - 1
}

fn day_of_month_index(index: i64) -> i64 {
    let year = index.div_euclid(12) as i32;
    let month = (index.rem_euclid(12) + 1) as u8;
    days_from_civil(year, month, 1)
}

/// Ticks of `step_months` that fall inside the scale's domain (both ends included).
fn ticks_of(
    scale: &Scale,
    step_months: i64,
    label_px: f64,
    label: impl Fn(i64) -> String,
) -> Vec<Tick> {
    let domain = scale.domain;
    if !(domain.span() > 0.0 && domain.start.is_finite() && domain.end.is_finite()) {
        return Vec::new();
    }
    let first = month_index(domain.start);
    let mut index = first - first.rem_euclid(step_months);
    let mut ticks = Vec::new();
    // A bound on the loop, whatever the input: no axis needs more ticks than this.
    for _ in 0..2_000 {
        let day = day_of_month_index(index);
        if day as f64 > domain.end {
            break;
        }
        // A tick whose label would be cut by the right edge is left out.
        if day as f64 >= domain.start && scale.x(day as f64) + label_px <= scale.width {
            ticks.push(Tick {
                day,
                x: scale.x(day as f64),
                label: label(index),
                year_start: index.rem_euclid(12) == 0,
            });
        }
        index += step_months;
    }
    ticks
}

/// Builds the axis for a scale, its months named in the widget's language.
pub fn axis(scale: &Scale, t: &Words) -> Axis {
    let step = choose_step(scale);
    let year_label = |index: i64| index.div_euclid(12).to_string();
    if step.months >= 12 {
        return Axis {
            step_months: step.months,
            ticks: ticks_of(scale, step.months, LABEL_PX, year_label),
            years: Vec::new(),
        };
    }
    let ticks = ticks_of(scale, step.months, LABEL_PX, |index| {
        month_abbreviation(t, index).to_string()
    });
    // The secondary row names each year in view; the year the window starts in is named
    // at the left edge so the reader always knows which year the months belong to.
    let mut years = ticks_of(scale, 12, YEAR_LABEL_PX, year_label);
    let start_month = month_index(scale.domain.start);
    let first_year_day = days_from_civil(start_month.div_euclid(12) as i32, 1, 1);
    let next_is_near = years.first().is_some_and(|t| t.x < YEAR_LABEL_PX);
    if years.first().map(|t| t.day) != Some(first_year_day) && !next_is_near {
        years.insert(
            0,
            Tick {
                day: first_year_day,
                x: 0.0,
                label: start_month.div_euclid(12).to_string(),
                year_start: true,
            },
        );
    }
    Axis {
        step_months: step.months,
        ticks,
        years,
    }
}
