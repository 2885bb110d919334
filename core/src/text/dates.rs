//! Dates for readers, never more precise than they are known: "1995", "February 2020",
//! "24 February 1992", "27 January 2022 at 14:30", "15 March 44 BCE", in the language's
//! own patterns and month names (as `Intl.DateTimeFormat` writes them; the browser tests
//! compare), and periods.

use super::years::{with_era, year_alone, year_number};
use super::{fill, Key, Lang, Words};
use crate::model::date::{clock, Offset, Time};
use crate::model::{Date, Event};

/// The key of a month's name (1–12) in a month's pattern, or in a day's (`of`).
fn month_name(t: &Words, month: u8, of: bool) -> &str {
    const MONTHS: [Key; 12] = [
        Key::month_1,
        Key::month_2,
        Key::month_3,
        Key::month_4,
        Key::month_5,
        Key::month_6,
        Key::month_7,
        Key::month_8,
        Key::month_9,
        Key::month_10,
        Key::month_11,
        Key::month_12,
    ];
    const MONTHS_OF: [Key; 12] = [
        Key::month_of_1,
        Key::month_of_2,
        Key::month_of_3,
        Key::month_of_4,
        Key::month_of_5,
        Key::month_of_6,
        Key::month_of_7,
        Key::month_of_8,
        Key::month_of_9,
        Key::month_of_10,
        Key::month_of_11,
        Key::month_of_12,
    ];
    let i = (month as usize).clamp(1, 12) - 1;
    t.get(if of { MONTHS_OF[i] } else { MONTHS[i] })
}

/// A month's short name for the axis, from its index counted from January (any year).
pub fn month_abbreviation(t: &Words, month_index: i64) -> &str {
    const SHORT: [Key; 12] = [
        Key::mon_1,
        Key::mon_2,
        Key::mon_3,
        Key::mon_4,
        Key::mon_5,
        Key::mon_6,
        Key::mon_7,
        Key::mon_8,
        Key::mon_9,
        Key::mon_10,
        Key::mon_11,
        Key::mon_12,
    ];
    t.get(SHORT[month_index.rem_euclid(12) as usize])
}

/// A clock as the language writes it (as `Intl.DateTimeFormat` does): "14:30",
/// "14:30:05" on the 24-hour clock, "2:30 PM" where it reads twelve hours (Urdu).
pub fn clock_text(t: &Words, hour: u8, minute: u8, second: Option<u8>) -> String {
    let pm = t.get(Key::time_pm);
    if pm.is_empty() {
        return clock(hour, minute, second);
    }
    let twelve = match hour % 12 {
        0 => 12,
        h => h,
    };
    // ":30" or ":30:05" after the hour, without its leading zero.
    let mut out = twelve.to_string() + &clock(0, minute, second)[2..];
    out.push(' ');
    out.push_str(if hour < 12 { t.get(Key::time_am) } else { pm });
    out
}

/// A time of day as the language writes it: "14:30", "2:30 PM", "14:30:05", with its
/// offset if it was written with one ("14:30 UTC+05:00").
pub fn time_of_day(t: &Words, time: &Time) -> String {
    let mut out = clock_text(t, time.hour, time.minute, time.second);
    let offset = match time.offset {
        None => return out,
        Some(Offset::Utc) => String::new(),
        Some(offset) => offset.text(),
    };
    out.push(' ');
    out.push_str(&fill(t.get(Key::utc_offset), &[("offset", &offset)]));
    out
}

/// The day (or month) of a date, without its time: "24 February 1992", "15 March 44 BCE".
fn calendar_date(t: &Words, date: &Date) -> String {
    calendar_date_with(t, date, false)
}

/// A day or a month with the month's short name, where room is short: "27 Jan 2022".
pub fn date_short(t: &Words, date: &Date) -> String {
    calendar_date_with(t, date, true)
}

