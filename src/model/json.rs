//! A small, strict JSON reader (RFC 8259) for the dataset format.
//!
//! Why our own: the widget reads one kind of document, and a generic deserializer
//! (serde with serde-wasm-bindgen) cost about 10 KB of gzipped wasm for that, more than
//! this whole module. Being plain Rust, it is tested and fuzzed natively, and its errors
//! say where the text went wrong (line and column). It never panics: nesting is limited
//! to [`MAX_DEPTH`], and every index is checked.

use std::fmt;

/// Deeper nesting than any dataset needs; the limit keeps hostile input such as
/// `[[[[…` from exhausting the stack.
pub const MAX_DEPTH: usize = 64;

/// A parsed JSON value. Objects keep their members in order (duplicates included; the
/// reader of a field takes the last one, as `JSON.parse` does).
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The member `key` of an object (the last one if repeated); `None` otherwise.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|m| &m.1),
            _ => None,
        }
    }

    /// Moves the member `key` out of an object (the last one if repeated), leaving
    /// `null`; `None` if there is no such member. Reading a document field by field this
    /// way copies no text.
    pub fn take(&mut self, key: &str) -> Option<Json> {
        match self {
            Json::Object(members) => members
                .iter_mut()
                .rev()
                .find(|(k, _)| k == key)
                .map(|m| std::mem::replace(&mut m.1, Json::Null)),
            _ => None,
        }
    }

    /// What kind of value this is, for error messages ("a number", "a list", …).
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Number(_) => "a number",
            Json::String(_) => "text",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }
}

/// Where and why a text is not JSON. Line and column count from 1; columns in characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub line: usize,
    pub column: usize,
    pub message: &'static str,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.message
        )
    }
}

