//! Search and filtering: which events a reader sees for the enabled categories and the
//! words typed into the search box. Case- and accent-insensitive, pure, tested natively.

use std::cell::OnceCell;

use super::category::{CategorySet, MAX_CATEGORIES};
use super::event::Dataset;

pub use super::fold::fold;

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
/// Built on the first search, not with the dataset: most readers never search, and with
/// a large dataset the texts take memory that the widget would otherwise hold
/// from the start. All events' texts are folded as one text, split by a separator that
/// no event's text holds and folding leaves as it is: in the browser that is one call
/// into its Unicode data, not one per event.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    texts: OnceCell<FoldedTexts>,
}

/// Every event's folded text, one after another, and where each one starts.
#[derive(Clone, Debug, Default, PartialEq)]
struct FoldedTexts {
    all: String,
    /// Start of event `i`'s text in `all`, and one more entry for the end: event `i`'s
    /// text runs to the separator just before `starts[i + 1]`.
    starts: Vec<usize>,
}

impl FoldedTexts {
    fn get(&self, i: usize) -> Option<&str> {
        let (&start, &next) = (self.starts.get(i)?, self.starts.get(i + 1)?);
        self.all.get(start..next - SEPARATOR.len_utf8())
    }
}

/// Separates events' texts while they are folded (a control character: no case, no
/// decomposition, not a mark). Removed from the texts themselves first.
const SEPARATOR: char = '\u{1F}';

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
    fn texts(&self, dataset: &Dataset) -> &FoldedTexts {
        self.texts.get_or_init(|| {
            let mut joined = String::new();
            for e in &dataset.events {
                push_clean(&mut joined, &e.title);
                for text in std::iter::once(&e.summary).chain(e.citations.iter().map(|c| &c.quote))
                {
                    joined.push('\n');
                    push_clean(&mut joined, text);
                }
                joined.push(SEPARATOR);
            }
            let all = fold(&joined);
            drop(joined);
            let mut starts = Vec::with_capacity(dataset.events.len() + 1);
            starts.push(0);
            starts.extend(all.match_indices(SEPARATOR).map(|(i, _)| i + 1));
            FoldedTexts { all, starts }
        })
    }
}

/// Appends `text` without the separator.
fn push_clean(out: &mut String, text: &str) {
    if text.contains(SEPARATOR) {
        out.extend(text.chars().map(|c| if c == SEPARATOR { ' ' } else { c }));
    } else {
        out.push_str(text);
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
    fn texts<'a>(&self, dataset: &'a Dataset, index: &'a SearchIndex) -> Option<&'a FoldedTexts> {
        (!self.words.is_empty()).then(|| index.texts(dataset))
    }

    /// Whether text `i` holds every word (see [`Filter::texts`]).
    fn has_words(&self, texts: Option<&FoldedTexts>, i: usize) -> bool {
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

    /// Per category (in the dataset's order), how many events match the query: what
    /// each category's toggle would show if it were on.
    pub fn counts(&self, dataset: &Dataset, index: &SearchIndex) -> [usize; MAX_CATEGORIES] {
        let texts = self.texts(dataset, index);
        let mut counts = [0; MAX_CATEGORIES];
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
