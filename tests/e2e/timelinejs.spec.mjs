// Moving from TimelineJS: docs/data-format.md's tag with a TimelineJS file (tests/hosts/
// timelinejs.html holds it verbatim), the same file as `data`, and a broken one named.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const file = JSON.parse(readFileSync(new URL('../hosts/timelinejs.json', import.meta.url), 'utf8'));
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=', 'base64');

test('docs/data-format.md\'s TimelineJS file is shown as it is: groups, eras, plain text and pictures', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.route('https://images.example.org/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: png }));
  await page.goto('/hosts/timelinejs.html');
  const widget = page.locator('pakkaz-timeline');
  await expect(widget.getByRole('heading', { name: "Our newsroom's story" })).toBeVisible();
  await expect(widget.locator('.pakkaz-mark')).toHaveCount(4);
  for (const name of ['Print (2)', 'Online (1)', 'Other (1)']) await expect(widget.getByRole('checkbox', { name })).toBeVisible();
  await expect(widget.locator('.pakkaz-track__plot .pakkaz-era')).toHaveCount(2);
  expect(requests).toContain('/pakkaz-timeline/pakkaz-owner.js');
  // The text is plain: the link's word stays, the markup and the script do not.
  await widget.locator('[data-event-id="the-website-opens"] .pakkaz-mark__label').click();
  const details = widget.getByRole('dialog', { name: 'The website opens' });
  await expect(details).toContainText('Our website opened.');
  await expect(details.locator('a[href="https://example.org"], script, b')).toHaveCount(0);
  await expect(details.getByRole('img', { name: 'The first home page' })).toBeVisible();
  await expect(page.locator('#after')).toHaveText('Text after the timeline.');
  expect(errors).toEqual([]);
});

test('a TimelineJS file given as data is converted too, and a broken one is named', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate((data) => { window.h = window.mount(document.getElementById('host'), { data, categories: ['online'] }); }, file);
  const host = page.locator('#host');
  await expect(host.getByRole('heading', { name: "Our newsroom's story" })).toBeVisible();
  await expect(host.locator('.pakkaz-mark')).toHaveCount(1);
  // validateDataset reads only this widget's own format, and says so.
  const said = await page.evaluate((data) => { try { window.validateDataset(data); return 'no error'; } catch (e) { return e.message; } }, file);
  expect(said).toContain('is a TimelineJS file');
  // A date the widget cannot place, named in the widget; the page lives on.
  const broken = structuredClone(file);
  broken.events[1].start_date.month = 13;
  await page.evaluate((data) => { window.h.destroy(); window.mount(document.getElementById('host'), { data }); }, broken);
  await expect(host.getByRole('alert')).toContainText('event #2 ("The website opens"), field `start_date`: `month` 13 is not a month');
  expect(errors).toEqual([]);
});
