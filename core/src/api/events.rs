//! The DOM events the widget fires on its element: their names and what their `detail`
//! holds. They bubble out of the shadow root (`composed`), so a listener on the host's
//! element or any ancestor hears them.

/// One field of an event's `detail`: its name, TypeScript type and meaning.
pub type Field = (&'static str, &'static str, &'static str);

/// A DOM event of the widget's.
#[derive(Clone, Copy, Debug)]
pub struct HostEvent {
    pub name: &'static str,
    /// The TypeScript name of its `detail`'s type.
    pub detail_type: &'static str,
    pub doc: &'static str,
    /// The fields of `detail`.
    pub detail: &'static [Field],
    /// `detail` may be `null` instead (nothing selected).
    pub nullable: bool,
}

/// An event was selected (its details opened), or the selection closed (`detail` null).
pub const SELECT: HostEvent = HostEvent {
    name: "pakkaz:select",
    detail_type: "SelectDetail",
    doc: "An event was selected and its details opened; `detail` is null when they close.",
    detail: &[
        ("id", "string", "The event's id."),
        ("title", "string", "The event's title."),
        (
            "date",
            "DateText",
            "The event's date as the data writes it.",
        ),
        (
            "when",
            "string",
            "The date as the widget shows it, in its language.",
        ),
    ],
    nullable: true,
};

/// The window, the categories shown or the search changed.
pub const VIEW_CHANGE: HostEvent = HostEvent {
    name: "pakkaz:viewchange",
    detail_type: "ViewChangeDetail",
    doc: "The window in view, the categories shown or the search changed.",
    detail: &[
        ("from", "string", "The first day in view, as YYYY-MM-DD."),
        ("to", "string", "The last day in view, as YYYY-MM-DD."),
        ("categories", "string[]", "The ids of the categories shown."),
        ("query", "string", "The search text."),
    ],
    nullable: false,
};

/// `<pakkaz-timeline>` could not start (a script's `mount` throws instead).
pub const ERROR: HostEvent = HostEvent {
    name: "pakkaz:error",
    detail_type: "ErrorDetail",
    doc: "`<pakkaz-timeline>` could not start: an attribute is wrong. The element shows why; `detail.message` says the same.",
    detail: &[(
        "message",
        "string",
        "What is wrong, naming the attribute, the event or row, and the field.",
    )],
    nullable: false,
};

/// Every event, in the order the docs list them.
pub const ALL: [HostEvent; 3] = [SELECT, VIEW_CHANGE, ERROR];
