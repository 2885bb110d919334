//! Where JSON text breaks JSON's grammar: the first place, by line and column, and why,
//! in the words a site owner reads. The browser's `JSON.parse` reads a dataset's text;
//! only when it refuses it is [`json_error`] asked where, so the message is the same in
//! every browser (their own messages differ, and Chromium's give no place for the
//! commonest mistakes: a trailing comma, an unquoted value).
//!
//! Why not serde_json, which the native build uses to read JSON: in the widget's wasm its
//! parser (run in skipping mode to find the error) is much more code, in every reader's
//! payload, than a scan needs (BENCHMARKS.md has the difference). This scanner
//! checks the grammar alone, in a loop (nesting costs no stack), and tests/reading.rs
//! checks that it refuses exactly the texts serde_json refuses, at the same places.

/// Where a dataset's text could not be read as JSON: line and column (from 1, columns
/// in characters) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "The timeline data is not valid JSON: line {}, column {}: {}",
            self.line, self.column, self.message
        )
    }
}

const ENDS: &str = "the data ends where a value was expected";
const VALUE: &str = "expected a value (text in quotes, a number, a list or an object)";
const KEY: &str = "expected a field name in double quotes";
const COLON: &str = "expected : after a field name";
const IN_LIST: &str = "expected , or ] in a list";
const IN_OBJECT: &str = "expected , or } in an object";
const AFTER: &str = "unexpected text after the end of the data";
const CONTROL: &str = "a line break or control character inside text (write it as \\n)";
const ESCAPE: &str = "unknown escape after \\ in text";
const NUMBER: &str = "a number is not written as JSON numbers are";

/// The first problem in text that is not JSON, or `None` if it is JSON.
pub fn json_error(text: &str) -> Option<JsonError> {
    let (at, message) = scan(text.as_bytes()).err()?;
    // Lines and columns by hand, byte by byte: `str::matches` would bring a substring
    // searcher into the wasm for one character.
    let (mut line, mut column) = (1, 1);
    for &c in &text.as_bytes()[..at] {
        if c == b'\n' {
            (line, column) = (line + 1, 1);
        } else if c & 0xC0 != 0x80 {
            column += 1; // the first byte of a character
        }
    }
    Some(JsonError {
        line,
        column,
        message: message.to_string(),
    })
}

/// What the scanner looks for next.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Next {
    Value,
    /// A value, or the end of the list just opened.
    ValueOrEnd,
    /// A field name, or (`true`) the end of the object just opened.
    Key(bool),
    Colon,
    /// A comma or the end of the innermost list or object.
    CommaOrEnd,
    /// Nothing but whitespace: the data is complete.
    Done,
}

/// Checks the grammar; on the first error, its byte offset (a character boundary: the
/// character that is wrong, or the end of the text) and the reason.
fn scan(b: &[u8]) -> Result<(), (usize, &'static str)> {
    // The lists and objects open around the current place: `[` or `{`.
    let mut open: Vec<u8> = Vec::new();
    let mut i = 0;
    let mut next = Next::Value;
    loop {
        while matches!(b.get(i), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            i += 1;
        }
        let Some(&c) = b.get(i) else {
            return if next == Next::Done {
                Ok(())
            } else {
                Err((i, ENDS))
            };
        };
        let after_value = |open: &Vec<u8>| {
            if open.is_empty() {
                Next::Done
            } else {
                Next::CommaOrEnd
            }
        };
        next = match (next, c) {
            (Next::Done, _) => return Err((i, AFTER)),
            (Next::ValueOrEnd, b']') | (Next::Key(true), b'}') => {
                open.pop();
                i += 1;
                after_value(&open)
            }
            (Next::Value | Next::ValueOrEnd, _) => {
                i = value(b, i, &mut open)?;
                match c {
                    b'[' => Next::ValueOrEnd,
                    b'{' => Next::Key(true),
                    _ => after_value(&open),
                }
            }
            (Next::Key(_), b'"') => {
                i = string(b, i + 1)?;
                Next::Colon
            }
            (Next::Key(_), _) => return Err((i, KEY)),
            (Next::Colon, b':') => {
                i += 1;
                Next::Value
            }
            (Next::Colon, _) => return Err((i, COLON)),
            (Next::CommaOrEnd, _) => {
                let object = open.last() == Some(&b'{');
                match (object, c) {
                    (true, b',') => {
                        i += 1;
                        Next::Key(false)
                    }
                    (false, b',') => {
                        i += 1;
                        Next::Value
                    }
                    (true, b'}') | (false, b']') => {
                        open.pop();
                        i += 1;
                        after_value(&open)
                    }
                    (true, _) => return Err((i, IN_OBJECT)),
                    (false, _) => return Err((i, IN_LIST)),
                }
            }
        };
    }
}

