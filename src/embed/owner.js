// Loading the owner module (owner/: pakkaz-owner.js and its wasm, beside this module)
// the first time the widget needs it, for what only site owners' files need: today,
// reading a CSV file.
//
// The post-build hook (scripts/glue-append.mjs) appends this file to wasm-bindgen's JS
// glue. The wasm imports `pakkazReadCsv` (src/embed/owner.rs) with no module, so the
// glue calls it by name, and finds this function in the module's own scope: nothing is
// added to the page's globals.
let pakkazOwner;

/** Reads CSV text in the owner module: the dataset's JSON text, or a rejection with the
 * message naming each problem by row and column. */
function pakkazReadCsv(text) {
  pakkazOwner ??= import(new URL('pakkaz-owner.js', import.meta.url)).then(
    async (owner) => {
      await owner.default();
      return owner;
    },
    (failed) => {
      pakkazOwner = undefined; // try again next time
      throw failed;
    },
  );
  return pakkazOwner.then((owner) => owner.csvToJson(text));
}
