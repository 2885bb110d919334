//! A number written in a CSV cell, as spreadsheets write one, read without the standard
//! library's float parsing.

/// A number as a spreadsheet writes it: digits, maybe a minus sign, maybe a decimal
/// point, maybe commas between groups of three digits (`1,200,000`, as Sheets exports a
/// formatted number). `None` for anything else.
///
/// Written out rather than `str::parse::<f64>` (or serde_json's), which brought Rust's
/// float formatting and parsing tables into the wasm (BENCHMARKS.md). A mantissa of at
/// most 2^53 and a power of ten of at most 10^22 are both exact in an `f64`, so one
/// division rounds correctly (Clinger's fast path); amounts need no more digits.
pub(super) fn number(written: &str) -> Option<f64> {
    let (negative, unsigned) = match written.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, written),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let grouped = whole.contains(',');
    let mut mantissa: u64 = 0;
    let mut push = |digits: &str| -> Option<()> {
        for b in digits.bytes() {
            if !b.is_ascii_digit() {
                return None;
            }
            mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
        }
        Some(())
    };
    for (i, group) in whole.split(',').enumerate() {
        let fits = match i {
            0 => !group.is_empty() && (!grouped || group.len() <= 3),
            _ => group.len() == 3,
        };
        if !fits {
            return None;
        }
        push(group)?;
    }
    if unsigned.contains('.') && (fraction.is_empty() || fraction.len() > 22) {
        return None;
    }
    push(fraction)?;
    if mantissa > 1 << 53 {
        return None;
    }
    let scale = (0..fraction.len()).fold(1.0, |s, _| s * 10.0);
    let value = mantissa as f64 / scale;
    Some(if negative { -value } else { value })
}
