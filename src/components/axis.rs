//! The time axis: tick labels, a grid line at each tick and, below a year's step, the
//! wider units (years, months, days) as a second row. Draws what `timeline::ticks`
//! chose; sends nothing.

use pakkaz_core::number::{Tenths, Whole};
use yew::prelude::*;

use pakkaz_core::timeline::ticks::Axis;

/// Tick labels above the lanes, a grid line through them at each tick, and, below a
/// year's step, the wider units as a second row. `grid`: the grid lines' length, down through
/// the lanes or, where time runs `down` (the ticks go down the axis column), across. A
/// plain function, not a component: the track draws it again as the window changes,
/// which changes the axis anyway (a component of its own would cost the wasm more).
pub fn axis_view(axis: &Axis, grid: f64, down: bool) -> Html {
    let at = |x: f64| {
        if down {
            format!("transform: translateY({}px)", Tenths(x))
        } else {
            format!("transform: translateX({}px)", Tenths(x))
        }
    };
    html! {
        // The grid lines' length is set once here, not on every line: the lanes below
        // change in number during a zoom.
        <div class={classes!("pakkaz-axis", (!axis.context.is_empty()).then_some("pakkaz-axis--months"))} aria-hidden="true"
            style={format!("--pakkaz-grid-length: {}px", Whole(grid))}>
            if !axis.context.is_empty() {
                <div class="pakkaz-axis__years">
                    { for axis.context.iter().map(|t| html! {
                        <span key={t.at} class="pakkaz-axis__year" style={at(t.x)}>
                            <span class="pakkaz-axis__text">{ t.label.clone() }</span>
                        </span>
                    }) }
                </div>
            }
            <div class="pakkaz-axis__ticks">
                { for axis.ticks.iter().map(|t| html! {
                    <span key={t.at}
                        class={classes!("pakkaz-axis__tick", t.strong.then_some("pakkaz-axis__tick--year"))}
                        style={at(t.x)}>
                        <span class="pakkaz-axis__label">{ t.label.clone() }</span>
                        <span class="pakkaz-axis__grid"></span>
                    </span>
                }) }
            </div>
        </div>
    }
}
