//! Colours of a dataset's own categories: written `#rgb` or `#rrggbb`, and kept only if
//! a symbol in that colour stands out on both themes' backgrounds (WCAG 2's 3:1 for
//! graphical objects, success criterion 1.4.11).

/// The light theme's background (`--pakkaz-bg` in styles/pakkaz.css).
pub const LIGHT_BG: [u8; 3] = [0xff, 0xff, 0xff];
/// The dark theme's background.
pub const DARK_BG: [u8; 3] = [0x11, 0x18, 0x27];
/// The least contrast a category's colour must have against each background.
pub const MIN_CONTRAST: f64 = 3.0;

/// The colour `#rgb` or `#rrggbb` names, or `None` if it is not written so.
pub fn parse_hex(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
    match hex.len() {
        3 => Some([digit(0)? * 17, digit(1)? * 17, digit(2)? * 17]),
        6 => {
            let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
            Some([pair(0)?, pair(2)?, pair(4)?])
        }
        _ => None,
    }
}

/// WCAG 2's relative luminance of an sRGB colour.
pub fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            crate::number::pow_positive((c + 0.055) / 1.055, 2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG 2's contrast ratio of two colours, from 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Why a colour cannot be a category's, or `None` if it can. Contrast is written to a
/// tenth by integer arithmetic (the wasm has no float printer).
pub fn colour_problem(text: &str) -> Option<String> {
    let Some(colour) = parse_hex(text) else {
        return Some(format!(
            "\"{text}\" is not a colour written #rgb or #rrggbb"
        ));
    };
    for (theme, bg) in [("light", LIGHT_BG), ("dark", DARK_BG)] {
        let ratio = contrast(colour, bg);
        if ratio < MIN_CONTRAST {
            let tenths = (ratio * 10.0) as u32;
            return Some(format!(
                "\"{text}\" has a contrast of {}.{}:1 on the {theme} theme's background; \
                 a category's colour needs 3:1 on both (a mid tone, such as #2f7d95)",
                tenths / 10,
                tenths % 10
            ));
        }
    }
    None
}