/// Reads the value starting at `i` (opening a list or object onto `open`); returns the
/// offset after it (after the bracket, for a list or object).
fn value(b: &[u8], i: usize, open: &mut Vec<u8>) -> Result<usize, (usize, &'static str)> {
    match b[i] {
        c @ (b'[' | b'{') => {
            open.push(c);
            Ok(i + 1)
        }
        b'"' => string(b, i + 1),
        b'-' | b'0'..=b'9' => number(b, i),
        b't' => word(b, i, b"true"),
        b'f' => word(b, i, b"false"),
        b'n' => word(b, i, b"null"),
        _ => Err((i, VALUE)),
    }
}

/// `true`, `false` or `null`, starting at `i`.
fn word(b: &[u8], i: usize, expected: &[u8]) -> Result<usize, (usize, &'static str)> {
    for (k, &want) in expected.iter().enumerate() {
        match b.get(i + k) {
            None => return Err((i + k, ENDS)),
            Some(&c) if c == want => {}
            Some(_) => return Err((i + k, VALUE)),
        }
    }
    Ok(i + expected.len())
}

/// A string's contents, from just after its opening quote; returns the offset after its
/// closing quote.
fn string(b: &[u8], mut i: usize) -> Result<usize, (usize, &'static str)> {
    loop {
        match b.get(i) {
            None => return Err((i, ENDS)),
            Some(b'"') => return Ok(i + 1),
            Some(b'\\') => {
                i += 1;
                match b.get(i) {
                    None => return Err((i, ENDS)),
                    Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => i += 1,
                    Some(b'u') => {
                        // Four hex digits: first whether there are four characters.
                        let Some(hex) = b.get(i + 1..i + 5) else {
                            return Err((b.len(), ENDS));
                        };
                        // A wrong one is named by the group's last character (as serde_json
                        // names it).
                        if !hex.iter().all(u8::is_ascii_hexdigit) {
                            let mut last = i + 4;
                            while b[last] & 0xC0 == 0x80 {
                                last -= 1;
                            }
                            return Err((last, ESCAPE));
                        }
                        i += 5;
                    }
                    Some(_) => return Err((i, ESCAPE)),
                }
            }
            Some(&c) if c < 0x20 => return Err((i, CONTROL)),
            Some(_) => i += 1,
        }
    }
}

/// A number starting at `i`; returns the offset after it. A number cut short by the end
/// of the text is wrong at its last character.
fn number(b: &[u8], mut i: usize) -> Result<usize, (usize, &'static str)> {
    let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let wrong = |i: usize| Err((i.min(b.len() - 1), NUMBER));
    if b[i] == b'-' {
        i += 1;
    }
    match b.get(i) {
        Some(b'0') => {
            i += 1;
            if b.get(i).is_some_and(u8::is_ascii_digit) {
                return wrong(i);
            }
        }
        Some(b'1'..=b'9') => i += digits(i),
        _ => return wrong(i),
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        match digits(i) {
            0 => return wrong(i),
            n => i += n,
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        match digits(i) {
            0 => return wrong(i),
            n => i += n,
        }
    }
    Ok(i)
}
