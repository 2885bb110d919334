//! Sentences with something in them: the widget's description, statuses, accessible
//! names of marks and clusters, the empty state, the details' lines.

use super::words::SOURCES;
use super::{
    categories_phrase, category, category_in_sentence, count, fill, integer, usd, year_alone, Key,
    Words,
};
use crate::model::{Categories, CategoryInfo, CategorySet};

/// "29 events from 2 sources, 1991–2022. Each rests on a quoted sentence of its source."
pub fn description(
    t: &Words,
    events: usize,
    sources: usize,
    first_year: i64,
    last_year: i64,
) -> String {
    let years = if first_year == last_year {
        year_alone(t, first_year)
    } else {
        fill(
            t.get(Key::range),
            &[
                ("from", &year_alone(t, first_year)),
                ("to", &year_alone(t, last_year)),
            ],
        )
    };
    let sources = fill(
        t.plural(SOURCES, sources),
        &[("n", &integer(t, sources as u64))],
    );
    fill(
        t.get(Key::description),
        &[
            ("events", &count(t, events)),
            ("sources", &sources),
            ("years", &years),
        ],
    )
}

/// Why nothing is shown: no category on, none in those categories, or none matching.
pub fn nothing_shown(t: &Words, all: &Categories, categories: CategorySet, query: &str) -> String {
    let query = query.trim();
    let names = categories_phrase(t, all, categories);
    if !query.is_empty() {
        fill(
            t.get(Key::no_match),
            &[("categories", &names), ("query", query)],
        )
    } else if categories.is_empty() {
        t.get(Key::nothing_all_off).to_string()
    } else {
        fill(t.get(Key::nothing_in), &[("categories", &names)])
    }
}

/// The status a screen reader hears as the filters change: "12 events shown".
pub fn shown(t: &Words, n: usize) -> String {
    fill(t.get(Key::shown), &[("events", &count(t, n))])
}

/// A category toggle's accessible name: "Trade (7)".
pub fn category_count(t: &Words, c: &CategoryInfo, n: usize) -> String {
    fill(
        t.get(Key::category_count),
        &[("category", category(t, c)), ("n", &integer(t, n as u64))],
    )
}

/// A mark's accessible name: its title and date, and whether it is only planned.
pub fn mark_name(t: &Words, title: &str, when: &str, planned: bool) -> String {
    let key = if planned {
        Key::mark_name_planned
    } else {
        Key::mark_name
    };
    fill(t.get(key), &[("title", title), ("when", when)])
}

/// The date line of a mark's tip.
pub fn tip_when(t: &Words, when: String, planned: bool) -> String {
    if planned {
        fill(t.get(Key::tip_planned), &[("when", &when)])
    } else {
        when
    }
}

/// A cluster's accessible name: "5 events, March–May 2019: 3 trade, 2 education. Zoom in
/// to see them." `by_category` is in the order of `categories`.
pub fn cluster_name(
    t: &Words,
    categories: &Categories,
    n: usize,
    when: &str,
    by_category: &[usize],
) -> String {
    let parts: Vec<String> = (categories.iter().map(|(_, info)| info))
        .zip(by_category)
        .filter(|(_, n)| **n > 0)
        .map(|(c, n)| {
            fill(
                t.get(Key::cluster_part),
                &[
                    ("n", &integer(t, *n as u64)),
                    ("category", category_in_sentence(t, c)),
                ],
            )
        })
        .collect();
    fill(
        t.get(Key::cluster_name),
        &[
            ("events", &count(t, n)),
            ("when", when),
            ("parts", &parts.join(t.get(Key::list_separator))),
        ],
    )
}

/// The list view's heading: how many events, and where the list stops.
pub fn list_summary(t: &Words, total: usize, max_rows: usize) -> String {
    let mut summary = fill(t.get(Key::list_summary), &[("events", &count(t, total))]);
    if total > max_rows {
        summary.push_str(&fill(
            t.get(Key::list_more),
            &[("n", &integer(t, max_rows as u64))],
        ));
    }
    summary
}

/// Whether an event happened or is only planned.
pub fn status(t: &Words, planned: bool) -> &str {
    t.get(if planned { Key::planned } else { Key::happened })
}

/// The heading over an event's sources.
pub fn sources_heading(t: &Words, n: usize) -> &str {
    t.get(if n == 1 { Key::source } else { Key::sources })
}

/// "Trade figure: US$ 65 million".
pub fn trade_figure(t: &Words, amount: f64) -> String {
    fill(t.get(Key::trade_figure), &[("amount", &usd(t, amount))])
}

/// A source's sentence, quoted: “…”.
pub fn quoted(t: &Words, quote: &str) -> String {
    fill(t.get(Key::quoted), &[("quote", quote)])
}
