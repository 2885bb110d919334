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

mod labels;
mod ladder;

pub use labels::{label_room, AXIS_FONT_PX, LABEL_GAP_PX, MIN_TICK_PX};
pub use ladder::{ladder, Step, Unit};

use super::scale::Scale;
use crate::model::date::DAY_SECONDS;
use crate::number::clamp;
use crate::text::{month_abbreviation, Words};
use labels::{context_label, context_step, label};
use ladder::{moments, unit_start};

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
    let mut ticks = ticks_of(scale, from, to, |at| label(t, step, at), step);
    // A window narrower than its step, whose one tick's label the right edge would cut
    // (deep time's long words): the tick the window starts after is named at the left
    // edge, so the axis never says nothing.
    if ticks.is_empty() {
        let at = moments(step, from - (step.seconds() as i64).max(1), from, 2)
            .last()
            .map_or(from, |&(at, _)| at);
        let text = label(t, step, at);
        if label_room(&text) - LABEL_GAP_PX <= scale.width {
            ticks.push(Tick {
                at,
                x: 0.0,
                label: text,
                strong: false,
            });
        }
    }
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
