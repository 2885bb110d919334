// The release build ships precompressed copies of its files (scripts/compress.mjs), and
// they hold exactly the files' bytes. The test server sends them (tests/e2e/serve.mjs),
// so every other end-to-end test loads the widget through them.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PAYLOAD_FILES } from '../../scripts/payload.mjs';

test('every payload file has .gz and .br copies that decompress to it', () => {
  for (const name of [...PAYLOAD_FILES, 'index.html']) {
    const raw = readFileSync(`dist/${name}`);
    const gz = readFileSync(`dist/${name}.gz`);
    const br = readFileSync(`dist/${name}.br`);
    expect(gunzipSync(gz).equals(raw), `${name}.gz`).toBe(true);
    expect(brotliDecompressSync(br).equals(raw), `${name}.br`).toBe(true);
    expect(br.length).toBeLessThan(gz.length);
  }
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
