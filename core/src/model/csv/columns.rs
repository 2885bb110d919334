//! The columns of the CSV layout: their names, which ones a file must have, and which
//! ones describe the event rather than one of its sources; and the words the layout
//! gives its cells (`undated` and `category` in the date column, an apostrophe before a
//! formula), which reading and writing share.

/// A column of the CSV layout. The event's columns are named as the format's fields;
/// the source columns describe the document a row quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Id,
    Date,
    End,
    Category,
    Title,
    Summary,
    Status,
    AmountUsd,
    MediaUrl,
    MediaAlt,
    MediaCaption,
    MediaCredit,
    /// A video's still (`media.poster`).
    MediaPoster,
    /// A video's WebVTT captions (`media.captions`).
    MediaCaptions,
    /// The date as the source words it (`display_date`).
    DisplayDate,
    SourceTitle,
    SourceDate,
    SourceUrl,
    Quote,
    /// A category row's colour.
    Color,
}

impl Column {
    /// Every column, in the order a written file has them.
    pub const ALL: [Column; 20] = [
        Column::Id,
        Column::Date,
        Column::End,
        Column::Category,
        Column::Title,
        Column::Summary,
        Column::Status,
        Column::AmountUsd,
        Column::MediaUrl,
        Column::MediaAlt,
        Column::MediaCaption,
        Column::MediaCredit,
        Column::MediaPoster,
        Column::MediaCaptions,
        Column::DisplayDate,
        Column::SourceTitle,
        Column::SourceDate,
        Column::SourceUrl,
        Column::Quote,
        Column::Color,
    ];

    /// The columns describing the event itself: a row that leaves them all empty (or
    /// repeats an earlier row's id) adds a source to an event above it.
    pub const EVENT: [Column; 15] = [
        Column::Id,
        Column::Date,
        Column::End,
        Column::Category,
        Column::Title,
        Column::Summary,
        Column::Status,
        Column::AmountUsd,
        Column::MediaUrl,
        Column::MediaAlt,
        Column::MediaCaption,
        Column::MediaCredit,
        Column::MediaPoster,
        Column::MediaCaptions,
        Column::DisplayDate,
    ];

    /// The columns a file must have: without them no event could be valid.
    pub const REQUIRED: [Column; 6] = [
        Column::Id,
        Column::Date,
        Column::Category,
        Column::Title,
        Column::SourceTitle,
        Column::Quote,
    ];

    /// The column's name in the header row.
    pub fn name(self) -> &'static str {
        match self {
            Column::Id => "id",
            Column::Date => "date",
            Column::End => "end",
            Column::Category => "category",
            Column::Title => "title",
            Column::Summary => "summary",
            Column::Status => "status",
            Column::AmountUsd => "amount_usd",
            Column::MediaUrl => "media_url",
            Column::MediaAlt => "media_alt",
            Column::MediaCaption => "media_caption",
            Column::MediaCredit => "media_credit",
            Column::MediaPoster => "media_poster",
            Column::MediaCaptions => "media_captions",
            Column::DisplayDate => "display_date",
            Column::SourceTitle => "source_title",
            Column::SourceDate => "source_date",
            Column::SourceUrl => "source_url",
            Column::Quote => "quote",
            Column::Color => "color",
        }
    }

    /// The column a header cell names: its name in any case, spaces around it and
    /// between words (`Source title`) allowed; also the format's name of the field
    /// (`media.url`), for reports.
    pub fn named(header: &str) -> Option<Column> {
        let name = header.trim().to_ascii_lowercase().replace([' ', '.'], "_");
        Column::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// What a cell a spreadsheet would run as a formula starts with: such cells are written
/// after an apostrophe (OWASP's advice on CSV injection), and read without it.
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// What the date column says of an undated note.
pub const UNDATED: &str = "undated";
/// What the date column says of a category of the owner's own.
pub const CATEGORY: &str = "category";
