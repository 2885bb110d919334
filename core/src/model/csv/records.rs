//! A CSV file's text split into records (rows of cells) by `csv-core`, the way
//! spreadsheets write it: cells separated by commas, quoted with `"` when they hold a
//! comma, a quote (doubled) or a line break; lines ending in `\n` or `\r\n`; a leading
//! byte-order mark (Excel's "CSV UTF-8") skipped.

use csv_core::{ReadRecordResult, Reader};

/// One record: its cells, as written (unquoted, not trimmed).
pub type Record = Vec<String>;

/// The records of `text`, in order, and, if the last one opens a quoted cell that is
/// never closed, the position (from 0) of that cell in it.
///
/// csv-core never fails: a quote left open takes the rest of the file into its cell.
/// That can only happen in the last record, so only its text is looked at again.
pub fn records(text: &str) -> (Vec<Record>, Option<usize>) {
    let mut reader = Reader::new();
    let mut input = text.as_bytes();
    let mut out = vec![0u8; 256];
    let mut ends = vec![0usize; 16];
    let (mut nout, mut nend) = (0, 0);
    let mut rows = Vec::new();
    let mut record_start = 0;
    let mut last_start = 0;
    loop {
        let (result, read, wrote, ended) =
            reader.read_record(input, &mut out[nout..], &mut ends[nend..]);
        input = &input[read..];
        nout += wrote;
        nend += ended;
        match result {
            // An empty input tells csv-core that the text has ended: the loop goes on
            // with it until `End`.
            ReadRecordResult::InputEmpty => {}
            ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
            ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
            ReadRecordResult::Record => {
                rows.push(cells(&out[..nout], &ends[..nend]));
                (nout, nend) = (0, 0);
                last_start = record_start;
                record_start = text.len() - input.len();
            }
            ReadRecordResult::End => break,
        }
    }
    let last = &text[last_start..];
    let open = open_quote(last.strip_prefix('\u{feff}').unwrap_or(last).as_bytes());
    (rows, open)
}

/// The cells of one record, from csv-core's output and the end of each cell in it.
fn cells(out: &[u8], ends: &[usize]) -> Record {
    let mut start = 0;
    ends.iter()
        .map(|&end| {
            // csv-core splits only at ASCII bytes, so every cell of UTF-8 text is UTF-8.
            let cell = std::str::from_utf8(&out[start..end])
                .unwrap_or_default()
                .to_string();
            start = end;
            cell
        })
        .collect()
}

/// The position of a cell in the record `raw` that opens a quote and never closes it.
fn open_quote(raw: &[u8]) -> Option<usize> {
    #[derive(PartialEq)]
    enum At {
        CellStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let mut at = At::CellStart;
    let mut cell = 0;
    for &b in raw {
        at = match (at, b) {
            (At::Quoted, b'"') => At::QuoteInQuoted,
            (At::Quoted, _) => At::Quoted,
            (At::QuoteInQuoted, b'"') => At::Quoted,
            (At::CellStart, b'"') => At::Quoted,
            (_, b',') => {
                cell += 1;
                At::CellStart
            }
            (_, b'\n' | b'\r') => return None,
            _ => At::Unquoted,
        };
    }
    (at == At::Quoted).then_some(cell)
}
