//! The host's API, described once as data: every option `mount` takes and the attribute
//! that sets it on `<pakkaz-timeline>` ([`options`]), and every event the widget fires
//! on its element ([`events`]). Plain Rust with no web dependency.
//!
//! Everything a host sees is made from here: the wasm reads options by these names and
//! fires events by these names; the package's TypeScript declarations are written from
//! these tables and from the data format's serde types ([`typescript`], native only);
//! native tests hold `src/embed/element.js`'s attribute list and the README's option
//! table to them.

pub mod events;
pub mod options;
#[cfg(not(target_arch = "wasm32"))]
pub mod typescript;
