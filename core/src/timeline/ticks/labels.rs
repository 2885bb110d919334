//! What the ticks say, and the room it needs: a year, a month's short name, a day, a
//! clock, and the wider unit's name on the second row, in the widget's language.

use super::ladder::{Step, Unit};
use crate::model::date::{civil_from_days, day_of_seconds, DAY_SECONDS};
use crate::model::{Date, Precision};
use crate::text::{axis_year, clock_text, date_long, date_short, month_abbreviation, Words};
use crate::timeline::layout::estimate_text_width;

/// Font size of the axis' labels (the stylesheet's `.pakkaz-axis`).
pub const AXIS_FONT_PX: f64 = 12.0;

/// Room kept between a label's end and the next tick.
pub const LABEL_GAP_PX: f64 = 10.0;

/// The least room between ticks, however short their labels: denser ticks crowd the grid.
pub const MIN_TICK_PX: f64 = 40.0;

/// The room a label needs: its estimated width in the axis font, and the gap.
pub fn label_room(label: &str) -> f64 {
    estimate_text_width(label, AXIS_FONT_PX) * 1.08 + LABEL_GAP_PX
}

/// A tick's label at this step: a year, a month's short name, a day of the month, or a
/// time of day.
pub(super) fn label(t: &Words, step: Step, at: i64) -> String {
    let (y, m, d) = civil_from_days(day_of_seconds(at));
    let of_day = at.rem_euclid(DAY_SECONDS);
    match step.unit {
        Unit::Year => axis_year(t, y, step.count),
        Unit::Month => month_abbreviation(t, y * 12 + i64::from(m) - 1).to_string(),
        Unit::Day => d.to_string(),
        Unit::Hour | Unit::Minute | Unit::Second => clock_text(
            t,
            (of_day / 3600) as u8,
            (of_day / 60 % 60) as u8,
            (step.unit == Unit::Second).then_some((of_day % 60) as u8),
        ),
    }
}

/// The wider unit a step's ticks are named under, and how it is named.
pub(super) fn context_step(step: Step) -> Option<(Step, Precision)> {
    let (unit, precision) = match step.unit {
        Unit::Year => return None,
        Unit::Month => (Unit::Year, Precision::Year),
        Unit::Day => (Unit::Month, Precision::Month),
        _ => (Unit::Day, Precision::Day),
    };
    Some((Step { unit, count: 1 }, precision))
}

/// The name of the wider unit starting at `at`: "2020", "March 2020", "27 January 2022";
/// `short`, with the month's short name ("27 Jan 2022"), for the narrow column where
/// time runs down.
pub(super) fn context_label(t: &Words, precision: Precision, at: i64, short: bool) -> String {
    let day = Date::from_days(day_of_seconds(at));
    let (y, m) = (day.year_number(), day.month_number().unwrap_or(1));
    let date = match precision {
        Precision::Year => return axis_year(t, y, 1),
        Precision::Month => Date::month(y, m).unwrap_or(day),
        _ => day,
    };
    if short {
        date_short(t, &date)
    } else {
        date_long(t, &date)
    }
}
