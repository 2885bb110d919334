// The embedded dataset (src/data/events.json, checked by the build and written beside
// this module without its whitespace as pakkaz-events.json), fetched the first time a
// widget without data of its own needs it: a page that gives its own data never
// downloads it. The standalone page asks for it at once (a preload in index.html), so it
// arrives with the wasm.
//
// The post-build hook (scripts/glue-append.mjs) appends this file to wasm-bindgen's JS
// glue, where the wasm's import `pakkazEmbeddedData` (src/embed/owner.rs) finds it by
// name, as it finds the owner module's loader.
let pakkazEvents;

/** The embedded dataset's JSON text, fetched once for every widget on the page (again
 * after a failed fetch). */
function pakkazEmbeddedData() {
  // A literal path, so that a bundler sees the file and copies it beside its chunks.
  pakkazEvents ??= fetch(new URL('./pakkaz-events.json', import.meta.url))
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
    .catch((failed) => {
      pakkazEvents = undefined; // try again next time
      throw failed;
    });
  return pakkazEvents;
}
