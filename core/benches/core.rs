//! Wall-time benchmark of the pure core with generated data: visible-event lookup,
//! lane layout with clustering, the overview strip, filtering and the hash. Run with
//! `make bench-core` (`cargo bench -p pakkaz-core --bench core`); prints a Markdown table of medians.
//!
//! The lookup rows show the cost of finding a window's events growing with the events
//! in the window (k), not with the dataset (n): O(log n + k).

use std::hint::black_box;
use std::time::Instant;

mod support;

use pakkaz_core::model::search::{Filter, SearchIndex};
use pakkaz_core::model::CategorySet;
use pakkaz_core::timeline::overview::bins;
use pakkaz_core::timeline::track::{estimate_label_widths, layout_track, DEFAULT_MAX_LANES};
use pakkaz_core::timeline::{Scale, Viewport};

/// Median wall time of `f` in microseconds over enough runs to fill about 0.3 s.
fn measure(mut f: impl FnMut()) -> f64 {
    let once = Instant::now();
    f();
    let single = once.elapsed().as_secs_f64().max(1e-7);
    let runs = ((0.3 / single) as usize).clamp(5, 20_000);
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

use support::generated;

fn main() {
    let full = pakkaz_core::start::embedded_range();
    let year = Viewport::new(16_436.0, 16_801.0); // 2015
    println!("| operation | events (n) | in window (k) | median (µs) |");
    println!("| --- | --- | --- | --- |");
    for n in [1_000, 10_000, 100_000] {
        let dataset = generated(n);
        let k = dataset.indices_in(year.start, year.end).count();
        let t = measure(|| {
            black_box(dataset.indices_in(year.start, year.end).count());
        });
        println!("| visible-event lookup, one year | {n} | {k} | {t:.2} |");
    }
    let month = Viewport::new(16_436.0, 16_467.0);
    for n in [1_000, 10_000, 100_000] {
        let dataset = generated(n);
        let k = dataset.indices_in(month.start, month.end).count();
        let t = measure(|| {
            black_box(dataset.indices_in(month.start, month.end).count());
        });
        println!("| visible-event lookup, one month | {n} | {k} | {t:.2} |");
    }
    let dataset = generated(10_000);
    let widths = estimate_label_widths(&dataset);
    let shown = vec![true; dataset.events.len()];
    for (name, window) in [
        ("whole range", full),
        ("one year", year),
        ("one month", month),
    ] {
        let scale = Scale::new(window, 1240.0);
        let k = dataset.indices_in(window.start, window.end).count();
        let t = measure(|| {
            black_box(layout_track(
                &dataset,
                &shown,
                &scale,
                &widths,
                DEFAULT_MAX_LANES,
            ));
        });
        println!("| lane layout + clustering, {name} | 10000 | {k} | {t:.1} |");
    }
    let scale = Scale::new(full, 1240.0);
    let t = measure(|| {
        black_box(bins(&dataset, &shown, &scale, 3.0));
    });
    println!("| overview strip | 10000 | 10000 | {t:.1} |");
    let index = SearchIndex::new(&dataset);
    let t = measure(|| {
        black_box(Filter::new(CategorySet::ALL, "number 42").mask(&dataset, &index));
    });
    println!("| search \"number 42\" | 10000 | 10000 | {t:.1} |");
    let trade = CategorySet::NONE.with(pakkaz_core::model::Builtin::Trade.category());
    let t = measure(|| {
        black_box(Filter::new(trade, "").mask(&dataset, &index));
    });
    println!("| category filter | 10000 | 10000 | {t:.1} |");
}
