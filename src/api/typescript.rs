//! The package's TypeScript declarations, written from the tables of [`super::options`]
//! and [`super::events`], the languages and strings the widget has, and the data format's
//! serde types (their fields asked of serde itself, [`crate::model::fields`]). They are
//! appended to the declarations wasm-bindgen writes for the module's functions and the
//! handle (`mount`, `validateDataset`, `Timeline`), which come from the Rust signatures.
//!
//! Natively only: `cargo run --example typescript` prints them for the build.

use std::fmt::Write;

use super::events::{HostEvent, ALL as EVENTS};
use super::options::{attributes, Attribute, OPTIONS, THEMES};
use crate::model::fields::fields_of;
use crate::model::format::{
    RawCategory, RawCitation, RawDataset, RawEra, RawEvent, RawMedia, RawNote, RawSource,
};
use crate::text::lang::{en, entries, Lang};

/// One interface of the data format: its TypeScript name, what it is, the serde type's
/// fields, and the fields whose type is not `string`.
struct Shape {
    name: &'static str,
    /// Where the docs' table writes its fields (`events[].`).
    path: &'static str,
    doc: &'static str,
    fields: Vec<&'static str>,
    types: &'static [(&'static str, &'static str)],
}

/// The data format's interfaces, each from its serde type, with the path docs/data-format.md
/// writes its fields under.
pub fn interfaces() -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
    shapes()
        .into_iter()
        .map(|s| (s.name, s.path, s.fields))
        .collect()
}

/// The data format's interfaces, each from its serde type.
fn shapes() -> Vec<Shape> {
    vec![
        Shape {
            name: "Dataset",
            path: "",
            doc: "A timeline's data in the widget's format (docs/data-format.md).",
            fields: fields_of::<RawDataset>(),
            types: &[
                ("sources", "Source[]"),
                ("events", "DatasetEvent[]"),
                ("undated", "UndatedNote[]"),
                ("categories", "Category[]"),
                ("eras", "Era[]"),
            ],
        },
        Shape {
            name: "Source",
            path: "sources[].",
            doc: "A document events cite.",
            fields: fields_of::<RawSource>(),
            types: &[("date", "DateText")],
        },
        Shape {
            name: "DatasetEvent",
            path: "events[].",
            doc: "One event: a point in time (`date`) or a span (`date` to `end`).",
            fields: fields_of::<RawEvent>(),
            types: &[
                ("date", "DateText"),
                ("end", "DateText"),
                ("status", "\"happened\" | \"planned\""),
                ("amount_usd", "number"),
                ("media", "Media"),
                ("sources", "Citation[]"),
            ],
        },
        Shape {
            name: "Citation",
            path: "events[].sources[].",
            doc: "The sentence of a source an event or note rests on, quoted verbatim.",
            fields: fields_of::<RawCitation>(),
            types: &[],
        },
        Shape {
            name: "Media",
            path: "events[].media.",
            doc: "A picture shown in an event's details (an https address).",
            fields: fields_of::<RawMedia>(),
            types: &[],
        },
        Shape {
            name: "UndatedNote",
            path: "undated[].",
            doc: "Something the sources tell without a date: listed, never on the axis.",
            fields: fields_of::<RawNote>(),
            types: &[("sources", "Citation[]")],
        },
        Shape {
            name: "Category",
            path: "categories[].",
            doc: "A category of the owner's own, instead of the four built-in ones.",
            fields: fields_of::<RawCategory>(),
            types: &[],
        },
        Shape {
            name: "Era",
            path: "eras[].",
            doc: "A labelled period, drawn behind the track and in the overview band.",
            fields: fields_of::<RawEra>(),
            types: &[("date", "DateText"), ("end", "DateText")],
        },
    ]
}

