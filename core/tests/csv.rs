//! CSV files, as a spreadsheet writes them: the layout read into datasets (an event per
//! row, more sources in rows that repeat the id), every problem named by row and column,
//! and the written template reading back as the dataset it was written from.
#![cfg(not(target_arch = "wasm32"))]

use pakkaz_core::model::csv::{read_csv, write_csv};
use pakkaz_core::model::{parse_dataset, validate, Dataset, EMBEDDED_JSON};
use proptest::prelude::*;

const HEADER: &str = "id,date,end,category,title,summary,status,amount_usd,source_title,source_date,source_url,quote";

fn csv(rows: &[&str]) -> String {
    let mut text = HEADER.to_string();
    for row in rows {
        text.push('\n');
        text.push_str(row);
    }
    text
}

/// The problems reading `text` reports, one line each.
fn problems(text: &str) -> Vec<String> {
    match read_csv(text) {
        Ok(_) => panic!("expected problems in:\n{text}"),
        Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
    }
}

/// What a reader sees of a dataset: everything but the ids a file gives its sources.
fn content(dataset: &Dataset) -> Vec<String> {
    let mut lines = vec![dataset.title.clone(), format!("{:?}", dataset.categories)];
    for e in &dataset.events {
        lines.push(format!(
            "{} {} {:?} {} {} {} {:?} {:?}",
            e.id,
            e.date,
            e.end,
            dataset.categories.get(e.category).id,
            e.title,
            e.summary,
            e.status,
            e.amount_usd
        ));
        for c in &e.citations {
            let s = &dataset.sources[c.source];
            lines.push(format!(
                "  {} {:?} {:?}: {}",
                s.title, s.date, s.url, c.quote
            ));
        }
    }
    lines
}

#[test]
fn reads_one_row_per_event() {
    let dataset = read_csv(&csv(&[
        "a,2001-05,,trade,First,\"A summary, with a comma\",,\"1,200,000\",Report,2002,https://example.org/r,\"It said \"\"yes\"\".\"",
        "b,1999,2001,education,Second,,planned,2.5,Report,,https://example.org/r,Another sentence.",
    ]))
    .unwrap();
    assert_eq!(dataset.events.len(), 2);
    let (b, a) = (&dataset.events[0], &dataset.events[1]);
    assert_eq!(a.summary, "A summary, with a comma");
    assert_eq!(a.amount_usd, Some(1_200_000.0));
    assert_eq!(a.citations[0].quote, "It said \"yes\".");
    assert_eq!(b.end.unwrap().to_string(), "2001");
    assert_eq!(b.amount_usd, Some(2.5));
    // The same title and address are the same source, dated by the row that gives it.
    assert_eq!(dataset.sources.len(), 1);
    assert_eq!(dataset.sources[0].date.unwrap().to_string(), "2002");
    assert_eq!(dataset.title, "Timeline");
}

#[test]
fn more_sources_go_in_rows_repeating_the_id_or_directly_below_with_no_id() {
    let dataset = read_csv(&csv(&[
        "a,2001,,trade,First,,,,One,,,Quote one.",
        ",,,,,,,,Two,,,Quote two.",
        "b,2002,,trade,Second,,,,One,,,Quote three.",
        "a,,,,,,,,Three,,https://example.org/3,Quote four.",
        "a,2001,,trade,First,,,,Two,,,Quote five.",
        ",,,,,,,,,,,",
    ]))
    .unwrap();
    let a = &dataset.events[0];
    let quotes: Vec<&str> = a.citations.iter().map(|c| c.quote.as_str()).collect();
    assert_eq!(
        quotes,
        ["Quote one.", "Quote two.", "Quote four.", "Quote five."]
    );
    let titles: Vec<&str> = dataset.sources.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["One", "Two", "Three"]);
    assert_eq!(dataset.events[1].citations.len(), 1);
}

