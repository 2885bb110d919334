//! Search and filtering: which events a reader sees for the enabled categories and the
//! words typed into the search box. Case- and accent-insensitive, pure, tested natively.

use std::cell::OnceCell;

use super::category::{Category, CategorySet};
use super::event::Dataset;

/// The lower case of a Latin, Greek or Cyrillic letter (Kazakh's Қ, Ә, Ө, І… included),
/// by the regular layout of those Unicode blocks; any other character is returned as
/// it is. Why not `char::to_lowercase`: its table of every cased script is about 16 KB
/// of wasm, and the readers' languages are written in these scripts or in uncased ones
/// (Urdu). A native test checks this against `to_lowercase` for Latin-1,
/// Latin Extended-A, Greek and Cyrillic (U+0000–U+017F, U+0370–U+052F).
pub fn lower(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 32,
        // Latin Extended-A: capitals at even code points, or at odd ones in two runs.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 => u | 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x130 => 0x69, // İ: a dotted capital I, folded to plain i
        0x178 => 0xFF,
        0x370..=0x373 | 0x3D8..=0x3EF => u | 1,
        0x376 => 0x377,
        0x37F => 0x3F3,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 32,
        0x3CF => 0x3D7,
        0x3F4 => 0x3B8,
        0x3F7 => 0x3F8,
        0x3F9 => 0x3F2,
        0x3FA => 0x3FB,
        0x3FD..=0x3FF => u - 130,
        0x400..=0x40F => u + 80,
        0x410..=0x42F => u + 32,
        // Cyrillic supplements: capitals at even code points, or odd ones in one run.
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F => u | 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if u % 2 == 1 => u + 1,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Lower-cases `text` and drops the accents of Latin letters ("Astana", "ÁSTANA" and
/// "astaná" all fold to "astana"); typographic apostrophes become plain ones. Scripts
/// without such accents (Cyrillic, Arabic, ...) are only lower-cased.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().map(lower) {
        out.push(match c {
            'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
            'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
            'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
            'ķ' => 'k',
            'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
            'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
            'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
            'ŕ' | 'ŗ' | 'ř' => 'r',
            'ś' | 'ŝ' | 'ş' | 'š' => 's',
            'ţ' | 'ť' | 'ŧ' => 't',
            'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            '’' | '‘' | '`' => '\'',
            '\u{0300}'..='\u{036f}' => continue, // combining accents
            other => other,
        });
    }
    out
}

/// The words of a query, folded; empty words dropped.
pub fn query_words(query: &str) -> Vec<String> {
    fold(query)
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The folded text of each event that a search looks in: title, summary and quotes.
///
/// Built on the first search, not with the dataset: most readers never search, and at
/// 10,000 events the texts take about a megabyte that the widget would otherwise hold
/// from the start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    texts: OnceCell<Vec<String>>,
}

impl SearchIndex {
    /// An index of `dataset` built at once.
    pub fn new(dataset: &Dataset) -> SearchIndex {
        let index = SearchIndex::default();
        index.texts(dataset);
        index
    }

    /// Whether the texts have been folded yet.
    pub fn is_built(&self) -> bool {
        self.texts.get().is_some()
    }

    /// The folded texts of `dataset` (the dataset this index is for), built on first use.
    fn texts(&self, dataset: &Dataset) -> &[String] {
        self.texts.get_or_init(|| {
            dataset
                .events
                .iter()
                .map(|e| {
                    let mut text = fold(&e.title);
                    text.push('\n');
                    text.push_str(&fold(&e.summary));
                    for c in &e.citations {
                        text.push('\n');
                        text.push_str(&fold(&c.quote));
                    }
                    text
                })
                .collect()
        })
    }
}

/// What the reader has asked to see.
#[derive(Clone, Debug, PartialEq)]
pub struct Filter {
    pub categories: CategorySet,
    pub words: Vec<String>,
}

impl Filter {
    pub fn new(categories: CategorySet, query: &str) -> Filter {
        Filter {
            categories,
            words: query_words(query),
        }
    }

    pub fn is_everything(&self) -> bool {
        self.categories == CategorySet::ALL && self.words.is_empty()
    }

    pub fn shows(&self, dataset: &Dataset, index: &SearchIndex, event: usize) -> bool {
        dataset
            .events
            .get(event)
            .is_some_and(|e| self.categories.contains(e.category))
            && self.has_words(self.texts(dataset, index), event)
    }

    /// The folded texts to look for the words in: `None` for an empty query (everything
    /// matches, and the index is not built for it).
    fn texts<'a>(&self, dataset: &'a Dataset, index: &'a SearchIndex) -> Option<&'a [String]> {
        (!self.words.is_empty()).then(|| index.texts(dataset))
    }

    /// Whether text `i` holds every word (see [`Filter::texts`]).
    fn has_words(&self, texts: Option<&[String]>, i: usize) -> bool {
        texts.is_none_or(|t| {
            t.get(i)
                .is_some_and(|t| self.words.iter().all(|w| t.contains(w.as_str())))
        })
    }

    /// One flag per event: shown or not.
    pub fn mask(&self, dataset: &Dataset, index: &SearchIndex) -> Vec<bool> {
        let texts = self.texts(dataset, index);
        dataset
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| self.categories.contains(e.category) && self.has_words(texts, i))
            .collect()
    }

    /// Per category (in `Category::ALL` order), how many events match the query: what
    /// each category's toggle would show if it were on.
    pub fn counts(&self, dataset: &Dataset, index: &SearchIndex) -> [usize; 4] {
        let texts = self.texts(dataset, index);
        let mut counts = [0; 4];
        for (i, e) in dataset.events.iter().enumerate() {
            if self.has_words(texts, i) {
                counts[e.category.index()] += 1;
            }
        }
        counts
    }
}

/// The next (or previous) event after `from` in time order that `shown` allows.
pub fn step(shown: &[bool], from: usize, forward: bool) -> Option<usize> {
    if forward {
        (from + 1..shown.len()).find(|&i| shown[i])
    } else {
        (0..from.min(shown.len())).rev().find(|&i| shown[i])
    }
}

/// Convenience for labels: "1 event", "12 events".
pub fn count_label(n: usize) -> String {
    if n == 1 {
        "1 event".to_string()
    } else {
        format!("{n} events")
    }
}

/// All categories' labels joined for a sentence: "political and trade".
pub fn categories_phrase(set: CategorySet) -> String {
    let names: Vec<String> = set
        .iter()
        .map(|c: Category| c.label().to_ascii_lowercase())
        .collect();
    match names.len() {
        0 => "no categories".to_string(),
        1 => names[0].clone(),
        n => format!("{} and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}
