//! Measuring label text with the font the reader actually has, so the lane layout
//! reserves exactly the room each label needs.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};

use pakkaz_core::number::Whole;
use pakkaz_core::timeline::metrics::LABEL_FONT_PX;

/// Widths in CSS pixels of `texts` set in the label font of the widget at `root` (any
/// element inside the widget's shadow root: the font is its `--pakkaz-font`, which the
/// host page's own font rules do not reach), or `None` if the browser cannot measure
/// (then the estimates stand).
pub fn label_widths<'a>(root: &Element, texts: impl Iterator<Item = &'a str>) -> Option<Vec<f64>> {
    let window = web_sys::window()?;
    let style = window.get_computed_style(root).ok()??;
    // Without the widget's stylesheet (an App rendered on its own), the element's font.
    let family = match style.get_property_value("--pakkaz-font").ok()? {
        f if f.trim().is_empty() => style.get_property_value("font-family").ok()?,
        f => f,
    };
    let canvas: HtmlCanvasElement = window
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context.set_font(&format!("{}px {family}", Whole(LABEL_FONT_PX)));
    // One pixel of slack for sub-pixel rounding between canvas and layout.
    Some(
        texts
            .map(|t| {
                context
                    .measure_text(t)
                    .map(|m| m.width().ceil() + 1.0)
                    .unwrap_or(0.0)
            })
            .collect(),
    )
}
