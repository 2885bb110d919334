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

/// Assigns a lane (0 = top) to each extent, in input order. Input sorted by `left` gives
/// the most compact result; overlaps are avoided whatever the order.
/// Returns the lanes and how many lanes were used.
pub fn stack(extents: &[Extent], gap: f64) -> (Vec<usize>, usize) {
    let options: Vec<[Option<Extent>; 2]> = extents.iter().map(|&e| [Some(e), None]).collect();
    let (placed, count) = stack_choices(&options, gap, usize::MAX).unwrap_or_default();
    (placed.into_iter().map(|(lane, _)| lane).collect(), count)
}

/// Like [`stack`], but each item may be placed in one of two ways (e.g. label after or
/// before its mark): the one that fits the topmost lane wins, the first on a tie. An item
/// with neither option gets the first one forced into a new lane. Returns, per item, its
/// lane and the index of the option used, and how many lanes were used; or `None` as
/// soon as more than `max_lanes` would be needed (so a hopeless try costs little).
///
/// Why it never overlaps: a lane only accepts an item that starts `gap` after the lane's
/// last right edge, so each lane is a sequence of disjoint intervals, left to right.
pub fn stack_choices(
    options: &[[Option<Extent>; 2]],
    gap: f64,
    max_lanes: usize,
) -> Option<(Vec<(usize, usize)>, usize)> {
    // Right edge of the last item in each lane.
    let mut lane_right: Vec<f64> = Vec::new();
    let mut placed = Vec::with_capacity(options.len());
    for item in options {
        let best = item
            .iter()
            .enumerate()
            .filter_map(|(choice, e)| {
                let e = (*e)?;
                let lane = lane_right.iter().position(|&right| right + gap <= e.left)?;
                Some((lane, choice, e))
            })
            .min_by_key(|&(lane, choice, _)| (lane, choice));
        let (lane, choice, extent) = match best {
            Some(found) => found,
            None => {
                let choice = if item[0].is_some() { 0 } else { 1 };
                if lane_right.len() >= max_lanes {
                    return None;
                }
                lane_right.push(f64::NEG_INFINITY);
                let extent = item[choice].unwrap_or(Extent {
                    left: f64::NEG_INFINITY,
                    right: f64::NEG_INFINITY,
                });
                (lane_right.len() - 1, choice, extent)
            }
        };
        lane_right[lane] = extent.right;
        placed.push((lane, choice));
    }
    Some((placed, lane_right.len()))
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
