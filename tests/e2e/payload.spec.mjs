// The release build ships precompressed copies of its files (scripts/compress.mjs), and
// they hold exactly the files' bytes. The test server sends them (tests/e2e/serve.mjs),
// so every other end-to-end test loads the widget through them.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PAYLOAD_FILES } from '../../scripts/payload.mjs';
import { EVENTS_FILE, withoutWhitespace } from '../../scripts/events.mjs';

test('every payload file has .gz and .br copies that decompress to it', () => {
  for (const name of [...PAYLOAD_FILES, EVENTS_FILE, 'index.html']) {
    const raw = readFileSync(`dist/${name}`);
    const gz = readFileSync(`dist/${name}.gz`);
    const br = readFileSync(`dist/${name}.br`);
    expect(gunzipSync(gz).equals(raw), `${name}.gz`).toBe(true);
    expect(brotliDecompressSync(br).equals(raw), `${name}.br`).toBe(true);
    expect(br.length).toBeLessThan(gz.length);
  }
});

test('the embedded dataset is a file of its own, the maintainers\' file without its whitespace, and not in the wasm', () => {
  const source = readFileSync('src/data/events.json', 'utf8');
  const shipped = readFileSync(`dist/${EVENTS_FILE}`, 'utf8');
  expect(shipped).toBe(withoutWhitespace(source));
  expect(JSON.parse(shipped)).toEqual(JSON.parse(source));
  expect(shipped.length).toBeLessThan(source.length);
  // Every quote is there as written, whitespace inside it included.
  for (const event of JSON.parse(source).events) {
    for (const { quote } of event.sources) expect(shipped).toContain(JSON.stringify(quote));
  }
  const wasm = readFileSync('dist/pakkaz-timeline_bg.wasm');
  const firstQuote = JSON.parse(source).events[0].sources[0].quote;
  expect(wasm.includes(Buffer.from(firstQuote.slice(0, 40))), 'the wasm holds no event of its own').toBe(false);
});

test('the page loads its wasm brotli-compressed and shows the timeline', async ({ page }) => {
  const encodings = new Map();
  // A response that arrives as the test ends may no longer give its headers: ignored,
  // rather than failing whichever test runs next.
  page.on('response', (r) => r.allHeaders().then(
    (headers) => encodings.set(new URL(r.url()).pathname, headers['content-encoding']),
    () => {},
  ));
  await page.goto('/');
  await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  // Each response's headers come asynchronously, maybe after the marks show.
  const wasm = () => [...encodings].find(([path]) => path.endsWith('.wasm'));
  await expect.poll(() => wasm()?.[1]).toBe('br');
});

test('the standalone page fetches each file once', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/');
  await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  // The load event waits for the module scripts: every request of the page's start
  // has been made by then.
  await page.waitForLoadState('load');
  const twice = fetched.filter((path, i) => fetched.indexOf(path) !== i);
  expect(twice, `fetched more than once, of ${fetched.join(', ')}`).toEqual([]);
  expect(fetched).toContain('/pakkaz-timeline.js');
  expect(fetched).toContain('/pakkaz-timeline_bg.wasm');
});
