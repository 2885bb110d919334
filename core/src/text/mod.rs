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

pub mod cite;
mod dates;
pub mod keys;
pub mod lang;
mod numbers;
mod phrases;
mod words;
mod years;

pub use dates::{
    clock_text, date_long, date_short, label_lead, month_abbreviation, span, time_of_day, when,
};
pub use lang::en::Key;
pub use lang::{Lang, Plural};
pub use numbers::{categories_phrase, count, decimal, integer, tenths, usd};
pub use phrases::*;
pub use words::{fill, Words};
pub use years::{axis_year, year_alone, year_number, DEEP_YEAR};

use crate::model::{Builtin, CategoryInfo, Label};

/// A category's name inside a sentence ("none in trade"; in English, a built-in one
/// lower-cased). An owner's label is written as it is.
pub fn category_in_sentence<'a>(t: &'a Words, c: &'a CategoryInfo) -> &'a str {
    match c.label {
        Label::Own(ref label) => label,
        Label::Builtin(b) => t.get(match b {
            Builtin::Political => Key::in_sentence_political,
            Builtin::Military => Key::in_sentence_military,
            Builtin::Trade => Key::in_sentence_trade,
            Builtin::Education => Key::in_sentence_education,
        }),
    }
}

/// The name readers see for a category: a built-in one's in the widget's language, an
/// owner's as written.
pub fn category<'a>(t: &'a Words, c: &'a CategoryInfo) -> &'a str {
    match c.label {
        Label::Own(ref label) => label,
        Label::Builtin(b) => t.get(match b {
            Builtin::Political => Key::category_political,
            Builtin::Military => Key::category_military,
            Builtin::Trade => Key::category_trade,
            Builtin::Education => Key::category_education,
        }),
    }
}
