use std::rc::Rc;

use crate::timeline::number::{Tenths, Whole};
use yew::prelude::*;

use crate::model::{Dataset, Precision, Status};
use crate::timeline::track::{LabelSide, TrackItem, LANE_HEIGHT_PX};

#[derive(Properties, Clone)]
pub struct MarkProps {
    pub dataset: Rc<Dataset>,
    pub index: usize,
    pub item: TrackItem,
    pub selected: bool,
    pub on_select: Callback<usize>,
}

impl PartialEq for MarkProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.index == other.index
            && self.item == other.item
            && self.selected == other.selected
    }
}

/// The transform that puts an item at its x and lane.
pub fn place(item: &TrackItem) -> String {
    format!(
        "transform: translate({}px, {}px)",
        Tenths(item.x),
        Whole(item.lane as f64 * LANE_HEIGHT_PX)
    )
}

/// One event on the track: its period (if it covers more than a day), its category
/// symbol and its label, as a button that opens its details; hovering or focusing it
/// shows its title and date.
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
        format!("{}, {when}, planned", e.title)
    } else {
        format!("{}, {when}", e.title)
    };
    let class = classes!(
        "pakkaz-mark",
        format!("pakkaz-cat--{}", e.category.id()),
        format!("pakkaz-mark--{precision}"),
        planned.then_some("pakkaz-mark--planned"),
        props.selected.then_some("pakkaz-mark--selected"),
        (item.label_side == LabelSide::Left).then_some("pakkaz-mark--label-left"),
    );
    let onclick = {
        let (on_select, index) = (props.on_select.clone(), props.index);
        Callback::from(move |_: MouseEvent| on_select.emit(index))
    };
    html! {
        <li class={class} style={place(item)} data-event-id={e.id.clone()}>
            if item.span_px > 0.0 {
                <span class="pakkaz-mark__span" aria-hidden="true"
                    style={format!("left: {}px; width: {}px", Tenths(item.span_from - item.x), Tenths(item.span_px))}></span>
            }
            <button type="button" class="pakkaz-mark__button" aria-label={name}
                aria-pressed={props.selected.to_string()} {onclick}>
                <span class="pakkaz-symbol" aria-hidden="true"></span>
                <span class="pakkaz-mark__label" dir="auto" style={format!("max-width: {}px", Whole(item.label_width))} aria-hidden="true">
                    { e.title.clone() }
                </span>
                <span class="pakkaz-mark__tip" aria-hidden="true">
                    <strong dir="auto">{ e.title.clone() }</strong>
                    <span>{ if planned { format!("{when} · planned") } else { when.clone() } }</span>
                </span>
            </button>
        </li>
    }
}
