//! Timeline maths: the viewport, the time↔pixel scale, axis ticks and lane layout.
//! Pure Rust, no web APIs, tested natively.

pub mod bands;
mod buckets;
pub mod down;
pub mod gesture;
pub mod items;
pub mod layout;
pub mod listed;
pub mod metrics;
pub mod overview;
pub mod pointers;
pub mod scale;
pub mod ticks;
pub mod track;
pub mod viewport;

pub use scale::Scale;
pub use viewport::Viewport;
