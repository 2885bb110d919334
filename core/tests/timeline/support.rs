//! Helpers shared by the timeline tests: the whole range, the embedded dataset and which
//! of its events are shown.

use pakkaz_core::model::{validate, CategorySet, RawDataset, EMBEDDED_JSON};
use pakkaz_core::timeline::Viewport;

pub(crate) fn full_range() -> Viewport {
    pakkaz_core::start::embedded_range()
}

pub(crate) fn embedded() -> pakkaz_core::model::Dataset {
    let raw: RawDataset = pakkaz_core::model::json_text::read_json(EMBEDDED_JSON).unwrap();
    validate(raw).unwrap()
}

pub(crate) fn mask(dataset: &pakkaz_core::model::Dataset, set: CategorySet) -> Vec<bool> {
    dataset
        .events
        .iter()
        .map(|e| set.contains(e.category))
        .collect()
}

pub(crate) fn all(dataset: &pakkaz_core::model::Dataset) -> Vec<bool> {
    vec![true; dataset.events.len()]
}
