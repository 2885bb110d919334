//! Instruction counts of the pure core under Valgrind's Callgrind (iai-callgrind): stable
//! numbers that show a regression as a changed count, not as noise in a time. Run with
//! `make bench-instructions` (it installs valgrind and iai-callgrind-runner if missing).
//!
//! Setup (generating and validating the data) is not counted; each benchmark counts one
//! call. The lookup rows grow with the events in the window (k), not with the dataset
//! (n): the visible-event lookup is O(log n + k).

// Callgrind measures native code: for wasm32 (clippy) this benchmark is empty.
#![cfg_attr(target_arch = "wasm32", no_main)]

#[cfg(not(target_arch = "wasm32"))]
mod support;

#[cfg(not(target_arch = "wasm32"))]
use std::hint::black_box;

#[cfg(not(target_arch = "wasm32"))]
use iai_callgrind::{library_benchmark, library_benchmark_group, main};
#[cfg(not(target_arch = "wasm32"))]
use pakkaz_core::model::search::{Filter, SearchIndex};
#[cfg(not(target_arch = "wasm32"))]
use pakkaz_core::model::{parse_dataset, Builtin, CategorySet, Dataset};
#[cfg(not(target_arch = "wasm32"))]
use pakkaz_core::timeline::bands::layout_bands;
#[cfg(not(target_arch = "wasm32"))]
use pakkaz_core::timeline::track::{
    estimate_label_widths, layout_track, TrackLayout, DEFAULT_MAX_LANES,
};
#[cfg(not(target_arch = "wasm32"))]
use pakkaz_core::timeline::{Scale, Viewport};
#[cfg(not(target_arch = "wasm32"))]
use support::{generated, generated_json};

#[cfg(not(target_arch = "wasm32"))]
const YEAR_2015: (f64, f64) = (16_436.0, 16_801.0);
#[cfg(not(target_arch = "wasm32"))]
const JANUARY_2015: (f64, f64) = (16_436.0, 16_467.0);

// Every setup leaks its result (`&'static`): dropping 100,000 events would otherwise be
// counted as part of the call being measured.
#[cfg(not(target_arch = "wasm32"))]
fn dataset(n: usize) -> &'static Dataset {
    Box::leak(Box::new(generated(n)))
}

#[cfg(not(target_arch = "wasm32"))]
#[library_benchmark]
#[bench::month_n1000(args = (1_000), setup = dataset)]
#[bench::month_n10000(args = (10_000), setup = dataset)]
#[bench::month_n100000(args = (100_000), setup = dataset)]
fn lookup_one_month(dataset: &Dataset) -> usize {
    black_box(dataset.indices_in(JANUARY_2015.0, JANUARY_2015.1).count())
}

#[cfg(not(target_arch = "wasm32"))]
#[library_benchmark]
#[bench::year_n1000(args = (1_000), setup = dataset)]
#[bench::year_n10000(args = (10_000), setup = dataset)]
#[bench::year_n100000(args = (100_000), setup = dataset)]
fn lookup_one_year(dataset: &Dataset) -> usize {
    black_box(dataset.indices_in(YEAR_2015.0, YEAR_2015.1).count())
}

/// Everything `layout_track` needs for 10,000 events in a window.
#[cfg(not(target_arch = "wasm32"))]
struct LayoutInput {
    dataset: Dataset,
    widths: Vec<f64>,
    shown: Vec<bool>,
    scale: Scale,
}

#[cfg(not(target_arch = "wasm32"))]
fn layout_input(window: (f64, f64)) -> &'static LayoutInput {
    let dataset = generated(10_000);
    Box::leak(Box::new(LayoutInput {
        widths: estimate_label_widths(&dataset),
        shown: vec![true; dataset.events.len()],
        scale: Scale::new(Viewport::new(window.0, window.1), 1240.0),
        dataset,
    }))
}

#[cfg(not(target_arch = "wasm32"))]
fn whole_range() -> (f64, f64) {
    let range = pakkaz_core::start::embedded_range();
    (range.start, range.end)
}

