//! The core of pakkaz-timeline: everything the widget knows that is not the browser.
//! Plain Rust with no web dependency, tested natively. Each layer imports only the
//! layers above it in this list:
//!
//! - [`model`]: dates with precision, categories, events, the public dataset format (serde
//!   types), its reading (JSON, CSV, TimelineJS) and validation.
//! - [`number`]: numbers written into styles, paths and labels without float formatting.
//! - [`text`]: the widget's words in its four languages, dates and numbers as words.
//! - [`timeline`]: the maths of the track: viewport, scale, ticks, lanes, clusters.
//! - [`url`]: the shareable hash of a view, as a plain [`url::Link`].
//! - [`state`]: the one [`state::State`] and the [`state::Action`]s that change it.
//! - [`api`]: the host's API as data (options, attributes, events) and, natively, the
//!   TypeScript declarations written from it.
//! - [`report`]: what a view says outside the widget (citations, a picture's words,
//!   what the host page is told).
//! - [`start`]: the first state, from the dataset, the host's options and the hash.
//! - [`generate`]: the seeded test and benchmark data.

pub mod api;
pub mod generate;
pub mod model;
pub mod number;
pub mod order;
pub mod report;
pub mod start;
pub mod state;
pub mod text;
pub mod timeline;
pub mod url;
