// Builds the owner module (owner/: reading and writing site owners' CSV files) into the
// build's directory beside the widget's module, as pakkaz-owner.js and
// pakkaz-owner_bg.wasm, the way trunk builds the widget (cargo, wasm-bindgen, wasm-opt
// -Oz in release builds). Then writes template.csv: the embedded dataset
// (src/data/events.json) in the CSV layout, for a site owner to start a spreadsheet from.
//
// Run by trunk after every build (scripts/post-build.mjs), or by hand:
//   node scripts/owner.mjs DIR [release]
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const OWNER_FILES = ['pakkaz-owner.js', 'pakkaz-owner_bg.wasm', 'template.csv'];
const TARGET = 'wasm32-unknown-unknown';

/** Builds the owner module into `dir` and writes the template there; returns the names. */
export function buildOwner(dir, release) {
  const profile = release ? 'release' : 'debug';
  execFileSync('cargo', ['build', '--locked', '-p', 'pakkaz-owner', '--bin', 'pakkaz-owner', '--target', TARGET,
    ...(release ? ['--release'] : [])], { stdio: 'inherit' });
  const targetDir = process.env.CARGO_TARGET_DIR || 'target';
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', dir,
    '--out-name', 'pakkaz-owner', join(targetDir, TARGET, profile, 'pakkaz-owner.wasm')],
  { stdio: 'inherit' });
  const wasm = join(dir, 'pakkaz-owner_bg.wasm');
  if (release) {
    // The widget's flags (index.html says why --low-memory-unused holds for Rust's wasm).
    execFileSync('wasm-opt', ['-Oz', '--converge', '--low-memory-unused', '--enable-bulk-memory',
      '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals',
      wasm, '-o', wasm], { stdio: 'inherit' });
  }
  // The template is written natively (the owner crate has no Yew to compile), with no
  // wasm to load into Node for it.
  execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'pakkaz-owner', '--example', 'template', '--',
    join(dir, 'template.csv')], { stdio: 'inherit' });
  return OWNER_FILES;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!process.argv[2]) {
    console.error('usage: node scripts/owner.mjs DIR [release]');
    process.exit(2);
  }
  buildOwner(process.argv[2], process.argv[3] === 'release');
}
