// The release in the hands of its users: installs release/pakkaz-timeline-VERSION.tgz,
// from the file and offline, into each app of tests/consumers/ (copied to
// target/consumers/), builds the Vite and React apps, makes the plain page from the
// package README's tag, and runs the checks that need no browser:
// - `npm pack --dry-run` in the package lists exactly the files a host needs;
// - the package's, Cargo.toml's and the module's versions agree;
// - `tsc --strict` passes over types/ok.ts and the React app, and fails over
//   types/wrong.ts on its one deliberate error;
// - importing the package in plain Node throws nothing and defines nothing.
// tests/e2e/consumers.spec.mjs then opens the built apps in Chromium.
//
//   node scripts/consumers.mjs      (after `make package`)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILES } from './package.mjs';
import { crateVersion } from './version.mjs';

const root = new URL('..', import.meta.url).pathname;
const version = crateVersion();
const tgz = join(root, 'release', `pakkaz-timeline-${version}.tgz`);
const out = join(root, 'target', 'consumers');
const sources = join(root, 'tests', 'consumers');
const hosts = join(root, 'tests', 'hosts');
const bin = (name) => join(root, 'node_modules', '.bin', name);

let failures = 0;
function check(name, fn) {
  try {
    const said = fn();
    console.log(`  ok    ${name}${said ? `: ${said}` : ''}`);
  } catch (error) {
    failures++;
    console.log(`  FAIL  ${name}\n${String(error.stdout ?? '')}${String(error.stderr ?? '')}${error.message}`);
  }
}
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A fresh copy of a consumer with the tarball installed, as `npm install ./x.tgz` does. */
function app(name) {
  const dir = join(out, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (existsSync(join(sources, name))) cpSync(join(sources, name), dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }, null, 2)}\n`);
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tgz], dir);
  return dir;
}

/** The data the apps show, in their public folder. */
function data(dir) {
  mkdirSync(dir, { recursive: true });
  cpSync(join(hosts, 'milestones.json'), join(dir, 'events.json'));
  cpSync(join(hosts, 'milestones.json'), join(dir, 'milestones.json'));
  cpSync(join(hosts, 'milestones.csv'), join(dir, 'milestones.csv'));
}

if (!existsSync(tgz)) {
  console.error(`${tgz} is missing: run \`make package\` first`);
  process.exit(1);
}

check('npm pack --dry-run lists exactly the files a host needs', () => {
  const [packed] = JSON.parse(run('npm', ['pack', '--dry-run', '--json'], join(root, 'release', 'package')));
  const listed = packed.files.map((f) => f.path).sort();
  const want = [...FILES].sort();
  if (JSON.stringify(listed) !== JSON.stringify(want)) throw new Error(`listed ${listed.join(', ')}\nwanted ${want.join(', ')}`);
  return `${listed.length} files, ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked`;
});

const vite = app('vite');
const installed = join(vite, 'node_modules', 'pakkaz-timeline');

check('the package, Cargo.toml and the module agree on the version', () => {
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version;
  const glue = /export const version\s*=\s*"([^"]+)"/.exec(readFileSync(join(installed, 'pakkaz-timeline.js'), 'utf8'))?.[1];
  const dts = /export declare const version: "([^"]+)"/.exec(readFileSync(join(installed, 'pakkaz-timeline.d.ts'), 'utf8'))?.[1];
  if (new Set([version, pkg, glue, dts]).size !== 1) throw new Error(`Cargo.toml ${version}, package.json ${pkg}, module ${glue}, types ${dts}`);
  for (const doc of ['README.md', 'docs/embedding.md']) {
    const named = [...readFileSync(join(root, doc), 'utf8').matchAll(/pakkaz-timeline-(\d+\.\d+\.\d+[^\s`/]*?)\.(tgz|zip)/g)];
    for (const [file, v] of named) if (v !== version) throw new Error(`${doc} names ${file}, not version ${version}`);
  }
  if (!readFileSync(join(root, 'CHANGELOG.md'), 'utf8').includes(`\n## [${version}] - `)) throw new Error(`CHANGELOG.md has no section "## [${version}] - DATE"`);
  return version;
});

check('Node imports the package as a server renderer would', () => {
  // From the app's folder, where the package is installed.
  cpSync(join(sources, 'node', 'import.mjs'), join(vite, 'import.mjs'));
  return run('node', ['import.mjs', version], vite).trim();
});

check('a Vite app builds with the package, the wasm found by the bundler', () => {
  data(join(vite, 'public'));
  run(bin('vite'), ['build'], vite);
  const assets = readFileSync(join(vite, 'dist', 'index.html'), 'utf8');
  if (!assets.includes('./assets/')) throw new Error('no relative assets in dist/index.html');
  return 'target/consumers/vite/dist';
});

const react = app('react');
check('a React 19 app builds with the package', () => {
  data(join(react, 'public'));
  run(bin('vite'), ['build', '--mode', 'development'], react);
  return 'target/consumers/react/dist';
});

check('tsc --strict passes over the React app, the tag typed in JSX', () => {
  run(bin('tsc'), ['-p', 'tsconfig.json'], react);
});

const types = app('types');
check('tsc --strict passes over an example that uses every option', () => {
  run(bin('tsc'), ['--project', 'tsconfig.json', '--pretty', 'false'], types);
});

check('tsc --strict fails over the example with a deliberate type error', () => {
  const result = spawnSync(bin('tsc'), ['--project', 'tsconfig.wrong.json', '--pretty', 'false'], { cwd: types, encoding: 'utf8' });
  const said = `${result.stdout}${result.stderr}`;
  const errors = said.split('\n').filter((l) => /error TS\d+/.test(l));
  if (result.status === 0) throw new Error('tsc passed over wrong.ts');
  if (errors.length !== 1 || !/wrong\.ts\(5,/.test(errors[0]) || !/TS2322/.test(errors[0])) {
    throw new Error(`expected one TS2322 on wrong.ts line 5, got:\n${said}`);
  }
  return errors[0].trim();
});

check('the plain page is the package README\'s tag beside the unpacked package', () => {
  const plain = join(out, 'plain');
  rmSync(plain, { recursive: true, force: true });
  mkdirSync(plain, { recursive: true });
  run('tar', ['-xzf', tgz, '-C', plain]);
  cpSync(join(plain, 'package'), join(plain, 'pakkaz-timeline'), { recursive: true });
  rmSync(join(plain, 'package'), { recursive: true, force: true });
  const readme = readFileSync(join(plain, 'pakkaz-timeline', 'README.md'), 'utf8');
  const tag = /```html\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!tag) throw new Error('no html snippet in the package README');
  writeFileSync(join(plain, 'index.html'), `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A plain page</title></head>
<body>
<h1>A plain page with the package's tag</h1>
${tag}</body>
</html>
`);
  data(plain);
  return 'target/consumers/plain';
});

console.log(`consumers: ${failures ? `${failures} failed` : 'all passed'}`);
process.exit(failures ? 1 : 0);
