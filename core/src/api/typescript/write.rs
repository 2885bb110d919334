//! The writer's helpers the declarations are made with: a line, a JSDoc comment, a union
//! of string literals.

use std::fmt::Write;

pub(super) fn line(w: &mut String, text: &str) {
    w.push_str(text);
    w.push('\n');
}

/// A JSDoc comment of one paragraph.
pub(super) fn doc(w: &mut String, indent: &str, text: &str) {
    let _ = writeln!(w, "{indent}/** {} */", text.replace("*/", "* /"));
}

pub(super) fn union<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names
        .into_iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(" | ")
}
