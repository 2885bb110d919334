#![cfg(not(target_arch = "wasm32"))]
//! A dataset's own categories: their validation, their colours' contrast, and their ids
//! in the filters' state, shared links, CSV files and the stylesheet.

use std::rc::Rc;

use pakkaz_core::model::category::{Category, MAX_CATEGORIES};
use pakkaz_core::model::colour::{contrast, luminance, parse_hex, DARK_BG, LIGHT_BG};
use pakkaz_core::model::csv::{read_csv, write_csv};
use pakkaz_core::model::{parse_dataset, CategorySet, Dataset, Label};
use pakkaz_core::state::{Action, State};
use pakkaz_core::text::Lang;
use serde_json::json;

/// A dataset with these categories and one event in each of the first `events` of them.
fn with_categories(categories: serde_json::Value, events: &[&str]) -> Result<Dataset, String> {
    let events: Vec<_> = events
        .iter()
        .enumerate()
        .map(|(i, c)| {
            json!({ "id": format!("e{i}"), "date": format!("{}", 2001 + i), "category": c,
                    "title": format!("Event {i}"), "sources": [{ "source": "s", "quote": "Q." }] })
        })
        .collect();
    parse_dataset(
        json!({ "title": "T", "categories": categories, "sources": [{ "id": "s", "title": "S" }],
                "events": events })
        .to_string(),
    )
}

fn twelve() -> serde_json::Value {
    (0..MAX_CATEGORIES)
        .map(|i| json!({ "id": format!("kind-{i}"), "label": format!("Kind {i}") }))
        .collect()
}

#[test]
fn a_dataset_may_declare_twelve_categories_of_its_own() {
    let ids: Vec<String> = (0..MAX_CATEGORIES).map(|i| format!("KIND-{i}")).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let dataset = with_categories(twelve(), &ids).unwrap();
    assert_eq!(dataset.categories.len(), MAX_CATEGORIES);
    for (i, (c, info)) in dataset.categories.iter().enumerate() {
        assert_eq!(c.index(), i);
        assert_eq!(info.label, Label::Own(format!("Kind {i}")));
        // Matched without regard to case, written in the declared form.
        assert_eq!(dataset.events[i].category, c);
        assert_eq!(info.id, format!("kind-{i}"));
    }
}

#[test]
fn every_problem_with_the_categories_is_named() {
    let error = with_categories(
        json!([
            { "id": "people", "label": "People" },
            { "id": "people", "label": "Again" },
            { "id": "two words", "label": "Spaces" },
            { "id": "pale", "label": "Pale", "color": "#facc15" },
            { "id": "dark", "label": "Dark", "color": "#111111" },
            { "id": "named", "label": "Named", "color": "teal" },
            { "id": "unlabelled" }
        ]),
        &["people", "sport"],
    )
    .unwrap_err();
    for expected in [
        "category \"people\", field `id`: is used by another category",
        "category \"two words\", field `id`: may hold only letters a–z, digits, - and _",
        "category \"pale\", field `color`: \"#facc15\" has a contrast of 1.5:1 on the light theme's background",
        "category \"dark\", field `color`: \"#111111\" has a contrast of 1.0:1 on the dark theme's background",
        "category \"named\", field `color`: \"teal\" is not a colour written #rgb or #rrggbb",
        "category \"unlabelled\", field `label`: is missing",
        "event \"e1\", field `category`: \"sport\" is not one of people\n",
    ] {
        assert!(error.contains(expected), "{expected}\nnot in\n{error}");
    }
    let mut thirteen = twelve();
    thirteen
        .as_array_mut()
        .unwrap()
        .push(json!({ "id": "more", "label": "More" }));
    let error = with_categories(thirteen, &["kind-0"]).unwrap_err();
    assert!(
        error.contains("dataset, field `categories`: has 13 categories; at most 12 are supported"),
        "{error}"
    );
    let error = with_categories(json!([]), &["trade"]).unwrap_err();
    assert!(error.contains("field `categories`: is empty"), "{error}");
}

#[test]
fn without_categories_the_four_built_in_ones_are_used() {
    let dataset = with_categories(serde_json::Value::Null, &["trade", "Education"]).unwrap();
    assert_eq!(
        dataset.categories.ids(),
        "political, military, trade, education"
    );
    assert_eq!(dataset.events[1].category.index(), 3);
}

#[test]
fn contrast_follows_wcag() {
    assert_eq!(parse_hex("#fff"), Some([255, 255, 255]));
    assert_eq!(parse_hex("#2F7D95"), Some([0x2f, 0x7d, 0x95]));
    for bad in ["fff", "#ffff", "#ggg", "#ff ff ff", "#", "#ffffff00"] {
        assert_eq!(parse_hex(bad), None, "{bad}");
    }
    assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
    assert!((contrast([255, 255, 255], [255, 255, 255]) - 1.0).abs() < 1e-9);
    // Every channel value as WCAG's formula gives it.
    for c in 0..=255u8 {
        let x = f64::from(c) / 255.0;
        let exact = if x <= 0.04045 {
            x / 12.92
        } else {
            // The reference is libm's pow itself, which the widget's own code leaves out.
            #[allow(clippy::disallowed_methods)]
            ((x + 0.055) / 1.055).powf(2.4)
        };
        let found = luminance([c, c, c]);
        assert!(
            (found - exact).abs() < 1e-12,
            "{c}: {found} against {exact}"
        );
    }
}

