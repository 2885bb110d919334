//! Data a widget reads after it has appeared, saying it is loading: a file at `src`
//! (JSON or CSV), a TimelineJS file (converted in the owner module), or the embedded
//! dataset (fetched from beside the module).

use pakkaz_core::model::file_format::FileFormat;
use pakkaz_core::model::Dataset;
use pakkaz_core::start::Years;
use wasm_bindgen::JsValue;

use super::data::{read_js, Read};
use super::fetch::fetch_text;
use super::options::Later;
use super::{files, owner};

/// The dataset `later` names, with the data it was read from and the years to show it
/// in; or what went wrong, in words for the page's reader.
pub(super) async fn load(later: Later) -> Result<(Dataset, JsValue, Years), String> {
    let years = match later {
        Later::Embedded => Years::Embedded,
        _ => Years::OfData,
    };
    let (dataset, origin) = match later {
        Later::Fetch(src) => match fetch_text(&src).await? {
            (text, FileFormat::Json) => match read_js(&text.into())? {
                Read::Dataset(dataset, origin) => (dataset, origin),
                Read::TimelineJs(file) => owner::dataset_from_timelinejs(&file).await?,
            },
            (text, FileFormat::Csv) => owner::dataset_from_csv(&text).await?,
        },
        Later::TimelineJs(file) => owner::dataset_from_timelinejs(&file).await?,
        Later::Embedded => files::embedded_dataset().await?,
    };
    Ok((dataset, origin, years))
}
