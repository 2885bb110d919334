use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Dataset, Precision, Status};
use crate::timeline::track::{LabelSide, TrackItem, LANE_HEIGHT_PX};

#[derive(Properties, Clone)]
pub struct MarkProps {
    pub dataset: Rc<Dataset>,
    pub index: usize,
    pub item: TrackItem,
}

impl PartialEq for MarkProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.index == other.index
            && self.item == other.item
    }
}

/// The transform that puts an item at its x and lane.
pub fn place(item: &TrackItem) -> String {
    format!(
        "transform: translate({:.1}px, {:.0}px)",
        item.x,
        item.lane as f64 * LANE_HEIGHT_PX
    )
}

/// One event on the track: its period (if it covers more than a day), its category
/// symbol and its label, placed by the layout.
#[function_component(Mark)]
pub fn mark(props: &MarkProps) -> Html {
    let item = &props.item;
    let e = &props.dataset.events[props.index];
    let precision = match e.precision() {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Year => "year",
    };
    let planned = e.status == Status::Planned;
    let when = e.when();
    let name = if planned {
        format!("{} ({when}, planned)", e.title)
    } else {
        format!("{} ({when})", e.title)
    };
    let class = classes!(
        "pakkaz-mark",
        format!("pakkaz-cat--{}", e.category.id()),
        format!("pakkaz-mark--{precision}"),
        planned.then_some("pakkaz-mark--planned"),
        (item.label_side == LabelSide::Left).then_some("pakkaz-mark--label-left"),
    );
    html! {
        <li class={class} style={place(item)} title={name.clone()} aria-label={name} data-event-id={e.id.clone()}>
            if item.span_px > 0.0 {
                <span class="pakkaz-mark__span" style={format!("left: {:.1}px; width: {:.1}px", item.span_from - item.x, item.span_px)} aria-hidden="true"></span>
            }
            <span class="pakkaz-symbol" aria-hidden="true"></span>
            <span class="pakkaz-mark__label" style={format!("max-width: {:.0}px", item.label_width)} aria-hidden="true">
                { e.title.clone() }
            </span>
        </li>
    }
}
