//! Numbers for readers, with the language's separators (as `Intl.NumberFormat` writes
//! them; the browser tests compare): counts of events, trade figures, lists of
//! categories.

use super::words::EVENTS;
use super::{category_in_sentence, fill, Key, Words};
use crate::model::{Categories, CategorySet};
use crate::number::{clamp, push_padded};

/// A whole number with the language's group separator: "1,234", "1 234".
pub fn integer(t: &Words, n: u64) -> String {
    let digits = n.to_string();
    let separator = t.get(Key::group_separator);
    let mut out = String::with_capacity(digits.len() + 8);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// A positive number to a tenth at most, with the language's separators: "12.6",
/// "12,6", "1,234".
pub fn tenths(t: &Words, x: f64) -> String {
    decimal(t, x, 1)
}

/// A positive number to at most `decimals` places, trailing zeros dropped, with the
/// language's separators: "13.8", "66", "4,54".
pub fn decimal(t: &Words, x: f64, decimals: usize) -> String {
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals as u32);
    let scaled = clamp((x * scale as f64).round(), 0.0, 1e15) as u64;
    let mut out = integer(t, scaled / scale);
    let mut fraction = String::new();
    if decimals > 0 {
        push_padded(&mut fraction, scaled % scale, decimals);
    }
    while fraction.ends_with('0') {
        fraction.pop();
    }
    if !fraction.is_empty() {
        out.push_str(t.get(Key::decimal_separator));
        out.push_str(&fraction);
    }
    out
}

/// "1 event", "12 events", in the language's plural forms.
pub fn count(t: &Words, n: usize) -> String {
    fill(t.plural(EVENTS, n), &[("n", &integer(t, n as u64))])
}

/// "US$ 65 million", "US$ 12.6 million", "US$ 950,000".
pub fn usd(t: &Words, amount: f64) -> String {
    // The unit is chosen after rounding to tenths: 999.96 million is "1 billion", not
    // "1000 million".
    let (key, n) = if amount >= 999.95e6 {
        (Key::usd_billion, tenths(t, amount / 1e9))
    } else if amount >= 999_999.5 {
        (Key::usd_million, tenths(t, amount / 1e6))
    } else {
        (Key::usd, integer(t, amount.round() as u64))
    };
    fill(t.get(key), &[("n", &n)])
}

/// Categories' names joined for a sentence: "political and trade".
pub fn categories_phrase(t: &Words, all: &Categories, set: CategorySet) -> String {
    let names: Vec<String> = (all.iter())
        .filter(|&(c, _)| set.contains(c))
        .map(|(_, info)| category_in_sentence(t, info).to_string())
        .collect();
    match names.len() {
        0 => t.get(Key::no_categories).to_string(),
        1 => names[0].clone(),
        n => format!(
            "{}{}{}",
            names[..n - 1].join(t.get(Key::list_separator)),
            t.get(Key::list_and),
            names[n - 1]
        ),
    }
}
