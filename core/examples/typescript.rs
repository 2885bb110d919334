//! Prints the package's TypeScript declarations (`pakkaz_core::api::typescript`):
//! `cargo run -p pakkaz-core --example typescript` the module's, appended to wasm-bindgen's by the
//! build (scripts/types.mjs); `-- jsx` the declarations for React's JSX; `-- attributes`
//! the element's attributes and their kinds (JSON, for src/embed/element.js).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let which = std::env::args().nth(1);
    let text = match which.as_deref() {
        None => pakkaz_core::api::typescript::declarations(),
        Some("jsx") => pakkaz_core::api::typescript::jsx(),
        Some("attributes") => pakkaz_core::api::typescript::attributes_json(),
        Some(other) => {
            eprintln!("usage: typescript [jsx | attributes] (not {other:?})");
            std::process::exit(2);
        }
    };
    print!("{text}");
}

/// The declarations are written natively, for the build; there is nothing to run in wasm.
#[cfg(target_arch = "wasm32")]
fn main() {}
