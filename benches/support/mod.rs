//! Shared by the benchmarks: seeded generated data, the same in every run.

use pakkaz_timeline::model::dataset::{RawCitation, RawEvent, RawSource};
use pakkaz_timeline::model::{validate, Dataset, RawDataset};

/// `n` events spread evenly at random over 1991–2022 (seeded, so every run is the same).
pub fn generated(n: usize) -> Dataset {
    let categories = ["political", "military", "trade", "education"];
    let mut seed: u64 = 0x5eed;
    let events = (0..n)
        .map(|i| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let day = 7_670 + (seed >> 33) % 11_680;
            let (y, m, d) = pakkaz_timeline::model::date::civil_from_days(day as i64);
            RawEvent {
                id: Some(format!("e{i}")),
                date: Some(format!("{y:04}-{m:02}-{d:02}")),
                category: Some(categories[i % 4].to_string()),
                title: Some(format!("Generated event number {i}")),
                sources: Some(vec![RawCitation {
                    source: Some("s".into()),
                    quote: Some("Q.".into()),
                }]),
                ..RawEvent::default()
            }
        })
        .collect();
    let raw = RawDataset {
        title: None,
        sources: vec![RawSource {
            id: Some("s".into()),
            title: Some("S".into()),
            ..RawSource::default()
        }],
        events: Some(events),
        problems: Vec::new(),
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