#[cfg(not(target_arch = "wasm32"))]
fn layout_whole_range() -> &'static LayoutInput {
    layout_input(whole_range())
}

#[cfg(not(target_arch = "wasm32"))]
fn layout_one_year() -> &'static LayoutInput {
    layout_input(YEAR_2015)
}

#[cfg(not(target_arch = "wasm32"))]
fn layout_one_month() -> &'static LayoutInput {
    layout_input(JANUARY_2015)
}

// Lane layout with clustering (what the track draws) for 10,000 events.
#[cfg(not(target_arch = "wasm32"))]
#[library_benchmark]
#[bench::whole_range(setup = layout_whole_range)]
#[bench::one_year(setup = layout_one_year)]
#[bench::one_month(setup = layout_one_month)]
fn lanes_and_clusters(input: &LayoutInput) -> TrackLayout {
    black_box(layout_track(
        &input.dataset,
        &input.shown,
        &input.scale,
        &input.widths,
        DEFAULT_MAX_LANES,
    ))
}

// The same in lanes by category: each of the four categories' events laid out in its
// own band (the track's layout once per category).
#[cfg(not(target_arch = "wasm32"))]
#[library_benchmark]
#[bench::whole_range(setup = layout_whole_range)]
#[bench::one_year(setup = layout_one_year)]
#[bench::one_month(setup = layout_one_month)]
fn bands_by_category(input: &LayoutInput) -> TrackLayout {
    black_box(layout_bands(
        &input.dataset,
        &input.shown,
        CategorySet::ALL,
        &input.scale,
        &input.widths,
        DEFAULT_MAX_LANES,
    ))
}

#[cfg(not(target_arch = "wasm32"))]
fn filter_input() -> &'static (Dataset, SearchIndex) {
    let dataset = generated(10_000);
    let index = SearchIndex::new(&dataset);
    Box::leak(Box::new((dataset, index)))
}

// A category toggle and a search over 10,000 events.
#[cfg(not(target_arch = "wasm32"))]
#[library_benchmark]
#[bench::trade_only(setup = filter_input)]
fn category_filter(input: &(Dataset, SearchIndex)) -> Vec<bool> {
    let trade = CategorySet::NONE.with(Builtin::Trade.category());
    black_box(Filter::new(trade, "").mask(&input.0, &input.1))
}

#[cfg(not(target_arch = "wasm32"))]
#[library_benchmark]
#[bench::number_42(setup = filter_input)]
fn search(input: &(Dataset, SearchIndex)) -> Vec<bool> {
    black_box(Filter::new(CategorySet::ALL, "number 42").mask(&input.0, &input.1))
}

// Reading and validating a host's 10,000 events from JSON text.
#[cfg(not(target_arch = "wasm32"))]
#[library_benchmark]
#[bench::n10000(args = (10_000), setup = json_text)]
fn read_and_validate(text: &str) -> usize {
    // The dataset is kept (forgotten), so only reading and validating is counted.
    let dataset = parse_dataset(text).ok();
    let n = dataset.as_ref().map_or(0, |d| d.events.len());
    std::mem::forget(dataset);
    black_box(n)
}

#[cfg(not(target_arch = "wasm32"))]
fn json_text(n: usize) -> &'static str {
    Box::leak(generated_json(n).into_boxed_str())
}

#[cfg(not(target_arch = "wasm32"))]
library_benchmark_group!(name = lookup; benchmarks = lookup_one_month, lookup_one_year);
#[cfg(not(target_arch = "wasm32"))]
library_benchmark_group!(name = layout; benchmarks = lanes_and_clusters, bands_by_category);
#[cfg(not(target_arch = "wasm32"))]
library_benchmark_group!(name = filters; benchmarks = category_filter, search);
#[cfg(not(target_arch = "wasm32"))]
library_benchmark_group!(name = data; benchmarks = read_and_validate);
#[cfg(not(target_arch = "wasm32"))]
main!(library_benchmark_groups = lookup, layout, filters, data);
