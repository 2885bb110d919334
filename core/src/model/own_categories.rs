//! Validation of a dataset's own categories (`categories: [{ id, label, color }]`): at
//! most [`MAX_CATEGORIES`], each with an id of its own that URLs and spreadsheets can
//! carry, a label, and a colour that keeps its contrast on both themes. A dataset that
//! declares none has the four built-in ones.

use super::category::{Categories, CategoryInfo, Label, MAX_CATEGORIES};
use super::collector::{values, Collector};
use super::colour::colour_problem;
use super::format::{List, RawCategory};
use super::problems::{Item, Loc};

/// The longest label: it is a filter button's text.
pub const MAX_LABEL_CHARS: usize = 40;
/// The longest id: it is written in links (`#cats=…`).
pub const MAX_ID_CHARS: usize = 40;

/// The dataset's categories: its own if it declares any (each problem reported), else
/// the four built-in ones.
pub(super) fn check_categories(c: &mut Collector, raw: List<RawCategory>) -> Categories {
    let Some(raw) = c.list(&Loc::Dataset, "categories", raw) else {
        return Categories::builtin();
    };
    if raw.is_empty() {
        c.push(
            &Loc::Dataset,
            "categories",
            "is empty: leave it out for the four built-in categories",
        );
    } else if raw.len() > MAX_CATEGORIES {
        c.push(
            &Loc::Dataset,
            "categories",
            format!(
                "has {} categories; at most {MAX_CATEGORIES} are supported",
                raw.len()
            ),
        );
        return Categories::builtin();
    }
    let mut own: Vec<CategoryInfo> = Vec::with_capacity(raw.len());
    let mut ids: Vec<String> = Vec::with_capacity(raw.len());
    for (i, r) in values(raw) {
        if let Some(info) = check_category(c, i, r, &mut ids) {
            own.push(info);
        }
    }
    // Declared, even if none is valid: events are checked against these, not the
    // built-in ones (a dataset with a problem is not shown anyway).
    Categories::own(own)
}

/// The `i`th category, checked: `None` if it has a problem.
fn check_category(
    c: &mut Collector,
    i: usize,
    r: RawCategory,
    ids: &mut Vec<String>,
) -> Option<CategoryInfo> {
    let by_position = Loc::Item {
        kind: Item::Category,
        index: i,
        id: "",
    };
    let id = c.text(&by_position, "id", r.id, MAX_ID_CHARS);
    let location = Loc::Item {
        kind: Item::Category,
        index: i,
        id: &id,
    };
    let mut ok = !id.is_empty();
    if ok && !is_slug(&id) {
        c.push(
            &location,
            "id",
            "may hold only letters a–z, digits, - and _ (it is written in links)",
        );
        ok = false;
    } else if ok && ids.iter().any(|e| e.eq_ignore_ascii_case(&id)) {
        c.push(&location, "id", "is used by another category");
        ok = false;
    }
    ids.push(id.clone());
    let label = c.text(&location, "label", r.label, MAX_LABEL_CHARS);
    ok &= !label.is_empty();
    let color = c
        .present(&location, "color", r.color)
        .map(|s| s.trim().to_string());
    if let Some(problem) = color.as_deref().and_then(colour_problem) {
        c.push(&location, "color", problem);
        ok = false;
    }
    ok.then(|| CategoryInfo {
        id: id.to_ascii_lowercase(),
        label: Label::Own(label),
        color: color.map(|c| c.to_ascii_lowercase()),
    })
}

/// Letters a–z (either case), digits, `-` and `_`.
fn is_slug(id: &str) -> bool {
    id.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}