#[test]
fn takes_what_spreadsheets_write() {
    // Excel's "CSV UTF-8" (a byte-order mark, \r\n), headers in other cases and with
    // spaces, columns in another order, short rows, line breaks inside a cell.
    let text = "\u{feff}Title,ID,Date,Category,Source Title,Quote\r\n\
                \"Two\r\nlines\",x,2010-02-03,Military,Book,\"Said\r\nso.\"\r\n\
                Short,y,2011,political\r\n\
                ,y,,,Book,Quoted.\r\n";
    let dataset = read_csv(text).unwrap();
    assert_eq!(dataset.events[0].title, "Two\r\nlines");
    assert_eq!(dataset.events[0].citations[0].quote, "Said\r\nso.");
    assert_eq!(
        dataset.events[1].citations.len(),
        1,
        "the short row quotes nothing"
    );
}

#[test]
fn problems_name_the_row_and_the_column_and_are_all_reported() {
    let found = problems(&csv(&[
        "a,2001-13,,trade,First,,,lots,Report,,,Quote.",
        "b,2002,,sport,,,,,Report,,ftp://x,",
        "a,2003,,,,,,,Report,,,More.",
        "c,2004,,trade,Third,,,,,,,",
        "d,2005,,trade,Fourth,,,,,,,,extra",
    ]));
    assert_eq!(
        found,
        [
            "row 2, column `amount_usd`: \"lots\" is not a number (write digits, like 45000000)",
            "row 2, column `date`: \"2001-13\": no such day in the calendar",
            "row 3, column `source_url`: must start with http:// or https://",
            "row 3, column `category`: \"sport\" is not one of political, military, trade, education",
            "row 3, column `title`: is missing",
            "row 3, column `quote`: is missing",
            "row 4, column `date`: \"2003\" differs from row 2, which describes this event: a row adding a source leaves the event's cells empty or repeats them",
            "row 5, column `source_title`: is empty: every event quotes at least one source (source_title and quote)",
            "row 6, column `M`: has a value, but the first row names no column here",
            "row 6, column `source_title`: is empty: every event quotes at least one source (source_title and quote)",
        ]
    );
}

#[test]
fn the_header_must_name_known_columns_and_the_required_ones() {
    let found = problems("id,date,titel,category,title,quote,Date\na,2001,x,trade,T,Q,2001");
    assert_eq!(
        found,
        [
            "row 1, column `titel`: is not a column of the format (the columns are id, date, end, category, title, summary, status, amount_usd, media_url, media_alt, media_caption, media_credit, media_poster, media_captions, display_date, source_title, source_date, source_url, quote, color)",
            "row 1, column `Date`: is named twice",
            "row 1, column `source_title`: is missing: the first row must name the columns, and this one is required",
        ]
    );
    assert_eq!(
        problems(""),
        [
            "row 1, column `id`: is missing: the first row must name the columns, and this one is required",
            "row 1, column `date`: is missing: the first row must name the columns, and this one is required",
            "row 1, column `category`: is missing: the first row must name the columns, and this one is required",
            "row 1, column `title`: is missing: the first row must name the columns, and this one is required",
            "row 1, column `source_title`: is missing: the first row must name the columns, and this one is required",
            "row 1, column `quote`: is missing: the first row must name the columns, and this one is required",
        ]
    );
    assert_eq!(
        problems(&csv(&[",,,,,,,,,,,"])),
        ["row 2, column `id`: is empty: the file has no events (one row per event goes below the header)"]
    );
}

#[test]
fn a_quote_left_open_is_named_where_it_opens() {
    let found = problems(&csv(&[
        "a,2001,,trade,First,,,,Report,,,Quote.",
        "b,2002,,trade,\"Second,,,,Report,,,Quote.",
        "c,2003,,trade,Third,,,,Report,,,Quote.",
    ]));
    assert_eq!(
        found,
        ["row 3, column `title`: opens a quotation mark (\") that is never closed, so the rest of the file was read into this cell"]
    );
    // A quote inside an unquoted cell is only a character.
    let dataset = read_csv(&csv(&["a,2001,,trade,A 5\" disk,,,,Report,,,Quote."])).unwrap();
    assert_eq!(dataset.events[0].title, "A 5\" disk");
}

