// The widget's payload: what every host page downloads to show a timeline (the wasm,
// the JS glue and the widget's stylesheet, which is in the wasm), gzipped as a server
// sends it; the embedded dataset is a file of its own, fetched only by a widget without
// data (first-paint.spec.mjs counts it on the standalone page). `make test` fails when it passes the budget below; `make bench`
// reports the same figures in BENCHMARKS.md.
//
//   node scripts/payload.mjs [DIST]   prints the sizes; exits 1 over the budget
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotli, gzip } from './compress.mjs';

/**
 * The one place the budget is written: gzipped bytes of wasm + JS (the stylesheet is in the wasm). A ratchet:
 * lower it when a change makes the payload smaller, and raise it only by what an issue
 * allows for what it adds. It guards what every reader downloads: the owner module and
 * the picture script are not counted, as only a page that uses them downloads them.
 * What each change cost is in BENCHMARKS.md ("What each addition costs"); how the
 * budget moved is in CHANGELOG.md and git.
 */
export const BUDGET_BYTES = 200.6 * 1024;

/**
 * What a reader downloads before the first events are drawn, gzipped, on each kind of
 * page (every response: the page, its styles, the module, the wasm, the data), as
 * tests/e2e/first-paint.spec.mjs measures it in Chromium. A ratchet like the one above;
 * issue #30's goal, and why splitting alone cannot reach it, are in BENCHMARKS.md.
 */
export const FIRST_PAINT_BUDGET_BYTES = {
  /** The standalone page with the embedded dataset, which it fetches (dist/index.html). */
  standalone: 205.3 * 1024,
  /** The README's tag with a small JSON file, and nothing else (tests/hosts/first-tag.html). */
  tag: 201.2 * 1024,
  /** `mount()` with the host's data, and nothing else (tests/hosts/first-mount.html). */
  mount: 201.1 * 1024,
};

/**
 * What each on-demand module adds, gzipped, the first time a reader or a page needs it
 * (tests/e2e/first-paint.spec.mjs): a ratchet like the ones above.
 */
export const ON_DEMAND_BUDGET_BYTES = {
  /** The owner module (its JS and wasm): loaded by a CSV or TimelineJS file, or a CSV download. */
  owner: 82.0 * 1024,
  /** The picture script: loaded by Download SVG or PNG. */
  picture: 4.1 * 1024,
  /** The media script: loaded by the first event shown with a video, sound, service page or link. */
  media: 2.2 * 1024,
  /** Each translation but English's (the largest of them): loaded by a widget in its language. */
  translation: 2.1 * 1024,
};

/** The files of a release build that make up the widget. */
export const PAYLOAD_FILES = ['pakkaz-timeline_bg.wasm', 'pakkaz-timeline.js'];

/** Raw, gzip and brotli bytes of each payload file, and their totals. */
export function payload(dist = 'dist') {
  const files = PAYLOAD_FILES.map((name) => {
    const path = join(dist, name);
    if (!existsSync(path)) throw new Error(`${path} is missing: run a release build first`);
    const bytes = readFileSync(path);
    return { name, raw: bytes.length, gzip: gzip(bytes).length, brotli: brotli(bytes).length };
  });
  const sum = (key) => files.reduce((total, f) => total + f[key], 0);
  return { files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const p = payload(dist);
  for (const f of p.files) {
    console.log(`${f.name.padEnd(26)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip ${kb(f.brotli).padStart(10)} brotli`);
  }
  console.log(`${'total'.padEnd(26)} ${kb(p.raw).padStart(10)} raw ${kb(p.gzip).padStart(10)} gzip ${kb(p.brotli).padStart(10)} brotli`);
  if (p.gzip > BUDGET_BYTES) {
    console.error(`payload ${kb(p.gzip)} gzipped is over the budget of ${kb(BUDGET_BYTES)} (scripts/payload.mjs)`);
    process.exit(1);
  }
  console.log(`within the budget of ${kb(BUDGET_BYTES)} gzipped (${kb(BUDGET_BYTES - p.gzip)} to spare)`);
}
