// Data from a file: `src` (on the tag and in `mount`) loads it and says it is loading,
// a missing or broken file is named in the widget, and a CSV file is read by the owner
// module, which is loaded only then (and whose failing to load is named too).
import { test, expect } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 900 } });

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('a CSV file is read by the owner module, loaded only then; its problems are named by row and column', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const loaded = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<pakkaz-timeline id="own" src="/hosts/milestones.json"></pakkaz-timeline>');
  });
  const own = page.locator('#own');
  await expect(own.locator('.pakkaz-mark')).toHaveCount(2);
  // A reader of a timeline with no CSV file never downloads the owner module.
  expect(loaded.filter((p) => p.includes('pakkaz-owner'))).toEqual([]);
  await own.evaluate((e) => e.setAttribute('src', '/hosts/broken.csv'));
  const alert = own.getByRole('alert');
  await expect(alert).toContainText('The timeline data has 3 problems:');
  await expect(alert).toContainText('row 2, column `date`: "2001-13": no such day in the calendar');
  await expect(alert).toContainText('row 3, column `category`: "sport" is not one of political, military, trade, education');
  await expect(alert).toContainText('row 3, column `quote`: is missing');
  expect(loaded.filter((p) => p.includes('pakkaz-owner'))).toEqual(['/pakkaz-timeline/pakkaz-owner.js', '/pakkaz-timeline/pakkaz-owner_bg.wasm']);
  // The template in the build holds the embedded dataset, two example rows of the date
  // forms (44 BCE, a time of day) and one of media: loaded as a CSV file, it shows the 29
  // events and those.
  await own.evaluate((e) => e.setAttribute('src', '/pakkaz-timeline/template.csv'));
  await expect(own.locator('.pakkaz-description')).toHaveText(/^32 events from 3 sources/);
  // mount() takes a CSV src as well, and `heading`.
  await page.evaluate(() => {
    window.t = window.mount(document.getElementById('host'), { src: '/hosts/milestones.csv', heading: 'From a spreadsheet' });
  });
  await expect(page.locator('#host .pakkaz-mark').first()).toBeAttached();
  const heading = await page.evaluate(() => {
    const text = document.getElementById('host').shadowRoot.querySelector('.pakkaz-title').textContent;
    window.t.destroy();
    return text;
  });
  expect(heading).toBe('From a spreadsheet');
  expect(errors).toEqual([]);
});

test('the owner module failing to load is named in the widget, and the page lives on', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/pakkaz-owner.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<pakkaz-timeline id="own" src="/hosts/milestones.csv"></pakkaz-timeline>');
  });
  await expect(page.locator('#own').getByRole('alert')).toContainText('is a CSV file, and its reader (pakkaz-owner.js, beside pakkaz-timeline.js) could not be loaded');
  expect(errors).toEqual([]);
});

test('src loads the data from a file, says it is loading, and names what went wrong', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The file takes a while: the widget says it is loading meanwhile.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/hosts/milestones.json', async (route) => { await held; await route.continue(); });
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<pakkaz-timeline id="own" src="/hosts/milestones.json" selected="founded"></pakkaz-timeline>');
  });
  const own = page.locator('#own');
  await expect(own.getByRole('status')).toHaveText('Loading the timeline…');
  release();
  await expect(own.getByRole('heading', { name: "Our institute's milestones" })).toBeVisible();
  await expect(own.locator('.pakkaz-mark')).toHaveCount(2);
  await expect(own.getByRole('dialog')).toContainText('Institute founded');
  await expect(own.locator('.pakkaz-track__viewport')).toHaveAttribute('data-from', '2001-01-01');
  // The handle's select finds the file's events once they are there.
  await own.evaluate((e) => e.select('first-exchange'));
  await expect(own.getByRole('dialog')).toContainText('First student exchange');
  // A missing file and a broken one: each says what is wrong, inside the widget.
  const failing = async (src) => {
    await own.evaluate((e, src) => e.setAttribute('src', src), src);
    return own.getByRole('alert');
  };
  await expect(await failing('/hosts/missing.json')).toContainText('could not be loaded from /hosts/missing.json: the server answered 404');
  await expect(await failing('/hosts/broken.json')).toContainText('line 1, column');
  // And mount takes src too.
  await page.evaluate(() => {
    window.t = window.mount(document.getElementById('host'), { src: '/hosts/milestones.json' });
  });
  await expect(page.locator('#host .pakkaz-mark').first()).toBeAttached();
  const mounted = await page.evaluate(() => {
    const marks = document.getElementById('host').shadowRoot.querySelectorAll('.pakkaz-mark').length;
    window.t.destroy();
    return marks;
  });
  expect(mounted).toBe(2);
  expect(await page.evaluate(() => {
    try { window.mount(document.getElementById('host'), { src: 'a.json', data: {} }); } catch (e) { return e.message; }
  })).toContain('give `data` or `src`, not both');
  expect(errors).toEqual([]);
});
