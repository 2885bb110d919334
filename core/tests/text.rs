//! Native tests of the text module: every word the widget shows, its numbers and its
//! date phrases in each language, the translations' completeness, and a check that the
//! components hold no wording of their own.

use pakkaz_core::model::{Builtin, Categories, Category, CategorySet, Date};
use pakkaz_core::text::keys::entries;
use pakkaz_core::text::lang::en::TABLE as ENGLISH;
use pakkaz_core::text::{
    categories_phrase, category, cluster_name, count, date_long, description, fill, list_summary,
    mark_name, month_abbreviation, nothing_shown, shown, span, usd, Key, Lang, Plural, Words,
};

fn en() -> Words {
    Words::english()
}

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

#[test]
fn dates_read_no_more_precisely_than_known() {
    let t = en();
    assert_eq!(date_long(&t, &date("1995")), "1995");
    assert_eq!(date_long(&t, &date("2020-02")), "February 2020");
    assert_eq!(date_long(&t, &date("1992-02-24")), "24 February 1992");
    let span = |a: &str, b: &str| span(&t, &date(a), Some(&date(b)));
    assert_eq!(span("2017", "2018"), "2017–2018");
    assert_eq!(span("2020-02", "2020-03"), "February–March 2020");
    assert_eq!(span("2021-05-03", "2021-05-05"), "3–5 May 2021");
    assert_eq!(span("2021-04-30", "2021-05-02"), "30 April–2 May 2021");
    assert_eq!(span("2019-11", "2020-01"), "November 2019–January 2020");
}

/// Each language's dates, as the browser's `Intl.DateTimeFormat` writes them (the
/// browser tests compare every month and precision with it).
#[test]
fn dates_follow_each_languages_conventions_and_keep_their_precision() {
    let cases = [
        (Lang::Ru, "24 февраля 1992 г.", "февраль 2020 г.", "1995"),
        (Lang::Kk, "1992 ж. 24 ақпан", "2020 ж. ақпан", "1995"),
        (Lang::Ur, "24 فروری، 1992", "فروری 2020", "1995"),
    ];
    for (lang, day, month, year) in cases {
        let t = Words::of(lang);
        assert_eq!(
            date_long(&t, &date("1992-02-24")).replace('\u{a0}', " "),
            day,
            "{lang:?}"
        );
        assert_eq!(
            date_long(&t, &date("2020-02")).replace('\u{a0}', " "),
            month,
            "{lang:?}"
        );
        assert_eq!(date_long(&t, &date("1995")), year, "{lang:?}");
        assert_eq!(
            span(&t, &date("2017"), Some(&date("2018"))),
            "2017–2018",
            "{lang:?}"
        );
    }
}

/// Trade figures pick their unit after rounding: 999.96 million reads "1 billion".
#[test]
fn trade_figures_never_read_a_thousand_of_a_unit() {
    let t = en();
    assert_eq!(usd(&t, 999.96e6), "US$ 1 billion");
    assert_eq!(usd(&t, 999.94e6), "US$ 999.9 million");
    assert_eq!(usd(&t, 999_999.7), "US$ 1 million");
    assert_eq!(usd(&t, 999_999.4), "US$ 999,999");
    assert_eq!(usd(&t, 65e6), "US$ 65 million");
    assert_eq!(usd(&t, 12.6e6), "US$ 12.6 million");
    assert_eq!(usd(&t, 2.5e9), "US$ 2.5 billion");
    assert_eq!(usd(&t, 950_000.0), "US$ 950,000");
}

#[test]
fn numbers_use_each_languages_separators() {
    let ru = Words::of(Lang::Ru);
    assert!(usd(&ru, 12.6e6).contains("12,6"), "{}", usd(&ru, 12.6e6));
    assert!(
        usd(&ru, 950_000.0).contains("950\u{a0}000"),
        "{}",
        usd(&ru, 950_000.0)
    );
    assert!(usd(&Words::of(Lang::Ur), 950_000.0).contains("950,000"));
    assert_eq!(count(&Words::of(Lang::Kk), 1234), "1\u{a0}234 оқиға");
}

