//! Which format a data file named by `src` is written in: what the server says it is,
//! else what its name says, else what its text looks like.

/// The formats a data file may be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileFormat {
    Json,
    Csv,
}

impl FileFormat {
    /// The format of the file at `url`, served with `content_type` (if any), holding
    /// `text`:
    /// - a JSON or CSV content type decides (`application/json`, `…+json`,
    ///   `text/csv`: what Sheets' "publish as CSV" link sends, `…comma-separated…`);
    /// - else the name's extension, `.json` or `.csv` (servers often send `text/plain`
    ///   or `application/octet-stream` for either);
    /// - else JSON if the text starts with `{`, CSV if not.
    pub fn of(content_type: Option<&str>, url: &str, text: &str) -> FileFormat {
        // Written with few string helpers: each one is more code in the wasm.
        let media = content_type.unwrap_or("").to_ascii_lowercase();
        if media.contains("json") {
            return FileFormat::Json;
        }
        if media.contains("csv") || media.contains("comma-separated") {
            return FileFormat::Csv;
        }
        let path = url.find(['?', '#']).map_or(url, |end| &url[..end]);
        let path = path.to_ascii_lowercase();
        if path.ends_with(".json") {
            FileFormat::Json
        } else if path.ends_with(".csv") {
            FileFormat::Csv
        } else if text
            .chars()
            .find(|&c| !c.is_whitespace() && c != '\u{feff}')
            == Some('{')
        {
            FileFormat::Json
        } else {
            FileFormat::Csv
        }
    }
}
