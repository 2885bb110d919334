//! What the track's layout is made of: items (events and clusters) with their lanes,
//! labels and symbols, bands of lanes, and the layout that holds them. Plain values that
//! the layout functions (`track`, `buckets`, `down`) make and the views draw.

use std::ops::Range;

use super::layout::Extent;
use super::metrics::{
    BORDER_PX, CLUSTER_DIGIT_PX, CLUSTER_PAD_X_PX, LABEL_OFFSET_PX, SMALL_SYMBOL_GAP_PX,
    SMALL_SYMBOL_PX, SYMBOL_PX,
};
use crate::model::category::MAX_CATEGORIES;
use crate::model::date::DAY_SECONDS;
use crate::model::{Category, Date, Precision};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelSide {
    Right,
    /// Near the right edge the label goes before the symbol so it stays in view.
    Left,
}

/// What a placed item stands for.
#[derive(Clone, Debug, PartialEq)]
pub enum ItemKind {
    /// One event: its index into `Dataset::events`.
    Event(usize),
    /// Several events too close together to show one by one at this zoom.
    Cluster(Cluster),
}

/// A group of events drawn as one mark; zooming in (or clicking it) opens it up.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub count: usize,
    /// How many of each category, in the dataset's order.
    pub by_category: [usize; MAX_CATEGORIES],
    /// The first second of the earliest member and the first after the latest member's
    /// period (since 1970-01-01T00:00Z).
    pub start: i64,
    pub end: i64,
}

impl Cluster {
    /// Room for the cluster's badge after its symbol slot: the count and one small
    /// symbol per category present, inside the badge's padding and border.
    pub fn label_width(&self) -> f64 {
        let digits = self.count.max(1).ilog10() as f64 + 1.0;
        let categories = self.by_category.iter().filter(|&&n| n > 0).count() as f64;
        digits * CLUSTER_DIGIT_PX
            + categories * (SMALL_SYMBOL_PX + SMALL_SYMBOL_GAP_PX)
            + 2.0 * (CLUSTER_PAD_X_PX + BORDER_PX)
    }

    /// The first and the last period the cluster's events fall in, as its name says
    /// them (a cluster's bounds are buckets of the layout's, not dates a reader knows):
    /// minutes within a day, days within two months, months within a century, else
    /// years.
    pub fn period(&self) -> (Date, Date) {
        let (start, last) = (self.start, (self.end - 1).max(self.start));
        let span = last - start;
        let precision = if span < DAY_SECONDS {
            Precision::Minute
        } else if span < 62 * DAY_SECONDS {
            Precision::Day
        } else {
            Precision::Month
        };
        let precision = if span >= 100 * 366 * DAY_SECONDS {
            Precision::Year
        } else {
            precision
        };
        let named = |at: i64| Date::from_seconds(at, Precision::Minute).truncated(precision);
        (named(start), named(last))
    }
}

/// One item's place on the track.
#[derive(Clone, Debug, PartialEq)]
pub struct TrackItem {
    pub kind: ItemKind,
    /// x of the item's symbol: its start, or the track's left edge for a period that
    /// began before the window (so its label stays in view while it lasts).
    pub x: f64,
    /// x where the item's period begins (equal to `x` unless the period began earlier).
    pub span_from: f64,
    /// Width of the period the item covers (0 for a single day). A year-only event
    /// covers its whole year, so readers see it is known only to the year.
    pub span_px: f64,
    pub lane: usize,
    pub label_width: f64,
    pub label_side: LabelSide,
    /// Where time runs down: how far the label is moved down (or, below 0, up) from its
    /// symbol to make room for its neighbours; a leader joins them. 0 across.
    pub shift: f64,
}

impl TrackItem {
    /// The interval along the axis that the symbol, the period and the label occupy.
    pub fn extent(&self) -> Extent {
        self.extent_with(true)
    }

    /// The interval the item occupies along the axis, with its period (`spans`) or,
    /// where time runs down and a period is drawn beside the labels, without it.
    pub fn extent_with(&self, spans: bool) -> Extent {
        let half = SYMBOL_PX / 2.0;
        let span_end = if spans {
            self.span_from + self.span_px
        } else {
            f64::NEG_INFINITY
        };
        match self.label_side {
            LabelSide::Right => Extent {
                left: self.x - half,
                right: span_end.max(self.x + half + LABEL_OFFSET_PX + self.label_width),
            },
            LabelSide::Left => Extent {
                left: self.x - half - LABEL_OFFSET_PX - self.label_width,
                right: span_end.max(self.x + half),
            },
        }
    }

    /// The dataset index if this item is a single event.
    pub fn event(&self) -> Option<usize> {
        match self.kind {
            ItemKind::Event(i) => Some(i),
            ItemKind::Cluster(_) => None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrackLayout {
    pub items: Vec<TrackItem>,
    pub lanes: usize,
    /// Lanes by category: each category's band, in the dataset's order; its items are
    /// `items[band.items]`. Empty in the ordinary layout.
    pub bands: Vec<Band>,
}

/// One category's band in the lanes-by-category layout: a row with its name, then its
/// own lanes.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub category: Category,
    /// The row of the band's name; its lanes follow it.
    pub lane: usize,
    /// How many lanes its events take (at least 1, so an empty band still shows).
    pub lanes: usize,
    /// Its items' place in `TrackLayout::items`.
    pub items: Range<usize>,
}

/// What the track draws, in reading order: a band's name before its items.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Row<'a> {
    Band(&'a Band),
    Item(&'a TrackItem),
}

impl TrackLayout {
    /// Everything drawn, in reading order: the items, or each band's name and then its
    /// items.
    pub fn rows(&self) -> Vec<Row<'_>> {
        if self.bands.is_empty() {
            return self.items.iter().map(Row::Item).collect();
        }
        let mut rows = Vec::with_capacity(self.items.len() + self.bands.len());
        for band in &self.bands {
            rows.push(Row::Band(band));
            rows.extend(self.items[band.items.clone()].iter().map(Row::Item));
        }
        rows
    }

    /// Events shown one by one, with their dataset index.
    pub fn events(&self) -> impl Iterator<Item = (usize, &TrackItem)> {
        self.items
            .iter()
            .filter_map(|item| Some((item.event()?, item)))
    }

    pub fn clusters(&self) -> impl Iterator<Item = (&Cluster, &TrackItem)> {
        self.items.iter().filter_map(|item| match &item.kind {
            ItemKind::Cluster(c) => Some((c, item)),
            ItemKind::Event(_) => None,
        })
    }
}

/// Where the symbol of a period starting at `x` goes: at its start, or at the left edge
/// while the period still runs on screen.
pub(crate) fn sticky_x(x: f64, span_px: f64) -> f64 {
    let edge = SYMBOL_PX / 2.0;
    if x < edge && x + span_px > edge {
        edge
    } else {
        x
    }
}
