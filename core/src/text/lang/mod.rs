//! The languages the widget speaks, one translation file each (`en.rs`, `ur.rs`,
//! `kk.rs`, `ru.rs`): a table of strings by key, English being the reference. How a
//! language is chosen, its direction and its plural rules are here.

pub mod en;
pub mod kk;
pub mod ru;
pub mod ur;

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Ur,
    Kk,
    Ru,
}

/// A plural category, as CLDR's plural rules name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    One,
    Few,
    Many,
    Other,
}

impl Plural {
    /// The suffix of a plural key: `events_one`, `events_few`, ….
    pub fn suffix(self) -> &'static str {
        match self {
            Plural::One => "_one",
            Plural::Few => "_few",
            Plural::Many => "_many",
            Plural::Other => "_other",
        }
    }
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Ur, Lang::Kk, Lang::Ru];

    /// The language's tag (BCP 47), as `lang` attributes and the `lang` option write it.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ur => "ur",
            Lang::Kk => "kk",
            Lang::Ru => "ru",
        }
    }

    /// Its writing direction: the widget's own direction in it.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ur => "rtl",
            _ => "ltr",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ur
    }

    /// The language of a tag such as `ru`, `ur-PK` or `en-GB` (by its first part, in any
    /// case), if the widget speaks it.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .as_bytes()
            .split(|&b| b == b'-' || b == b'_')
            .next()?;
        Lang::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.tag().as_bytes()))
    }

    /// The first language of `tags` (a host's `lang`, then the reader's languages) that
    /// the widget speaks; English if none.
    pub fn first_spoken<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::parse).unwrap_or(Lang::En)
    }

    /// The translation's strings (read them with [`super::keys::entries`]).
    pub fn table(self) -> &'static str {
        match self {
            Lang::En => en::TABLE,
            Lang::Ur => ur::TABLE,
            Lang::Kk => kk::TABLE,
            Lang::Ru => ru::TABLE,
        }
    }

    /// The plural category of a count, by CLDR's rules for whole numbers.
    pub fn plural(self, n: usize) -> Plural {
        match self {
            Lang::Ru => match (n % 10, n % 100) {
                (1, r) if r != 11 => Plural::One,
                (2..=4, r) if !(12..=14).contains(&r) => Plural::Few,
                _ => Plural::Many,
            },
            Lang::En | Lang::Ur | Lang::Kk if n == 1 => Plural::One,
            _ => Plural::Other,
        }
    }

    /// The plural categories the language's counts use (a translation gives a form for
    /// each).
    pub fn plurals(self) -> &'static [Plural] {
        match self {
            Lang::Ru => &[Plural::One, Plural::Few, Plural::Many, Plural::Other],
            _ => &[Plural::One, Plural::Other],
        }
    }
}
