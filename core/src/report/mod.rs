//! What a view says outside the widget, made from the state and the words: citations of
//! its events, the words of a picture of it, and the events the host page is told of.
//! Above both the state and the words, so that neither needs the other.

pub mod cite;
pub mod host;
pub mod picture;

pub use host::{Download, ExportFormat, PictureFormat, Selected, ToHost, ViewChanged};
pub use picture::PictureWords;
