//! Where a widget lives in its host element: an open shadow root with the widget's
//! stylesheet adopted. The host page's CSS cannot reach in (its `!important` rules
//! included: they match the host element at most, and `.pakkaz` starts from
//! `all: initial`), and the widget's cannot leak out. Theming still works: custom
//! properties set on the host element inherit into the shadow tree.

use web_sys::{CssStyleSheet, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

thread_local! {
    /// The stylesheet, parsed once and adopted by every widget's shadow root.
    static SHEET: Option<CssStyleSheet> = stylesheet();
}

fn stylesheet() -> Option<CssStyleSheet> {
    let sheet = CssStyleSheet::new().ok()?;
    sheet.replace_sync(crate::components::STYLESHEET).ok()?;
    Some(sheet)
}

/// The host's shadow root, made now or reused (a widget mounted again into the same
/// element), with the widget's stylesheet adopted.
pub fn shadow_of(host: &Element) -> Result<ShadowRoot, &'static str> {
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .map_err(|_| {
                "mount: the element cannot hold a shadow root; use a <div> or <pakkaz-timeline>"
            })?,
    };
    let sheet = SHEET
        .with(Clone::clone)
        .ok_or("mount: this browser cannot share a stylesheet with a shadow root")?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    Ok(shadow)
}
