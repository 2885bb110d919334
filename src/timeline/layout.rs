//! Lane stacking: a pure function of the visible items' pixel extents.
//!
//! Each item occupies the horizontal interval of its mark and its label. Items are placed
//! greedily, in time order, in the first lane whose last item ends at least `gap` pixels
//! before the new one begins, so no two items in a lane ever overlap and the layout is
//! stable under small changes (earlier items never move because of later ones).

/// Pixels between two items in one lane.
pub const LANE_GAP_PX: f64 = 8.0;

/// What the layout needs to know of one item, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Extent {
    pub left: f64,
    pub right: f64,
}

/// Assigns a lane (0 = top) to each extent, in input order. Input must be sorted by `left`
/// for the result to be compact; overlaps are avoided whatever the order.
/// Returns the lanes and how many lanes were used.
pub fn stack(extents: &[Extent], gap: f64) -> (Vec<usize>, usize) {
    // Right edge of the last item in each lane.
    let mut lane_right: Vec<f64> = Vec::new();
    let mut lanes = Vec::with_capacity(extents.len());
    for e in extents {
        let free = lane_right.iter().position(|&right| right + gap <= e.left);
        let lane = match free {
            Some(lane) => lane,
            None => {
                lane_right.push(f64::NEG_INFINITY);
                lane_right.len() - 1
            }
        };
        lane_right[lane] = e.right;
        lanes.push(lane);
    }
    (lanes, lane_right.len())
}

/// A rough width in pixels of `text` set in the widget's sans-serif at `font_px`.
/// It errs wide so labels never run into each other; the view also clips each label to
/// the width reserved for it.
pub fn estimate_text_width(text: &str, font_px: f64) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | 'I' | '.' | ',' | '\'' | '’' | ':' | ';' | '|' | '!' => 0.3,
            ' ' | 'f' | 't' | 'r' | '(' | ')' | '-' => 0.38,
            'm' | 'w' | 'M' | 'W' | '—' => 0.9,
            c if c.is_ascii_uppercase() => 0.68,
            c if c.is_ascii_digit() => 0.58,
            _ => 0.56,
        })
        .sum();
    ems * font_px
}
