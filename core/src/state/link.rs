//! A state as a shareable link, and a link as the actions that bring a state to its view:
//! what a [`Link`] means for this dataset (its category ids, its event ids, its range).

use super::{Action, State};
use crate::model::date::days_of_seconds;
use crate::model::{CategorySet, Date, Precision};
use crate::text::Lang;
use crate::timeline::Viewport;
use crate::url::{self, Link};

impl State {
    /// The link to the view this state shows, in `lang`: only what differs from the
    /// default view, and the language unless it is English (so a shared link opens in
    /// the language shown).
    pub fn link(&self, lang: Lang) -> Link {
        let mut link = Link::default();
        if self.viewport != self.bounds {
            let (first, last) = (self.viewport.start, self.viewport.end);
            if self.viewport.span() >= 2.0 {
                link.from = Some(Date::from_days(first.round() as i64));
                link.to = Some(Date::from_days(last.round() as i64 - 1));
            } else {
                // Hours or minutes in view: to the minute.
                let minute = |days: f64| (days * 1440.0).round() as i64 * 60;
                link.from = Some(Date::from_seconds(minute(first), Precision::Minute));
                link.to = Some(Date::from_seconds(minute(last) - 60, Precision::Minute));
            }
        }
        if self.categories != CategorySet::ALL {
            let ids: Vec<&str> = (self.dataset.categories.iter())
                .filter(|&(c, _)| self.categories.contains(c))
                .map(|(_, info)| info.id.as_str())
                .collect();
            link.categories = Some(ids.join(","));
        }
        if !self.query.trim().is_empty() {
            link.query = Some(self.query.trim().to_string());
        }
        link.lanes = self.lanes.then_some(true);
        link.event = (self.selected)
            .and_then(|i| self.dataset.events.get(i))
            .map(|e| e.id.clone());
        link.lang = (lang != Lang::En).then(|| lang.tag().to_string());
        link
    }

    /// The actions that bring this state to the view `link` describes. What the data
    /// does not have (a category, an event) is left out; the window goes first, so a
    /// selected event is revealed from it, not from the default view.
    pub fn actions_for(&self, link: &Link) -> Vec<Action> {
        let mut actions = Vec::new();
        if link.from.is_some() || link.to.is_some() {
            let start = link
                .from
                .map_or(self.bounds.start, |d| days_of_seconds(d.start()));
            let end = link
                .to
                .map_or(self.bounds.end, |d| days_of_seconds(d.end()));
            if end > start {
                actions.push(Action::SetWindow(Viewport::new(start, end)));
            }
        }
        match &link.categories {
            Some(ids) if ids.is_empty() => {
                actions.push(Action::SetCategories(CategorySet::NONE));
            }
            Some(ids) => {
                let categories = &self.dataset.categories;
                let set: CategorySet = ids
                    .split(',')
                    .filter_map(|id| categories.parse(id))
                    .collect();
                if !set.is_empty() {
                    actions.push(Action::SetCategories(set));
                }
            }
            None => {}
        }
        actions.extend(link.query.clone().map(Action::SetQuery));
        actions.extend(link.lanes.map(Action::SetLanes));
        if let Some(i) = (link.event.as_deref()).and_then(|id| self.dataset.event_index(id)) {
            actions.push(Action::Select(Some(i)));
        }
        actions
    }
}

/// The hash (without `#`) of the view `state` shows, in `lang`.
pub fn encode(state: &State, lang: Lang) -> String {
    url::encode(&state.link(lang))
}

/// The address of the view `state` shows: the page's address (`page`, its hash dropped)
/// with the hash that restores the view, where the page keeps its hash.
pub fn view_link(page: &str, state: &State, lang: Lang) -> String {
    url::with_hash(page, &encode(state, lang))
}