/// Parses one JSON document (surrounding whitespace allowed, nothing else).
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        depth: 0,
    };
    let value = p.value()?;
    p.skip_space();
    if p.pos < p.bytes.len() {
        return Err(p.error("unexpected text after the end of the data"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    /// An error at the current position; line and column are only counted here.
    fn error(&self, message: &'static str) -> JsonError {
        let before = self.text.get(..self.pos).unwrap_or(self.text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        JsonError {
            line,
            column,
            message,
        }
    }

    #[inline]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn expect_word(&mut self, word: &str, value: Json) -> Result<Json, JsonError> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value (text in quotes, a number, a list or an object)"))
        }
    }

    fn value(&mut self) -> Result<Json, JsonError> {
        self.skip_space();
        match self.peek() {
            None => Err(self.error("the data ends where a value was expected")),
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.expect_word("true", Json::Bool(true)),
            Some(b'f') => self.expect_word("false", Json::Bool(false)),
            Some(b'n') => self.expect_word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => {
                Err(self.error("expected a value (text in quotes, a number, a list or an object)"))
            }
        }
    }

    fn nested(
        &mut self,
        read: fn(&mut Self) -> Result<Json, JsonError>,
    ) -> Result<Json, JsonError> {
        if self.depth == MAX_DEPTH {
            return Err(self.error("lists and objects are nested too deeply"));
        }
        self.depth += 1;
        self.pos += 1; // the opening bracket
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn array(&mut self) -> Result<Json, JsonError> {
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error("expected , or ] in a list")),
            }
        }
    }

    fn object(&mut self) -> Result<Json, JsonError> {
        let mut members = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a field name in double quotes"));
            }
            let key = self.string()?;
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.error("expected : after a field name"));
            }
            self.pos += 1;
            let value = self.value()?;
            members.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(members));
                }
                _ => return Err(self.error("expected , or } in an object")),
            }
        }
    }

    /// A string starting at the opening quote. Runs without escapes are copied whole;
    /// they start and end next to ASCII bytes, so they are always valid UTF-8 slices.
    fn string(&mut self) -> Result<String, JsonError> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let run_start = self.pos;
            let rest = &self.bytes[self.pos..];
            self.pos += rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(rest.len());
            if out.is_empty() && self.peek() == Some(b'"') {
                // The common case, text without escapes: one exact allocation.
                self.pos += 1;
                return Ok(self.text[run_start..self.pos - 1].to_string());
            }
            out.push_str(&self.text[run_start..self.pos]);
            match self.peek() {
                None => return Err(self.error("text is missing its closing quote")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = self.peek();
                    self.pos += 1;
                    match escaped {
                        Some(b'"') => out.push('"'),
                        Some(b'\\') => out.push('\\'),
                        Some(b'/') => out.push('/'),
                        Some(b'b') => out.push('\u{8}'),
                        Some(b'f') => out.push('\u{c}'),
                        Some(b'n') => out.push('\n'),
                        Some(b'r') => out.push('\r'),
                        Some(b't') => out.push('\t'),
                        Some(b'u') => out.push(self.unicode_escape()?),
                        _ => {
                            self.pos -= 1;
                            return Err(self.error("unknown escape after \\ in text"));
                        }
                    }
                }
                Some(_) => {
                    return Err(self
                        .error("a line break or control character inside text (write it as \\n)"))
                }
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self.bytes.get(self.pos..self.pos + 4);
        let value = digits.and_then(|d| {
            d.iter().try_fold(0u32, |acc, &b| {
                (b as char).to_digit(16).map(|v| acc * 16 + v)
            })
        });
        match value {
            Some(v) => {
                self.pos += 4;
                Ok(v)
            }
            None => Err(self.error("\\u must be followed by four hex digits")),
        }
    }

    /// `\uXXXX`, joining a surrogate pair. A lone surrogate (legal in JSON, not in a Rust
    /// string) becomes U+FFFD, as a browser shows it.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) && self.bytes[self.pos..].starts_with(b"\\u") {
            let save = self.pos;
            self.pos += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return Ok(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            self.pos = save;
        }
        Ok(char::from_u32(first).unwrap_or('\u{FFFD}'))
    }

    /// A number by the JSON grammar. Up to 15 significant digits and exponents within
    /// ±22 (every amount a dataset holds) convert exactly; beyond that the result is
    /// within a few units in the last place (subnormal numbers, below 1e-308, only
    /// approximately), which no dataset field can tell apart.
    /// (The exactly rounded general algorithm brings about 10 KB of tables.)
    fn number(&mut self) -> Result<Json, JsonError> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let mut mantissa: u64 = 0;
        let mut exponent: i32 = 0;
        let take = |mantissa: &mut u64, exponent: &mut i32, d: u8, fraction: bool| {
            if *mantissa < 100_000_000_000_000_000 {
                *mantissa = *mantissa * 10 + u64::from(d - b'0');
                if fraction {
                    *exponent -= 1;
                }
            } else if !fraction {
                *exponent += 1;
            }
        };
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                while let Some(d @ b'0'..=b'9') = self.peek() {
                    take(&mut mantissa, &mut exponent, d, false);
                    self.pos += 1;
                }
            }
            _ => return Err(self.error("a number needs a digit after the minus sign")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            let start = self.pos;
            while let Some(d @ b'0'..=b'9') = self.peek() {
                take(&mut mantissa, &mut exponent, d, true);
                self.pos += 1;
            }
            if self.pos == start {
                return Err(self.error("a number needs a digit after the decimal point"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            let sign = match self.peek() {
                Some(b'-') => {
                    self.pos += 1;
                    -1
                }
                Some(b'+') => {
                    self.pos += 1;
                    1
                }
                _ => 1,
            };
            let start = self.pos;
            let mut e: i32 = 0;
            while let Some(d @ b'0'..=b'9') = self.peek() {
                e = e.saturating_mul(10).saturating_add(i32::from(d - b'0'));
                self.pos += 1;
            }
            if self.pos == start {
                return Err(self.error("a number needs a digit in its exponent"));
            }
            exponent = exponent.saturating_add(sign * e);
        }
        let magnitude = scale_by_power_of_ten(mantissa as f64, exponent);
        Ok(Json::Number(if negative { -magnitude } else { magnitude }))
    }
}

/// `value × 10^exponent`. Exact when `value` is an integer below 2^53 and the power is
/// at most 22 (both factors exact, one rounding); otherwise rounded a few times.
fn scale_by_power_of_ten(value: f64, exponent: i32) -> f64 {
    if value == 0.0 {
        return 0.0;
    }
    let mut e = exponent.clamp(-400, 400);
    let mut result = value;
    while e != 0 {
        let step = e.clamp(-22, 22);
        let mut power = 1.0f64;
        for _ in 0..step.unsigned_abs() {
            power *= 10.0; // exact: 10^k is representable for k ≤ 22
        }
        if step > 0 {
            result *= power;
        } else {
            result /= power;
        }
        e -= step;
    }
    result
}
