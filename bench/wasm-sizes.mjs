// Where the widget's wasm goes: twiggy's per-function sizes, grouped by crate and, for
// our own code, by module. Run by `make bench` (into BENCHMARKS.md) or alone:
//   node bench/wasm-sizes.mjs [WASM]
// WASM defaults to a names-keeping copy of the release build that this script makes
// from cargo's output the way trunk does (wasm-bindgen, then wasm-opt -Oz), with -g so
// that function names survive. Sizes are bytes of the optimized wasm, before gzip.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function namedReleaseWasm() {
  execFileSync('cargo', ['build', '--release', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', 'pakkaz-timeline'], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'pakkaz-sizes-'));
  execFileSync('wasm-bindgen', ['--target', 'web', '--keep-debug', '--out-dir', dir,
    '--out-name', 'pakkaz_timeline', 'target/wasm32-unknown-unknown/release/pakkaz-timeline.wasm'], { stdio: 'inherit' });
  const out = join(dir, 'named.wasm');
  execFileSync('wasm-opt', ['-Oz', '-g', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
    '--enable-sign-ext', '--enable-mutable-globals', join(dir, 'pakkaz_timeline_bg.wasm'), '-o', out], { stdio: 'inherit' });
  return out;
}

const CRATES = [
  ['serde_wasm_bindgen', 'serde-wasm-bindgen'], ['serde_json', 'serde_json'], ['serde_core', 'serde'],
  ['serde::', 'serde'], ['percent_encoding', 'percent-encoding'], ['yew', 'yew'], ['implicit_clone', 'yew'],
  ['gloo', 'gloo'], ['wasm_bindgen', 'wasm-bindgen'], ['js_sys', 'js-sys'], ['web_sys', 'web-sys'],
  ['hashbrown', 'hashbrown'], ['indexmap', 'indexmap'], ['slab', 'slab'], ['tracing', 'tracing'],
  ['console_error_panic_hook', 'console_error_panic_hook'], ['dlmalloc', 'allocator (dlmalloc)'],
  ['alloc::', 'Rust core, alloc and std'], ['core::', 'Rust core, alloc and std'], ['core[', 'Rust core, alloc and std'],
  ['std::', 'Rust core, alloc and std'], ['std[', 'Rust core, alloc and std'], ['alloc[', 'Rust core, alloc and std'],
];

/** Which crate (or, for ours, which module) a function name belongs to. */
function owner(name) {
  // Rust's float printer: in the wasm only because serde's error messages can print a
  // number (serde::de::Unexpected), which every serde-wasm-bindgen reader links.
  if (/flt2dec|fmt::float|<f64 as core\S*::fmt::Display>/.test(name)) return 'Rust core: float printing (for serde\'s messages)';
  // The implementing type comes first in `<Type as Trait>::method`: charge its crate.
  const ours = name.match(/pakkaz_timeline::(\w+)(?:::(\w+))?/);
  let best = null;
  for (const [needle, crate] of CRATES) {
    const at = name.indexOf(needle);
    if (at >= 0 && (best === null || at < best[0])) best = [at, crate];
  }
  if (ours && (best === null || name.indexOf('pakkaz_timeline::') < best[0])) {
    const [, top, sub] = ours;
    return `ours: ${['model', 'timeline', 'components', 'embed'].includes(top) && sub ? `${top}::${sub}` : top}`;
  }
  if (best) return best[1];
  if (/^data segment/.test(name)) return 'data (embedded dataset, strings, tables)';
  if (/^(import|export|table|elem|type|global|memory|custom section|code section headers|wasm magic)/.test(name) || name.includes('section')) return 'wasm structure (imports, exports, tables, headers)';
  return 'other (unnamed glue and small functions)';
}

export function wasmSizes(wasm = namedReleaseWasm()) {
  const items = JSON.parse(execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'json', wasm], { maxBuffer: 1 << 28 }).toString())
    // The names kept for this breakdown are not in the shipped wasm.
    .filter((item) => !/^"\w+ names" subsection$/.test(item.name));
  const total = items.reduce((t, i) => t + i.shallow_size, 0);
  const groups = new Map();
  for (const item of items) {
    const key = owner(item.name);
    groups.set(key, (groups.get(key) ?? 0) + item.shallow_size);
  }
  // Our modules under 1 KB in one line, so the table stays readable.
  let small = 0;
  for (const [key, bytes] of groups) {
    if (key.startsWith('ours: ') && bytes < 1024) {
      small += bytes;
      groups.delete(key);
    }
  }
  if (small) groups.set('ours: modules under 1 KB each', small);
  return { total, groups: [...groups].sort((a, b) => b[1] - a[1]) };
}

export function sizesTable({ total, groups }) {
  let md = '| part | bytes | share |\n| --- | --- | --- |\n';
  for (const [name, bytes] of groups) {
    md += `| ${name} | ${bytes.toLocaleString('en')} | ${(100 * bytes / total).toFixed(1)} % |\n`;
  }
  md += `| **total** | ${total.toLocaleString('en')} | 100 % |\n`;
  return md;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(sizesTable(wasmSizes(process.argv[2])));
}
