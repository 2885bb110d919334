// Trunk's post-build hook for release builds (Trunk.toml): minifies the JS glue, then
// writes precompressed copies of every file. One hook, because trunk starts the hooks of
// a stage together, and the copies must be made from the minified glue.
import { compressDir } from './compress.mjs';
import { minifyDir } from './minify.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('run by trunk, which sets TRUNK_STAGING_DIR');
  process.exit(2);
}
// trunk serve rebuilds on every change: debug builds are left as they are.
if (process.env.TRUNK_PROFILE === 'release') {
  await minifyDir(dir);
  compressDir(dir);
}
