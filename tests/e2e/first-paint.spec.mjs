// What a reader waits for: every response a page needs before its first events are
// drawn, gzipped and brotli-compressed as a server would send them, on the three kinds of
// page a reader meets; and what each on-demand module adds when it is first needed. Each
// is held to its budget in scripts/payload.mjs; the figures go to
// test-results/first-paint.json.
import { test, expect } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { brotli, gzip } from '../../scripts/compress.mjs';
import { FIRST_PAINT_BUDGET_BYTES, ON_DEMAND_BUDGET_BYTES } from '../../scripts/payload.mjs';

const pages = {
  standalone: '/',
  tag: '/hosts/first-tag.html',
  mount: '/hosts/first-mount.html',
};
/** What a host page fetches before its first events: exactly the page, the module, its wasm
 * and the host's data (issue #30: one request per file, and nothing a reader does not
 * need yet). The standalone page's list is its own, each file once (payload.spec.mjs). */
const exactly = {
  tag: ['/hosts/first-tag.html', '/hosts/milestones.json', '/pakkaz-timeline/pakkaz-timeline.js', '/pakkaz-timeline/pakkaz-timeline_bg.wasm'],
  mount: ['/hosts/first-mount.html', '/pakkaz-timeline/pakkaz-timeline.js', '/pakkaz-timeline/pakkaz-timeline_bg.wasm'],
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
    if (exactly[name]) expect(files.map((f) => f.path).sort()).toEqual(exactly[name]);
    expect(total('gzip'), `${name}: ${kb(total('gzip'))} gzip over ${kb(FIRST_PAINT_BUDGET_BYTES[name])}`)
      .toBeLessThanOrEqual(FIRST_PAINT_BUDGET_BYTES[name]);
  });
}

/** The gzipped and brotli sizes of the bodies of `requests` (made already). */
async function sizes(requests) {
  const files = [];
  for (const request of requests) {
    const body = await (await request.response())?.body().catch(() => null);
    if (body) files.push({ path: new URL(request.url()).pathname, gzip: gzip(body).length, brotli: brotli(body).length });
  }
  return { files, gzip: files.reduce((s, f) => s + f.gzip, 0), brotli: files.reduce((s, f) => s + f.brotli, 0) };
}

test('the owner module is fetched only for a CSV file, and weighs no more than its budget', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => /pakkaz-owner/.test(r.url()) && requests.push(r));
  await page.goto('/hosts/first-tag.html');
  await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  expect(requests, 'a JSON file needs no owner module').toEqual([]);
  await page.goto('/hosts/plain.html');
  // The CSV file's own events: its widget's heading is the JSON widget's title too.
  await expect(page.locator('pakkaz-timeline[src="milestones.csv"] .pakkaz-mark')).toHaveCount(3);
  const owner = await sizes(requests);
  measured.owner = owner;
  expect(owner.files.map((f) => f.path).sort()).toEqual(['/pakkaz-timeline/pakkaz-owner.js', '/pakkaz-timeline/pakkaz-owner_bg.wasm']);
  expect(owner.gzip, `owner module: ${kb(owner.gzip)} gzip`).toBeLessThanOrEqual(ON_DEMAND_BUDGET_BYTES.owner);
});

test('the picture script is fetched only when a reader asks for a picture, and weighs no more than its budget', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => /pakkaz-picture/.test(r.url()) && requests.push(r));
  await page.goto('/');
  await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  expect(requests, 'nothing asked for a picture yet').toEqual([]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download SVG' }).click();
  await download;
  const picture = await sizes(requests);
  measured.picture = picture;
  expect(picture.files.map((f) => f.path)).toEqual(['/pakkaz-picture.js']);
  expect(picture.gzip, `picture script: ${kb(picture.gzip)} gzip`).toBeLessThanOrEqual(ON_DEMAND_BUDGET_BYTES.picture);
});

test('the media script is fetched only when an event with a video, sound, service page or link is shown, and weighs no more than its budget', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => /pakkaz-media/.test(r.url()) && requests.push(r));
  await page.route(/^https:\/\//, (route) => route.abort());
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => {
    window.h = window.mount(document.getElementById('host'), { data: {
      sources: [{ id: 's', title: 'S' }],
      events: [{ id: 'talk', date: '2003', category: 'trade', title: 'A talk',
        media: { url: 'https://youtu.be/dQw4w9WgXcQ', alt: 'The talk' }, sources: [{ source: 's', quote: 'Q.' }] }],
    } });
  });
  await expect(page.locator('#host .pakkaz-mark .pakkaz-symbol')).toBeVisible();
  expect(requests, 'no media shown yet').toEqual([]);
  await page.evaluate(() => window.h.select('talk'));
  await expect(page.getByRole('button', { name: 'Play: The talk' })).toBeVisible();
  const media = await sizes(requests);
  measured.media = media;
  expect(media.files.map((f) => f.path)).toEqual(['/pakkaz-timeline/pakkaz-media.js']);
  expect(media.gzip, `media script: ${kb(media.gzip)} gzip`).toBeLessThanOrEqual(ON_DEMAND_BUDGET_BYTES.media);
});

test('a translation is fetched only for a widget in its language, and each weighs no more than its budget', async ({ page }) => {
  for (const lang of ['ur', 'kk', 'ru']) {
    const requests = [];
    page.on('request', (r) => /pakkaz-lang-/.test(r.url()) && requests.push(r));
    await page.goto('about:blank');
    await page.goto(`/#lang=${lang}`);
    await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
    await expect(page.locator('.pakkaz').first()).toHaveAttribute('lang', lang);
    const translation = await sizes(requests);
    page.removeAllListeners('request');
    measured[`translation (${lang})`] = translation;
    expect(translation.files.map((f) => f.path)).toEqual([`/pakkaz-lang-${lang}.txt`]);
    expect(translation.gzip, `${lang}: ${kb(translation.gzip)} gzip`).toBeLessThanOrEqual(ON_DEMAND_BUDGET_BYTES.translation);
  }
});

test.afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/first-paint.json', `${JSON.stringify(measured, null, 2)}\n`);
});
