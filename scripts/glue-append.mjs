// Makes loading the widget's module enough, with no script of the page's own: appends to
// wasm-bindgen's JS glue
// - the `<pakkaz-timeline>` element (src/embed/element.js),
// - the loader of the owner module (src/embed/owner.js),
// - the fetches of the embedded dataset and the translations (src/embed/files.js),
// - the `version` export (Cargo.toml's version), and
// - a line that calls the glue's `init` when the page has an element marked
//   `data-pakkaz-autostart` (the wasm's start function then mounts it), having started
//   the fetch of the translation the hash asks for (`#lang=ur`), if any.
// So the standalone page loads the module with a plain `<script type="module" src>`
// (Trunk.toml, `pattern_script`), has no inline script, and its CSP needs no hash.
//
// `init` may be called again by a host page that imports the module: wasm-bindgen's init
// does the work once and returns the same instance.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageFile } from './languages.mjs';
import { crateVersion } from './version.mjs';

export const GLUE = 'pakkaz-timeline.js';
const ELEMENT = new URL('../src/embed/element.js', import.meta.url);
const OWNER = new URL('../src/embed/owner.js', import.meta.url);
const FILES = new URL('../src/embed/files.js', import.meta.url);

/** The glue with the element, the owner module's loader, the fetches of the files beside
 * it (the embedded dataset; the translations of `languages`, by tag) and the start line
 * appended. */
export function withAppendix(
  glue,
  attributes,
  languages = [],
  element = readFileSync(ELEMENT, 'utf8'),
  owner = readFileSync(OWNER, 'utf8'),
  version = crateVersion(),
  files = readFileSync(FILES, 'utf8'),
) {
  // wasm-bindgen (--target web) ends with `export { initSync, __wbg_init as default };`.
  const init = /export\s*\{[^}]*?\b([A-Za-z_$][\w$]*)\s+as\s+default\b/.exec(glue)?.[1];
  if (!init) throw new Error(`${GLUE}: no default export (init) found; has wasm-bindgen changed?`);
  if (!/\bexport function mount\(/.test(glue)) throw new Error(`${GLUE}: no mount() export found`);
  for (const name of ['pakkazReadCsv', 'pakkazReadTimelineJs', 'pakkazEmbeddedData', 'pakkazTranslation']) {
    if (!new RegExp(`\\b${name}\\(`).test(glue)) throw new Error(`${GLUE}: the wasm does not import ${name}`);
  }
  if (!attributes || !Object.keys(attributes).length) throw new Error('no attributes for <pakkaz-timeline>');
  const elementJs = element.replaceAll('__PAKKAZ_INIT__', init).replaceAll('__PAKKAZ_ATTRIBUTES__', JSON.stringify(attributes));
  if (elementJs.includes('__PAKKAZ_')) throw new Error('element.js: a placeholder was left unfilled');
  // One literal address per translation, so that bundlers see each file.
  const translations = `{ ${languages.map((tag) => `${JSON.stringify(tag)}: () => new URL(${JSON.stringify(`./${languageFile(tag)}`)}, import.meta.url)`).join(', ')} }`;
  const filesJs = files.replaceAll('__PAKKAZ_TRANSLATIONS__', translations);
  if (filesJs.includes('__PAKKAZ_')) throw new Error('files.js: a placeholder was left unfilled');
  return `${glue}\n${elementJs}\n${owner}\n${filesJs}
/** The package's version. */
export const version = ${JSON.stringify(version)};
if (typeof document !== 'undefined' && document.querySelector('[data-pakkaz-autostart]')) {
  pakkazPrefetchTranslation(/(?:^#|&)lang=([^&]*)/.exec(location.hash)?.[1]);
  ${init}();
}\n`;
}

/** Appends to the glue in `dir`, with the element's `attributes` (scripts/types.mjs) and
 * the tags of the translations beside it (scripts/languages.mjs); returns the glue's name. */
export function appendToGlue(dir, attributes, languages) {
  const path = join(dir, GLUE);
  writeFileSync(path, withAppendix(readFileSync(path, 'utf8'), attributes, languages));
  return GLUE;
}
