//! Citations of an event in the styles a reader picks: a Chicago note, APA, and BibTeX
//! entries for its sources. Plain text: titles as written, each quote verbatim in
//! quotation marks, and a link to the event's own view at the end. The styles' own
//! words are English, as the styles are; titles, dates and quotes are the data's and the
//! widget's. Pure and tested natively (`tests/cite.rs`).

use crate::model::{Dataset, Date, Event};
use crate::number::push_padded;

/// A citation style.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Style {
    #[default]
    Chicago,
    Apa,
    Bibtex,
}

impl Style {
    pub const ALL: [Style; 3] = [Style::Chicago, Style::Apa, Style::Bibtex];

    /// The style's own name, the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            Style::Chicago => "Chicago",
            Style::Apa => "APA",
            Style::Bibtex => "BibTeX",
        }
    }
}

/// What a citation of one event says.
pub struct Cited<'a> {
    /// The timeline's title.
    pub dataset: &'a str,
    pub id: &'a str,
    pub title: &'a str,
    /// The event's date, as precisely as it is known, as the widget writes it.
    pub when: &'a str,
    pub sources: Vec<CitedSource<'a>>,
    /// The address of the event's own view.
    pub link: &'a str,
}

/// One source an event quotes, and the sentence quoted.
pub struct CitedSource<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// When it was published (`2022`, `2022-05`, `44 BCE`), if known.
    pub date: Option<Date>,
    pub url: Option<&'a str>,
    pub quote: &'a str,
}

/// The citation of `c` in `style`.
pub fn citation(style: Style, c: &Cited) -> String {
    match style {
        Style::Chicago => format!(
            "“{},” {}, {}, quoting {} {}",
            c.title,
            c.dataset,
            c.when,
            quoting(c),
            c.link
        ),
        Style::Apa => format!(
            "{}. ({}). In {}. Quoting {} {}",
            c.title,
            c.when,
            c.dataset,
            quoting(c),
            c.link
        ),
        Style::Bibtex => c
            .sources
            .iter()
            .map(|s| bibtex(c, s))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// Citations of several events, one after another with a blank line between.
pub fn citations<'a>(style: Style, cited: impl IntoIterator<Item = Cited<'a>>) -> String {
    let all: Vec<String> = cited.into_iter().map(|c| citation(style, &c)).collect();
    all.join("\n\n")
}

/// "Report (2022): “The quote.”; Other: “Another.”", closed with a full stop unless the
/// last quote ends with one of its own.
fn quoting(c: &Cited) -> String {
    let parts: Vec<String> = c
        .sources
        .iter()
        .map(|s| match &s.date {
            Some(date) => format!("{} ({date}): “{}”", s.title, s.quote),
            None => format!("{}: “{}”", s.title, s.quote),
        })
        .collect();
    let ends = c
        .sources
        .last()
        .is_some_and(|s| s.quote.trim_end().ends_with(['.', '!', '?', '…']));
    format!("{}{}", parts.join("; "), if ends { "" } else { "." })
}

/// A BibTeX entry for source `s` as event `c` quotes it.
fn bibtex(c: &Cited, s: &CitedSource) -> String {
    let mut fields = vec![("title", braced(s.title))];
    if let Some(date) = &s.date {
        // BibTeX's year is written as historians write it: 44 BCE, never year 0 or -43.
        let year = date.year_number();
        fields.push((
            "year",
            if year <= 0 {
                (1 - year).to_string() + " BCE"
            } else {
                year.to_string()
            },
        ));
        if let Some(month) = date.month_number() {
            let mut two = String::new();
            push_padded(&mut two, u64::from(month), 2);
            fields.push(("month", two));
        }
    }
    if let Some(url) = s.url {
        fields.push(("url", url.replace(['{', '}'], "")));
    }
    fields.push((
        "note",
        braced(&format!(
            "Quoted for “{}” ({}) in {}: “{}” {}",
            c.title, c.when, c.dataset, s.quote, c.link
        )),
    ));
    let body: Vec<String> = fields
        .iter()
        .map(|(name, value)| format!("  {name} = {{{value}}}"))
        .collect();
    format!(
        "@misc{{{}-{},\n{}\n}}",
        key(s.id),
        key(c.id),
        body.join(",\n")
    )
}

/// Text for a BibTeX field: its special characters escaped.
fn braced(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '%' | '&' | '#' | '_' | '$' => {
                out.push('\\');
                out.push(ch);
            }
            '^' => out.push_str("\\^{}"),
            '~' => out.push_str("\\~{}"),
            _ => out.push(ch),
        }
    }
    out
}

/// An id as part of a BibTeX key: letters, digits, `-` and `_` only.
fn key(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// What a citation of `event` says: `when` is its date as the widget writes it, `link`
/// the address of its own view.
pub fn of_event<'a>(
    dataset: &'a Dataset,
    event: &'a Event,
    when: &'a str,
    link: &'a str,
) -> Cited<'a> {
    Cited {
        dataset: &dataset.title,
        id: &event.id,
        title: &event.title,
        when,
        sources: event
            .citations
            .iter()
            .map(|c| {
                let s = &dataset.sources[c.source];
                CitedSource {
                    id: &s.id,
                    title: &s.title,
                    date: s.date,
                    url: s.url.as_deref(),
                    quote: &c.quote,
                }
            })
            .collect(),
        link,
    }
}
