//! The declarations for React's JSX (`pakkaz-timeline/jsx`): `<pakkaz-timeline>` among
//! JSX's intrinsic elements, its attributes typed by the module's declarations.

use super::write::{doc, line};

/// The declarations React users add with `import type {} from 'pakkaz-timeline/jsx'`: the
/// element in JSX, with its attributes typed. Apart from the module's, because they need
/// React's types, which other hosts do not have.
pub fn jsx() -> String {
    let mut out = String::new();
    let w = &mut out;
    line(
        w,
        "// Written by `cargo run --example typescript -- jsx` (core/src/api/typescript/jsx.rs).",
    );
    line(
        w,
        "import type { DetailedHTMLProps, HTMLAttributes } from \"react\";",
    );
    line(
        w,
        "import type { PakkazTimelineAttributes, PakkazTimelineElement } from \"./pakkaz-timeline.js\";",
    );
    line(w, "");
    line(w, "declare module \"react\" {");
    line(w, "  namespace JSX {");
    line(w, "    interface IntrinsicElements {");
    doc(
        w,
        "      ",
        "The timeline as an element: its attributes are `mount`'s options.",
    );
    line(w, "      \"pakkaz-timeline\": DetailedHTMLProps<HTMLAttributes<PakkazTimelineElement>, PakkazTimelineElement> &");
    line(w, "        PakkazTimelineAttributes;");
    line(w, "    }");
    line(w, "  }");
    line(w, "}");
    out
}
