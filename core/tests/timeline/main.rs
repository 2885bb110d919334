//! Native tests of the timeline maths. The test files mirror `core/src/timeline/`: each file
//! here holds the tests of the module of the same name (`support.rs` holds the helpers
//! several of them share).
#![cfg(not(target_arch = "wasm32"))] // native only: proptest does not build for wasm32

mod gesture;
mod items;
mod layout;
mod listed;
mod metrics;
mod overview;
mod pointers;
mod scale;
mod support;
mod ticks;
mod track;
mod viewport;
