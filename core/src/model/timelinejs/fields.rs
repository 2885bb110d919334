//! A TimelineJS file's values made fields of this format: its HTML texts as plain text,
//! cut to a length; its date objects as dates; its `media` as a picture, or nothing.

use serde_json::Value;

use super::plain::plain_text;
use crate::model::date::MAX_YEAR;
use crate::model::format::{text, RawMedia};
use crate::model::loose::Loose;
use crate::model::Date;

/// A text field at `pointer` as plain text ("" when absent or not text).
pub(super) fn field_text(value: &Value, pointer: &str) -> String {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .map(plain_text)
        .unwrap_or_default()
}

/// A TimelineJS date object (`{ "year": 2001, "month": "3", "day": 5, "hour": 14,
/// "minute": 30 }`, numbers as numbers or text) as a date of this format's grammar;
/// `None` when absent.
///
/// TimelineJS counts years historically: its year -500 is 500 BCE (it writes it so), and
/// it has no year 0. So a negative year alone becomes `500 BCE`, and one with a month,
/// in ISO's astronomical numbering, `-0499-03`. Hours, minutes and seconds become a time
/// of day, without an offset (TimelineJS shows them as written); milliseconds are
/// dropped.
pub(super) fn date(value: Option<&Value>) -> Result<Option<String>, String> {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    if !value.is_object() {
        return Err("must be an object with a `year`".to_string());
    }
    let part = |name: &str| -> Result<Option<i64>, String> {
        match value.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => s
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| format!("`{name}` \"{s}\" is not a whole number")),
            Some(Value::Number(n)) => n
                .as_i64()
                .map(Some)
                .ok_or_else(|| format!("`{name}` must be a whole number")),
            Some(_) => Err(format!("`{name}` must be a number")),
        }
    };
    let Some(year) = part("year")? else {
        return Err("has no `year`".to_string());
    };
    if year == 0 {
        return Err("the year 0 does not exist: TimelineJS's -1 is 1 BCE".to_string());
    }
    if year.unsigned_abs() > MAX_YEAR as u64 {
        return Err(format!(
            "the year {year} is further than the {MAX_YEAR} years either way this timeline draws"
        ));
    }
    let astronomical = if year < 0 { year + 1 } else { year };
    let Some(month) = part("month")? else {
        return Ok(Some(if year < 0 {
            format!("{} BCE", -year)
        } else {
            Date::year(year).to_string()
        }));
    };
    let mut out = Date::year(astronomical).to_string();
    if !(1..=12).contains(&month) {
        return Err(format!("`month` {month} is not a month"));
    }
    out.push_str(&format!("-{month:02}"));
    let Some(day) = part("day")? else {
        return Ok(Some(out));
    };
    if !(1..=31).contains(&day) {
        return Err(format!("`day` {day} is not a day of a month"));
    }
    out.push_str(&format!("-{day:02}"));
    let Some(hour) = part("hour")? else {
        return Ok(Some(out));
    };
    if !(0..=23).contains(&hour) {
        return Err(format!("`hour` {hour} is not an hour of a day (0 to 23)"));
    }
    let minute = part("minute")?.unwrap_or(0);
    if !(0..=59).contains(&minute) {
        return Err(format!(
            "`minute` {minute} is not a minute of an hour (0 to 59)"
        ));
    }
    out.push_str(&format!("T{hour:02}:{minute:02}"));
    if let Some(second) = part("second")? {
        if !(0..=59).contains(&second) {
            return Err(format!(
                "`second` {second} is not a second of a minute (0 to 59)"
            ));
        }
        out.push_str(&format!(":{second:02}"));
    }
    Ok(Some(out))
}

/// A slide's `media`, whatever it shows: a picture, a video or audio file, a service's
/// page such as YouTube's (framed once a reader asks), or anything else at an https
/// address, which the widget shows as a link rather than drop it (a tweet, say). Its `alt` (or title, caption or the headline) as its text;
/// its `thumbnail` as a video's still. What is not an https address (HTML, plain text)
/// cannot be shown safely and is dropped.
pub(super) fn media(value: Option<&Value>, headline: &str) -> Loose<RawMedia> {
    let Some(m) = value.filter(|v| v.is_object()) else {
        return Loose::Absent;
    };
    let url = m.get("url").and_then(Value::as_str).unwrap_or("").trim();
    if !url.starts_with("https://") || url.len() <= 8 || url.contains(char::is_whitespace) {
        return Loose::Absent;
    }
    let caption = field_text(m, "/caption");
    let credit = field_text(m, "/credit");
    let alt = [
        field_text(m, "/alt"),
        field_text(m, "/title"),
        caption.clone(),
        headline.to_string(),
    ]
    .into_iter()
    .find(|t| !t.is_empty())
    .unwrap_or_else(|| "Media".to_string());
    let optional = |t: String| if t.is_empty() { Loose::Absent } else { text(t) };
    // A still is shown only by a video file's player; any other kind leaves it unused.
    let thumbnail = field_text(m, "/thumbnail");
    let poster = if thumbnail.starts_with("https://") {
        text(thumbnail)
    } else {
        Loose::Absent
    };
    Loose::Value(RawMedia {
        url: text(url),
        alt: text(truncate(&alt, 200)),
        caption: optional(caption),
        credit: optional(credit),
        poster,
        captions: Loose::Absent,
    })
}

/// At most `max` characters, cut at a word with "…" when longer.
pub(super) fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    let at_word = cut.rfind(' ').filter(|&i| i > max / 2).unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}
