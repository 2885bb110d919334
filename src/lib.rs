//! pakkaz-timeline: an interactive, zoomable, embeddable timeline widget.
//!
//! - [`api`]: the host's API as data: `mount`'s options, the element's attributes, the
//!   DOM events, and (natively) the TypeScript declarations written from them.
//! - [`model`]: dates with precision, events, the dataset format and its validation.
//! - [`timeline`]: viewport, scale, ticks and lane layout — pure maths.
//! - [`state`]: the one reducer-held state and its actions; [`url`]: the shareable hash.
//! - [`components`]: thin Yew views.
//! - `embed` (wasm only): the browser API, `mount(element, options)`.
//! - [`generate`]: the seeded test and benchmark data (nothing in the widget calls it,
//!   so its wasm leaves it out).
//!
//! Everything but `components` and the browser entry points is plain Rust, tested natively.

pub mod api;
pub mod components;
pub mod generate;
pub mod model;
pub mod state;
pub mod text;
pub mod timeline;
pub mod url;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub use embed::mount;

use model::date::days_from_civil;
use timeline::Viewport;

/// The range the embedded dataset is shown in: 1 January 1991 to 31 December 2022.
pub fn default_range() -> Viewport {
    Viewport::new(
        days_from_civil(1991, 1, 1) as f64,
        days_from_civil(2023, 1, 1) as f64,
    )
}

/// The range a custom dataset is shown in: the whole years its events cover, so a reader
/// can never wander off into years with nothing in them.
pub fn range_of(dataset: &model::Dataset) -> Viewport {
    match dataset.extent() {
        Some((first, last)) => {
            let first_year = model::Date::from_days(first).year_number();
            let last_year = model::Date::from_days(last - 1).year_number();
            Viewport::new(
                days_from_civil(first_year, 1, 1) as f64,
                days_from_civil(last_year + 1, 1, 1) as f64,
            )
        }
        None => default_range(),
    }
}
