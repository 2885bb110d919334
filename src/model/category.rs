//! The four kinds of event the timeline distinguishes.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Political,
    Military,
    Trade,
    Education,
}

impl Category {
    /// In the order the legend and filters show them.
    pub const ALL: [Category; 4] = [
        Category::Political,
        Category::Military,
        Category::Trade,
        Category::Education,
    ];

    /// The identifier used in data files, URLs and CSS classes.
    pub fn id(self) -> &'static str {
        match self {
            Category::Political => "political",
            Category::Military => "military",
            Category::Trade => "trade",
            Category::Education => "education",
        }
    }

    /// The CSS class that gives a mark, filter or bar the category's colour.
    pub fn class(self) -> &'static str {
        match self {
            Category::Political => "pakkaz-cat--political",
            Category::Military => "pakkaz-cat--military",
            Category::Trade => "pakkaz-cat--trade",
            Category::Education => "pakkaz-cat--education",
        }
    }

    pub fn parse(id: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == id)
    }

    /// Position in [`Category::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// A set of categories, as a bit mask: cheap to copy, compare and store in state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CategorySet(u8);

impl CategorySet {
    pub const NONE: CategorySet = CategorySet(0);
    pub const ALL: CategorySet = CategorySet(0b1111);

    pub fn contains(self, c: Category) -> bool {
        self.0 & c.bit() != 0
    }

    pub fn with(self, c: Category) -> CategorySet {
        CategorySet(self.0 | c.bit())
    }

    pub fn without(self, c: Category) -> CategorySet {
        CategorySet(self.0 & !c.bit())
    }

    pub fn toggled(self, c: Category) -> CategorySet {
        CategorySet(self.0 ^ c.bit())
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Category> {
        Category::ALL.into_iter().filter(move |c| self.contains(*c))
    }
}

impl FromIterator<Category> for CategorySet {
    fn from_iter<I: IntoIterator<Item = Category>>(iter: I) -> Self {
        iter.into_iter().fold(CategorySet::NONE, CategorySet::with)
    }
}

impl Default for CategorySet {
    fn default() -> Self {
        CategorySet::ALL
    }
}
