//! Validation of an event's media (`media`): `https://` addresses only (a page served
//! over https would block anything else, and `http` leaks the reader's visit in the
//! clear), and a text for readers who cannot see it, always.

use super::collector::Collector;
use super::event::Media;
use super::format::RawMedia;
use super::limits::{MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use super::loose::Loose;
use super::problems::Loc;

/// The event's picture, checked; `None` when it has none or it has a problem (reported).
pub(super) fn check_media(
    c: &mut Collector,
    location: &Loc,
    raw: Loose<RawMedia>,
) -> Option<Box<Media>> {
    let m = c.present(location, "media", raw)?;
    let url = c.text(location, "media.url", m.url, MAX_TEXT_CHARS);
    let is_https = https(&url);
    if !url.is_empty() && !is_https {
        c.push(location, "media.url", "must start with https://");
    }
    let alt = c.text(location, "media.alt", m.alt, MAX_TITLE_CHARS);
    let optional = |c: &mut Collector, field, value| match c.present(location, field, value) {
        None => String::new(),
        Some(text) => c.checked_text(location, field, text, MAX_TEXT_CHARS),
    };
    let caption = optional(c, "media.caption", m.caption);
    let credit = optional(c, "media.credit", m.credit);
    let mut addresses_ok = true;
    let mut address = |c: &mut Collector, field, value| {
        let url = optional(c, field, value);
        if !url.is_empty() && !https(&url) {
            c.push(location, field, "must start with https://");
            addresses_ok = false;
        }
        url
    };
    let poster = address(c, "media.poster", m.poster);
    let captions = address(c, "media.captions", m.captions);
    if !addresses_ok {
        return None;
    }
    (is_https && !alt.is_empty()).then(|| {
        Box::new(Media {
            url,
            alt,
            caption,
            credit,
            poster,
            captions,
        })
    })
}

/// Whether `url` is an `https://` address (the scheme in any case) with something after
/// the scheme.
fn https(url: &str) -> bool {
    url.get(..8)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"))
        && url.len() > 8
}
