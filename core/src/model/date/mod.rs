//! Calendar dates and times that remember how precisely they are known.
//!
//! A source that says "in 2011" must not become "1 January 2011": a [`Date`] keeps its
//! [`Precision`], covers the whole period it names ([`Date::start`] to [`Date::end`],
//! in seconds since 1970-01-01T00:00Z) and prints itself no more precisely than it is
//! known. Years have any size and a sign (astronomical numbering, as ISO 8601: year 0
//! is 1 BCE), from deep time to the second; the grammar is in [`parse`], the machine
//! form in [`print`].

mod calendar;
mod parse;
mod print;

pub use calendar::{
    civil_from_days, day_of_seconds, days_from_civil, days_in_month, days_of_seconds, is_leap_year,
    DAY_SECONDS,
};
pub use parse::DateError;
pub use print::clock;

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
    Minute,
    Second,
}

/// The furthest year from year 0 the grammar takes, either way: well past the age of
/// the universe, and within an `i64` count of seconds.
pub const MAX_YEAR: i64 = 100_000_000_000;

/// The furthest year from year 0 that may carry a time of day. The timeline places time
/// in `f64` days, exact to well under a second this near; no source gives a time of day
/// further back.
pub const MAX_TIME_YEAR: i64 = 1_000_000;

/// How an owner wrote a year's era (`44 BCE`, `AD 33`), kept so that a download writes
/// the date back as it was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EraWord {
    /// `44 BCE`
    Bce,
    /// `44 BC`
    Bc,
    /// `33 CE`
    Ce,
    /// `33 AD`
    AdAfter,
    /// `AD 33`
    AdBefore,
}

/// A time's offset from UTC, as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Offset {
    /// `Z`
    Utc,
    /// `+05:00`, `-03:30`: minutes east of UTC.
    Minutes(i16),
}

impl Offset {
    pub fn minutes(self) -> i64 {
        match self {
            Offset::Utc => 0,
            Offset::Minutes(m) => i64::from(m),
        }
    }
}

/// A time of day, to the minute or the second. Without an offset it is the wall time
/// where the event happened, placed and shown as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Time {
    pub hour: u8,
    pub minute: u8,
    pub second: Option<u8>,
    pub offset: Option<Offset>,
}

impl Time {
    /// Seconds from the day's midnight, as written (before any offset).
    fn seconds(&self) -> i64 {
        i64::from(self.hour) * 3600
            + i64::from(self.minute) * 60
            + i64::from(self.second.unwrap_or(0))
    }
}

/// A date known to the year, the month, the day, the minute or the second.
///
/// Invariant (enforced by [`Date::parse`] and the constructors): `month` is set whenever
/// `day` is, `day` whenever `time` is, every part is within the calendar, the year within
/// [`MAX_YEAR`] (and [`MAX_TIME_YEAR`] with a time), and an era word only on a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Date {
    year: i64,
    month: Option<u8>,
    day: Option<u8>,
    time: Option<Time>,
    era: Option<EraWord>,
}

impl Date {
    /// Year `year` (astronomical: 0 is 1 BCE). The caller keeps it within [`MAX_YEAR`].
    pub fn year(year: i64) -> Date {
        Date {
            year,
            month: None,
            day: None,
            time: None,
            era: None,
        }
    }

    /// `month` is 1..=12; returns `None` outside the calendar.
    pub fn month(year: i64, month: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(Date {
            month: Some(month),
            ..Date::year(year)
        })
    }

    /// Returns `None` for days that do not exist (e.g. 2021-02-30).
    pub fn day(year: i64, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(
            Date {
                month: Some(month),
                day: Some(day),
                ..Date::year(year)
            },
        )
    }

    /// This day at a time of day; `None` if the time or the year cannot carry one.
    pub fn at(self, time: Time) -> Option<Date> {
        let offset_ok = match time.offset {
            Some(Offset::Minutes(m)) => m.unsigned_abs() <= 18 * 60,
            _ => true,
        };
        (self.day.is_some()
            && time.hour < 24
            && time.minute < 60
            && time.second.is_none_or(|s| s < 60)
            && offset_ok
            && self.year.abs() <= MAX_TIME_YEAR)
            .then_some(Date {
                time: Some(time),
                ..self
            })
    }

