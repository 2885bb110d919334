// Downloading the events shown, as CSV and as JSON in the public format: each loads back
// through the widget unchanged.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('../../src/data/events.json', import.meta.url), 'utf8'));

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('the list view downloads the events shown as CSV and JSON, and both load back unchanged', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/#cats=military,education');
  await page.getByRole('button', { name: 'List view' }).click();
  const listed = await page.locator('.pakkaz-list__title').evaluateAll((rows) => rows.map((r) => r.dataset.eventId));
  const expected = data.events.filter((e) => ['military', 'education'].includes(e.category)).map((e) => e.id);
  expect([...listed].sort()).toEqual([...expected].sort());

  const json = await download(page, 'Download JSON');
  expect(json.name).toBe('timeline-events.json');
  const exported = JSON.parse(json.text);
  expect(exported.events.map((e) => e.id).sort()).toEqual([...expected].sort());
  for (const e of exported.events) {
    const original = data.events.find((o) => o.id === e.id);
    expect(e.sources.map((s) => s.quote)).toEqual(original.sources.map((s) => s.quote));
    expect([e.date, e.end, e.title, e.category]).toEqual([original.date, original.end, original.title, original.category]);
  }
  const csv = await download(page, 'Download CSV');
  expect(csv.name).toBe('timeline-events.csv');

  // Both load back through the widget, with the same events.
  await page.route('**/hosts/exported.csv', (route) => route.fulfill({ contentType: 'text/csv', body: csv.text }));
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  const idsOf = async (id, options) => {
    await page.evaluate(([id, options]) => {
      const host = document.createElement('div');
      host.id = id;
      host.style.width = '1000px';
      document.body.append(host);
      window.handle = window.mount(host, options);
    }, [id, options]);
    const host = page.locator(`#${id}`);
    // Once the events are drawn, the list view; once it lists them, their ids.
    await expect(host.locator('.pakkaz-marks').first()).toBeAttached();
    await host.locator('.pakkaz-filters__tools button[aria-pressed]').first().evaluate((button) => button.click());
    await expect(host.locator('.pakkaz-list__title').first()).toBeAttached();
    return page.evaluate((id) => {
      const ids = new Set();
      for (const row of document.getElementById(id).shadowRoot.querySelectorAll('.pakkaz-list__title')) ids.add(row.dataset.eventId);
      window.handle.destroy();
      return [...ids].sort();
    }, id);
  };
  expect(await idsOf('from-json', { data: json.text })).toEqual([...expected].sort());
  expect(await idsOf('from-csv', { src: '/hosts/exported.csv' })).toEqual([...expected].sort());
  expect(errors).toEqual([]);
});
