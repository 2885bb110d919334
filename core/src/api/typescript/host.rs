//! The host API's declarations: `mount`'s options, `<pakkaz-timeline>`'s attributes (and
//! their kinds as JSON, for `src/embed/element.js`), the events the widget fires and their
//! details, and the element itself in the DOM's tag-name and event maps.

use super::write::{doc, line};
use crate::api::events::{HostEvent, ALL as EVENTS};
use crate::api::options::{attributes, Attribute, OPTIONS};

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

/// The host API's declarations, each after the names it refers to.
pub(super) fn declare(w: &mut String) {
    options(w);
    element_attributes(w);
    events(w);
    element(w);
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