/// The default colour of every position keeps 3:1 on its theme's background.
#[test]
fn the_stylesheets_category_colours_keep_their_contrast() {
    let css = include_str!("../../styles/pakkaz.css");
    let named = ["political", "military", "trade", "education"];
    for i in 0..MAX_CATEGORIES {
        let name = match named.get(i) {
            Some(n) => format!("--pakkaz-{n}: light-dark("),
            None => format!("--pakkaz-cat-{i}: light-dark("),
        };
        let at = css
            .find(&name)
            .unwrap_or_else(|| panic!("{name} is not set"));
        let pair = &css[at + name.len()..];
        let pair = &pair[..pair.find(')').unwrap()];
        let (light, dark) = pair.split_once(", ").unwrap();
        let (light, dark) = (parse_hex(light).unwrap(), parse_hex(dark).unwrap());
        assert!(contrast(light, LIGHT_BG) >= 3.0, "{name} light");
        assert!(contrast(dark, DARK_BG) >= 3.0, "{name} dark");
    }
    let bg = "--pakkaz-bg: light-dark(#ffffff, #111827);";
    assert!(
        css.contains(bg),
        "the backgrounds the check uses are the stylesheet's"
    );
}

#[test]
fn the_filters_state_and_links_use_the_owners_ids() {
    let dataset = Rc::new(with_categories(twelve(), &["kind-0", "kind-5", "kind-11"]).unwrap());
    let state = State::new(dataset.clone(), pakkaz_core::start::range_of(&dataset))
        .apply(Action::Resize(1000.0));
    let five = Category::new(5);
    // Off and on again is everything, however it came about.
    let toggled = state.apply(Action::ToggleCategory(five));
    assert!(!toggled.categories.contains(five));
    assert_eq!(
        toggled.apply(Action::ToggleCategory(five)).categories,
        CategorySet::ALL
    );
    let every: CategorySet = dataset.categories.all().collect();
    assert_eq!(
        state.apply(Action::SetCategories(every)).categories,
        CategorySet::ALL
    );
    // A link names the categories on by their ids and restores them.
    let only = state.apply(Action::SetCategories(
        [Category::new(0), Category::new(11)].into_iter().collect(),
    ));
    let hash = pakkaz_core::state::link::encode(&only, Lang::En);
    assert_eq!(hash, "cats=kind-0,kind-11");
    let restored = state.apply(Action::Restore(pakkaz_core::url::decode(&hash).into()));
    assert_eq!(restored.categories, only.categories);
    // Ids of another dataset are ignored, not an error.
    let restored = state.apply(Action::Restore(
        pakkaz_core::url::decode("cats=trade").into(),
    ));
    assert_eq!(restored.categories, CategorySet::ALL);
}

#[test]
fn a_spreadsheet_declares_categories_in_rows_of_their_own() {
    let csv = "id,date,category,title,color,source_title,quote\n\
               product,category,,Products,#2f7d95,,\n\
               people,Category,,People,,,\n\
               app,2018-09,product,The app launches,,History,The app launched.\n\
               founded,2015,PEOPLE,Founded,,History,It was founded.\n";
    let dataset = read_csv(csv).unwrap();
    assert_eq!(dataset.categories.ids(), "product, people");
    assert_eq!(
        dataset.categories.get(Category::new(0)).color.as_deref(),
        Some("#2f7d95")
    );
    assert_eq!(dataset.events.len(), 2);
    // Written and read again, unchanged.
    let again = read_csv(&write_csv(&dataset)).unwrap();
    assert_eq!(again.categories, dataset.categories);
    let events = |d: &Dataset| -> Vec<(String, usize)> {
        d.events
            .iter()
            .map(|e| (e.id.clone(), e.category.index()))
            .collect()
    };
    assert_eq!(events(&again), events(&dataset));
    // Without categories of its own, no colour column is written.
    let builtin =
        read_csv("id,date,category,title,source_title,quote\na,2001,trade,A,S,Q.\n").unwrap();
    assert!(!write_csv(&builtin)
        .lines()
        .next()
        .unwrap()
        .contains("color"));
}

#[test]
fn a_spreadsheets_category_problems_are_named_by_row_and_column() {
    let csv = "id,date,category,title,color,source_title,quote\n\
               product,category,,Products,#fde047,,\n\
               people,category,trade,People,,History,A quote.\n\
               app,2018-09,product,The app launches,#2f7d95,History,The app launched.\n";
    let error = read_csv(csv).unwrap_err().to_string();
    for expected in [
        "row 2, column `color`: \"#fde047\" has a contrast of",
        "row 3, column `category`: \"trade\": a category row has only an id, a title (its label) and a color",
        "row 3, column `source_title`: \"History\": a category row quotes no source",
        "row 4, column `color`: only a category row (`category` in its date column) has a colour",
    ] {
        assert!(error.contains(expected), "{expected}\nnot in\n{error}");
    }
}