/// The fields a valid dataset must have, by interface (the validator names each one
/// missing; native tests remove each field from valid data and hold this list to what
/// the validator says and to docs/data-format.md's "required" column).
pub const REQUIRED: [(&str, &str); 21] = [
    ("Dataset", "events"),
    ("Source", "id"),
    ("Source", "title"),
    ("DatasetEvent", "id"),
    ("DatasetEvent", "date"),
    ("DatasetEvent", "category"),
    ("DatasetEvent", "title"),
    ("DatasetEvent", "sources"),
    ("Citation", "source"),
    ("Citation", "quote"),
    ("Media", "url"),
    ("Media", "alt"),
    ("UndatedNote", "id"),
    ("UndatedNote", "title"),
    ("UndatedNote", "sources"),
    ("Category", "id"),
    ("Category", "label"),
    ("Era", "id"),
    ("Era", "title"),
    ("Era", "date"),
    ("Era", "end"),
];

/// The whole set of declarations, for the end of the module's `.d.ts`.
pub fn declarations() -> String {
    let mut out = String::new();
    let w = &mut out;
    line(
        w,
        "// Written from src/api/ and the data format's serde types (src/model/format.rs) by",
    );
    line(
        w,
        "// `cargo run --example typescript`: change those, not this.",
    );
    line(w, "");
    doc(w, "", "The package's version.");
    line(
        w,
        &format!(
            "export declare const version: \"{}\";",
            env!("CARGO_PKG_VERSION")
        ),
    );
    doc(
        w,
        "",
        "A language the widget speaks (its tag, as `lang` attributes write it).",
    );
    line(
        w,
        &format!(
            "export type Lang = {};",
            union(Lang::ALL.iter().map(|l| l.tag()))
        ),
    );
    doc(
        w,
        "",
        "The widget's colours: light, dark, or as the reader's system is set.",
    );
    line(w, &format!("export type Theme = {};", union(THEMES)));
    doc(
        w,
        "",
        "A date as the data format writes it: a year (\"2022\"), a month (\"2022-01\") or a day (\"2022-01-27\").",
    );
    line(w, "export type DateText = string;");
    doc(w, "", "The key of one of the widget's strings (src/text/lang/en.rs lists them with their English text).");
    line(
        w,
        &format!(
            "export type StringKey = {};",
            union(entries(en::TABLE).map(|(k, _)| k))
        ),
    );
    for shape in shapes() {
        interface(w, &shape);
    }
    doc(
        w,
        "",
        "A TimelineJS file (its JSON format), converted as it comes in (docs/data-format.md).",
    );
    line(w, "export interface TimelineJsFile {");
    line(w, "  events: Record<string, unknown>[];");
    line(w, "  title?: Record<string, unknown>;");
    line(w, "  eras?: Record<string, unknown>[];");
    line(w, "  [key: string]: unknown;");
    line(w, "}");
    options(w);
    element_attributes(w);
    events(w);
    element(w);
    out
}

