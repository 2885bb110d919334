//! Thin views: each turns state and derived layout into markup, and input into actions.
//! None computes layout; that is `crate::timeline`.

pub mod app;
pub mod axis;
pub mod bridge;
pub mod cluster;
pub mod details;
pub mod error;
pub mod filters;
pub mod frame;
pub mod hash;
pub mod legend;
pub mod list;
pub mod mark;
pub mod measure;
pub mod overview;
pub mod slot;
pub mod track;

pub use app::App;
pub use error::ErrorView;
