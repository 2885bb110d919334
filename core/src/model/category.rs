//! The kinds of event a dataset distinguishes: the four built-in ones (political,
//! military, trade, education), or up to [`MAX_CATEGORIES`] of the site owner's own,
//! declared in the dataset's `categories` list.
//!
//! An event's [`Category`] is a position in its dataset's [`Categories`]; the stylesheet
//! gives each position a colour and a symbol of its own (`pakkaz-cat--0` …
//! `pakkaz-cat--11`), so colour is never the only cue.

use std::rc::Rc;

/// How many categories a dataset may declare: one per symbol the stylesheet draws.
pub const MAX_CATEGORIES: usize = 12;

/// An event's category: its position in the dataset's [`Categories`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Category(u8);

/// The CSS class of each position: its colour and its symbol.
const CLASSES: [&str; MAX_CATEGORIES] = [
    "pakkaz-cat--0",
    "pakkaz-cat--1",
    "pakkaz-cat--2",
    "pakkaz-cat--3",
    "pakkaz-cat--4",
    "pakkaz-cat--5",
    "pakkaz-cat--6",
    "pakkaz-cat--7",
    "pakkaz-cat--8",
    "pakkaz-cat--9",
    "pakkaz-cat--10",
    "pakkaz-cat--11",
];

impl Category {
    /// The category at `index` (below [`MAX_CATEGORIES`]).
    pub fn new(index: usize) -> Category {
        debug_assert!(index < MAX_CATEGORIES);
        Category(index as u8)
    }

    /// Position in the dataset's categories (the legend's and the filters' order).
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The CSS class that gives a mark, filter or bar the category's colour and symbol.
    pub fn class(self) -> &'static str {
        CLASSES[self.index()]
    }

    fn bit(self) -> u16 {
        1 << self.0
    }
}

/// The four categories a dataset has when it declares none, named in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Political,
    Military,
    Trade,
    Education,
}

impl Builtin {
    pub const ALL: [Builtin; 4] = [
        Builtin::Political,
        Builtin::Military,
        Builtin::Trade,
        Builtin::Education,
    ];

    /// Its category in a dataset with the built-in categories (its position in `ALL`).
    pub fn category(self) -> Category {
        Category::new(self as usize)
    }

    /// The identifier used in data files, URLs and options.
    pub fn id(self) -> &'static str {
        match self {
            Builtin::Political => "political",
            Builtin::Military => "military",
            Builtin::Trade => "trade",
            Builtin::Education => "education",
        }
    }
}

/// What readers see a category called.
#[derive(Clone, Debug, PartialEq)]
pub enum Label {
    /// A built-in category, named in the widget's language.
    Builtin(Builtin),
    /// The site owner's own label, shown as written.
    Own(String),
}

/// One category of a dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct CategoryInfo {
    /// The identifier in data files, URLs and options (`trade`, `new-campus`).
    pub id: String,
    pub label: Label,
    /// The owner's colour (`#rrggbb`), checked for contrast on both themes; `None` for
    /// the stylesheet's colour of its position.
    pub color: Option<String>,
}

/// A dataset's categories, in the order the legend and the filters show them.
#[derive(Clone, Debug)]
pub struct Categories(Rc<[CategoryInfo]>);

/// The same list is the same categories without a look inside: clusters compare theirs
/// on every frame of a zoom.
impl PartialEq for Categories {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || self.0 == other.0
    }
}

impl Categories {
    /// The four built-in categories.
    pub fn builtin() -> Categories {
        Categories(
            Builtin::ALL
                .iter()
                .map(|&b| CategoryInfo {
                    id: b.id().to_string(),
                    label: Label::Builtin(b),
                    color: None,
                })
                .collect(),
        )
    }

    /// The owner's own categories (at most [`MAX_CATEGORIES`], checked by validation).
    pub fn own(list: Vec<CategoryInfo>) -> Categories {
        debug_assert!(list.len() <= MAX_CATEGORIES);
        Categories(list.into())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every category, in order.
    pub fn all(&self) -> impl Iterator<Item = Category> {
        (0..self.len()).map(Category::new)
    }

    /// Every category with what it is, in order.
    pub fn iter(&self) -> impl Iterator<Item = (Category, &CategoryInfo)> {
        self.0
            .iter()
            .enumerate()
            .map(|(i, info)| (Category::new(i), info))
    }

    pub fn get(&self, c: Category) -> &CategoryInfo {
        &self.0[c.index()]
    }

    /// The category with this id (compared without regard to ASCII case).
    pub fn parse(&self, id: &str) -> Option<Category> {
        let id = id.trim();
        self.0
            .iter()
            .position(|info| info.id.eq_ignore_ascii_case(id))
            .map(Category::new)
    }

    /// The ids, as a list for messages: "political, military, trade, education".
    pub fn ids(&self) -> String {
        let ids: Vec<&str> = self.0.iter().map(|info| info.id.as_str()).collect();
        ids.join(", ")
    }

    /// The owner's colours as custom properties for the widget's root
    /// (`--pakkaz-c4: #2f7d95;`), which the stylesheet's category classes read. Only
    /// colours validation accepted (`#rgb`, `#rrggbb`) are here, so nothing else can be
    /// written into the style.
    pub fn custom_properties(&self) -> String {
        self.iter()
            .filter_map(|(c, info)| {
                let colour = info.color.as_deref()?;
                Some(format!("--pakkaz-c{}: {colour};", c.index()))
            })
            .collect()
    }

    /// Whether `set` has every one of these categories on.
    pub fn all_in(&self, set: CategorySet) -> bool {
        self.all().all(|c| set.contains(c))
    }

    /// `set` with every category these do not have removed, and [`CategorySet::ALL`] if
    /// it holds all of them: so that "everything on" compares equal however it came.
    pub fn normalized(&self, set: CategorySet) -> CategorySet {
        if self.all_in(set) {
            CategorySet::ALL
        } else {
            self.all().filter(|&c| set.contains(c)).collect()
        }
    }
}

/// A set of categories, as a bit mask: cheap to copy, compare and store in state.
/// [`CategorySet::ALL`] has every bit on, so it means "all" whatever the dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CategorySet(u16);

impl CategorySet {
    pub const NONE: CategorySet = CategorySet(0);
    pub const ALL: CategorySet = CategorySet(u16::MAX);

    /// The set as its bits: a number that names it (for keys; `{:?}` would bring
    /// `Debug`'s machinery into the wasm).
    pub fn bits(self) -> u16 {
        self.0
    }

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
