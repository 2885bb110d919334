//! Axis ticks at every scale, from billions of years to seconds: a step chosen from one
//! calendar ladder so labels never collide.
//!
//! Every tick falls on a real calendar boundary (a whole minute, the first of a month, a
//! year divisible by the step) counted in exact seconds; only its `x` is a float, taken
//! from the window's own origin ([`Scale::x_at`]), so a minute in 2022 is drawn exactly
//! on a timeline that also reaches back 13.8 billion years. The step is the finest
//! whose ticks stand further apart than their labels are wide. Below a year's step, a
//! second row names the wider unit the ticks belong to (the year of months, the month of
//! days, the day of hours).

use super::layout::estimate_text_width;
use super::scale::Scale;
use crate::model::date::{
    civil_from_days, clock, day_of_seconds, days_from_civil, days_in_month, DAY_SECONDS,
};
use crate::model::{Date, Precision};
use crate::number::clamp;
use crate::text::{axis_year, date_long, date_short, month_abbreviation, Words};

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
    fn seconds(self) -> f64 {
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
    fn seconds(self) -> f64 {
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

/// Every step, finest first, up to ten billion years.
pub fn ladder() -> impl Iterator<Item = Step> {
    let below = BELOW_A_YEAR
        .iter()
        .map(|&(unit, count)| Step { unit, count });
    let years = (0..=10u32).flat_map(|e| {
        [1, 2, 5].map(|m| Step {
            unit: Unit::Year,
            count: m * 10i64.pow(e),
        })
    });
    below.chain(years)
}

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

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// The tick's moment, in seconds since 1970-01-01T00:00Z.
    pub at: i64,
    pub x: f64,
    pub label: String,
    /// Falls on the start of the wider unit (a 1 January under months, a midnight under
    /// hours): drawn stronger.
    pub strong: bool,
}

/// The axis for one scale: the primary ticks, and, below a year's step, the wider units
/// they belong to as a second row.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub step: Step,
    pub ticks: Vec<Tick>,
    pub context: Vec<Tick>,
}

/// No axis needs more ticks than this, whatever the input.
const MOST_TICKS: usize = 2_000;

/// The seconds the scale's window covers, clamped to what the grammar's years reach.
fn window_seconds(scale: &Scale) -> Option<(i64, i64)> {
    let domain = scale.domain;
    if !(domain.span() > 0.0 && domain.start.is_finite() && domain.end.is_finite()) {
        return None;
    }
    let limit = 4e18;
    let s = |days: f64| clamp(days * DAY_SECONDS as f64, -limit, limit);
    Some((s(domain.start).floor() as i64, s(domain.end).ceil() as i64))
}

