//! Shared by the benchmarks: seeded generated data, the same in every run.

use pakkaz_timeline::model::format::{list, text};
use pakkaz_timeline::model::{validate, Dataset, RawCitation, RawDataset, RawEvent, RawSource};

/// `n` events spread evenly at random over 1991–2022 (seeded, so every run is the same).
pub fn generated(n: usize) -> Dataset {
    let categories = ["political", "military", "trade", "education"];
    let mut seed: u64 = 0x5eed;
    let events: Vec<RawEvent> = (0..n)
        .map(|i| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let day = 7_670 + (seed >> 33) % 11_680;
            let (y, m, d) = pakkaz_timeline::model::date::civil_from_days(day as i64);
            RawEvent {
                id: text(format!("e{i}")),
                date: text(format!("{y:04}-{m:02}-{d:02}")),
                category: text(categories[i % 4]),
                title: text(format!("Generated event number {i}")),
                sources: list([RawCitation {
                    source: text("s"),
                    quote: text("Q."),
                }]),
                ..RawEvent::default()
            }
        })
        .collect();
    let raw = RawDataset {
        title: Default::default(),
        sources: list([RawSource {
            id: text("s"),
            title: text("S"),
            ..RawSource::default()
        }]),
        events: list(events),
    };
    validate(raw).expect("generated data is valid")
}

/// The same events as JSON text, as a host would pass them.
#[allow(dead_code)] // used by the instruction-count benchmark only
pub fn generated_json(n: usize) -> String {
    let dataset = generated(n);
    let mut out = String::from(r#"{"sources":[{"id":"s","title":"S"}],"events":["#);
    for (i, e) in dataset.events.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            r#"{{"id":"{}","date":"{}","category":"{}","title":"{}","sources":[{{"source":"s","quote":"Q."}}]}}"#,
            e.id,
            e.date,
            e.category.id(),
            e.title
        ));
    }
    out.push_str("]}");
    out
}
