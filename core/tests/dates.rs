#![cfg(not(target_arch = "wasm32"))]
//! The one date grammar (`core/src/model/date/`), at its extremes, and how readers read
//! every form (`core/src/text/dates.rs`, `years.rs`) in each language.

use pakkaz_core::model::date::{
    civil_from_days, days_from_civil, DateError, EraWord, Offset, Time, DAY_SECONDS, MAX_TIME_YEAR,
    MAX_YEAR,
};
use pakkaz_core::model::{Date, Precision};
use pakkaz_core::text::{date_long, span, Lang, Words};
use proptest::prelude::*;

fn parse(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn english(text: &str) -> String {
    date_long(&Words::english(), &parse(text))
}

#[test]
fn iso_years_are_astronomical_and_of_any_size() {
    // ISO 8601's year 0000 is 1 BCE: -0043-03-15 is the Ides of March, 44 BCE.
    assert_eq!(english("-0043-03-15"), "15 March 44 BCE");
    assert_eq!(english("-2560"), "2561 BCE");
    assert_eq!(english("0000"), "1 BCE");
    assert_eq!(english("0001"), "1 CE");
    assert_eq!(english("0033"), "33 CE");
    assert_eq!(english("12000"), "12,000");
    assert_eq!(english("+2022"), "2022");
    assert_eq!(english("-66000000"), "66 million years ago");
    assert_eq!(english("-13800000000"), "13.8 billion years ago");
    assert_eq!(english("-4540000000"), "4.54 billion years ago");
    assert_eq!(english("-250000"), "252 thousand years ago");
    assert_eq!(english("-99999"), "100,000 BCE");
    assert_eq!(parse("-66000000").precision(), Precision::Year);
    assert_eq!(parse("-0043-03-15").to_string(), "-0043-03-15");
    assert_eq!(parse("12000").to_string(), "12000");
}

#[test]
fn the_written_form_takes_eras_and_has_no_year_zero() {
    for (text, year, era) in [
        ("44 BCE", -43, EraWord::Bce),
        ("44 BC", -43, EraWord::Bc),
        ("753 bce", -752, EraWord::Bce),
        ("44 B.C.", -43, EraWord::Bc),
        ("AD 33", 33, EraWord::AdBefore),
        ("33 AD", 33, EraWord::AdAfter),
        ("33 CE", 33, EraWord::Ce),
        ("1 BCE", 0, EraWord::Bce),
    ] {
        let date = parse(text);
        assert_eq!(date.year_number(), year, "{text}");
        assert_eq!(date.era_word(), Some(era), "{text}");
        assert_eq!(date.start(), Date::year(year).start(), "{text}");
    }
    // Written back as the owner wrote it, so a download changes nothing.
    assert_eq!(parse("44 BC").to_string(), "44 BC");
    assert_eq!(parse("AD 33").to_string(), "AD 33");
    assert_eq!(english("44 BC"), "44 BCE");
    for zero in ["0 BCE", "0 BC", "0 AD", "AD 0", "0 CE"] {
        assert_eq!(Date::parse(zero), Err(DateError::YearZero), "{zero}");
    }
    assert_eq!(
        DateError::YearZero.to_string(),
        "year 0 does not exist: write 1 BCE or 0000"
    );
    for bad in ["44 BCX", "BCE", "44BCE", "march 44 BCE", "-44 BC", "AD -33"] {
        assert!(Date::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn bce_dates_are_in_time_order() {
    let order = [
        "753 BCE",
        "44 BCE",
        "-0043-03-15",
        "1 BCE",
        "0001",
        "AD 33",
        "1991",
    ];
    for pair in order.windows(2) {
        let (a, b) = (parse(pair[0]), parse(pair[1]));
        assert!(a.start() < b.start(), "{} before {}", pair[0], pair[1]);
    }
    // The Ides of March fall inside the year 44 BCE.
    let (year, ides) = (parse("44 BCE"), parse("-0043-03-15"));
    assert!(year.start() < ides.start() && ides.end() < year.end());
}

#[test]
fn times_of_day_keep_their_precision_and_offsets_place_them() {
    let minute = parse("2022-01-27T14:30");
    assert_eq!(minute.precision(), Precision::Minute);
    assert_eq!(minute.end() - minute.start(), 60);
    let second = parse("2022-01-27T14:30:05");
    assert_eq!(second.precision(), Precision::Second);
    assert_eq!(second.end() - second.start(), 1);
    assert_eq!(second.start() - minute.start(), 5);
    // Without an offset a time is the wall time where it happened, placed as written.
    let day = days_from_civil(2022, 1, 27) * DAY_SECONDS;
    assert_eq!(minute.start(), day + 14 * 3600 + 30 * 60);
    // With one, it is placed at its instant: 14:30 in Karachi is 09:30 UTC.
    let karachi = parse("2022-01-27T14:30+05:00");
    assert_eq!(karachi.start(), parse("2022-01-27T09:30Z").start());
    assert!(karachi.start() < parse("2022-01-27T10:00Z").start());
    assert_eq!(
        parse("2022-01-27T23:30-03:30").start(),
        parse("2022-01-28T03:00Z").start()
    );
    // A space for the T, as spreadsheets write it.
    assert_eq!(parse("2022-01-27 14:30"), minute);
    assert_eq!(karachi.to_string(), "2022-01-27T14:30+05:00");
    assert_eq!(parse("2022-01-27T14:30Z").to_string(), "2022-01-27T14:30Z");
    assert_eq!(
        karachi.time(),
        Some(Time {
            hour: 14,
            minute: 30,
            second: None,
            offset: Some(Offset::Minutes(300))
        })
    );
}

#[test]
fn impossible_values_are_refused_by_name() {
    for (text, error) in [
        ("2022-01-27T25:00", DateError::ImpossibleTime),
        ("2022-01-27T14:61", DateError::ImpossibleTime),
        ("2022-01-27T14:30:61", DateError::ImpossibleTime),
        ("2022-01-27T14:30:60", DateError::ImpossibleTime),
        ("2022-01-27T14:30+19:00", DateError::ImpossibleTime),
        ("2021-02-30", DateError::Impossible),
        ("2021-02-30T10:00", DateError::Impossible),
        ("2022-01T14:30", DateError::Malformed),
        ("2022T14:30", DateError::Malformed),
        ("2022-01-27T1:30", DateError::Malformed),
        ("2022-01-27T14:30+0500", DateError::Malformed),
        ("-100000000001", DateError::TooFar),
        ("100000000001 BCE", DateError::TooFar),
        ("-1000001-01-01T10:00", DateError::TimeTooFar),
    ] {
        assert_eq!(Date::parse(text), Err(error.clone()), "{text}");
    }
    assert!(Date::parse("-100000000000").is_ok());
    assert!(Date::parse(&format!("-{MAX_TIME_YEAR}-01-01T10:00")).is_ok());
}

#[test]
fn readers_read_every_form_in_each_language() {
    let in_lang = |lang: Lang, text: &str| date_long(&Words::of(lang), &parse(text));
    assert_eq!(in_lang(Lang::Ru, "44 BCE"), "44 г. до н. э.");
    assert_eq!(in_lang(Lang::Ru, "-0043-03-15"), "15 марта 44 г. до н. э.");
    assert_eq!(in_lang(Lang::Kk, "44 BCE"), "б.з.д. 44 ж.");
    assert_eq!(in_lang(Lang::Ur, "44 BCE"), "44 قبل مسیح");
    assert_eq!(in_lang(Lang::Ru, "-66000000"), "66 млн лет назад");
    assert_eq!(in_lang(Lang::Ru, "-13800000000"), "13,8 млрд лет назад");
    assert_eq!(in_lang(Lang::Kk, "-13800000000"), "13,8 млрд жыл бұрын");
    assert_eq!(in_lang(Lang::Ur, "-66000000"), "66 ملین سال پہلے");
    assert_eq!(english("2022-01-27T14:30"), "27 January 2022 at 14:30");
    assert_eq!(
        english("2022-01-27T14:30:05Z"),
        "27 January 2022 at 14:30:05 UTC"
    );
    assert_eq!(
        english("2022-01-27T14:30+05:00"),
        "27 January 2022 at 14:30 UTC+05:00"
    );
    // As Intl.DateTimeFormat writes them: Urdu on the 12-hour clock.
    assert_eq!(
        in_lang(Lang::Ur, "2022-01-27T14:30"),
        "27 جنوری، 2022 کو 2:30 PM"
    );
    assert_eq!(
        in_lang(Lang::Ur, "2022-01-27T00:05:09"),
        "27 جنوری، 2022 کو 12:05:09 AM"
    );
    assert_eq!(
        in_lang(Lang::Kk, "2022-01-27T14:30"),
        "2022 ж. 27 қаңтар, 14:30"
    );
    assert_eq!(
        in_lang(Lang::Ru, "2022-01-27T14:30"),
        "27 января 2022 г. в 14:30"
    );
    let t = Words::english();
    assert_eq!(
        span(
            &t,
            &parse("2022-01-27T14:30"),
            Some(&parse("2022-01-27T16:00"))
        ),
        "27 January 2022 at 14:30–16:00"
    );
    assert_eq!(
        span(&t, &parse("753 BCE"), Some(&parse("509 BCE"))),
        "753 BCE–509 BCE"
    );
}

/// Any date of the grammar, in any of its forms.
fn any_date() -> impl Strategy<Value = Date> {
    let day = (-(MAX_TIME_YEAR - 2_000) * 365..(MAX_TIME_YEAR - 2_000) * 365).prop_map(|days| {
        let (y, m, d) = civil_from_days(days);
        Date::day(y, m, d).unwrap()
    });
    let deep_year = (-MAX_YEAR..=MAX_YEAR).prop_map(Date::year);
    let month = (-MAX_YEAR..=MAX_YEAR, 1u8..=12).prop_map(|(y, m)| Date::month(y, m).unwrap());
    let offset = prop_oneof![
        Just(None),
        Just(Some(Offset::Utc)),
        (-18 * 60i16..=18 * 60).prop_map(|m| Some(Offset::Minutes(m))),
    ];
    let time = (0u8..24, 0u8..60, proptest::option::of(0u8..60), offset).prop_map(
        |(hour, minute, second, offset)| Time {
            hour,
            minute,
            second,
            offset,
        },
    );
    let moment = (day.clone(), time).prop_map(|(d, t)| d.at(t).unwrap());
    let era = (1i64..=MAX_YEAR, 0usize..5).prop_map(|(n, w)| {
        let word = [
            EraWord::Bce,
            EraWord::Bc,
            EraWord::Ce,
            EraWord::AdAfter,
            EraWord::AdBefore,
        ][w];
        let year = if matches!(word, EraWord::Bce | EraWord::Bc) {
            1 - n
        } else {
            n
        };
        Date::year(year).written_with(word).unwrap()
    });
    prop_oneof![day, deep_year, month, moment, era]
}

proptest! {
    #[test]
    fn every_form_round_trips_through_its_text(date in any_date()) {
        let text = date.to_string();
        prop_assert_eq!(Date::parse(&text), Ok(date), "{}", text);
        prop_assert!(date.end() > date.start());
    }

    #[test]
    fn reading_any_text_never_panics(text in "[-+ 0-9TZ:BCEADbcead.]{0,24}") {
        if let Ok(date) = Date::parse(&text) {
            prop_assert_eq!(Date::parse(&date.to_string()), Ok(date));
            let _ = date_long(&Words::english(), &date);
        }
    }

    #[test]
    fn day_counts_round_trip_over_the_whole_grammar(days in -MAX_YEAR * 366..MAX_YEAR * 366) {
        let (y, m, d) = civil_from_days(days);
        prop_assert_eq!(days_from_civil(y, m, d), days);
    }
}

/// The deep-time host's data (tests/hosts/deep-time.json), as the end-to-end tests use it.
fn deep_time() -> pakkaz_core::model::Dataset {
    pakkaz_core::model::parse_dataset(include_str!("../../tests/hosts/deep-time.json"))
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_dataset_from_the_big_bang_to_the_minute_sorts_and_zooms_to_minutes() {
    use pakkaz_core::state::{Action, State, MIN_SPAN_TIMES};
    use pakkaz_core::timeline::Viewport;
    let dataset = std::rc::Rc::new(deep_time());
    let ids: Vec<&str> = dataset.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "big-bang",
            "earth-forms",
            "chicxulub",
            "rome",
            "ides",
            "augustus",
            "polls-close",
            "first-count",
            // 20:00 in Karachi (UTC+5) is 15:00 UTC: before 15:10:30 written as wall time.
            "karachi",
            "turnout",
            "concession"
        ]
    );
    assert!(dataset.has_times());
    let bounds = State::bounds_for(&dataset, pakkaz_core::start::range_of(&dataset));
    let state = State::new(dataset.clone(), bounds).apply(Action::Resize(1000.0));
    // Zoomed in on election night as far as it goes: a few minutes, in 2022, on a
    // timeline that reaches back 13.8 billion years.
    let polls = dataset.events[6].start();
    let mut s = state.apply(Action::SetWindow(Viewport::new(polls - 0.5, polls + 0.5)));
    for _ in 0..40 {
        s = s.apply(Action::ZoomAround {
            anchor: polls,
            factor: 2.0,
        });
    }
    assert!(
        (s.viewport.span() - MIN_SPAN_TIMES).abs() < 1e-9,
        "{:?}",
        s.viewport
    );
    assert!(s.fully_zoomed_in());
    assert!(!state.fully_zoomed_in());
    assert!(s.viewport.start <= polls && polls <= s.viewport.end);
    // Its link says the minutes, and brings the same window back.
    let link = s.link(Lang::En);
    let from = link.from.unwrap();
    assert_eq!(from.precision(), Precision::Minute, "{from}");
    let back = state.apply(Action::Restore(std::rc::Rc::new(link)));
    assert!((back.viewport.start - s.viewport.start).abs() * 1440.0 < 1.0);
    assert!((back.viewport.span() - s.viewport.span()).abs() * 1440.0 < 1.0);
}

#[test]
fn a_csv_download_of_every_form_reads_back_unchanged() {
    use pakkaz_core::model::csv::{read_csv, write_csv};
    let dataset = deep_time();
    let written = write_csv(&dataset);
    assert!(written.contains(",753 BCE,"), "{written}");
    assert!(written.contains(",27 BC,AD 14,"), "{written}");
    assert!(written.contains(",2022-01-27T20:00+05:00,"), "{written}");
    let back = read_csv(&written).unwrap_or_else(|e| panic!("{e}\n{written}"));
    let dates = |d: &pakkaz_core::model::Dataset| -> Vec<(String, Option<String>)> {
        d.events
            .iter()
            .map(|e| (e.date.to_string(), e.end.map(|x| x.to_string())))
            .collect()
    };
    assert_eq!(dates(&back), dates(&dataset));
    assert_eq!(write_csv(&back), written);
}

#[test]
fn the_deep_time_benchmark_data_is_valid_at_every_scale() {
    let raw = pakkaz_core::generate::deep_dataset(2_000, 11);
    let dataset = pakkaz_core::model::validate(raw).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(dataset.events.len(), 2_000);
    assert!(dataset.has_times());
    let first = dataset.events[0].date.year_number();
    assert!(
        first < -1_000_000_000,
        "reaches back billions of years: {first}"
    );
}
