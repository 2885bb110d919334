//! `mount`'s options: read from the host's object one field at a time, each checked, into
//! what `mount` renders ([`Mount`]); and the checks the handle's methods share
//! (categories, windows).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::data::{read_js, Read};
use pakkaz_core::api::options::NAMES as OPTION_NAMES;
use pakkaz_core::api::options::{Theme, THEMES};
use pakkaz_core::model::Dataset;
use pakkaz_core::start::{window_of, Opening};
use pakkaz_core::text::{Lang, Words};

/// `mount`'s options object, read one field at a time with `Reflect` (a handful of
/// fields do not need a generic deserializer). `null` and `undefined` mean "not given".
pub(super) struct Options(JsValue);

impl Options {
    fn get(&self, key: &str) -> Option<JsValue> {
        if self.0.is_undefined() || self.0.is_null() {
            return None;
        }
        js_sys::Reflect::get(&self.0, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    }

    fn text(&self, key: &str) -> Result<Option<String>, String> {
        self.get(key)
            .map(|v| {
                v.as_string()
                    .ok_or_else(|| format!("mount options: `{key}` must be text"))
            })
            .transpose()
    }

    fn flag(&self, key: &str) -> Result<Option<bool>, String> {
        self.get(key)
            .map(|v| {
                v.as_bool()
                    .ok_or_else(|| format!("mount options: `{key}` must be true or false"))
            })
            .transpose()
    }

    /// The `strings` option: an object of text by key.
    fn strings(&self) -> Result<Vec<(String, String)>, String> {
        let Some(value) = self.get("strings") else {
            return Ok(Vec::new());
        };
        let wrong = || "mount options: `strings` must be an object of text by key".to_string();
        if !value.is_object() || js_sys::Array::is_array(&value) {
            return Err(wrong());
        }
        js_sys::Object::entries(value.unchecked_ref())
            .iter()
            .map(|entry| {
                let pair = js_sys::Array::from(&entry);
                match (pair.get(0).as_string(), pair.get(1).as_string()) {
                    (Some(key), Some(text)) => Ok((key, text)),
                    _ => Err(wrong()),
                }
            })
            .collect()
    }

    fn texts(&self, key: &str) -> Result<Option<Vec<String>>, String> {
        let Some(value) = self.get(key) else {
            return Ok(None);
        };
        let wrong = || format!("mount options: `{key}` must be a list of text");
        if !js_sys::Array::is_array(&value) {
            return Err(wrong());
        }
        js_sys::Array::from(&value)
            .iter()
            .map(|item| item.as_string().ok_or_else(wrong))
            .collect::<Result<Vec<_>, _>>()
            .map(Some)
    }
}

/// What `mount` renders, after checking every option.
pub(super) struct Mount {
    pub(super) data: MountData,
    /// What the widget opens with: the core decides from it and the data
    /// (`pakkaz_core::start`).
    pub(super) opening: Opening,
    /// The widget's language, if the host chose one (else the page's, the reader's, or
    /// English: `super::language`).
    pub(super) lang: Option<Lang>,
    /// The host's own strings, by key, instead of the language's.
    pub(super) strings: Vec<(String, String)>,
    pub(super) theme: Theme,
    pub(super) sync_hash: bool,
    /// CSS height for the widget, if the host asked for one.
    pub(super) height: Option<String>,
}

/// Where a widget's data comes from.
pub(super) enum MountData {
    /// The host's own, read already (shown in its own years).
    Ready {
        dataset: Dataset,
        /// The data it was read from.
        origin: JsValue,
    },
    /// Still to come, while the widget says it is loading.
    Later(Later),
}

/// Data the widget reads after it has appeared, saying it is loading.
#[derive(Clone)]
pub(super) enum Later {
    /// A file at this address (JSON or CSV text).
    Fetch(String),
    /// A TimelineJS file, converted in the owner module.
    TimelineJs(JsValue),
    /// The embedded dataset (`pakkaz-events.json` beside the module), for a host without
    /// data of its own.
    Embedded,
}

pub(super) fn read_options(options: JsValue) -> Result<Mount, String> {
    if !(options.is_undefined() || options.is_null()) {
        if !options.is_object() || js_sys::Array::is_array(&options) {
            return Err("mount options must be an object".into());
        }
        // Unknown keys are typos (`catgories`): say so rather than ignore them.
        let object: &js_sys::Object = options.unchecked_ref();
        for key in js_sys::Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !OPTION_NAMES.contains(&key.as_str()) {
                return Err(format!(
                    "mount options: unknown field `{key}`, expected one of {}",
                    OPTION_NAMES.join(", ")
                ));
            }
        }
    }
    let options = Options(options);
    let heading = match options.text("heading")? {
        Some(h) if h.trim().is_empty() => return Err("mount options: `heading` is empty".into()),
        h => h.map(|h| h.trim().to_string()),
    };
    let data = match (options.get("data"), options.text("src")?) {
        (Some(_), Some(_)) => {
            return Err("mount options: give `data` or `src`, not both".into());
        }
        (Some(data), None) => match read_js(&data)? {
            Read::Dataset(dataset, origin) => MountData::Ready { dataset, origin },
            Read::TimelineJs(file) => MountData::Later(Later::TimelineJs(file)),
        },
        (None, Some(src)) if src.trim().is_empty() => {
            return Err("mount options: `src` is empty".into());
        }
        (None, Some(src)) => MountData::Later(Later::Fetch(src)),
        (None, None) => MountData::Later(Later::Embedded),
    };
    let lang = match options.text("lang")? {
        None => None,
        Some(tag) => Some(Lang::parse(&tag).ok_or_else(|| {
            format!("mount options: `lang` \"{tag}\" is not one of en, ur, kk, ru")
        })?),
    };
    let strings = options.strings()?;
    // Checked now, so a wrong key throws before anything is shown.
    Words::english_with(strings.clone()).map_err(|e| format!("mount options: {e}"))?;
    let categories = options.texts("categories")?;
    let window = window_of(
        "mount options",
        options.text("from")?.as_deref(),
        options.text("to")?.as_deref(),
    )?;
    let selected = options.text("selected")?;
    let theme = match options.text("theme")? {
        None => Theme::Auto,
        Some(name) => Theme::parse(&name).ok_or_else(|| {
            format!(
                "mount options: `theme` \"{name}\" is not one of {}",
                THEMES.join(", ")
            )
        })?,
    };
    let height = match options.get("height") {
        None => None,
        Some(value) => Some(css_height(&value)?),
    };
    let opening = Opening {
        heading,
        categories,
        window,
        selected,
        list: options.flag("list")?.unwrap_or(false),
        lanes: options.flag("lanes")?.unwrap_or(false),
        story: match options.text("mode")?.as_deref() {
            None | Some("timeline") => false,
            Some("story") => true,
            Some(other) => {
                return Err(format!(
                    "mount options: `mode` \"{other}\" is not one of timeline, story"
                ))
            }
        },
    };
    Ok(Mount {
        data,
        opening,
        lang,
        strings,
        theme,
        sync_hash: options.flag("hash")?.unwrap_or(false),
        height,
    })
}

/// The `height` option as a CSS length: a number of pixels (at least 120), or a length
/// such as "60vh" (letters, digits, `.` and `%` only, so it cannot smuggle in CSS).
fn css_height(value: &JsValue) -> Result<String, String> {
    if let Some(px) = value.as_f64() {
        if !(px.is_finite() && px >= 120.0) {
            return Err("mount options: `height` must be at least 120 (pixels)".into());
        }
        return Ok(format!("{}px", px.round() as u32));
    }
    if let Some(css) = value.as_string() {
        let ok = css
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '%');
        if !ok || css.is_empty() {
            return Err(format!(
                "mount options: `height` \"{css}\" is not a CSS length such as 420px or 60vh"
            ));
        }
        return Ok(css);
    }
    Err("mount options: `height` must be a number of pixels or a CSS length".into())
}