/// The moments of a step's ticks from `from` (inclusive) on, in order, with whether each
/// starts the wider unit; at most `most` of them, none after `to`.
fn moments(step: Step, from: i64, to: i64, most: usize) -> Vec<(i64, bool)> {
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
fn unit_start(unit: Unit, at: i64) -> i64 {
    let day = day_of_seconds(at);
    let (y, m, _) = civil_from_days(day);
    let first = match unit {
        Unit::Year => days_from_civil(y, 1, 1),
        Unit::Month => days_from_civil(y, m, 1),
        _ => day,
    };
    first * DAY_SECONDS
}

/// A tick's label at this step: a year, a month's short name, a day of the month, or a
/// time of day.
fn label(t: &Words, step: Step, at: i64) -> String {
    let (y, m, d) = civil_from_days(day_of_seconds(at));
    let of_day = at.rem_euclid(DAY_SECONDS);
    match step.unit {
        Unit::Year => axis_year(t, y, step.count),
        Unit::Month => month_abbreviation(t, y * 12 + i64::from(m) - 1).to_string(),
        Unit::Day => d.to_string(),
        Unit::Hour | Unit::Minute | Unit::Second => clock(
            (of_day / 3600) as u8,
            (of_day / 60 % 60) as u8,
            (step.unit == Unit::Second).then_some((of_day % 60) as u8),
        ),
    }
}

/// The wider unit a step's ticks are named under, and how it is named.
fn context_step(step: Step) -> Option<(Step, Precision)> {
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
fn context_label(t: &Words, precision: Precision, at: i64, short: bool) -> String {
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

/// Whether this step's ticks stand far enough apart for their labels at this scale: the
/// first few labels and the last two of the window are measured (in the ladder's units
/// the widest of a window's labels is among them: the longest number is at one end, and
/// a few ticks show every kind of label the step writes).
fn fits(scale: &Scale, t: &Words, step: Step, from: i64, to: i64) -> bool {
    let px = step.seconds() / DAY_SECONDS as f64 * scale.k();
    // No label is narrower than two digits.
    if px < label_room("00") {
        return false;
    }
    // Far coarser than the window: one label at most, at its start.
    let first = moments(step, from, to, 4);
    let last_from = to - (step.seconds() as i64).clamp(1, i64::MAX / 4);
    let last = moments(step, last_from.max(from), to, 2);
    let mut widest = (first.iter().chain(&last))
        .map(|&(at, _)| label_room(&label(t, step, at)))
        .fold(0.0, f64::max);
    // A month's short name can be the widest anywhere in a year ("февр."): all twelve.
    if step.unit == Unit::Month {
        for m in 0..12 {
            widest = widest.max(label_room(month_abbreviation(t, m)));
        }
    }
    // A month step's ticks may be a day or two closer than average, a day step's a fifth
    // closer at a month's end, a year's a day.
    let shortest = match step.unit {
        Unit::Year => px * 0.99,
        Unit::Month => px * 0.9,
        Unit::Day if step.count > 1 => px * 0.8,
        _ => px,
    };
    shortest >= widest.max(MIN_TICK_PX)
}

/// The finest step of the ladder whose labels fit at this scale.
pub fn choose_step(scale: &Scale, t: &Words) -> Step {
    let coarsest = ladder().last().unwrap_or(Step {
        unit: Unit::Year,
        count: 1,
    });
    let Some((from, to)) = window_seconds(scale) else {
        return coarsest;
    };
    ladder()
        .find(|&s| fits(scale, t, s, from, to))
        .unwrap_or(coarsest)
}

/// Ticks of `step` in the window, labelled; one whose label the right edge would cut is
/// left out.
fn ticks_of(
    scale: &Scale,
    from: i64,
    to: i64,
    name: impl Fn(i64) -> String,
    step: Step,
) -> Vec<Tick> {
    moments(step, from, to, MOST_TICKS)
        .into_iter()
        .filter_map(|(at, strong)| {
            let x = scale.x_at(at);
            let label = name(at);
            (x + label_room(&label) - LABEL_GAP_PX <= scale.width).then_some(Tick {
                at,
                x,
                label,
                strong,
            })
        })
        .collect()
}

/// Builds the axis for a scale, its words in the widget's language; `short` (where time
/// runs down, beside a narrow column) names the wider units with the months' short names.
pub fn axis(scale: &Scale, t: &Words, short: bool) -> Axis {
    let step = choose_step(scale, t);
    let Some((from, to)) = window_seconds(scale) else {
        return Axis {
            step,
            ticks: Vec::new(),
            context: Vec::new(),
        };
    };
    let ticks = ticks_of(scale, from, to, |at| label(t, step, at), step);
    let Some((wider, precision)) = context_step(step) else {
        return Axis {
            step,
            ticks,
            context: Vec::new(),
        };
    };
    // The second row names each wider unit in view; the one the window starts in is
    // named at the left edge, so the reader always knows what the ticks belong to.
    let name = |at: i64| context_label(t, precision, at, short);
    let mut context = ticks_of(scale, from, to, name, wider);
    let first = unit_start(wider.unit, from);
    let first_label = name(first);
    let next_is_near = context
        .first()
        .is_some_and(|c| c.x < label_room(&first_label));
    if context.first().map(|c| c.at) != Some(first) && !next_is_near {
        context.insert(
            0,
            Tick {
                at: first,
                x: 0.0,
                label: first_label,
                strong: true,
            },
        );
    }
    // The wider units' names are longer than their ticks' ones: where two would meet,
    // the later one is left out (its tick is still drawn strong in the row below).
    let mut kept: Vec<Tick> = Vec::with_capacity(context.len());
    for c in context {
        if kept
            .last()
            .is_none_or(|k| k.x + label_room(&k.label) <= c.x)
        {
            kept.push(c);
        }
    }
    Axis {
        step,
        ticks,
        context: kept,
    }
}
