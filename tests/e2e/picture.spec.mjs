// A picture of the view: Download SVG and Download PNG in the track's toolbar. The SVG
// parses, holds every title shown, the axis, the categories' key, the title, the window
// and filters, the sources and the link to this view, in the theme shown; the PNG has
// the view's size.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('../../src/data/events.json', import.meta.url), 'utf8'));

/** Clicks the button and returns the downloaded file's name and bytes. */
async function download(page, name) {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** The SVG parsed in the page: its size, background, every text and title in it. */
function readSvg(page, svg) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      name: root.nodeName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      background: root.querySelector(':scope > rect')?.getAttribute('fill'),
      texts: [...root.querySelectorAll('text')].map((t) => t.textContent),
      desc: root.querySelector('desc')?.textContent ?? '',
    };
  }, svg);
}

test('the SVG holds the view as shown: every title, the axis, the key, the filters, the sources and the link', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/#from=2015&to=2020&cats=trade,political');
  const widget = page.locator('.pakkaz');
  await expect(widget.locator('.pakkaz-mark__button').first()).toBeVisible();
  const svg = await download(page, 'Download SVG');
  expect(svg.name).toBe('timeline-view.svg');
  const read = await readSvg(page, svg.bytes.toString('utf8'));
  expect(read.error).toBeNull();
  expect(read.name).toBe('svg');
  const all = read.texts.join('\n');
  // Every event shown on its own, by its title (cut short as the page cuts it, with the
  // whole title kept as the text's title).
  const ids = await widget.locator('.pakkaz-mark').evaluateAll((marks) => marks.map((m) => m.dataset.eventId));
  expect(ids.length).toBeGreaterThan(3);
  for (const id of ids) expect(all, id).toContain(data.events.find((e) => e.id === id).title);
  // The axis, the title, the window and filters, the key, the sources and the link.
  for (const label of await widget.locator('.pakkaz-axis__label').allInnerTexts()) expect(all).toContain(label);
  expect(all).toContain(data.title);
  expect(all).toContain('1 January 2015–31 December 2020 · Political, Trade');
  expect(read.texts).toContain('Trade');
  expect(read.texts).not.toContain('Military');
  for (const source of data.sources) expect(read.desc).toContain(source.title);
  expect(read.desc).toMatch(/http:\/\/127\.0\.0\.1:\d+\/#from=2015&to=2020&cats=political,trade/);
  // In the theme shown.
  expect(read.background).toBe('rgb(255, 255, 255)');
  // As wide as the track's view, and the PNG the same size (at this screen's 1 pixel
  // per CSS pixel).
  const viewWidth = await widget.locator('.pakkaz-track__viewport').evaluate((v) => Math.round(v.getBoundingClientRect().width));
  expect(read.width).toBe(viewWidth);
  const png = await download(page, 'Download PNG');
  expect(png.name).toBe('timeline-view.png');
  expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
  expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([read.width, read.height]);
});

test('dark and in lanes, in Urdu: the picture keeps the theme, the bands and the words shown', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/#lanes=1&lang=ur');
  const widget = page.locator('.pakkaz');
  await expect(widget.locator('.pakkaz-band')).toHaveCount(4);
  const svg = await download(page, 'SVG ڈاؤن لوڈ کریں');
  const read = await readSvg(page, svg.bytes.toString('utf8'));
  expect(read.error).toBeNull();
  expect(read.background).toBe('rgb(17, 24, 39)');
  for (const band of await widget.locator('.pakkaz-band').allInnerTexts()) expect(read.texts).toContain(band.trim());
  expect(svg.bytes.toString('utf8')).toContain('direction="rtl"');
  expect(read.desc).toContain('lanes=1');
});

test('on a phone, where time runs down, the picture keeps each title whole, in the lines the page broke it into, with its leader', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const widget = page.locator('.pakkaz');
  await expect(widget.locator('.pakkaz-track--down')).toHaveCount(1);
  const svg = await download(page, 'Download SVG');
  const text = svg.bytes.toString('utf8');
  const read = await readSvg(page, text);
  expect(read.error).toBeNull();
  const all = read.texts.join('\n').replace(/\s+/g, ' ');
  const ids = await widget.locator('.pakkaz-mark').evaluateAll((marks) => marks.map((m) => m.dataset.eventId));
  expect(ids.length).toBeGreaterThan(5);
  for (const id of ids) expect(all, id).toContain(data.events.find((e) => e.id === id).title);
  // Wrapped titles are drawn as several lines, not one line running off the picture.
  expect((text.match(/<tspan /g) || []).length).toBeGreaterThan(ids.length);
  // Each label's leader to its symbol (a pseudo-element on the page) is drawn too.
  expect((text.match(/<line /g) || []).length).toBeGreaterThanOrEqual(ids.length);
  expect(read.width).toBeLessThan(390);
});

test('an owner\'s eras on a phone: their titles written down their bands, as on the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/hosts/company.html');
  const widget = page.locator('.pakkaz');
  await expect(widget.locator('.pakkaz-track--down')).toHaveCount(1);
  const company = JSON.parse(readFileSync(new URL('../hosts/company.json', import.meta.url), 'utf8'));
  const svg = (await download(page, 'Download SVG')).bytes.toString('utf8');
  const read = await readSvg(page, svg);
  expect(read.error).toBeNull();
  const down = await page.evaluate((text) => [...new DOMParser().parseFromString(text, 'image/svg+xml')
    .querySelectorAll('text[writing-mode="vertical-rl"]')].map((t) => t.textContent), svg);
  for (const era of company.eras) expect(down.join('\n')).toContain(era.title);
});
