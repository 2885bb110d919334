//! Every word the widget shows or says, and how it writes numbers and dates, in each
//! language it speaks.
//!
//! Labels, buttons, accessible names, statuses, empty states, counts, trade figures and
//! date phrases all come from here: components hold no wording of their own. Each
//! language is one file of strings by key (`lang/en.rs`, `ur.rs`, `kk.rs`, `ru.rs`); a
//! widget's [`Words`] are its language's, with English for any missing and the host's
//! overrides. Pure and tested natively (`tests/text.rs`).
//!
//! Left out on purpose: the data's own text (titles, summaries and quotes, shown as
//! written), the embedding API's error messages and the dataset validator's messages,
//! which are for site owners and name the API's options and the format's fields.

mod dates;
pub(crate) mod keys;
pub mod lang;
mod numbers;
mod phrases;
mod words;

pub use dates::{date_long, month_abbreviation, span, when};
pub use lang::en::Key;
pub use lang::{Lang, Plural};
pub use numbers::{categories_phrase, count, integer, tenths, usd};
pub use phrases::*;
pub use words::{fill, Words};

use crate::model::Category;

/// A category's name inside a sentence ("none in trade"; in English, lower-cased).
pub fn category_in_sentence(t: &Words, c: Category) -> &str {
    t.get(match c {
        Category::Political => Key::in_sentence_political,
        Category::Military => Key::in_sentence_military,
        Category::Trade => Key::in_sentence_trade,
        Category::Education => Key::in_sentence_education,
    })
}

/// The name readers see for a category.
pub fn category(t: &Words, c: Category) -> &str {
    t.get(match c {
        Category::Political => Key::category_political,
        Category::Military => Key::category_military,
        Category::Trade => Key::category_trade,
        Category::Education => Key::category_education,
    })
}
