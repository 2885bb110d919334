//! The citations of the events a reader asked to cite, in the style they picked, each
//! closed by the address of its own view.

use crate::state::State;
use crate::text::cite::{citations, of_event};
use crate::text::{when, Words};
use crate::url::event_link;

/// The citations of events `indices` in the reader's style, each closed by the address
/// of its own view on the page at address `page`.
pub fn of_view(state: &State, t: &Words, page: &str, indices: &[usize]) -> String {
    let dataset = &state.dataset;
    let cited: Vec<_> = (indices.iter())
        .filter_map(|&i| {
            let event = dataset.events.get(i)?;
            Some((event, when(t, event), event_link(page, &event.id, t.lang())))
        })
        .collect();
    citations(
        state.cite_style,
        (cited.iter()).map(|(event, when, link)| of_event(dataset, event, when, link)),
    )
}