#[test]
fn cells_beyond_the_alphabet_are_named_by_two_letters() {
    let mut row = "a,2001,,trade,First,,,,Report,,,Quote.".to_string();
    row.push_str(&",".repeat(26 - 11));
    row.push('x');
    assert_eq!(
        problems(&csv(&[&row])),
        ["row 2, column `AA`: has a value, but the first row names no column here"]
    );
}

#[test]
fn long_cells_and_many_columns_are_read_whole() {
    let long = "word, ".repeat(400);
    let text = csv(&[&format!("a,2001,,trade,First,\"{long}\",,,Report,,,Quote.")]);
    assert_eq!(read_csv(&text).unwrap().events[0].summary, long.trim());
}

#[test]
fn the_embedded_dataset_written_as_csv_reads_back_the_same() {
    let embedded = parse_dataset(EMBEDDED_JSON).unwrap();
    let written = write_csv(&embedded);
    assert!(written.starts_with('\u{feff}'));
    let header = written.lines().next().unwrap();
    for name in HEADER.split(',') {
        assert!(header.contains(name), "{header}");
    }
    let mut read = read_csv(&written).unwrap();
    read.title.clone_from(&embedded.title);
    assert_eq!(content(&read), content(&embedded));
}

/// Text with what CSV must quote: commas, quotes, line breaks, spaces at the ends.
fn awkward_text() -> impl Strategy<Value = String> {
    "[a-zA-Zé–ا ,\"\r\n]{0,12}[a-zA-Z]{1,3}[a-z ,\"\n]{0,6}"
        .prop_map(|s| s.trim().to_string())
        .prop_filter("not blank", |s| !s.trim().is_empty())
}

proptest! {
    #[test]
    fn any_dataset_written_as_csv_reads_back_the_same(
        n in 1usize..40,
        seed in any::<u32>(),
        titles in proptest::collection::vec(awkward_text(), 1..40),
        quotes in proptest::collection::vec(awkward_text(), 1..40),
    ) {
        let mut raw = pakkaz_core::generate::dataset(n, seed);
        if let pakkaz_core::model::loose::Loose::Value(events) = &mut raw.events {
            for (i, event) in events.iter_mut().enumerate() {
                let pakkaz_core::model::loose::Loose::Value(e) = event else { continue };
                e.title = pakkaz_core::model::format::text(titles[i % titles.len()].clone());
                if let pakkaz_core::model::loose::Loose::Value(cites) = &mut e.sources {
                    for c in cites.iter_mut() {
                        if let pakkaz_core::model::loose::Loose::Value(c) = c {
                            c.quote = pakkaz_core::model::format::text(quotes[i % quotes.len()].clone());
                        }
                    }
                }
            }
        }
        let dataset = validate(raw).unwrap();
        let mut read = read_csv(&write_csv(&dataset)).unwrap();
        read.title.clone_from(&dataset.title);
        prop_assert_eq!(content(&read), content(&dataset));
    }

    #[test]
    fn no_text_makes_reading_panic(text in "[a-z,\"\r\n\u{feff}é ]{0,80}") {
        let _ = read_csv(&format!("{HEADER}\n{text}"));
        let _ = read_csv(&text);
    }
}

#[test]
fn a_files_format_is_its_content_type_else_its_extension_else_its_look() {
    use pakkaz_core::model::file_format::FileFormat::{self, Csv, Json};
    let cases: [(Option<&str>, &str, &str, FileFormat); 9] = [
        (
            Some("application/json; charset=utf-8"),
            "/x.csv",
            "a,b",
            Json,
        ),
        (Some("application/ld+json"), "/x", "a,b", Json),
        (Some("text/csv"), "/data.json", "{}", Csv),
        (Some("text/plain"), "/events.CSV?v=2#top", "{}", Csv),
        (
            Some("application/octet-stream"),
            "/e/events.json",
            "a,b",
            Json,
        ),
        (
            None,
            "https://docs.example/pub?output=csv",
            "\u{feff} {\"events\":[]}",
            Json,
        ),
        (None, "https://docs.example/pub?output=csv", "id,date", Csv),
        (Some("text/html"), "/a.b/c", "\n id,date", Csv),
        (Some("text/html"), "/folder.json/c", "{", Json),
    ];
    for (content_type, url, text, format) in cases {
        assert_eq!(
            FileFormat::of(content_type, url, text),
            format,
            "{content_type:?} {url}"
        );
    }
}

