//! The size limits a dataset is held to: how long its texts may be and how many events
//! it may have. Validation reports what goes past them; readers bound what they reserve
//! by them, so that a hostile file cannot make them reserve more.

/// Longest title, summary and quote accepted. Long enough for any real text, short enough
/// that a pasted book cannot freeze the page.
pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_TEXT_CHARS: usize = 5_000;
pub const MAX_EVENTS: usize = 100_000;
