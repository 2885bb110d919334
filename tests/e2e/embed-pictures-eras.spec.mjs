// A site owner's pictures and eras: an event's picture loads only when its details
// open; docs/data-format.md's eras are drawn behind the track and named in the list
// view; a bad era is refused by name.
import { test, expect } from '@playwright/test';
import { refusal } from './refused.mjs';

test.use({ viewport: { width: 1280, height: 900 } });

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('an event\'s picture loads only when its details open, lazily, with its text, caption and credit', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const requested = [];
  // A 1×1 PNG, served for the picture's https address (no network is reached).
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=', 'base64');
  await page.route('https://pictures.example/**', (route) => {
    requested.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: png });
  });
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => {
    window.h = window.mount(document.getElementById('host'), { data: {
      title: 'With a picture',
      sources: [{ id: 's', title: 'Report' }],
      events: [{ id: 'signing', date: '2001-03-05', category: 'trade', title: 'Agreement signed',
        media: { url: 'https://pictures.example/signing.png', alt: 'Two ministers sign the agreement',
          caption: 'The signing in Astana', credit: 'Photo: Ministry' },
        sources: [{ source: 's', quote: 'It was signed.' }] }],
    } });
  });
  const host = page.locator('#host');
  await expect(host.locator('.pakkaz-mark .pakkaz-symbol')).toBeVisible();
  // That nothing is requested has no state to wait on: the widget is given ten frames
  // (a picture loaded with the mark, eagerly or lazily, is asked for within one or two).
  await page.evaluate(() => new Promise((done) => {
    const frame = (left) => (left ? requestAnimationFrame(() => frame(left - 1)) : done());
    frame(10);
  }));
  expect(requested, 'nothing loaded before the details open').toEqual([]);
  await page.evaluate(() => window.h.select('signing'));
  const img = host.getByRole('img', { name: 'Two ministers sign the agreement' });
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute('loading', 'lazy');
  await expect.poll(() => img.evaluate((e) => e.naturalWidth)).toBe(1);
  await expect(host.locator('figcaption')).toHaveText(/The signing in Astana\s*Photo: Ministry/);
  expect(requested).toEqual(['https://pictures.example/signing.png']);
  // Anything but https is refused, named.
  const message = await page.evaluate(() => {
    try {
      window.validateDataset({ events: [{ id: 'e', date: '2001', category: 'trade', title: 'E',
        media: { url: 'http://pictures.example/a.png', alt: 'A' }, sources: [] }] });
    } catch (e) { return e.message; }
  });
  expect(message).toContain('event "e", field `media.url`: must start with https://');
  expect(errors).toEqual([]);
});

test('docs/data-format.md\'s eras: bands behind the track and in the overview band, named in the list view', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/hosts/eras.html');
  const host = page.locator('#decades');
  await expect(host.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  const bands = host.locator('.pakkaz-track__plot .pakkaz-era');
  await expect(bands).toHaveCount(2);
  await expect(bands.first()).toContainText('Rebuilding');
  // Each event lies inside its era's band.
  const inside = async (id, band) => {
    const mark = await host.locator(`[data-event-id="${id}"] .pakkaz-symbol`).boundingBox();
    const era = await band.boundingBox();
    return mark.x >= era.x && mark.x + mark.width <= era.x + era.width;
  };
  expect(await inside('bridge', bands.nth(0))).toBe(true);
  expect(await inside('port', bands.nth(1))).toBe(true);
  await expect(host.locator('.pakkaz-overview .pakkaz-era')).toHaveCount(2);
  await host.getByRole('button', { name: 'List view' }).click();
  await expect(host.getByRole('heading', { name: 'Eras', exact: true })).toBeVisible();
  await expect(host.locator('.pakkaz-list__entry', { hasText: 'The new port' })).toContainText('May 1970–1989');
  await expect(page.locator('#after')).toHaveText('Text after the timeline.');
  expect(errors).toEqual([]);
});

test('a bad era is refused by name, and the page lives on', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const message = await refusal(page, {
    eras: [
      { id: 'new-port', title: 'The new port', date: '1970-05' },
      { id: 'backwards', title: 'Backwards', date: '1990', end: '1980' },
      { id: 'new-port', date: '1991', end: '1992' },
    ],
    sources: [{ id: 's', title: 'S' }],
    events: [{ id: 'a', date: '1974', category: 'trade', title: 'A', sources: [{ source: 's', quote: 'A.' }] }],
  });
  expect(message).toContain('era "new-port", field `end`: is missing');
  expect(message).toContain('era "backwards", field `end`: "1980" is before the date "1990"');
  expect(message).toContain('era "new-port", field `id`: is used by another era');
  expect(message).toContain('era "new-port", field `title`: is missing');
  expect(await page.locator('#host').evaluate((e) => e.childElementCount)).toBe(0);
  expect(errors).toEqual([]);
});
