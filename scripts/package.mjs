// `make package`: the release a maintainer would publish, from one release build (DIST,
// default dist/), into release/:
// - pakkaz-timeline-VERSION.tgz: the npm package (`npm pack` of release/package/);
// - pakkaz-timeline-VERSION.zip: the same files under pakkaz-timeline/, with their .gz
//   and .br copies, to copy to a web server;
// - SHA256SUMS for both.
// Publishes nothing.
//
//   node scripts/package.mjs [DIST]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyFor } from './csp.mjs';
import { kb } from './payload.mjs';
import { LANGUAGE_TAGS, languageFile } from './languages.mjs';
import { cargoPackage as cargo, crateVersion } from './version.mjs';

const root = new URL('..', import.meta.url).pathname;

/** What the package holds, each file from the build: what a host loads or copies. */
export const BUILT = [
  'pakkaz-timeline.js',
  'pakkaz-timeline_bg.wasm',
  'pakkaz-timeline.d.ts',
  'jsx.d.ts',
  'pakkaz-owner.js',
  'pakkaz-owner_bg.wasm',
  'pakkaz-picture.js',
  'pakkaz-media.js',
  'pakkaz-events.json',
  ...LANGUAGE_TAGS.map(languageFile),
  'builder.html',
  'builder.js',
  'builder.css',
  'template.csv',
];
/** And from the repository, beside them. */
const OWN = ['LICENSE', 'CHANGELOG.md'];
/** Every file of the package (npm adds nothing else). */
export const FILES = [...BUILT, ...OWN, 'README.md', 'package.json'].sort();

/** The package's package.json: what npm, bundlers and TypeScript read. */
export function manifest(version) {
  const byPath = Object.fromEntries(
    BUILT.filter((f) => !f.endsWith('.d.ts') && f !== 'pakkaz-timeline.js').map((f) => [`./${f}`, `./${f}`]),
  );
  return {
    name: 'pakkaz-timeline',
    version,
    description: 'An embeddable, zoomable, accessible timeline in WebAssembly: one tag or one mount() call, typed, in four languages.',
    keywords: ['timeline', 'web-component', 'custom-element', 'wasm', 'yew', 'chronology'],
    license: cargo('license'),
    repository: { type: 'git', url: `git+${cargo('repository')}.git` },
    type: 'module',
    main: './pakkaz-timeline.js',
    module: './pakkaz-timeline.js',
    types: './pakkaz-timeline.d.ts',
    exports: {
      '.': { types: './pakkaz-timeline.d.ts', default: './pakkaz-timeline.js' },
      './jsx': { types: './jsx.d.ts' },
      ...byPath,
      './package.json': './package.json',
    },
    files: [...BUILT, ...OWN],
    // Loading the module defines <pakkaz-timeline>: a bundler must keep it even when a
    // page imports nothing from it.
    sideEffects: ['./pakkaz-timeline.js'],
  };
}

/** The package's README: scripts/package/README.md with the version, the policy and the
 * docs' address filled in. */
export function readme(version, dist) {
  return readFileSync(join(root, 'scripts/package/README.md'), 'utf8')
    .replaceAll('{{VERSION}}', version)
    .replaceAll('{{CSP}}', policyFor(readFileSync(join(dist, 'index.html'), 'utf8')))
    .replaceAll('{{REPOSITORY}}', cargo('repository'));
}

const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

export function makePackage(dist = 'dist', out = join(root, 'release')) {
  const version = crateVersion();
  for (const f of BUILT) {
    if (!existsSync(join(dist, f))) throw new Error(`${join(dist, f)} is missing: run a release build first`);
  }
  if (!existsSync(join(dist, 'pakkaz-timeline.js.gz'))) throw new Error(`${dist} is not a release build (no .gz copies)`);
  rmSync(out, { recursive: true, force: true });
  const pkg = join(out, 'package');
  mkdirSync(pkg, { recursive: true });
  for (const f of BUILT) copyFileSync(join(dist, f), join(pkg, f));
  for (const f of OWN) copyFileSync(join(root, f), join(pkg, f));
  writeFileSync(join(pkg, 'README.md'), readme(version, dist));
  writeFileSync(join(pkg, 'package.json'), `${JSON.stringify(manifest(version), null, 2)}\n`);

  const tgz = `pakkaz-timeline-${version}.tgz`;
  execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: pkg, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(join(out, tgz))) throw new Error(`npm pack did not write ${tgz}`);

  // The zip: the package's files in a folder named as the README's tag expects, each
  // with the precompressed copies the build made.
  const folder = join(out, 'zip', 'pakkaz-timeline');
  mkdirSync(folder, { recursive: true });
  for (const f of FILES) {
    copyFileSync(join(pkg, f), join(folder, f));
    for (const ext of ['.gz', '.br']) {
      if (existsSync(join(dist, f + ext))) copyFileSync(join(dist, f + ext), join(folder, f + ext));
    }
  }
  const zip = `pakkaz-timeline-${version}.zip`;
  execFileSync('python3', ['-m', 'zipfile', '-c', join(out, zip), 'pakkaz-timeline'], { cwd: join(out, 'zip') });
  rmSync(join(out, 'zip'), { recursive: true, force: true });

  writeFileSync(join(out, 'SHA256SUMS'), [tgz, zip].map((f) => `${sha256(join(out, f))}  ${f}\n`).join(''));
  const unpacked = FILES.reduce((sum, f) => sum + statSync(join(pkg, f)).size, 0);
  return { version, tgz, zip, sizes: { tgz: statSync(join(out, tgz)).size, zip: statSync(join(out, zip)).size, unpacked } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const made = makePackage(process.argv[2] ?? 'dist');
  console.log(`release/${made.tgz}  ${kb(made.sizes.tgz)} (${kb(made.sizes.unpacked)} unpacked)`);
  console.log(`release/${made.zip}  ${kb(made.sizes.zip)}`);
  console.log('release/SHA256SUMS');
}