#[test]
fn counts_and_sentences_agree_in_number() {
    let t = en();
    assert_eq!(count(&t, 0), "0 events");
    assert_eq!(count(&t, 1), "1 event");
    assert_eq!(count(&t, 12), "12 events");
    assert_eq!(shown(&t, 1), "1 event shown");
    assert_eq!(
        description(&t, 1, 1, 2001, 2001),
        "1 event from 1 source, 2001. Each rests on a quoted sentence of its source."
    );
    assert_eq!(
        description(&t, 29, 2, 1991, 2022),
        "29 events from 2 sources, 1991–2022. Each rests on a quoted sentence of its source."
    );
}

/// Russian counts take three forms, by CLDR's rules.
#[test]
fn russian_counts_take_the_form_their_number_asks_for() {
    let ru = Words::of(Lang::Ru);
    for (n, form) in [
        (1, "событие"),
        (2, "события"),
        (5, "событий"),
        (11, "событий"),
        (21, "событие"),
        (22, "события"),
        (112, "событий"),
    ] {
        assert!(count(&ru, n).ends_with(form), "{n}: {}", count(&ru, n));
    }
    assert_eq!(Lang::Ru.plural(3), Plural::Few);
    assert_eq!(Lang::Kk.plural(5), Plural::Other);
}

#[test]
fn categories_read_as_a_list_in_a_sentence() {
    let t = en();
    let set = |cs: &[Category]| cs.iter().copied().collect::<CategorySet>();
    let all = Categories::builtin();
    assert_eq!(
        categories_phrase(&t, &all, CategorySet::NONE),
        "no categories"
    );
    assert_eq!(
        categories_phrase(&t, &all, set(&[Builtin::Trade.category()])),
        "trade"
    );
    assert_eq!(
        categories_phrase(
            &t,
            &all,
            set(&[Builtin::Political.category(), Builtin::Trade.category()])
        ),
        "political and trade"
    );
    assert_eq!(
        categories_phrase(&t, &all, CategorySet::ALL),
        "political, military, trade and education"
    );
}

#[test]
fn an_empty_view_says_why() {
    let t = en();
    let all = Categories::builtin();
    assert_eq!(
        nothing_shown(&t, &all, CategorySet::NONE, ""),
        "No events to show: every category is switched off."
    );
    let trade: CategorySet = [Builtin::Trade.category()].into_iter().collect();
    assert_eq!(
        nothing_shown(&t, &all, trade, "  "),
        "No events to show: none in trade."
    );
    assert_eq!(
        nothing_shown(&t, &all, trade, " visa "),
        "No trade events match “visa”."
    );
}

#[test]
fn marks_and_clusters_have_names_that_say_what_they_hold() {
    let t = en();
    assert_eq!(mark_name(&t, "Flights", "2019", false), "Flights, 2019");
    assert_eq!(
        mark_name(&t, "Flights", "2019", true),
        "Flights, 2019, planned"
    );
    assert_eq!(
        cluster_name(
            &t,
            &Categories::builtin(),
            5,
            "March–May 2019",
            &[0, 0, 3, 2]
        ),
        "5 events, March–May 2019: 3 trade, 2 education. Zoom in to see them."
    );
    assert_eq!(list_summary(&t, 3, 200), "3 events in view, in time order");
    assert_eq!(
        list_summary(&t, 250, 200),
        "250 events in view, in time order (the first 200: zoom in or search to see the rest)"
    );
}

#[test]
fn month_abbreviations_follow_the_calendar_in_any_year() {
    let t = en();
    assert_eq!(month_abbreviation(&t, 0), "Jan");
    assert_eq!(month_abbreviation(&t, 11), "Dec");
    assert_eq!(month_abbreviation(&t, 12 * 2022 + 8), "Sep");
    assert_eq!(month_abbreviation(&t, -1), "Dec");
    assert_eq!(month_abbreviation(&Words::of(Lang::Ru), 1), "февр.");
}

