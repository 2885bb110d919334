//! Thin views: each turns state and derived layout into markup, and input into actions.
//! None computes layout; that is `pakkaz_core::timeline`.

/// The widget's stylesheet (`styles/pakkaz.css`, compacted by `build.rs`), adopted by
/// each widget's shadow root.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/pakkaz.css"));

/// How a view learns the address of the page it is on, as it is when asked (what
/// citations, pictures and Copy link name): the embedding's, which reads the browser's.
/// Views compare it as equal always: a widget stays on one page.
#[derive(Clone, Copy)]
pub struct PageAddress(pub fn() -> String);

impl PartialEq for PageAddress {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl PageAddress {
    /// The address now.
    pub fn now(self) -> String {
        (self.0)()
    }
}

impl Default for PageAddress {
    /// No address known (a widget rendered without an embedding).
    fn default() -> Self {
        PageAddress(String::new)
    }
}

pub mod app;
pub mod axis;
pub mod bridge;
pub mod cluster;
pub mod copy;
pub mod details;
pub mod direction;
pub mod eras;
pub mod error;
pub mod filters;
pub mod frame;
pub mod legend;
pub mod list;
pub mod mark;
pub mod measure;
pub mod media;
pub mod overview;
pub mod print;
pub mod report;
pub mod slot;
pub mod store;
pub mod story;
pub mod track;

pub use app::App;
