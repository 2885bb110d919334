//! The text of a file a host names with `src` and the format it is in, or why there is
//! none, in words for the page's reader (the widget shows them).

use wasm_bindgen::JsCast;

use pakkaz_core::model::file_format::FileFormat;

/// The text at `src` and its format, or why there is none, in words for the page's
/// reader.
pub(super) async fn fetch_text(src: &str) -> Result<(String, FileFormat), String> {
    use wasm_bindgen_futures::JsFuture;
    let failed = |why: &str| format!("The timeline data could not be loaded from {src}: {why}.");
    let window = web_sys::window().ok_or_else(|| failed("there is no window"))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(src))
        .await
        .map_err(|_| failed("the request failed (offline, or the address refused it)"))?
        .dyn_into()
        .map_err(|_| failed("no response"))?;
    if !response.ok() {
        let status = response.status();
        return Err(failed(&format!(
            "the server answered {status} {}",
            response.status_text()
        )));
    }
    let content_type = response.headers().get("content-type").ok().flatten();
    let text = response
        .text()
        .map_err(|_| failed("its body cannot be read"))?;
    let text = JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| failed("its body cannot be read"))?;
    let format = FileFormat::of(content_type.as_deref(), &response.url(), &text);
    Ok((text, format))
}
