//! Checks the embedded dataset, `src/data/events.json`, with the widget's own format types
//! and validator (the same source files, compiled into this script), so that a bad edit
//! fails `cargo build` and `trunk build` with the validator's message and never reaches
//! a reader's browser.
//!
//! The checked text is then written without the whitespace between its tokens to
//! `$OUT_DIR/events.json`, which the widget embeds (less to download; BENCHMARKS.md).
//!
//! It also writes the widget's stylesheet, `styles/pakkaz.css`, without its comments and
//! spare whitespace to `$OUT_DIR/pakkaz.css`: the widget adopts it in each shadow root.
//!
//! The model's files name each other as `super::…`; declared here at the crate root, as
//! they are under `model` in the widget, those paths resolve the same way.
#![allow(dead_code)]

#[path = "src/model/category.rs"]
mod category;
#[path = "src/model/colour.rs"]
mod colour;
#[path = "src/model/dataset.rs"]
mod dataset;
#[path = "src/model/date.rs"]
mod date;
#[path = "src/model/eras.rs"]
mod eras;
#[path = "src/model/event.rs"]
mod event;
#[path = "src/model/format.rs"]
mod format;
#[path = "src/model/json_syntax.rs"]
mod json_syntax;
#[path = "src/model/json_text.rs"]
mod json_text;
#[path = "src/model/loose.rs"]
mod loose;
#[path = "src/model/media.rs"]
mod media;
#[path = "src/model/own_categories.rs"]
mod own_categories;
#[path = "src/model/problems.rs"]
mod problems;
#[path = "src/model/read.rs"]
mod read;
#[path = "src/model/stamp.rs"]
mod stamp;
#[path = "src/model/undated.rs"]
mod undated;

const EVENTS: &str = "src/data/events.json";
const STYLES: &str = "styles/pakkaz.css";

fn main() {
    println!("cargo:rerun-if-changed={EVENTS}");
    println!("cargo:rerun-if-changed={STYLES}");
    let text =
        std::fs::read_to_string(EVENTS).unwrap_or_else(|e| fail(&format!("cannot read it: {e}")));
    let checked = json_text::read_json(&text)
        .and_then(|raw| dataset::validate(raw).map_err(|errors| errors.to_string()));
    if let Err(message) = checked {
        fail(&message);
    }
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let out = out_dir.join("events.json");
    if let Err(e) = std::fs::write(&out, without_whitespace(&text)) {
        fail(&format!("cannot write {}: {e}", out.display()));
    }
    let css =
        std::fs::read_to_string(STYLES).unwrap_or_else(|e| panic!("cannot read {STYLES}: {e}"));
    std::fs::write(out_dir.join("pakkaz.css"), compact_css(&css)).expect("OUT_DIR is writable");
}

/// CSS without comments, with each run of whitespace one space, and none around
/// `{`, `}`, `;` and `,`. Strings are kept as written. (Spaces before `:` stay: in a
/// selector such as `.pakkaz :focus-visible` they mean something.)
fn compact_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote = None;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == '\\' {
                out.extend(chars.next());
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => {
                quote = Some(c);
                out.push(c);
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            c if c.is_whitespace() => {
                let after_token = out.ends_with(|p: char| "{};,".contains(p));
                let next_is_token = chars
                    .peek()
                    .is_some_and(|n| "{};,".contains(*n) || n.is_whitespace());
                if !out.is_empty() && !after_token && !next_is_token && !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            '{' | '}' | ';' | ',' => {
                if out.ends_with(' ') {
                    out.pop();
                }
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

fn fail(message: &str) -> ! {
    eprintln!("\n{EVENTS} is not valid; nothing was built.\n\n{message}");
    std::process::exit(1);
}

/// JSON text without the whitespace between tokens; strings are kept byte for byte.
fn without_whitespace(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else if c == '"' {
            in_string = true;
        } else if c.is_ascii_whitespace() {
            continue;
        }
        out.push(c);
    }
    out
}