#[test]
fn amounts_are_read_as_spreadsheets_write_numbers() {
    let amount = |cell: &str| {
        read_csv(&csv(&[&format!("a,2001,,trade,T,,,\"{cell}\",S,,,Q.")]))
            .map(|d| d.events[0].amount_usd.unwrap())
            .map_err(|e| e.0[0].message.clone())
    };
    assert_eq!(amount("45000000"), Ok(45_000_000.0));
    assert_eq!(amount(" 1,200,000 "), Ok(1_200_000.0));
    assert_eq!(amount("0.1"), Ok(0.1));
    assert_eq!(amount("12.345"), Ok(12.345));
    assert_eq!(amount("9007199254740992"), Ok(9_007_199_254_740_992.0));
    assert_eq!(amount("-5"), Err("must be a positive number".to_string()));
    for wrong in [
        "1,20",
        "1,2000",
        ",100",
        "1.",
        ".5",
        "1e6",
        "US$ 5",
        "5 million",
        "9007199254740993",
    ] {
        assert_eq!(
            amount(wrong),
            Err(format!(
                "\"{wrong}\" is not a number (write digits, like 45000000)"
            ))
        );
    }
}

proptest! {
    /// The hand-written conversion rounds as Rust's own parser does.
    #[test]
    fn amounts_round_like_rusts_own_parser(whole in 0u64..1 << 30, fraction in "[0-9]{1,4}") {
        let written = format!("{whole}.{fraction}");
        let read = read_csv(&csv(&[&format!("a,2001,,trade,T,,,{written},S,,,Q.")])).unwrap();
        prop_assert_eq!(read.events[0].amount_usd, Some(written.parse::<f64>().unwrap()));
    }
}

#[test]
fn a_dataset_written_back_in_the_format_validates_as_itself() {
    let embedded = parse_dataset(EMBEDDED_JSON).unwrap();
    let raw = pakkaz_core::model::RawDataset::from(&embedded);
    let json = serde_json::to_string(&raw).unwrap();
    assert_eq!(content(&parse_dataset(json).unwrap()), content(&embedded));
}

#[test]
fn the_docs_document_every_column_of_the_layout() {
    use pakkaz_core::model::csv::Column;
    let page = include_str!("../../docs/data-format.md");
    let section = page
        .split("## A spreadsheet (CSV)")
        .nth(1)
        .expect("a CSV section");
    let mut documented: Vec<&str> = section
        .lines()
        .take_while(|l| !l.starts_with("## ") && !l.starts_with("### "))
        .filter_map(|l| l.strip_prefix("| "))
        .filter_map(|l| l.split(" |").next())
        .flat_map(|cell| cell.split(", "))
        .filter_map(|name| name.strip_prefix('`')?.strip_suffix('`'))
        .collect();
    let mut columns: Vec<&str> = Column::ALL.iter().map(|c| c.name()).collect();
    documented.sort_unstable();
    columns.sort_unstable();
    assert_eq!(documented, columns);
    // And docs/data-format.md's example of the layout reads as the file it shows.
    let example = include_str!("../../tests/hosts/milestones.csv");
    assert_eq!(read_csv(example).unwrap().events.len(), 3);
}

