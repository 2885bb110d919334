//! Where a pointer is along the time axis. In a right-to-left language (Urdu) the plot and
//! the overview band are drawn mirrored (time runs right to left, `styles/pakkaz.css`),
//! so positions count from the right edge; the layout maths stays left to right. In a
//! narrow widget time runs down the track, so positions on it count from its top.

use web_sys::Element;

/// `client_x`'s distance along the axis of `element`: from its left edge, or from its
/// right edge when the axis runs right to left.
pub fn axis_x(element: &Element, client_x: f64, rtl: bool) -> f64 {
    let rect = element.get_bounding_client_rect();
    if rtl {
        rect.right() - client_x
    } else {
        client_x - rect.left()
    }
}

/// +1 where the axis runs left to right, −1 where it runs right to left: the sign of a
/// horizontal movement on screen, along the axis.
pub fn axis_sign(rtl: bool) -> f64 {
    if rtl {
        -1.0
    } else {
        1.0
    }
}

/// A pointer on the track as (along its time axis, across it): across the widget, or, where
/// time runs `down`, down it (and then across is the horizontal position).
pub fn on_track(element: &Element, client: (f64, f64), rtl: bool, down: bool) -> (f64, f64) {
    if down {
        let top = element.get_bounding_client_rect().top();
        (client.1 - top, client.0)
    } else {
        (axis_x(element, client.0, rtl), client.1)
    }
}
