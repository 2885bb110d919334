//! The machine form, as the dataset writes it and [`super::parse`] reads it back to the
//! same date: `1995`, `2020-02`, `1992-02-24`, `-0043-03-15`, `12000`,
//! `2022-01-27T14:30+05:00`, and a year with its era as the owner wrote it (`44 BCE`).

use super::{Date, EraWord, Offset};
use crate::number::push_padded;
use std::fmt;

/// `14:30`, `14:30:05`: a clock's digits, as the machine form and readers both write it.
pub fn clock(hour: u8, minute: u8, second: Option<u8>) -> String {
    let mut out = String::with_capacity(8);
    for (i, part) in [Some(hour), Some(minute), second]
        .into_iter()
        .flatten()
        .enumerate()
    {
        if i > 0 {
            out.push(':');
        }
        push_padded(&mut out, u64::from(part), 2);
    }
    out
}

impl Offset {
    /// `Z`, `+05:00`, `-03:30`, as written.
    pub fn text(self) -> String {
        match self {
            Offset::Utc => "Z".to_string(),
            Offset::Minutes(m) => {
                let sign = if m < 0 { "-" } else { "+" };
                let m = m.unsigned_abs();
                sign.to_string() + &clock((m / 60) as u8, (m % 60) as u8, None)
            }
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::with_capacity(16);
        let n = if self.year <= 0 {
            1 - self.year
        } else {
            self.year
        }
        .unsigned_abs();
        let (before, after) = match self.era {
            Some(EraWord::Bce) => ("", " BCE"),
            Some(EraWord::Bc) => ("", " BC"),
            Some(EraWord::Ce) => ("", " CE"),
            Some(EraWord::AdAfter) => ("", " AD"),
            Some(EraWord::AdBefore) => ("AD ", ""),
            None => ("", ""),
        };
        if self.era.is_some() {
            out.push_str(before);
            push_padded(&mut out, n, 1);
            out.push_str(after);
            return f.write_str(&out);
        }
        if self.year < 0 {
            out.push('-');
        }
        push_padded(&mut out, self.year.unsigned_abs(), 4);
        for part in [self.month, self.day].into_iter().flatten() {
            out.push('-');
            push_padded(&mut out, u64::from(part), 2);
        }
        if let Some(t) = self.time {
            out.push('T');
            out.push_str(&clock(t.hour, t.minute, t.second));
            if let Some(offset) = t.offset {
                out.push_str(&offset.text());
            }
        }
        f.write_str(&out)
    }
}
