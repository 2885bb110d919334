// Writes the translations the widget fetches when a reader needs one beside its module,
// as pakkaz-lang-<tag>.txt: every language but English (whose table is in the wasm),
// each its `translation!` text as core/src/text/lang/ has it
// (`cargo run -p pakkaz-core --example languages`). A reader in English never downloads
// them; a reader in Urdu downloads Urdu's alone. Run by scripts/post-build.mjs.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file of a language's translation, beside the module. */
export const languageFile = (tag) => `pakkaz-lang-${tag}.txt`;

/** The languages fetched on demand, for what lists files without building (the package's
 * file list): the build fails if the core's languages (`Lang::ALL`) differ. */
export const LANGUAGE_TAGS = ['ur', 'kk', 'ru'];

/** Each fetched language's table, by tag, from the core. */
export function tables() {
  return JSON.parse(execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'pakkaz-core', '--example', 'languages'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }));
}

/** Writes each translation into `dir`; returns the tags, for the glue's fetch of them. */
export function writeLanguages(dir) {
  const byTag = tables();
  const tags = Object.keys(byTag);
  if ([...tags].sort().join() !== [...LANGUAGE_TAGS].sort().join()) {
    throw new Error(`scripts/languages.mjs lists ${LANGUAGE_TAGS.join(', ')}; the core has ${tags.join(', ')}`);
  }
  for (const [tag, table] of Object.entries(byTag)) writeFileSync(join(dir, languageFile(tag)), table);
  return tags;
}
