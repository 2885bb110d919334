// What a reader waits for, as a table for BENCHMARKS.md: the bytes before the first
// events on each kind of page, and what each file fetched on first use adds, with what
// fetches it. The figures are tests/e2e/first-paint.spec.mjs's (which `make test` holds to
// the budgets in scripts/payload.mjs); `firstPaintFigures` runs that spec for them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { FIRST_PAINT_BUDGET_BYTES, ON_DEMAND_BUDGET_BYTES } from '../scripts/payload.mjs';

const PAGES = {
  standalone: 'the standalone page (`index.html`), with the embedded dataset it fetches',
  tag: 'the README\'s tag with a small JSON file (`src=`), and nothing else',
  mount: '`mount()` with the host\'s data, and nothing else',
};

const ON_DEMAND = {
  owner: ['the owner module (`pakkaz-owner.js` and its wasm)', 'a CSV or TimelineJS file, a CSV download'],
  picture: ['the picture script (`pakkaz-picture.js`)', 'Download SVG or Download PNG'],
  'translation (ur)': ['Urdu\'s translation (`pakkaz-lang-ur.txt`)', 'a widget in Urdu, with its data'],
  'translation (kk)': ['Kazakh\'s translation', 'a widget in Kazakh'],
  'translation (ru)': ['Russian\'s translation', 'a widget in Russian'],
};

/** Runs the first-paint spec against `dist` (built) and returns its figures. */
export function firstPaintFigures() {
  execFileSync('npx', ['playwright', 'test', 'tests/e2e/first-paint.spec.mjs', '--reporter=line'], { stdio: 'inherit' });
  return JSON.parse(readFileSync('test-results/first-paint.json', 'utf8'));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)}`;

/** The two tables: first paint by page, then the files fetched on first use. */
export function firstPaintTables(figures) {
  let md = '| page | gzip KB | brotli KB | budget (gzip) | files |\n| --- | --- | --- | --- | --- |\n';
  for (const [name, what] of Object.entries(PAGES)) {
    const f = figures[name];
    if (!f) continue;
    md += `| ${what} | ${kb(f.gzip)} | ${kb(f.brotli)} | ${kb(FIRST_PAINT_BUDGET_BYTES[name])} | ${f.files.map((x) => `\`${x.path.split('/').pop() || '/'}\``).join(', ')} |\n`;
  }
  md += '\n| fetched on first use | gzip KB | brotli KB | budget (gzip) | what fetches it |\n| --- | --- | --- | --- | --- |\n';
  for (const [name, [what, by]] of Object.entries(ON_DEMAND)) {
    const f = figures[name];
    if (!f) continue;
    const budget = ON_DEMAND_BUDGET_BYTES[name.startsWith('translation') ? 'translation' : name];
    md += `| ${what} | ${kb(f.gzip)} | ${kb(f.brotli)} | ${kb(budget)} | ${by} |\n`;
  }
  return md;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(firstPaintTables(JSON.parse(readFileSync('test-results/first-paint.json', 'utf8'))));
}
