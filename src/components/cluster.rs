//! A cluster: events too close to show one by one, drawn as a button with the count and a
//! symbol per category. Sends its press to the track, which zooms in on it or, at the
//! narrowest zoom, opens the list.

use yew::prelude::*;

use pakkaz_core::text::Words;

use super::mark::{place, span_style};
use pakkaz_core::model::{Categories, Category};
use pakkaz_core::number::Whole;
use pakkaz_core::text;
use pakkaz_core::timeline::metrics::{LABEL_OFFSET_PX, SYMBOL_PX};
use pakkaz_core::timeline::track::{Cluster, LabelSide, TrackItem};

#[derive(Properties, PartialEq, Clone)]
pub struct ClusterMarkProps {
    /// The widget's words, in its language.
    pub words: Words,
    pub cluster: Cluster,
    pub item: TrackItem,
    /// Time runs down the track.
    pub down: bool,
    /// Zooms in on the cluster's period.
    pub on_open: Callback<Cluster>,
    /// The dataset's categories, which the cluster counts.
    pub categories: Categories,
}

/// Several events too close to show one by one: a button with the count and, per
/// category, a symbol and its number. Pressing it zooms in until they spread out.
#[function_component(ClusterMark)]
pub fn cluster_mark(props: &ClusterMarkProps) -> Html {
    let item = &props.item;
    let class = classes!(
        "pakkaz-cluster",
        (item.label_side == LabelSide::Left).then_some("pakkaz-cluster--label-left"),
    );
    html! {
        <li class={class} style={place(item, props.down)}>
            if item.span_px > 0.0 {
                <span class="pakkaz-cluster__span" style={span_style(item, props.down)} aria-hidden="true"></span>
            }
            <ClusterButton words={props.words.clone()} cluster={props.cluster.clone()} on_open={props.on_open.clone()}
                categories={props.categories.clone()} />
        </li>
    }
}

#[derive(Properties, Clone)]
struct ClusterButtonProps {
    /// The widget's words, in its language.
    pub words: Words,
    cluster: Cluster,
    on_open: Callback<Cluster>,
    categories: Categories,
}

/// The callback is left out: the track makes a new one on every render that does the
/// same, and comparing it would redraw every button every frame.
impl PartialEq for ClusterButtonProps {
    fn eq(&self, other: &Self) -> bool {
        self.cluster == other.cluster && self.categories == other.categories
    }
}

/// The cluster's button: its count, its categories and its accessible name. The same
/// while a zoom or pan only moves the cluster, so then it is not redrawn.
#[function_component(ClusterButton)]
fn cluster_button(props: &ClusterButtonProps) -> Html {
    let t = &props.words;
    let c = &props.cluster;
    let (first, last) = c.period();
    let when = text::span(t, &first, Some(&last));
    let name = text::cluster_name(t, &props.categories, c.count, &when, &c.by_category);
    let onclick = {
        let on_open = props.on_open.clone();
        let cluster = c.clone();
        Callback::from(move |_: MouseEvent| on_open.emit(cluster.clone()))
    };
    html! {
        <button type="button" class="pakkaz-cluster__button" aria-label={name.clone()} title={name} {onclick}
            style={format!("width: {}px", Whole(SYMBOL_PX + LABEL_OFFSET_PX + c.label_width()))}>
            <span class="pakkaz-cluster__count" aria-hidden="true">{ c.count }</span>
            <span class="pakkaz-cluster__cats" aria-hidden="true">
                { for c.by_category.iter().enumerate().filter(|(_, n)| **n > 0).map(|(i, _)| html! {
                    <span class={classes!("pakkaz-symbol", "pakkaz-symbol--small", Category::new(i).class())}></span>
                }) }
            </span>
        </button>
    }
}
