//! The data format's interfaces (`Dataset` and the objects in it), each written from its
//! type's fields as the reader names them ([`Record::FIELDS`]), so that the declarations
//! cannot drift from what the reader takes; and the TimelineJS file the widget converts as it comes in.

use super::write::{doc, line};
use crate::model::format::{
    RawCategory, RawCitation, RawDataset, RawEra, RawEvent, RawMedia, RawNote, RawSource,
};
use crate::model::loose::Record;

/// One interface of the data format: its TypeScript name, what it is, the type's
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
            fields: RawDataset::FIELDS.to_vec(),
            types: &[
                ("media", "Media"),
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
            fields: RawSource::FIELDS.to_vec(),
            types: &[("date", "DateText")],
        },
        Shape {
            name: "DatasetEvent",
            path: "events[].",
            doc: "One event: a point in time (`date`) or a span (`date` to `end`).",
            fields: RawEvent::FIELDS.to_vec(),
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
            fields: RawCitation::FIELDS.to_vec(),
            types: &[],
        },
        Shape {
            name: "Media",
            path: "events[].media.",
            doc: "What an event's details, or the title slide, show: a picture, a video or sound file, a YouTube, Vimeo, Wikimedia Commons or OpenStreetMap page, or a link (an https address).",
            fields: RawMedia::FIELDS.to_vec(),
            types: &[],
        },
        Shape {
            name: "UndatedNote",
            path: "undated[].",
            doc: "Something the sources tell without a date: listed, never on the axis.",
            fields: RawNote::FIELDS.to_vec(),
            types: &[("sources", "Citation[]")],
        },
        Shape {
            name: "Category",
            path: "categories[].",
            doc: "A category of the owner's own, instead of the four built-in ones.",
            fields: RawCategory::FIELDS.to_vec(),
            types: &[],
        },
        Shape {
            name: "Era",
            path: "eras[].",
            doc: "A labelled period, drawn behind the track and in the overview band.",
            fields: RawEra::FIELDS.to_vec(),
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

/// Every interface of the data format, then the TimelineJS file.
pub(super) fn declare(w: &mut String) {
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
}

fn interface(w: &mut String, shape: &Shape) {
    for (field, _) in shape.types {
        assert!(
            shape.fields.contains(field),
            "{}.{field} is typed here but is not a field of the format's type",
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
