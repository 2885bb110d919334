//! `mount`'s options and `<pakkaz-timeline>`'s attributes: one table. The wasm needs only
//! the names ([`NAMES`], worked out at compile time, so the rest of the table never
//! reaches it); the TypeScript declarations and the docs' option table need the rest.

/// How `<pakkaz-timeline>` reads an option from its attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attribute {
    /// Not an attribute: only `mount` takes it (an object, or something HTML cannot say).
    None,
    /// The attribute's text as it is.
    Text,
    /// Ids separated by commas.
    List,
    /// A number of pixels, or a CSS length.
    Length,
    /// Present means true, unless its value is `false`.
    Flag,
}

/// One option: its name, its TypeScript type, how the element reads it, and one line
/// saying what it does.
#[derive(Clone, Copy, Debug)]
pub struct Opt {
    pub name: &'static str,
    /// The TypeScript type of the option's value (names declared by [`super::typescript`]).
    pub ts: &'static str,
    pub attribute: Attribute,
    pub doc: &'static str,
}

const fn opt(name: &'static str, ts: &'static str, attribute: Attribute, doc: &'static str) -> Opt {
    Opt {
        name,
        ts,
        attribute,
        doc,
    }
}

/// Every option, in the order the docs list them. Each is optional.
pub const OPTIONS: [Opt; 15] = [
    opt(
        "data",
        "Dataset | TimelineJsFile | string",
        Attribute::None,
        "The events: a dataset in the documented format (an object or JSON text), or a TimelineJS file. The embedded Pakistan–Kazakhstan dataset if neither `data` nor `src` is given.",
    ),
    opt(
        "src",
        "string",
        Attribute::Text,
        "Instead of `data`: the address of a JSON, CSV or TimelineJS file, read after the widget appears.",
    ),
    opt(
        "heading",
        "string",
        Attribute::Text,
        "The heading shown instead of the data's title.",
    ),
    opt(
        "lang",
        "Lang",
        Attribute::None,
        "The widget's language. Else the nearest `lang` attribute around the element, then the reader's languages, then English.",
    ),
    opt(
        "strings",
        "Partial<Record<StringKey, string>>",
        Attribute::None,
        "The host's own words for any of the widget's strings, by key.",
    ),
    opt(
        "categories",
        "string[]",
        Attribute::List,
        "The ids of the categories shown at first (the attribute: ids separated by commas).",
    ),
    opt(
        "from",
        "DateText",
        Attribute::Text,
        "The first date in view at first.",
    ),
    opt("to", "DateText", Attribute::Text, "The last date in view at first."),
    opt(
        "selected",
        "string",
        Attribute::Text,
        "The id of the event whose details are open at first.",
    ),
    opt(
        "theme",
        "Theme",
        Attribute::Text,
        "Light, dark, or auto (the reader's setting; the default).",
    ),
    opt(
        "hash",
        "boolean",
        Attribute::Flag,
        "Keep the page's URL hash in step with the view, so a copied address reopens it (default false).",
    ),
    opt(
        "height",
        "number | string",
        Attribute::Length,
        "The widget's height: pixels (at least 120) or a CSS length such as \"60vh\". Else it fills a host box of fixed height, or takes the height it needs.",
    ),
    opt(
        "list",
        "boolean",
        Attribute::Flag,
        "Start in the list view.",
    ),
    opt(
        "lanes",
        "boolean",
        Attribute::Flag,
        "Start with lanes by category.",
    ),
    opt(
        "mode",
        "\"timeline\" | \"story\"",
        Attribute::Text,
        "\"story\" tells the events as slides, from a title slide on, with the timeline under them to find the way; \"timeline\" (the default) is the timeline alone.",
    ),
];

/// The names `mount` accepts, in [`OPTIONS`]' order.
pub const NAMES: [&str; OPTIONS.len()] = {
    let mut names = [""; OPTIONS.len()];
    let mut i = 0;
    while i < OPTIONS.len() {
        names[i] = OPTIONS[i].name;
        i += 1;
    }
    names
};

/// Colours: the reader's system setting, or always light or dark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    Auto,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

    /// The theme as the `theme` option and attribute name it.
    pub const fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    /// The theme named `name`, as written.
    pub fn parse(name: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// The themes the `theme` option names, as written.
pub const THEMES: [&str; 3] = [
    Theme::ALL[0].name(),
    Theme::ALL[1].name(),
    Theme::ALL[2].name(),
];

/// The options `<pakkaz-timeline>` reads from its attributes, in [`OPTIONS`]' order.
pub fn attributes() -> impl Iterator<Item = &'static Opt> {
    OPTIONS.iter().filter(|o| o.attribute != Attribute::None)
}
