//! Numbers written into styles, SVG paths and labels, without float formatting.
//!
//! Why: `format!("{:.1}")` on an `f64` pulls Rust's float printer (Grisu and Dragon;
//! BENCHMARKS.md, "Payload", gives its size) into the widget. Positions only need
//! tenths of a pixel, and those are integers in disguise. (serde-wasm-bindgen is patched
//! for the same reason, Cargo.toml says; this keeps our own code from needing it.)

use std::fmt;

/// `x` limited to `low..=high` (`low` for NaN). Why not `f64::clamp`: its check that
/// `low <= high` formats both with `{:?}`, which brings the whole float printer into
/// the wasm for a message no reader sees.
pub fn clamp(x: f64, low: f64, high: f64) -> f64 {
    x.max(low).min(high)
}

/// `x` rounded to tenths, written without a trailing `.0`: `12.3`, `-0.5`, `7`. Values
/// that are not finite, or beyond any screen, are written as `0` or clamped.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tenths(pub f64);

impl fmt::Display for Tenths {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tenths = if self.0.is_finite() {
            clamp((self.0 * 10.0).round(), -1e15, 1e15) as i64
        } else {
            0
        };
        let sign = if tenths < 0 { "-" } else { "" };
        let (whole, fraction) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
        if fraction == 0 {
            write!(f, "{sign}{whole}")
        } else {
            write!(f, "{sign}{whole}.{fraction}")
        }
    }
}

/// `x` rounded to a whole number: `12`, `-3`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Whole(pub f64);

impl fmt::Display for Whole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = if self.0.is_finite() {
            clamp(self.0.round(), -1e15, 1e15) as i64
        } else {
            0
        };
        write!(f, "{n}")
    }
}

/// Appends `n` in decimal, zero-padded to `width` digits: `07`, `0043`, `12000`. Plain
/// digits, without `format!`'s width machinery (the axis and dates write many).
pub fn push_padded(out: &mut String, n: u64, width: usize) {
    let digits = n.to_string();
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

/// The number of decimal digits before the point of `x` (at least 1): 1 for 4.54, 2
/// for 66, 3 for 252.
pub fn whole_digits(x: f64) -> u32 {
    let mut digits = 1;
    let mut bound = 10.0;
    while x >= bound && digits < 20 {
        digits += 1;
        bound *= 10.0;
    }
    digits
}

/// `x` to the power `y`, for `x > 0`, as `2^(y·log2 x)`. Why not `f64::powf`: it links
/// libm's `pow`, a large function of its own (BENCHMARKS.md, "Payload"), where `log2`
/// and `exp2` are in the wasm anyway; the result differs in the last bits only, which
/// a contrast check or an animation frame never sees.
pub fn pow_positive(x: f64, y: f64) -> f64 {
    (y * x.log2()).exp2()
}
