//! Native tests of the text module: every word the widget shows, its numbers and its
//! date phrases, and a check that the components hold no wording of their own.

use pakkaz_timeline::model::{Category, CategorySet, Date};
use pakkaz_timeline::text::{
    categories_phrase, category, cluster_name, count, date_long, description, list_summary,
    mark_name, month_abbreviation, nothing_shown, shown, span, usd, words, EN,
};

#[test]
fn dates_read_no_more_precisely_than_known() {
    assert_eq!(date_long(&Date::parse("1995").unwrap()), "1995");
    assert_eq!(date_long(&Date::parse("2020-02").unwrap()), "February 2020");
    assert_eq!(
        date_long(&Date::parse("1992-02-24").unwrap()),
        "24 February 1992"
    );
    let span = |a: &str, b: &str| span(&Date::parse(a).unwrap(), Some(&Date::parse(b).unwrap()));
    assert_eq!(span("2017", "2018"), "2017–2018");
    assert_eq!(span("2020-02", "2020-03"), "February–March 2020");
    assert_eq!(span("2021-05-03", "2021-05-05"), "3–5 May 2021");
    assert_eq!(span("2021-04-30", "2021-05-02"), "30 April–2 May 2021");
    assert_eq!(span("2019-11", "2020-01"), "November 2019–January 2020");
}

/// Trade figures pick their unit after rounding: 999.96 million reads "1 billion".
#[test]
fn trade_figures_never_read_a_thousand_of_a_unit() {
    assert_eq!(usd(999.96e6), "US$ 1 billion");
    assert_eq!(usd(999.94e6), "US$ 999.9 million");
    assert_eq!(usd(999_999.7), "US$ 1 million");
    assert_eq!(usd(999_999.4), "US$ 999,999");
    assert_eq!(usd(65e6), "US$ 65 million");
    assert_eq!(usd(12.6e6), "US$ 12.6 million");
    assert_eq!(usd(2.5e9), "US$ 2.5 billion");
    assert_eq!(usd(950_000.0), "US$ 950,000");
}

#[test]
fn counts_and_sentences_agree_in_number() {
    assert_eq!(count(0), "0 events");
    assert_eq!(count(1), "1 event");
    assert_eq!(count(12), "12 events");
    assert_eq!(shown(1), "1 event shown");
    assert_eq!(
        description(1, 1, 2001, 2001),
        "1 event from 1 source, 2001. Each rests on a quoted sentence of its source."
    );
    assert_eq!(
        description(29, 2, 1991, 2022),
        "29 events from 2 sources, 1991–2022. Each rests on a quoted sentence of its source."
    );
}

#[test]
fn categories_read_as_a_list_in_a_sentence() {
    let set = |cs: &[Category]| cs.iter().copied().collect::<CategorySet>();
    assert_eq!(categories_phrase(CategorySet::NONE), "no categories");
    assert_eq!(categories_phrase(set(&[Category::Trade])), "trade");
    assert_eq!(
        categories_phrase(set(&[Category::Political, Category::Trade])),
        "political and trade"
    );
    assert_eq!(
        categories_phrase(CategorySet::ALL),
        "political, military, trade and education"
    );
}

#[test]
fn an_empty_view_says_why() {
    assert_eq!(
        nothing_shown(CategorySet::NONE, ""),
        "No events to show: every category is switched off."
    );
    let trade: CategorySet = [Category::Trade].into_iter().collect();
    assert_eq!(
        nothing_shown(trade, "  "),
        "No events to show: none in trade."
    );
    assert_eq!(
        nothing_shown(trade, " visa "),
        "No trade events match “visa”."
    );
}

#[test]
fn marks_and_clusters_have_names_that_say_what_they_hold() {
    assert_eq!(mark_name("Flights", "2019", false), "Flights, 2019");
    assert_eq!(mark_name("Flights", "2019", true), "Flights, 2019, planned");
    assert_eq!(
        cluster_name(5, "March–May 2019", &[0, 0, 3, 2]),
        "5 events, March–May 2019: 3 trade, 2 education. Zoom in to see them."
    );
    assert_eq!(list_summary(3, 200), "3 events in view, in time order");
    assert_eq!(
        list_summary(250, 200),
        "250 events in view, in time order (the first 200: zoom in or search to see the rest)"
    );
}

#[test]
fn month_abbreviations_follow_the_calendar_in_any_year() {
    assert_eq!(month_abbreviation(0), "Jan");
    assert_eq!(month_abbreviation(11), "Dec");
    assert_eq!(month_abbreviation(12 * 2022 + 8), "Sep");
    assert_eq!(month_abbreviation(-1), "Dec");
}

#[test]
fn every_category_and_word_is_written() {
    for c in Category::ALL {
        assert!(!category(c).is_empty(), "{c}");
    }
    assert_eq!(words().category_names, EN.category_names);
    let names: std::collections::BTreeSet<_> = Category::ALL.into_iter().map(category).collect();
    assert_eq!(
        names.len(),
        Category::ALL.len(),
        "names tell categories apart"
    );
}

/// The components hold no wording: no text node, accessible name, title or placeholder
/// written in them with a letter in it. Everything a reader sees comes from `text`.
#[test]
fn components_hold_no_wording() {
    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    files(std::path::Path::new("src/components"), &mut paths);
    assert!(paths.len() > 10, "found the components");
    let mut found = Vec::new();
    for path in paths {
        let source = std::fs::read_to_string(&path).unwrap();
        for (n, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap();
            for opening in [
                "{ \"",
                "aria-label=\"",
                "title=\"",
                "placeholder=\"",
                "format!(\"",
            ] {
                for (at, _) in code.match_indices(opening) {
                    let literal = &code[at + opening.len()..];
                    let literal = &literal[..literal.find('"').unwrap_or(literal.len())];
                    let wording = literal.split_whitespace().any(|word| {
                        word.chars().filter(|c| c.is_alphabetic()).count() >= 3
                            && !word.contains(['{', '-', ':', '.', '#', '='])
                            // aria-pressed's values are not wording.
                            && !matches!(word, "true" | "false")
                    });
                    if wording {
                        found.push(format!("{}:{}: {literal}", path.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "wording outside `text`:\n{}",
        found.join("\n")
    );
}
