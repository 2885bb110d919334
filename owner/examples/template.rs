//! Writes the embedded dataset (src/data/events.json) in the CSV layout to the file
//! named: the template a site owner starts a spreadsheet from. scripts/owner.mjs runs it
//! after each build: `cargo run -p pakkaz-owner --example template -- dist/template.csv`.

fn main() {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: template OUT.csv");
        std::process::exit(2);
    };
    let events = concat!(env!("CARGO_MANIFEST_DIR"), "/../src/data/events.json");
    let written = std::fs::read_to_string(events)
        .map_err(|e| format!("cannot read {events}: {e}"))
        .and_then(|json| pakkaz_owner::json_to_csv(&json))
        .and_then(|csv| std::fs::write(&out, csv).map_err(|e| format!("cannot write {out}: {e}")));
    if let Err(message) = written {
        eprintln!("{message}");
        std::process::exit(1);
    }
}
