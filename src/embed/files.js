// The files the widget fetches from beside this module when it first needs them, once
// for every widget on the page (again after a failed fetch):
// - the embedded dataset (src/data/events.json, checked by the build and written without
//   its whitespace as pakkaz-events.json), for a widget without data of its own: a page
//   that gives its own data never downloads it. The standalone page asks for it at once
//   (a preload in index.html), so it arrives with the wasm.
// - a translation (pakkaz-lang-<tag>.txt, scripts/languages.mjs), for a widget in a
//   language other than English: a reader in English never downloads one.
//
// The post-build hook (scripts/glue-append.mjs) appends this file to wasm-bindgen's JS
// glue, where the wasm's imports (src/embed/files.rs) find these functions by name, as
// they find the owner module's loader; it writes in `__PAKKAZ_TRANSLATIONS__` each
// translation's address as a literal `new URL(…, import.meta.url)`, so that a bundler
// sees the files and copies them beside its chunks.
const pakkazFetched = new Map();
const pakkazTranslations = __PAKKAZ_TRANSLATIONS__;

/** The text at `url`, fetched once under `key`. */
function pakkazFetchOnce(key, url) {
  if (!pakkazFetched.has(key)) {
    pakkazFetched.set(key, fetch(url)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .catch((failed) => {
        pakkazFetched.delete(key); // try again next time
        throw failed;
      }));
  }
  return pakkazFetched.get(key);
}

/** The embedded dataset's JSON text. */
function pakkazEmbeddedData() {
  return pakkazFetchOnce('events', new URL('./pakkaz-events.json', import.meta.url));
}

/** Starts fetching the translation a widget is about to need while the wasm loads,
 * rather than after it: `tag` is a hint from the page (the nearest `lang` around a tag,
 * `lang=` in the standalone page's hash). The widget's own choice of language
 * (core/src/start.rs) decides, and fetches another if the hint was wrong. */
function pakkazPrefetchTranslation(tag) {
  const primary = String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
  if (Object.hasOwn(pakkazTranslations, primary)) pakkazTranslation(primary);
}

/** The translation of the language `tag` (its `key=text` entries), or null if it cannot
 * be fetched: the widget then speaks English, and the page is told why here. */
function pakkazTranslation(tag) {
  const url = pakkazTranslations[tag];
  if (!url) return Promise.resolve(null);
  return pakkazFetchOnce(`lang:${tag}`, url()).catch((failed) => {
    console.warn(`pakkaz-timeline: the ${tag} translation could not be loaded, so the timeline is in English:`, failed);
    return null;
  });
}