/// The declarations React users add with `import type {} from 'pakkaz-timeline/jsx'`: the
/// element in JSX, with its attributes typed. Apart from the module's, because they need
/// React's types, which other hosts do not have.
pub fn jsx() -> String {
    let mut out = String::new();
    let w = &mut out;
    line(
        w,
        "// Written by `cargo run --example typescript -- jsx` (src/api/typescript.rs).",
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

/// Each attribute of `<pakkaz-timeline>` and how the element reads it, as a JSON object
/// (`{"src":"text",…}`), for `src/embed/element.js`.
pub fn attributes_json() -> String {
    let pairs: Vec<String> = attributes()
        .map(|o| {
            let kind = match o.attribute {
                Attribute::Text => "text",
                Attribute::List => "list",
                Attribute::Length => "length",
                Attribute::Flag => "flag",
                Attribute::None => unreachable!("not an attribute"),
            };
            format!("\"{}\":\"{kind}\"", o.name)
        })
        .collect();
    format!("{{{}}}", pairs.join(","))
}

fn line(w: &mut String, text: &str) {
    w.push_str(text);
    w.push('\n');
}

/// A JSDoc comment of one paragraph.
fn doc(w: &mut String, indent: &str, text: &str) {
    let _ = writeln!(w, "{indent}/** {} */", text.replace("*/", "* /"));
}

fn union<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names
        .into_iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(" | ")
}

fn interface(w: &mut String, shape: &Shape) {
    for (field, _) in shape.types {
        assert!(
            shape.fields.contains(field),
            "{}.{field} is typed here but is not a field of the serde type",
            shape.name
        );
    }
    doc(w, "", shape.doc);
    line(w, &format!("export interface {} {{", shape.name));
    for field in &shape.fields {
        let ty = shape
            .types
            .iter()
            .find(|(f, _)| f == field)
            .map_or("string", |(_, t)| t);
        let optional = if REQUIRED.contains(&(shape.name, *field)) {
            ""
        } else {
            "?"
        };
        line(w, &format!("  {field}{optional}: {ty};"));
    }
    line(w, "}");
}

fn options(w: &mut String) {
    doc(
        w,
        "",
        "`mount`'s options; each is optional (docs/embedding.md).",
    );
    line(w, "export interface MountOptions {");
    for o in OPTIONS {
        doc(w, "  ", o.doc);
        line(w, &format!("  {}?: {};", o.name, o.ts));
    }
    line(w, "}");
}

/// The attributes of `<pakkaz-timeline>`, as HTML and JSX write them.
fn element_attributes(w: &mut String) {
    doc(
        w,
        "",
        "`<pakkaz-timeline>`'s attributes: `mount`'s options, as text. `lang` is HTML's own.",
    );
    line(w, "export interface PakkazTimelineAttributes {");
    for o in attributes() {
        let ty = match o.attribute {
            Attribute::Text if o.ts == "string" => "string",
            Attribute::Text => o.ts,
            Attribute::List => "string",
            Attribute::Length => "number | string",
            Attribute::Flag => "boolean | \"true\" | \"false\"",
            Attribute::None => unreachable!("not an attribute"),
        };
        doc(w, "  ", o.doc);
        line(w, &format!("  {}?: {ty};", o.name));
    }
    line(w, "}");
}

fn events(w: &mut String) {
    for e in EVENTS {
        event_detail(w, &e);
    }
    doc(
        w,
        "",
        "The DOM events the widget fires on its element; they bubble out of it.",
    );
    line(w, "export interface PakkazEventMap {");
    for e in EVENTS {
        doc(w, "  ", e.doc);
        let null = if e.nullable { " | null" } else { "" };
        line(
            w,
            &format!("  \"{}\": CustomEvent<{}{null}>;", e.name, e.detail_type),
        );
    }
    line(w, "}");
}

fn event_detail(w: &mut String, e: &HostEvent) {
    doc(w, "", &format!("The `detail` of `{}`.", e.name));
    line(w, &format!("export interface {} {{", e.detail_type));
    for (name, ty, what) in e.detail {
        doc(w, "  ", what);
        line(w, &format!("  {name}: {ty};"));
    }
    line(w, "}");
}

/// `<pakkaz-timeline>` itself: the handle's methods, the version, the tag and its events
/// known to the DOM's own types.
fn element(w: &mut String) {
    doc(
        w,
        "",
        "The `<pakkaz-timeline>` element, defined when the module loads in a browser. Its methods are the handle's, and throw until the widget is on screen.",
    );
    line(
        w,
        "export interface PakkazTimelineElement extends HTMLElement, Pick<Timeline, \"setCategories\" | \"zoomTo\" | \"select\" | \"destroy\"> {",
    );
    doc(w, "  ", "The package's version.");
    line(w, "  readonly version: typeof version;");
    line(w, "}");
    line(w, "declare global {");
    line(w, "  interface HTMLElementTagNameMap {");
    line(w, "    \"pakkaz-timeline\": PakkazTimelineElement;");
    line(w, "  }");
    // On every element's own map, so that `addEventListener` types `detail` on the host's
    // element (an `Element` from `querySelector`) as well as on `<pakkaz-timeline>`.
    line(w, "  interface ElementEventMap extends PakkazEventMap {}");
    line(w, "}");
}
