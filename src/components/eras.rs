//! The dataset's eras drawn as bands behind the track (with their titles) or in the
//! overview band (without). Decoration only (`aria-hidden`): the list view names them.
//! Sends nothing.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::Dataset;
use crate::timeline::number::Tenths;
use crate::timeline::Scale;

#[derive(Properties, Clone)]
pub struct ErasProps {
    pub dataset: Rc<Dataset>,
    /// Where the bands go: the track's scale, or the overview band's.
    pub scale: Scale,
    /// Write each era's title in its band (the track), or not (the overview band).
    pub labels: bool,
    /// Time runs down (the track of a narrow widget): bands go across it.
    #[prop_or_default]
    pub down: bool,
}

impl PartialEq for ErasProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.scale == other.scale
            && self.labels == other.labels
            && self.down == other.down
    }
}

/// Each era in view as a band from its first day to its last; neighbours alternate in
/// shade so that adjacent eras are told apart.
#[function_component(Eras)]
pub fn eras(props: &ErasProps) -> Html {
    let scale = props.scale;
    if props.dataset.eras.is_empty() {
        return html! {};
    }
    let bands = props.dataset.eras.iter().enumerate().filter_map(|(i, era)| {
        let from = scale.x(era.start_day() as f64).max(0.0);
        let to = scale.x(era.end_day() as f64).min(scale.width);
        (to > from).then(|| {
            html! {
                <div key={era.id.clone()} class={classes!("pakkaz-era", (i % 2 == 1).then_some("pakkaz-era--alt"))}
                    style={if props.down {
                        format!("top: {}px; height: {}px", Tenths(from), Tenths(to - from))
                    } else {
                        format!("left: {}px; width: {}px", Tenths(from), Tenths(to - from))
                    }}>
                    if props.labels {
                        <span class="pakkaz-era__label" dir="auto">{ era.title.clone() }</span>
                    }
                </div>
            }
        })
    });
    html! {
        <div class="pakkaz-eras" aria-hidden="true">{ for bands }</div>
    }
}
