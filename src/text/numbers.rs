//! Numbers for readers: counts of events, trade figures, lists of categories.

use crate::model::{Category, CategorySet};
use crate::timeline::number::Tenths;

/// "1 event", "12 events".
pub fn count(n: usize) -> String {
    if n == 1 {
        "1 event".to_string()
    } else {
        format!("{n} events")
    }
}

/// "US$ 65 million", "US$ 12.6 million", "US$ 950,000".
pub fn usd(amount: f64) -> String {
    // The unit is chosen after rounding to tenths: 999.96 million is "1 billion", not
    // "1000 million".
    if amount >= 999.95e6 {
        format!("US$ {} billion", Tenths(amount / 1e9))
    } else if amount >= 999_999.5 {
        format!("US$ {} million", Tenths(amount / 1e6))
    } else {
        let whole = amount.round() as u64;
        let digits = whole.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        format!("US$ {out}")
    }
}

/// Categories' names joined for a sentence: "political and trade".
pub fn categories_phrase(set: CategorySet) -> String {
    let names: Vec<String> = set
        .iter()
        .map(|c: Category| super::category(c).to_ascii_lowercase())
        .collect();
    match names.len() {
        0 => "no categories".to_string(),
        1 => names[0].clone(),
        n => format!("{} and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}
