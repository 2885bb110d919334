//! Where a pointer is along the time axis. In a right-to-left language (Urdu) the plot and
//! the overview band are drawn mirrored (time runs right to left, `styles/pakkaz.css`),
//! so positions count from the right edge; the layout maths stays left to right.

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