    /// The same year, to be written with this era word; `None` on anything finer than a
    /// year or on a year the word cannot name (`0 CE`).
    pub fn written_with(self, era: EraWord) -> Option<Date> {
        let before = matches!(era, EraWord::Bce | EraWord::Bc);
        (self.month.is_none() && (before == (self.year <= 0))).then_some(Date {
            era: Some(era),
            ..self
        })
    }

    /// The day containing `days` (days since 1970-01-01), known to the day.
    pub fn from_days(days: i64) -> Date {
        let (y, m, d) = civil_from_days(days);
        Date {
            month: Some(m),
            day: Some(d),
            ..Date::year(y)
        }
    }

    /// The minute (or second) containing `seconds` since 1970-01-01T00:00Z, as the
    /// timeline places it: a wall time, without an offset.
    pub fn from_seconds(seconds: i64, precision: Precision) -> Date {
        let day = Date::from_days(day_of_seconds(seconds));
        if precision < Precision::Minute {
            return day;
        }
        let of_day = seconds.rem_euclid(DAY_SECONDS);
        Date {
            time: Some(Time {
                hour: (of_day / 3600) as u8,
                minute: (of_day / 60 % 60) as u8,
                second: (precision == Precision::Second).then_some((of_day % 60) as u8),
                offset: None,
            }),
            ..day
        }
    }

    /// The period of `precision` this date starts in: its year, its month, its day (a
    /// time's wall-clock day), or itself when `precision` is its own or finer.
    pub fn truncated(self, precision: Precision) -> Date {
        let (y, m, d) = (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1));
        match precision {
            _ if precision >= self.precision() => self,
            Precision::Year => Date::year(y),
            Precision::Month => Date::month(y, m).unwrap_or(self),
            _ => Date::day(y, m, d).unwrap_or(self),
        }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day, self.time) {
            (
                _,
                _,
                Some(Time {
                    second: Some(_), ..
                }),
            ) => Precision::Second,
            (_, _, Some(_)) => Precision::Minute,
            (_, Some(_), None) => Precision::Day,
            (Some(_), None, None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The astronomical year: 0 is 1 BCE, -43 is 44 BCE.
    pub fn year_number(&self) -> i64 {
        self.year
    }

    pub fn month_number(&self) -> Option<u8> {
        self.month
    }

    pub fn day_number(&self) -> Option<u8> {
        self.day
    }

    pub fn time(&self) -> Option<Time> {
        self.time
    }

    pub fn era_word(&self) -> Option<EraWord> {
        self.era
    }

    /// The first second of the period this date names, since 1970-01-01T00:00Z. A time
    /// with an offset is placed at its instant; a time without one, as written.
    pub fn start(&self) -> i64 {
        let day = days_from_civil(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1));
        let time = self.time.map_or(0, |t| {
            t.seconds() - 60 * t.offset.map_or(0, Offset::minutes)
        });
        day * DAY_SECONDS + time
    }

    /// The first second *after* the period this date names (exclusive end): 1995 ends
    /// at 1996-01-01, March 2020 at 2020-04-01, 14:30 at 14:31.
    pub fn end(&self) -> i64 {
        let next_day = match (self.month, self.day) {
            (Some(_), Some(_)) => {
                days_from_civil(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1)) + 1
            }
            (Some(12), None) => days_from_civil(self.year + 1, 1, 1),
            (Some(m), None) => days_from_civil(self.year, m + 1, 1),
            _ => days_from_civil(self.year + 1, 1, 1),
        };
        match self.precision() {
            Precision::Minute => self.start() + 60,
            Precision::Second => self.start() + 1,
            _ => next_day * DAY_SECONDS,
        }
    }

    /// Parses every form of the grammar (see [`parse`]).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        parse::parse(text)
    }
}
