// Trunk's post-build hook (Trunk.toml). Every build: the TypeScript declarations
// (types.mjs), then the `<pakkaz-timeline>` element, the
// owner module's loader and the standalone page's start are appended to the JS glue
// (glue-append.mjs) with the fetch of the translations written beside it
// (languages.mjs), the embedded dataset is written beside it (events.mjs), and the
// owner module and template.csv are built beside it (owner.mjs). Release builds: the glue is minified
// (minify.mjs). Then the pages' integrity hashes are written again for what changed
// (integrity.mjs), and release builds get precompressed copies of every file
// (compress.mjs). One hook, because trunk starts the hooks of a stage together, and
// each step needs the one before.
import { compressDir } from './compress.mjs';
import { appendToGlue } from './glue-append.mjs';
import { writeEvents } from './events.mjs';
import { writeLanguages } from './languages.mjs';
import { rehash } from './integrity.mjs';
import { minifyDir } from './minify.mjs';
import { buildOwner } from './owner.mjs';
import { writeTypes } from './types.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('run by trunk, which sets TRUNK_STAGING_DIR');
  process.exit(2);
}
const release = process.env.TRUNK_PROFILE === 'release';
const changed = new Set([appendToGlue(dir, writeTypes(dir), writeLanguages(dir))]);
writeEvents(dir);
buildOwner(dir, release);
if (release) for (const name of await minifyDir(dir)) changed.add(name);
rehash(dir, [...changed]);
if (release) compressDir(dir);
