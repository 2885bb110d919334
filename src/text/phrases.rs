//! Sentences with something in them: the widget's description, statuses, accessible
//! names of marks and clusters, the empty state.

use super::{categories_phrase, category, count, usd, words};
use crate::model::{Category, CategorySet};

/// "29 events from 2 sources, 1991–2022. Each rests on a quoted sentence of its source."
pub fn description(events: usize, sources: usize, first_year: i32, last_year: i32) -> String {
    let years = if first_year == last_year {
        first_year.to_string()
    } else {
        format!("{first_year}–{last_year}")
    };
    format!(
        "{events} event{} from {sources} source{}, {years}. Each rests on a quoted sentence of its source.",
        if events == 1 { "" } else { "s" },
        if sources == 1 { "" } else { "s" },
    )
}

/// Why nothing is shown: no category on, none in those categories, or none matching.
pub fn nothing_shown(categories: CategorySet, query: &str) -> String {
    let query = query.trim();
    if !query.is_empty() {
        return format!(
            "No {} events match “{query}”.",
            categories_phrase(categories)
        );
    }
    if categories.is_empty() {
        "No events to show: every category is switched off.".to_string()
    } else {
        format!(
            "No events to show: none in {}.",
            categories_phrase(categories)
        )
    }
}

/// The status a screen reader hears as the filters change: "12 events shown".
pub fn shown(n: usize) -> String {
    format!("{} shown", count(n))
}

/// A category toggle's accessible name: "Trade (7)".
pub fn category_count(c: Category, n: usize) -> String {
    format!("{} ({n})", category(c))
}

/// A mark's accessible name: its title and date, and whether it is only planned.
pub fn mark_name(title: &str, when: &str, planned: bool) -> String {
    if planned {
        format!("{title}, {when}, planned")
    } else {
        format!("{title}, {when}")
    }
}

/// The date line of a mark's tip.
pub fn tip_when(when: String, planned: bool) -> String {
    if planned {
        format!("{when} · planned")
    } else {
        when
    }
}

/// A cluster's accessible name: "5 events, March–May 2019: 3 trade, 2 education. Zoom in
/// to see them." `by_category` is in `Category::ALL` order.
pub fn cluster_name(count: usize, when: &str, by_category: &[usize]) -> String {
    let parts: Vec<String> = Category::ALL
        .into_iter()
        .zip(by_category)
        .filter(|(_, n)| **n > 0)
        .map(|(c, n)| format!("{n} {}", category(c).to_ascii_lowercase()))
        .collect();
    format!(
        "{count} events, {when}: {}. Zoom in to see them.",
        parts.join(", ")
    )
}

/// The list view's heading: how many events, and where the list stops.
pub fn list_summary(total: usize, max_rows: usize) -> String {
    let mut summary = format!("{} in view, in time order", count(total));
    if total > max_rows {
        summary.push_str(&format!(
            " (the first {max_rows}: zoom in or search to see the rest)"
        ));
    }
    summary
}

/// Whether an event happened or is only planned.
pub fn status(planned: bool) -> &'static str {
    if planned {
        words().planned
    } else {
        words().happened
    }
}

/// The heading over an event's sources.
pub fn sources_heading(n: usize) -> &'static str {
    if n == 1 {
        words().source
    } else {
        words().sources
    }
}

/// "Trade figure: US$ 65 million".
pub fn trade_figure(amount: f64) -> String {
    format!("Trade figure: {}", usd(amount))
}

/// A source's sentence, quoted: “…”.
pub fn quoted(quote: &str) -> String {
    format!("“{quote}”")
}