/// [`calendar_date`], with the month's short name if `short`.
fn calendar_date_with(t: &Words, date: &Date, short: bool) -> String {
    let month = |m: u8, of: bool| {
        if short {
            month_abbreviation(t, i64::from(m) - 1)
        } else {
            month_name(t, m, of)
        }
    };
    let year = date.year_number();
    let number = year_number(t, year);
    let text = match (date.month_number(), date.day_number()) {
        (Some(m), Some(d)) => fill(
            t.get(Key::date_day),
            &[
                ("day", &d.to_string()),
                ("month", month(m, true)),
                ("year", &number),
            ],
        ),
        (Some(m), None) => fill(
            t.get(Key::date_month),
            &[("month", month(m, false)), ("year", &number)],
        ),
        _ => return year_alone(t, year),
    };
    with_era(t, year, text)
}

/// "1995", "February 2020", "24 February 1992", "27 January 2022 at 14:30", "44 BCE",
/// "66 million years ago".
pub fn date_long(t: &Words, date: &Date) -> String {
    let day = calendar_date(t, date);
    match date.time() {
        Some(time) => fill(
            t.get(Key::date_time),
            &[("date", &day), ("time", &time_of_day(t, &time))],
        ),
        None => day,
    }
}

/// A period `start`..`end` (inclusive end, each at its own precision). In English the
/// two ends share what they have in common: "2017–2018", "February–March 2020", "3–5 May
/// 2021"; other languages write both ends whole ("февраль 2020 г.–март 2020 г."). A
/// missing end gives the start alone.
pub fn span(t: &Words, start: &Date, end: Option<&Date>) -> String {
    let Some(end) = end else {
        return date_long(t, start);
    };
    if start == end {
        return date_long(t, start);
    }
    // Two times of one day: the day once ("27 January 2022 at 14:30–16:00").
    if let (Some(from), Some(to)) = (start.time(), end.time()) {
        let day = |d: &Date| (d.year_number(), d.month_number(), d.day_number());
        if day(start) == day(end) {
            let times = fill(
                t.get(Key::range),
                &[
                    ("from", &time_of_day(t, &from)),
                    ("to", &time_of_day(t, &to)),
                ],
            );
            return fill(
                t.get(Key::date_time),
                &[("date", &calendar_date(t, start)), ("time", &times)],
            );
        }
    }
    if t.lang() == Lang::En
        && start.time().is_none()
        && end.time().is_none()
        && start.year_number() >= 1000
        && start.precision() == end.precision()
        && start.year_number() == end.year_number()
    {
        match (
            start.month_number(),
            start.day_number(),
            end.month_number(),
            end.day_number(),
        ) {
            (Some(sm), Some(sd), Some(em), Some(_)) if sm == em => {
                return format!("{sd}–{}", date_long(t, end));
            }
            (Some(sm), Some(sd), Some(_), Some(_)) => {
                return format!("{sd} {}–{}", month_name(t, sm, true), date_long(t, end));
            }
            (Some(sm), None, Some(_), None) => {
                return format!("{}–{}", month_name(t, sm, false), date_long(t, end));
            }
            _ => {}
        }
    }
    fill(
        t.get(Key::range),
        &[("from", &date_long(t, start)), ("to", &date_long(t, end))],
    )
}

/// What a label starts with where time runs down (the label has moved from its mark, so
/// it says where it belongs): the year ("1992", "44 BCE"), or a time of day's clock
/// ("14:30"), the day being on the axis beside it.
pub fn label_lead(t: &Words, date: &Date) -> String {
    match date.time() {
        Some(time) => clock_text(t, time.hour, time.minute, None),
        None => year_alone(t, date.year_number()),
    }
}

/// When an event happened, as precisely as it is known, or as its source words it
/// (`display_date`).
pub fn when(t: &Words, event: &Event) -> String {
    match &event.display_date {
        Some(said) => said.clone(),
        None => span(t, &event.date, event.end.as_ref()),
    }
}
