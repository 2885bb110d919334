//! pakkaz-timeline: the widget. Thin on top of [`pakkaz_core`], which holds everything
//! that is not the browser (the data, the maths, the one state, the words).
//!
//! - [`components`]: Yew views that turn the state into markup and input into actions.
//! - `embed` (wasm only): the browser API, `mount(element, options)`, the
//!   `<pakkaz-timeline>` element's module, and what the host page is told.

pub mod components;

/// Talc in place of Rust's default allocator (Cargo.toml says why).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub use embed::mount;
