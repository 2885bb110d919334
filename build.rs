//! Checks the embedded dataset, `src/data/events.json`, with the core's format types and
//! validator, so that a bad edit fails `cargo build` and `trunk build` with the
//! validator's message and never reaches a reader's browser.
//!
//! The build writes the checked file beside the module without its whitespace, as
//! `pakkaz-events.json` (scripts/post-build.mjs): the widget fetches it only for a host
//! without data of its own.
//!
//! It also writes the widget's stylesheet, `styles/pakkaz.css`, without its comments and
//! spare whitespace to `$OUT_DIR/pakkaz.css`: the widget adopts it in each shadow root.

use pakkaz_core::model::{json_text, validate};

const EVENTS: &str = "src/data/events.json";
const STYLES: &str = "styles/pakkaz.css";

fn main() {
    println!("cargo:rerun-if-changed={EVENTS}");
    println!("cargo:rerun-if-changed={STYLES}");
    let text =
        std::fs::read_to_string(EVENTS).unwrap_or_else(|e| fail(&format!("cannot read it: {e}")));
    let checked = json_text::read_json(&text)
        .and_then(|raw| validate(raw).map_err(|errors| errors.to_string()));
    if let Err(message) = checked {
        fail(&message);
    }
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
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