#[test]
fn a_row_dated_undated_is_an_undated_note() {
    let dataset = read_csv(&csv(&[
        "a,2001,,trade,First,,,,Report,,,Quote.",
        "visas,Undated,,,Joint Visa Mechanism,For tourism.,,,Op-ed,,,They signed it.",
        "visas,,,,,,,,Lecture,,,It was mentioned.",
    ]))
    .unwrap();
    assert_eq!(dataset.events.len(), 1);
    assert_eq!(dataset.notes.len(), 1);
    assert_eq!(dataset.notes[0].title, "Joint Visa Mechanism");
    assert_eq!(dataset.notes[0].citations.len(), 2);
    assert_eq!(
        problems(&csv(&["n,undated,,trade,Note,,,,Op-ed,,,", "m,undated,,,,,,,Op-ed,,,Said."])),
        [
            "row 2, column `category`: \"trade\": an undated note has only an id, a title, a summary and its sources",
            "row 2, column `quote`: is missing",
            "row 3, column `title`: is missing",
        ]
    );
}

#[test]
fn pictures_come_from_four_columns_and_must_be_https_with_a_text() {
    let text = "id,date,category,title,source_title,quote,media_url,media_alt,media_caption,media_credit\n\
                a,2001,trade,T,S,Q.,https://example.org/a.jpg,A signing,\"The signing, 2001\",Photo: Ministry\n\
                b,2002,trade,U,S,Q.,http://example.org/b.jpg,,,\n";
    assert_eq!(
        problems(text),
        [
            "row 3, column `media_url`: must start with https://",
            "row 3, column `media_alt`: is missing",
        ]
    );
    let dataset = read_csv(
        text.split('\n')
            .take(2)
            .collect::<Vec<_>>()
            .join("\n")
            .as_str(),
    )
    .unwrap();
    let media = dataset.events[0].media.as_ref().unwrap();
    assert_eq!(
        (media.alt.as_str(), media.caption.as_str()),
        ("A signing", "The signing, 2001")
    );
    // And it is written back.
    let back = read_csv(&write_csv(&dataset)).unwrap();
    assert_eq!(back.events[0].media, dataset.events[0].media);
}

#[test]
fn a_video_comes_with_its_still_and_captions_from_their_columns_and_goes_back_with_them() {
    let text = "id,date,category,title,source_title,quote,media_url,media_alt,media_poster,media_captions\n\
                a,2001,trade,T,S,Q.,https://example.org/a.webm,The signing,https://example.org/a.jpg,https://example.org/a.vtt\n\
                b,2002,trade,U,S,Q.,https://example.org/b.webm,B,b.jpg,\n";
    assert_eq!(
        problems(text),
        ["row 3, column `media_poster`: must start with https://"]
    );
    let dataset = read_csv(text.lines().take(2).collect::<Vec<_>>().join("\n").as_str()).unwrap();
    let media = dataset.events[0].media.as_ref().unwrap();
    assert_eq!(
        (media.poster.as_str(), media.captions.as_str()),
        ("https://example.org/a.jpg", "https://example.org/a.vtt")
    );
    let back = read_csv(&write_csv(&dataset)).unwrap();
    assert_eq!(back.events[0].media, dataset.events[0].media);
}

/// A cell a spreadsheet would run as a formula is written after an apostrophe, and read
/// back as it was.
#[test]
fn formulas_are_written_as_text_and_read_back_unchanged() {
    let csv = "id,date,category,title,summary,source_title,quote\n\
               a,2001,trade,=HYPERLINK(\"http://x\"),-5 degrees,@report,+1 more\n";
    let dataset = read_csv(csv).unwrap();
    let written = write_csv(&dataset);
    assert!(
        written.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","),
        "{written}"
    );
    assert!(written.contains(",'-5 degrees,"), "{written}");
    assert!(written.contains(",'@report,"), "{written}");
    assert!(written.contains(",'+1 more"), "{written}");
    let again = read_csv(&written).unwrap();
    assert_eq!(content(&again), content(&dataset));
    assert_eq!(again.events[0].title, "=HYPERLINK(\"http://x\")");
    assert_eq!(again.events[0].summary, "-5 degrees");
}
