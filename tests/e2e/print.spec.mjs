// Printing: with print media (as a browser prints, here emulated) the widget shows no
// controls, keeps its title and the window as a timeline at its width on paper, and
// lists the events shown with full dates, summaries and sources; a PDF of it has pages.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('../../src/data/events.json', import.meta.url), 'utf8'));

test('printed: no controls, the title, the timeline at its width on paper and the events listed in full', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#from=2015&to=2022&cats=trade,political');
  const widget = page.locator('.pakkaz');
  await expect(widget.locator('.pakkaz-mark__button').first()).toBeVisible();
  // What the list view lists on screen is what the page prints.
  await page.getByRole('button', { name: 'List view' }).click();
  const listed = await widget.locator('.pakkaz-list__title').allInnerTexts();
  expect(listed.length).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'List view' }).click();
  await expect(widget.locator('.pakkaz-list')).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await expect(widget.locator('.pakkaz-list__title')).toHaveText(listed);
  // No controls, and the title.
  for (const control of await widget.locator('.pakkaz-control, .pakkaz-toolbar, .pakkaz-overview').all()) {
    await expect(control).toBeHidden();
  }
  await expect(widget.getByRole('heading', { name: data.title })).toBeVisible();
  // The timeline: across, at its width on paper, its marks inside it.
  const plot = widget.locator('.pakkaz-track__plot');
  await expect(plot).toBeVisible();
  expect(Math.round((await plot.boundingBox()).width)).toBe(600);
  await expect(widget.locator('.pakkaz-track--down')).toHaveCount(0);
  const box = await plot.boundingBox();
  for (const mark of await widget.locator('.pakkaz-mark__button').all()) {
    const m = await mark.boundingBox();
    expect(m.x + m.width / 2).toBeGreaterThanOrEqual(box.x - 1);
    expect(m.x + m.width / 2).toBeLessThanOrEqual(box.x + box.width + 1);
  }
  // Each event in full: its date, its summary and each source's quote and title.
  const rows = widget.locator('.pakkaz-list__item');
  await expect(rows).toHaveCount(listed.length);
  for (let i = 0; i < listed.length; i += 1) {
    const title = listed[i].trim();
    const event = data.events.find((e) => title.startsWith(e.title));
    const row = rows.nth(i);
    await expect(row).toContainText(event.summary);
    for (const c of event.sources) {
      await expect(row).toContainText(c.quote);
      await expect(row).toContainText(data.sources.find((s) => s.id === c.source).title);
    }
  }
  // A PDF of it: the browser's own print, on A4.
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) || []).length).toBeGreaterThanOrEqual(2);

  // Back on screen, as it was.
  await page.emulateMedia({ media: 'screen' });
  await expect(widget.locator('.pakkaz-list')).toHaveCount(0);
  await expect(widget.getByRole('button', { name: 'Lanes by category' })).toBeVisible();
});

test('a widget in a fixed-height box, in lanes and dark, prints whole and light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => { window.mount(document.getElementById('host'), { height: 300, lanes: true, theme: 'dark' }); });
  const widget = page.locator('#host .pakkaz');
  await expect(widget.locator('.pakkaz-band')).toHaveCount(4);
  await page.emulateMedia({ media: 'print' });
  await expect(widget.locator('.pakkaz-list__item')).toHaveCount(data.events.length);
  const height = await page.locator('#host').evaluate((h) => h.getBoundingClientRect().height);
  expect(height).toBeGreaterThan(1000);
  await expect(widget).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(widget.locator('.pakkaz-band')).toHaveCount(4);
});

test('the browser\'s own print (no emulation) lays out the full list in time, and the page comes back', async ({ page }) => {
  await page.goto('/#from=2015&to=2022');
  await expect(page.locator('.pakkaz-mark__button').first()).toBeVisible();
  // Whether the full list was in the page while it printed.
  await page.evaluate(() => {
    const root = document.querySelector('#pakkaz-timeline').shadowRoot;
    window.printedList = false;
    new MutationObserver(() => {
      window.printedList ||= root.querySelector('.pakkaz-list__full') !== null;
    }).observe(root, { childList: true, subtree: true });
  });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(await page.evaluate(() => window.printedList)).toBe(true);
  await expect(page.locator('.pakkaz-list')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lanes by category' })).toBeVisible();
});
