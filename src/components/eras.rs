//! The dataset's eras drawn as bands behind the track (with their titles) or in the
//! overview band (without). Decoration only (`aria-hidden`): the list view names them.
//! Sends nothing.

use yew::prelude::*;

use pakkaz_core::model::Dataset;
use pakkaz_core::number::Tenths;
use pakkaz_core::timeline::Scale;

/// `scale`: the track's or the overview band's; `labels`: write each era's title in its
/// band (the track) or not (the band); `down`: time runs down (the track of a narrow
/// widget), so the bands go across it. A plain function, not a component: drawn again
/// with the track or the band, whose scale changes with it anyway (a component of its own
/// would cost the wasm more).
pub fn eras(dataset: &Dataset, scale: Scale, labels: bool, down: bool) -> Html {
    if dataset.eras.is_empty() {
        return html! {};
    }
    let bands = dataset.eras.iter().enumerate().filter_map(|(i, era)| {
        let from = scale.x(era.start()).max(0.0);
        let to = scale.x(era.end()).min(scale.width);
        (to > from).then(|| {
            html! {
                <div key={era.id.clone()} class={classes!("pakkaz-era", (i % 2 == 1).then_some("pakkaz-era--alt"))}
                    style={if down {
                        format!("top: {}px; height: {}px", Tenths(from), Tenths(to - from))
                    } else {
                        format!("left: {}px; width: {}px", Tenths(from), Tenths(to - from))
                    }}>
                    if labels {
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
