//! A story's slides, as the reader steps through them: the title slide, then each event
//! shown, in time order. Which slide a key or a swipe goes to, and where the reader is.

use super::keys::Press;
use super::{Action, State};

/// How far a finger must travel across, and how much more across than down, for a
/// swipe to turn the slide (CSS pixels).
pub const SWIPE_MIN_PX: f64 = 48.0;
const SWIPE_ACROSS_SHARE: f64 = 1.5;

impl State {
    /// What a key pressed on a story's slide does: the arrows as in the details (the one
    /// toward later events, → or ← where the language runs right to left, goes to the
    /// next slide); Home goes to the title slide, End to the last event shown.
    pub fn story_key_action(&self, press: Press, rtl: bool) -> Option<Action> {
        if let Some(step) = State::details_key_action(press, rtl) {
            return Some(step);
        }
        match press {
            Press::Home => Some(Action::Select(None)),
            Press::End => {
                let shown = self.filter().mask(&self.dataset, &self.search);
                shown
                    .iter()
                    .rposition(|&s| s)
                    .map(|i| Action::Select(Some(i)))
            }
            _ => None,
        }
    }

    /// What a swipe across a slide does (`dx`, `dy`: how far the finger went): toward
    /// the start of the line (left, or right where the language runs right to left)
    /// brings the next slide, as a page turns.
    pub fn swipe_action(dx: f64, dy: f64, rtl: bool) -> Option<Action> {
        if !(dx.abs() >= SWIPE_MIN_PX && dx.abs() > dy.abs() * SWIPE_ACROSS_SHARE) {
            return None;
        }
        let forward = (dx < 0.0) != rtl;
        Some(if forward {
            Action::SelectNext
        } else {
            Action::SelectPrevious
        })
    }

    /// Where the reader is in the story: the slide's number (the title slide is 1) and
    /// how many slides there are, for the events `shown`. An event shown because it was
    /// asked for, though the filters hide it, counts as the slide after the shown
    /// events before it.
    pub fn slide(&self, shown: &[bool]) -> (usize, usize) {
        let total = 1 + shown.iter().filter(|&&s| s).count();
        let at = match self.selected {
            None => 1,
            Some(i) => 2 + shown.iter().take(i).filter(|&&s| s).count(),
        };
        (at, total.max(at))
    }
}

impl State {
    /// The window the list view lists: the window shown, but for a story being printed
    /// the whole range, so that every slide (every event shown) is on paper, in order.
    pub fn listed_window(&self) -> crate::timeline::Viewport {
        if self.story && self.printing {
            self.bounds
        } else {
            self.viewport
        }
    }
}

// Natively: the data is read with serde_json there.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::parse_dataset;
    use crate::start::{first_state, Opening, Years};

    fn story() -> State {
        let json = r#"{ "sources": [{ "id": "s", "title": "S" }], "events": [
            { "id": "a", "date": "2001", "category": "trade", "title": "A", "sources": [{ "source": "s", "quote": "A." }] },
            { "id": "b", "date": "2002", "category": "political", "title": "B", "sources": [{ "source": "s", "quote": "B." }] },
            { "id": "c", "date": "2003", "category": "trade", "title": "C", "sources": [{ "source": "s", "quote": "C." }] } ] }"#;
        let opening = Opening {
            story: true,
            ..Opening::default()
        };
        first_state(parse_dataset(json).unwrap(), Years::OfData, &opening, None).unwrap()
    }

    #[test]
    fn the_slides_run_from_the_title_through_the_events_shown_and_back() {
        let s = story();
        assert_eq!((s.selected, s.slide(&[true; 3])), (None, (1, 4)));
        let s = s.apply(Action::SelectPrevious);
        assert_eq!(s.selected, None, "nothing before the title slide");
        let s = s.apply(Action::SelectNext);
        assert_eq!((s.selected, s.slide(&[true; 3])), (Some(0), (2, 4)));
        let s = s.apply(Action::SelectNext).apply(Action::SelectNext);
        assert_eq!(s.selected, Some(2));
        assert_eq!(
            s.apply(Action::SelectNext).selected,
            Some(2),
            "the last stays"
        );
        let back = s
            .apply(Action::SelectPrevious)
            .apply(Action::SelectPrevious)
            .apply(Action::SelectPrevious);
        assert_eq!(
            back.selected, None,
            "before the first event, the title slide"
        );
        // Filters apply: with trade alone, the political event is no slide.
        let trade = s.apply(Action::ResetFilters);
        let (cat, _) = (trade.dataset.categories.iter())
            .find(|(_, c)| c.id == "political")
            .unwrap();
        let trade = trade.apply(Action::ToggleCategory(cat));
        let trade = trade
            .apply(Action::Select(Some(0)))
            .apply(Action::SelectNext);
        assert_eq!(trade.selected, Some(2));
        assert_eq!(trade.slide(&[true, false, true]), (3, 3));
    }

    #[test]
    fn keys_and_swipes_turn_the_slides_the_way_the_language_reads() {
        let s = story().apply(Action::Select(Some(1)));
        assert_eq!(
            s.story_key_action(Press::Right, false),
            Some(Action::SelectNext)
        );
        assert_eq!(
            s.story_key_action(Press::Right, true),
            Some(Action::SelectPrevious)
        );
        assert_eq!(
            s.story_key_action(Press::Home, false),
            Some(Action::Select(None))
        );
        assert_eq!(
            s.story_key_action(Press::End, false),
            Some(Action::Select(Some(2)))
        );
        assert_eq!(s.story_key_action(Press::ZoomIn, false), None);
        assert_eq!(
            State::swipe_action(-80.0, 10.0, false),
            Some(Action::SelectNext)
        );
        assert_eq!(
            State::swipe_action(-80.0, 10.0, true),
            Some(Action::SelectPrevious)
        );
        assert_eq!(
            State::swipe_action(80.0, 10.0, false),
            Some(Action::SelectPrevious)
        );
        assert_eq!(State::swipe_action(-30.0, 0.0, false), None, "too short");
        assert_eq!(
            State::swipe_action(-80.0, 70.0, false),
            None,
            "more down than across"
        );
    }

    #[test]
    fn a_printed_story_lists_every_event_a_printed_timeline_its_window() {
        let s = story().apply(Action::SetWindow(crate::timeline::Viewport::new(
            11_000.0, 11_500.0,
        )));
        assert_eq!(s.listed_window(), s.viewport);
        let printed = s.apply(Action::SetPrinting(true));
        assert_eq!(printed.listed_window(), s.bounds);
        let mut timeline = printed.clone();
        timeline.story = false;
        assert_eq!(timeline.listed_window(), timeline.viewport);
    }

    #[test]
    fn a_story_s_timeline_runs_across_even_when_narrow() {
        let mut s = story().apply(Action::Resize(320.0));
        assert!(!s.down());
        s.story = false;
        assert!(s.down(), "a narrow timeline runs down");
    }

    #[test]
    fn a_timeline_is_no_story() {
        let mut s = story();
        s.story = false;
        let s = s
            .apply(Action::Select(Some(0)))
            .apply(Action::SelectPrevious);
        assert_eq!(s.selected, Some(0), "the first event stays selected");
        assert_eq!(
            s.apply(Action::Select(None))
                .apply(Action::SelectPrevious)
                .selected,
            Some(2)
        );
    }
}
