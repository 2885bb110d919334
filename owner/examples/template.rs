//! Writes the template a site owner starts a spreadsheet from, to the file named: the
//! embedded dataset (src/data/events.json) in the CSV layout, and after it example rows,
//! marked for deletion: the date forms a spreadsheet most often needs and gets wrong (a
//! year before the common era, a time of day), and an event with a video. scripts/owner.mjs runs it
//! after each build: `cargo run -p pakkaz-owner --example template -- dist/template.csv`.

use serde_json::{json, Value};

/// The example rows' source, and the rows (docs/data-format.md, "Dates" and "Media").
fn examples() -> (Value, [Value; 3]) {
    let source = json!({
        "id": "date-forms",
        "title": "Example rows, to delete: the date forms (docs/data-format.md)"
    });
    let quote = |text: &str| json!([{ "source": "date-forms", "quote": text }]);
    let rows = [
        json!({
            "id": "example-bce",
            "date": "44 BCE",
            "category": "political",
            "title": "Example: a year before the common era (delete this row)",
            "summary": "Write 44 BCE or 44 BC; in ISO 8601 the same year is -0043, as its year 0000 is 1 BCE.",
            "sources": quote("A year before the common era is written 44 BCE.")
        }),
        json!({
            "id": "example-time",
            "date": "2022-01-27T14:30+05:00",
            "end": "2022-01-27T16:00+05:00",
            "category": "political",
            "title": "Example: times of day (delete this row)",
            "summary": "Write 2022-01-27T14:30 (or 2022-01-27 14:30) for the wall time where it happened; add Z or an offset such as +05:00 for an instant.",
            "sources": quote("A time of day is written 2022-01-27T14:30.")
        }),
        json!({
            "id": "example-video",
            "date": "2022-02",
            "category": "political",
            "title": "Example: a video (delete this row)",
            "summary": "Put a YouTube, Vimeo, Wikimedia Commons or OpenStreetMap address, or a video, sound or picture file, in media_url, and its title in media_alt. A service is contacted only when a reader presses Play.",
            "media": {
                "url": "https://www.youtube.com/watch?v=VIDEO_ID",
                "alt": "What the video shows (its title)",
                "caption": "A line under it"
            },
            "sources": quote("Media is shown in the event's details.")
        }),
    ];
    (source, rows)
}

fn template(embedded: &str) -> Result<String, String> {
    let mut dataset: Value = serde_json::from_str(embedded).map_err(|e| e.to_string())?;
    let (source, rows) = examples();
    let push = |dataset: &mut Value, field: &str, value: Value| {
        if let Some(list) = dataset.get_mut(field).and_then(Value::as_array_mut) {
            list.push(value);
        }
    };
    push(&mut dataset, "sources", source);
    for row in rows {
        push(&mut dataset, "events", row);
    }
    pakkaz_owner::json_to_csv(&dataset.to_string())
}

fn main() {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: template OUT.csv");
        std::process::exit(2);
    };
    let events = concat!(env!("CARGO_MANIFEST_DIR"), "/../src/data/events.json");
    let written = std::fs::read_to_string(events)
        .map_err(|e| format!("cannot read {events}: {e}"))
        .and_then(|json| template(&json))
        .and_then(|csv| std::fs::write(&out, csv).map_err(|e| format!("cannot write {out}: {e}")));
    if let Err(message) = written {
        eprintln!("{message}");
        std::process::exit(1);
    }
}
