//! The standalone page: one host of the widget, with the embedded dataset.

fn main() {
    #[cfg(target_arch = "wasm32")]
    pakkaz_timeline::run_standalone();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!(
        "pakkaz-timeline is a web widget: build and serve it with `make serve` (see README.md)."
    );
}
