// What a reader waits for: every response a page needs before its first events are
// drawn, gzipped and brotli-compressed as a server would send them, on the three kinds of
// page a reader meets. Each is held to its budget in scripts/payload.mjs; the figures go
// to test-results/first-paint.json.
import { test, expect } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { brotli, gzip } from '../../scripts/compress.mjs';
import { FIRST_PAINT_BUDGET_BYTES } from '../../scripts/payload.mjs';

const pages = {
  standalone: '/',
  tag: '/hosts/first-tag.html',
  mount: '/hosts/first-mount.html',
};
const measured = {};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

for (const [name, address] of Object.entries(pages)) {
  test(`before the first events, the ${name} page downloads no more than its budget`, async ({ page }) => {
    const requests = [];
    let drawn = false;
    page.on('request', (r) => !drawn && requests.push(r));
    await page.goto(address);
    await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
    drawn = true;
    const files = [];
    for (const request of requests) {
      if (!request.url().startsWith('http')) continue;
      const response = await request.response();
      const body = response ? await response.body().catch(() => null) : null;
      if (!body) continue;
      files.push({ path: new URL(request.url()).pathname, raw: body.length, gzip: gzip(body).length, brotli: brotli(body).length });
    }
    const total = (key) => files.reduce((sum, f) => sum + f[key], 0);
    measured[name] = { files, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') };
    console.log(`${name}: ${kb(total('gzip'))} gzip, ${kb(total('brotli'))} brotli before the first events (${files.map((f) => f.path).join(', ')})`);
    expect(files.map((f) => f.path)).toContain(name === 'standalone' ? '/pakkaz-timeline_bg.wasm' : '/pakkaz-timeline/pakkaz-timeline_bg.wasm');
    expect(total('gzip'), `${name}: ${kb(total('gzip'))} gzip over ${kb(FIRST_PAINT_BUDGET_BYTES[name])}`)
      .toBeLessThanOrEqual(FIRST_PAINT_BUDGET_BYTES[name]);
  });
}

test.afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/first-paint.json', `${JSON.stringify(measured, null, 2)}\n`);
});
