//! What the widget tells the page it is on, as one typed value ([`ToHost`]): the views
//! emit these through one callback, and the embedding turns each into what the page
//! does (a DOM event, a history entry, a download, a picture).

use super::picture::PictureWords;
use crate::api::events::{SELECT, VIEW_CHANGE};
use crate::model::Date;
use crate::state::State;
use crate::text::{when, Words};

/// Something the host page is told or asked to do.
#[derive(Clone, Debug, PartialEq)]
pub enum ToHost {
    /// `pakkaz:select`: an event was selected, or the selection closed (`None`).
    Select(Option<Selected>),
    /// `pakkaz:viewchange`: the window, the categories shown or the search changed.
    ViewChange(ViewChanged),
    /// The view the page's address keeps (its hash, without `#`) changed; `push`: a new
    /// history entry (the selection changed), else the current one is replaced.
    Address { hash: String, push: bool },
    /// The reader asked to download these events.
    Download(Download),
    /// The reader asked for a picture of the view.
    Picture {
        format: PictureFormat,
        words: PictureWords,
    },
}

impl ToHost {
    /// The name of the DOM event this is fired as, if it is one. (The name alone: a
    /// reference to the whole description would bring its documentation into the wasm.)
    pub fn dom_event(&self) -> Option<&'static str> {
        match self {
            ToHost::Select(_) => Some(SELECT.name),
            ToHost::ViewChange(_) => Some(VIEW_CHANGE.name),
            _ => None,
        }
    }
}

/// `pakkaz:select`'s detail: the event selected.
#[derive(Clone, Debug, PartialEq)]
pub struct Selected {
    pub id: String,
    pub title: String,
    /// Its date as the data writes it.
    pub date: String,
    /// Its date as the widget shows it, in its language.
    pub when: String,
}

impl Selected {
    /// The event `state` has selected, if any.
    pub fn of(state: &State, t: &Words) -> Option<Selected> {
        let e = state.dataset.events.get(state.selected?)?;
        Some(Selected {
            id: e.id.clone(),
            title: e.title.clone(),
            date: e.date.to_string(),
            when: when(t, e),
        })
    }
}

/// `pakkaz:viewchange`'s detail: what the reader sees.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewChanged {
    /// The first and the last day in view, as `YYYY-MM-DD`.
    pub from: String,
    pub to: String,
    /// The ids of the categories shown.
    pub categories: Vec<String>,
    pub query: String,
}

impl ViewChanged {
    /// The view `state` shows.
    pub fn of(state: &State) -> ViewChanged {
        let (first, last) = state.viewport.days();
        ViewChanged {
            from: Date::from_days(first).to_string(),
            to: Date::from_days(last).to_string(),
            categories: (state.dataset.categories.iter())
                .filter(|&(c, _)| state.categories.contains(c))
                .map(|(_, info)| info.id.clone())
                .collect(),
            query: state.query.clone(),
        }
    }
}

/// Events to download, by id, and in which format.
#[derive(Clone, Debug, PartialEq)]
pub struct Download {
    pub ids: Vec<String>,
    pub format: ExportFormat,
}

/// The format a reader downloads events in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// A spreadsheet's CSV layout (docs/data-format.md), read back unchanged.
    Csv,
    /// The public JSON format.
    Json,
}

impl ExportFormat {
    /// The format's file extension, which the page's download code is told.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        }
    }
}

/// The format of a picture of the view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureFormat {
    Svg,
    Png,
}

impl PictureFormat {
    /// The format's file extension, which the picture script is told.
    pub fn extension(self) -> &'static str {
        match self {
            PictureFormat::Svg => "svg",
            PictureFormat::Png => "png",
        }
    }
}
