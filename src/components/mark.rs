//! One event on the track: its period, category symbol and label, as a button with a tip
//! while hovered or focused. Sends its press to the track, which selects the event.

use std::rc::Rc;

use pakkaz_core::number::{Tenths, Whole};
use yew::prelude::*;

use pakkaz_core::text::Words;

use pakkaz_core::model::{Dataset, Precision, Status};
use pakkaz_core::text;
use pakkaz_core::timeline::metrics::LANE_HEIGHT_PX;
use pakkaz_core::timeline::track::{LabelSide, TrackItem};

#[derive(Properties, Clone)]
pub struct MarkProps {
    /// The widget's words, in its language.
    pub words: Words,
    pub dataset: Rc<Dataset>,
    pub index: usize,
    pub item: TrackItem,
    /// Where time runs down the track: the room its label has across it (it wraps).
    pub down: Option<f64>,
    pub selected: bool,
    /// The pointer is over it or it has focus: draw its tip (shown by the stylesheet on
    /// hover and visible focus). Only these marks carry one, not all of them.
    pub tip: bool,
    pub on_select: Callback<usize>,
}

impl PartialEq for MarkProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.index == other.index
            && self.item == other.item
            && self.down == other.down
            && self.selected == other.selected
            && self.tip == other.tip
    }
}

/// The transform that puts an item at its x and lane, or, where time runs `down`, at its
/// place down the axis with its label's shift (read by the stylesheet).
pub fn place(item: &TrackItem, down: bool) -> String {
    if down {
        format!(
            "transform: translateY({}px); --pakkaz-shift: {}px",
            Tenths(item.x),
            Tenths(item.shift)
        )
    } else {
        format!(
            "transform: translate({}px, {}px)",
            Tenths(item.x),
            Whole(item.lane as f64 * LANE_HEIGHT_PX)
        )
    }
}

/// Where the period an item covers is drawn, from the item's place: along the axis.
pub fn span_style(item: &TrackItem, down: bool) -> String {
    let (from, length) = (Tenths(item.span_from - item.x), Tenths(item.span_px));
    if down {
        format!("top: {from}px; height: {length}px")
    } else {
        format!("left: {from}px; width: {length}px")
    }
}

/// One event on the track: its period (if it covers more than a day), its category
/// symbol and its label, as a button that opens its details; hovering or focusing it
/// shows its title and date.
#[function_component(Mark)]
pub fn mark(props: &MarkProps) -> Html {
    let item = &props.item;
    let e = &props.dataset.events[props.index];
    let precision = match e.precision() {
        Precision::Day | Precision::Minute | Precision::Second => "pakkaz-mark--day",
        Precision::Month => "pakkaz-mark--month",
        Precision::Year => "pakkaz-mark--year",
    };
    let class = classes!(
        "pakkaz-mark",
        e.category.class(),
        precision,
        (e.status == Status::Planned).then_some("pakkaz-mark--planned"),
        props.selected.then_some("pakkaz-mark--selected"),
        (item.label_side == LabelSide::Left).then_some("pakkaz-mark--label-left"),
    );
    html! {
        <li class={class} style={place(item, props.down.is_some())} data-event-id={e.id.clone()}>
            if item.span_px > 0.0 {
                <span class="pakkaz-mark__span" aria-hidden="true" style={span_style(item, props.down.is_some())}></span>
            }
            <MarkButton words={props.words.clone()} dataset={props.dataset.clone()} index={props.index} selected={props.selected}
                tip={props.tip} label_width={props.down.unwrap_or(item.label_width)} year={props.down.is_some()}
                on_select={props.on_select.clone()} />
        </li>
    }
}

#[derive(Properties, Clone)]
struct MarkButtonProps {
    /// The widget's words, in its language.
    pub words: Words,
    dataset: Rc<Dataset>,
    index: usize,
    selected: bool,
    tip: bool,
    label_width: f64,
    /// The label starts with the event's year: where time runs down, a label moved to
    /// make room still says when it was.
    year: bool,
    on_select: Callback<usize>,
}

impl PartialEq for MarkButtonProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.index == other.index
            && self.selected == other.selected
            && self.tip == other.tip
            && self.label_width == other.label_width
            && self.year == other.year
    }
}

/// The mark's button, label and (while hovered or focused) tip. They stay the same while
/// a zoom or pan moves the mark, so only the mark's position is redrawn, not its text.
#[function_component(MarkButton)]
fn mark_button(props: &MarkButtonProps) -> Html {
    let t = &props.words;
    let e = &props.dataset.events[props.index];
    let planned = e.status == Status::Planned;
    let when = text::when(t, e);
    // Its name begins with what it shows (the year too, where time runs down), so speech
    // control can use the words on screen.
    let year = props.year.then(|| text::label_lead(t, &e.date));
    let name = match &year {
        Some(year) => text::mark_name(t, &format!("{year} {}", e.title), &when, planned),
        None => text::mark_name(t, &e.title, &when, planned),
    };
    let onclick = {
        let (on_select, index) = (props.on_select.clone(), props.index);
        Callback::from(move |_: MouseEvent| on_select.emit(index))
    };
    html! {
        <button type="button" class="pakkaz-mark__button" aria-label={name}
            aria-pressed={if props.selected { "true" } else { "false" }}
            aria-current={props.selected.then_some("true")} {onclick}>
            <span class="pakkaz-symbol" aria-hidden="true"></span>
            <span class="pakkaz-mark__label" dir="auto" style={format!("max-width: {}px", Whole(props.label_width))} aria-hidden="true">
                if let Some(year) = year {
                    <span class="pakkaz-mark__year">{ year.clone() }</span>{ " " }
                }
                { e.title.clone() }
            </span>
            if props.tip {
                <span class="pakkaz-mark__tip" aria-hidden="true">
                    <strong dir="auto">{ e.title.clone() }</strong>
                    <span>{ text::tip_when(t, when, planned) }</span>
                </span>
            }
        </button>
    }
}
