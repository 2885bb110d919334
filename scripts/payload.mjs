// The widget's payload: what a host page downloads to show the embedded timeline (the
// wasm with its embedded data, the JS glue and the widget's stylesheet), gzipped as a
// server sends it. `make test` fails when it passes the budget below; `make bench`
// reports the same figures in BENCHMARKS.md.
//
//   node scripts/payload.mjs [DIST]   prints the sizes; exits 1 over the budget
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotli, gzip } from './compress.mjs';

/**
 * The one place the budget is written: gzipped bytes of wasm + JS (the stylesheet is in the wasm). A ratchet:
 * lower it when a change makes the payload smaller. It was 180 KB before the data
 * boundary moved onto serde and serde-wasm-bindgen, which brought 21 KB (BENCHMARKS.md
 * says where they go), went from 201 KB to 199 KB when the JS glue was minified, and to
 * 205 KB for the tag issue (which allows up to +8 KB over the serde issue's 201): the
 * `<pakkaz-timeline>` element, shadow-root isolation with the stylesheet moved into the
 * wasm, the compact header, `src` loading and choosing JSON or CSV (+6.1 KB in all;
 * bench/gaps.md has each step's cost). The owner module (CSV reading) is not counted:
 * only a page with a CSV file downloads it, and bench/gaps.md gives its size. 215 KB for
 * the languages issue, which allows +10 KB for four languages (+9.8 KB so far), and
 * 220 KB for the site owners' issue (+8 KB allowed): undated notes (+3.1 KB) and
 * pictures (+1.8 KB). Down to 216 KB when JSON errors were located by a scanner of the
 * grammar instead of serde_json's parser (−3.6 KB), then 219 KB for the languages
 * issue's phone layout, time running down narrow widgets (+3.1 KB): the scanner paid for
 * it, and the budget stays under the 220 KB it had before both. Down to 209 KB when
 * serde-wasm-bindgen's type errors stopped printing numbers, which took Rust's float
 * printer out of the wasm (−10.8 KB, vendor/serde-wasm-bindgen/PATCH.md). 216 KB for the
 * site owners' own categories (+7.0 KB), 220 KB for their eras (+4.0 KB), 221 KB for
 * recognising a TimelineJS file (+1.1 KB; the owner module converts it). That issue may
 * take the budget to 223 KB (the 215 KB before it, +8 KB); its additions (undated notes,
 * pictures, categories, eras, TimelineJS) come to 17.0 KB, paid for in part by the patch.
 * 228 KB for citing, the first part of the researchers' issue (+7.5 KB of the +10 KB it
 * allows for citing, export, print and swimlanes together), 230 KB for downloading the
 * events shown (+1.6 KB), 229 KB when Copy link shared Cite's copy button (−0.7 KB):
 * that issue has used 8.4 KB of its 10. 231 KB, the issue's whole allowance (221 + 10), for
 * lanes by category (+2.0 KB): the payload was 230.8 KB. A picture of the view (+1.6 KB) was
 * paid for by drawing four views with plain functions instead of components (−2.6 KB):
 * 230 KB. 231 KB, the issue's whole allowance, for printing (+1.3 KB, and +0.4 KB for the
 * list's table, whose head repeats the title on every printed page), less the list view
 * drawn by a plain function (−0.8 KB) and one listener for print instead of three
 * (−0.1 KB): 230.7 KB.
 */
export const BUDGET_BYTES = 231 * 1024;

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
