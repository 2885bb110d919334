use yew::prelude::*;

use crate::model::{Event, Precision, Status};
use crate::timeline::track::{LabelSide, MarkGeometry, LANE_HEIGHT_PX};

#[derive(Properties, PartialEq, Clone)]
pub struct MarkProps {
    pub geometry: MarkGeometry,
    pub event: Event,
}

/// One event on the track: its period (if it covers more than a day), its category
/// symbol and its label, placed by the layout.
#[function_component(Mark)]
pub fn mark(props: &MarkProps) -> Html {
    let g = &props.geometry;
    let e = &props.event;
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
        (g.label_side == LabelSide::Left).then_some("pakkaz-mark--label-left"),
    );
    let style = format!(
        "transform: translate({:.1}px, {:.0}px)",
        g.x,
        g.lane as f64 * LANE_HEIGHT_PX
    );
    html! {
        <li class={class} style={style} title={name.clone()} aria-label={name} data-event-id={e.id.clone()}>
            if g.span_px > 0.0 {
                <span class="pakkaz-mark__span" style={format!("width: {:.1}px", g.span_px)} aria-hidden="true"></span>
            }
            <span class="pakkaz-symbol" aria-hidden="true"></span>
            <span class="pakkaz-mark__label" style={format!("max-width: {:.0}px", g.label_width)} aria-hidden="true">
                { e.title.clone() }
            </span>
        </li>
    }
}
