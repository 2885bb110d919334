//! [`Words`]: one widget's strings, in its language, with the host's overrides, and
//! [`fill`], which puts values into a string's `{name}` marks.

use std::rc::Rc;

use super::keys::entries;
use super::lang::en::{Key, TABLE as ENGLISH};
use super::lang::{Lang, Plural};

/// One widget's strings: its language's, each missing one in English, and any the host
/// gave instead. Cheap to clone; equal only to its own clones (a widget makes it once).
#[derive(Clone, Debug)]
pub struct Words(Rc<Inner>);

#[derive(Debug)]
struct Inner {
    lang: Lang,
    /// In `Key::ALL` order; shared, so a view can hold one as an attribute's value.
    strings: Vec<Rc<str>>,
}

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A count's forms, in the order of [`Plural`]'s categories.
pub type Forms = [Key; 4];

/// "1 event", "5 events" (and Russian's other forms).
pub const EVENTS: Forms = [
    Key::events_one,
    Key::events_few,
    Key::events_many,
    Key::events_other,
];
/// "1 source", "2 sources".
pub const SOURCES: Forms = [
    Key::sources_one,
    Key::sources_few,
    Key::sources_many,
    Key::sources_other,
];

impl Words {
    /// The strings of `lang`, with the host's `overrides` (string by key name). An
    /// override of a key the widget does not have is an error naming it.
    ///
    /// This links every language's table into the program: the widget, which fetches a
    /// language other than English when a reader needs it, uses [`Words::of_table`].
    pub fn new(lang: Lang, overrides: Vec<(String, String)>) -> Result<Words, String> {
        Words::of_table(lang, lang.table(), overrides)
    }

    /// English, with the host's `overrides`: the only table the widget's wasm holds.
    pub fn english_with(overrides: Vec<(String, String)>) -> Result<Words, String> {
        Words::of_table(Lang::En, "", overrides)
    }

    /// The strings of `lang` from its `table` (the text of its translation file, as
    /// [`Lang::table`] gives it and the build writes it beside the widget), each one the
    /// table lacks in English, with the host's `overrides`.
    pub fn of_table(
        lang: Lang,
        table: &str,
        overrides: Vec<(String, String)>,
    ) -> Result<Words, String> {
        // The English table lists every key once, in `Key` order.
        let (names, mut strings): (Vec<&str>, Vec<&str>) = entries(ENGLISH).unzip();
        let index = |name: &str| names.iter().position(|n| *n == name);
        let mut given = vec![false; Key::ALL.len()];
        for (name, text) in entries(table) {
            if let Some(i) = index(name) {
                strings[i] = text;
                given[i] = true;
            }
        }
        // A language without a plural form its rules never pick uses its `_other`.
        for forms in [EVENTS, SOURCES] {
            for form in [forms[1], forms[2]] {
                if !given[form as usize] && given[forms[3] as usize] {
                    strings[form as usize] = strings[forms[3] as usize];
                }
            }
        }
        let mut strings: Vec<Rc<str>> = strings.into_iter().map(Rc::from).collect();
        for (name, text) in overrides {
            let Some(i) = index(&name) else {
                return Err(format!(
                    "`strings`: \"{name}\" is not a string of the widget (src/text/lang/en.rs lists them)"
                ));
            };
            strings[i] = Rc::from(text);
        }
        Ok(Words(Rc::new(Inner { lang, strings })))
    }

    /// English, with nothing overridden.
    pub fn english() -> Words {
        Words::english_with(Vec::new()).unwrap_or_else(|_| unreachable!("no overrides"))
    }

    /// A language's strings, with nothing overridden.
    pub fn of(lang: Lang) -> Words {
        Words::new(lang, Vec::new()).unwrap_or_else(|_| unreachable!("no overrides"))
    }

    pub fn lang(&self) -> Lang {
        self.0.lang
    }

    /// The string of `key`.
    pub fn get(&self, key: Key) -> &str {
        &self.0.strings[key as usize]
    }

    /// The string of `key`, shared: for a view to keep (an attribute's value).
    pub fn shared(&self, key: Key) -> Rc<str> {
        self.0.strings[key as usize].clone()
    }

    /// The form of a count for `n`, by the language's plural rules.
    pub fn plural(&self, forms: Forms, n: usize) -> &str {
        let form = match self.0.lang.plural(n) {
            Plural::One => forms[0],
            Plural::Few => forms[1],
            Plural::Many => forms[2],
            Plural::Other => forms[3],
        };
        self.get(form)
    }
}

/// `template` with each `{name}` mark replaced by its value. The values are put in as
/// they are (a title holding `{when}` stays so); an unknown mark is left as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(value),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}