#[test]
fn every_category_is_named_and_told_apart_in_every_language() {
    for lang in Lang::ALL {
        let t = Words::of(lang);
        let all = Categories::builtin();
        let names: std::collections::BTreeSet<_> = all
            .iter()
            .map(|(_, c)| category(&t, c).to_string())
            .collect();
        assert_eq!(
            names.len(),
            Builtin::ALL.len(),
            "{lang:?}: names tell categories apart"
        );
        assert!(names.iter().all(|n| !n.is_empty()));
    }
}

/// The `{name}` marks of a string.
fn marks(text: &str) -> std::collections::BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}

/// Every string any shipped language lacks, listed; there are none. A language gives a
/// form of each count for each plural category its rules use, and its strings keep the
/// `{name}` marks of the English ones.
#[test]
fn no_shipped_language_lacks_a_string() {
    let english: Vec<(&str, &str)> = entries(ENGLISH).collect();
    assert_eq!(english.len(), Key::ALL.len(), "English has every key once");
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        let table: Vec<(&str, &str)> = entries(lang.table()).collect();
        for &key in Key::ALL {
            let name = key.name();
            let counted = name.starts_with("events_") || name.starts_with("sources_");
            let form = [Plural::One, Plural::Few, Plural::Many, Plural::Other]
                .into_iter()
                .find(|p| counted && name.ends_with(p.suffix()));
            if form.is_some_and(|f| !lang.plurals().contains(&f)) {
                continue; // a form the language's rules never pick
            }
            match table.iter().find(|(k, _)| *k == name) {
                None => missing.push(format!("{lang:?}: {name}")),
                Some((_, text)) => {
                    let (_, english) = english.iter().find(|(k, _)| *k == name).unwrap();
                    if marks(text) != marks(english) {
                        missing.push(format!(
                            "{lang:?}: {name} has marks {:?}, English {:?}",
                            marks(text),
                            marks(english)
                        ));
                    }
                }
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        for (name, _) in &table {
            if !seen.insert(*name) {
                missing.push(format!("{lang:?}: {name} is given twice"));
            }
            if !Key::ALL.iter().any(|k| k.name() == *name) {
                missing.push(format!("{lang:?}: {name} is not a string of the widget"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "strings missing or wrong:\n{}",
        missing.join("\n")
    );
}

#[test]
fn a_host_may_override_any_single_string() {
    let t = Words::new(Lang::Ru, vec![("zoom_in".into(), "Ближе".into())]).unwrap();
    assert_eq!(t.get(Key::zoom_in), "Ближе");
    assert_eq!(t.get(Key::zoom_out), Words::of(Lang::Ru).get(Key::zoom_out));
    let t = Words::new(Lang::Ru, vec![("events_many".into(), "{n} штук".into())]).unwrap();
    assert_eq!(count(&t, 5), "5 штук");
    assert!(Words::new(Lang::En, vec![("zoom_inn".into(), "x".into())])
        .unwrap_err()
        .contains("\"zoom_inn\" is not a string of the widget"));
}

#[test]
fn a_language_is_chosen_by_its_tag() {
    assert_eq!(Lang::parse("ur-PK"), Some(Lang::Ur));
    assert_eq!(Lang::parse("RU"), Some(Lang::Ru));
    assert_eq!(Lang::parse("de"), None);
    assert_eq!(Lang::first_spoken(["de-DE", "kk-KZ", "ru"]), Lang::Kk);
    assert_eq!(Lang::first_spoken(["de"]), Lang::En);
    assert_eq!(Lang::Ur.dir(), "rtl");
}

#[test]
fn values_are_put_in_once_and_never_read_as_marks() {
    assert_eq!(
        fill("{a} and {b}", &[("a", "{b}"), ("b", "x")]),
        "{b} and x"
    );
    assert_eq!(fill("{unknown} {", &[]), "{unknown} {");
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
    files(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../src/components")),
        &mut paths,
    );
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
