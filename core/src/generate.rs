//! The one seeded generator of datasets for tests and benchmarks (not part of the
//! widget: nothing the browser calls reaches it, so its wasm leaves it out): `n` events
//! spread at random over 1991–2022 ([`dataset`]), or over 13.8 billion years with a fifth
//! of them on one day by the minute ([`deep_dataset`]), in the public format. The same
//! `n` and seed give the same events, byte for byte, everywhere:
//! - native tests and benches call them;
//! - browser pages (benchmarks, end-to-end tests) fetch `/generated/<n>-<seed>.json` and
//!   `/generated/deep-<n>-<seed>.json`, which `tests/e2e/serve.mjs` gets from
//!   `cargo run --example generate -- <n> <seed> [deep]`.

use crate::model::date::{civil_from_days, days_from_civil};
use crate::model::format::{list, text, RawCitation, RawDataset, RawEvent, RawSource};

const CATEGORIES: [&str; 4] = ["political", "military", "trade", "education"];
const WORDS: [&str; 8] = [
    "Visit",
    "Agreement",
    "Exercise",
    "Trade talks",
    "Exchange",
    "Forum",
    "Delegation",
    "Memorandum",
];

/// mulberry32: a small, fast 32-bit generator, good enough to scatter test events.
struct Mulberry32(u32);

impl Mulberry32 {
    /// A number in [0, 1).
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x6d2b_79f5);
        let mut t = self.0;
        t = (t ^ (t >> 15)).wrapping_mul(t | 1);
        t ^= t.wrapping_add((t ^ (t >> 7)).wrapping_mul(t | 61));
        f64::from(t ^ (t >> 14)) / 4_294_967_296.0
    }

    /// An index below `n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() * n as f64) as usize
    }
}

/// `n` events with seed `seed`: dates known to the year (15 %), the month (20 %) or the
/// day, categories and titles at random, each citing the one generated source.
pub fn dataset(n: usize, seed: u32) -> RawDataset {
    let mut random = Mulberry32(seed);
    let first = days_from_civil(1991, 1, 1);
    let span_days = (days_from_civil(2022, 12, 31) - first) as f64;
    let events = (0..n).map(|i| {
        let day = first + (random.next() * span_days).floor() as i64;
        let (y, m, d) = civil_from_days(day);
        let precision = random.next();
        let date = if precision < 0.15 {
            format!("{y}")
        } else if precision < 0.35 {
            format!("{y}-{m:02}")
        } else {
            format!("{y}-{m:02}-{d:02}")
        };
        event(&mut random, i, date)
    });
    with_events(format!("{n} generated events"), events.collect())
}

/// `n` events with seed `seed` from the Big Bang to 2022: four fifths known to the year,
/// their ages spread evenly over every magnitude (as many a billion years ago as a
/// thousand), and one fifth on 27 January 2022 by the minute, some to the second: the
/// scales a deep-time page and an incident log need at once.
pub fn deep_dataset(n: usize, seed: u32) -> RawDataset {
    let mut random = Mulberry32(seed);
    let events = (0..n).map(|i| {
        let date = if random.next() < 0.8 {
            // Ages from 1 to 13.8 billion years, even in their logarithm.
            let age = (random.next() * 13.8e9f64.log2()).exp2();
            format!("{}", 2022 - age.round() as i64)
        } else {
            let minute = random.below(24 * 60);
            let seconds = if random.next() < 0.3 {
                format!(":{:02}", random.below(60))
            } else {
                String::new()
            };
            format!("2022-01-27T{:02}:{:02}{seconds}", minute / 60, minute % 60)
        };
        // Years written as the grammar takes them: at least four digits.
        let date = match date.strip_prefix('-') {
            Some(digits) if digits.len() < 4 => format!("-{digits:0>4}"),
            _ if !date.contains('T') && date.len() < 4 => format!("{date:0>4}"),
            _ => date,
        };
        event(&mut random, i, date)
    });
    with_events(
        format!("{n} generated events over 13.8 billion years"),
        events.collect(),
    )
}

/// A generated event at `date`, its category and title at random, citing the generator.
fn event(random: &mut Mulberry32, i: usize, date: String) -> RawEvent {
    RawEvent {
        id: text(format!("generated-{i}")),
        date: text(date),
        category: text(CATEGORIES[random.below(CATEGORIES.len())]),
        title: text(format!("{} no. {i}", WORDS[random.below(WORDS.len())])),
        summary: text("A generated event."),
        sources: list([RawCitation {
            source: text("generator"),
            quote: text("Generated for a benchmark."),
        }]),
        ..RawEvent::default()
    }
}

/// The generated events with their one source, under `title`.
fn with_events(title: String, events: Vec<RawEvent>) -> RawDataset {
    RawDataset {
        title: text(title),
        sources: list([RawSource {
            id: text("generator"),
            title: text("Seeded generator"),
            ..RawSource::default()
        }]),
        events: list(events),
        ..RawDataset::default()
    }
}
