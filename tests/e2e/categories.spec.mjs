// A site owner's own categories: docs/data-format.md's snippet (tests/hosts/categories.html holds
// it verbatim), the ids wherever a category is named, twelve of them told apart by shape
// as well as colour with axe clean in both themes, and bad ones refused by name.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations } from './axe.mjs';
import { refusal } from './refused.mjs';

const company = JSON.parse(readFileSync(new URL('../hosts/company.json', import.meta.url), 'utf8'));

test('docs/data-format.md\'s own categories: filters, symbols, colours, list and details use them', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/hosts/categories.html');
  const widget = page.locator('#company');
  await expect(widget.getByRole('heading', { name: 'Our company' })).toBeVisible();
  for (const name of ['Products (1)', 'People (1)', 'Funding (1)']) {
    await expect(widget.getByRole('checkbox', { name })).toBeChecked();
  }
  // Three categories, three filters: none of the built-in four.
  await expect(widget.getByRole('checkbox')).toHaveCount(3);
  // The owner's colour, and a shape of its own for each.
  const symbol = (id) => widget.locator(`[data-event-id="${id}"] .pakkaz-symbol`);
  await expect(symbol('app')).toHaveCSS('background-color', 'rgb(47, 125, 149)');
  await expect(symbol('seed')).toHaveCSS('background-color', 'rgb(180, 83, 9)');
  const shapes = await Promise.all(['app', 'founded', 'seed'].map((id) => symbol(id).evaluate((e) => {
    const s = getComputedStyle(e);
    return `${s.borderRadius} ${s.transform} ${s.clipPath}`;
  })));
  expect(new Set(shapes).size).toBe(3);
  // Off and on again.
  await widget.getByRole('checkbox', { name: 'People (1)' }).uncheck();
  await expect(widget.locator('[data-event-id="founded"]')).toHaveCount(0);
  await widget.getByRole('checkbox', { name: 'People (1)' }).check();
  await expect(widget.locator('[data-event-id="founded"]')).toHaveCount(1);
  await widget.locator('[data-event-id="app"] .pakkaz-mark__label').click();
  await expect(widget.locator('.pakkaz-details__category')).toHaveText('Products');
  await widget.getByRole('button', { name: /close/i }).click();
  await widget.getByRole('button', { name: 'List view' }).click();
  await expect(widget.locator('.pakkaz-list__category').first()).toHaveText('People');
  await expect(page.locator('#after')).toHaveText('Text after the timeline.');
  expect(errors).toEqual([]);
});

test('owner ids work in the categories option and attribute, setCategories and shared links', async ({ page }) => {
  await page.route('**/hosts/company.json', (route) => route.fulfill({ json: company }));
  await page.goto('/hosts/blank.html#cats=funding,students');
  await page.waitForFunction(() => window.ready);
  const visible = (host) => page.locator(`${host} .pakkaz-mark`).evaluateAll((marks) => marks.map((m) => m.className));
  const ids = (host) => page.locator(`${host} .pakkaz-filter--on .pakkaz-filter__input`).evaluateAll((inputs) => inputs.map((i) => i.getAttribute('aria-label')));
  // The hash, read by a widget that keeps it.
  await page.evaluate((data) => { window.h = window.mount(document.getElementById('host'), { data, hash: true }); }, company);
  await expect.poll(() => ids('#host')).toEqual(['Funding (3)', 'Students (3)']);
  // setCategories with an owner's id, and a wrong one named with the ids there are.
  await page.evaluate(() => window.h.setCategories(['awards']));
  await expect.poll(() => ids('#host')).toEqual(['Awards (3)']);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#cats=awards');
  expect(await visible('#host')).toHaveLength(3);
  const wrong = await page.evaluate(() => { try { window.h.setCategories(['trade']); return 'no error'; } catch (e) { return e.message; } });
  expect(wrong).toContain('setCategories: unknown category "trade" (use research, teaching, buildings, funding,');
  // The option, checked once the data is there.
  await page.evaluate((data) => { window.h.destroy(); window.h = window.mount(document.getElementById('host'), { data, categories: ['library'] }); }, company);
  await expect.poll(() => ids('#host')).toEqual(['Library (3)']);
  // The tag's attribute, with a file.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<pakkaz-timeline id="tag" src="company.json" categories="people,alumni"></pakkaz-timeline>');
  });
  await expect.poll(() => ids('#tag')).toEqual(['People (3)', 'Alumni (3)']);
});

test('a dataset\'s bad categories are refused by name, and the page lives on', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const message = await refusal(page, {
    categories: [{ id: 'people', label: 'People', color: '#facc15' }, { id: 'people', label: 'Again' }],
    sources: [{ id: 's', title: 'S' }],
    events: [{ id: 'a', date: '2001', category: 'sport', title: 'A', sources: [{ source: 's', quote: 'A.' }] }],
  });
  expect(message).toContain('category "people", field `color`: "#facc15" has a contrast of 1.5:1 on the light theme\'s background');
  expect(message).toContain('category "people", field `id`: is used by another category');
  expect(message).toContain('event "a", field `category`: "sport" is not one of');
  expect(await page.locator('#host').evaluate((e) => e.childElementCount)).toBe(0);
  expect(errors).toEqual([]);
});

for (const scheme of ['light', 'dark']) {
  test(`twelve categories are told apart by shape and colour, and axe is clean (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/hosts/blank.html');
    await page.waitForFunction(() => window.ready);
    await page.evaluate((data) => { window.mount(document.getElementById('host'), { data }); }, company);
    const filters = page.locator('#host .pakkaz-filter');
    await expect(filters).toHaveCount(12);
    const looks = await page.locator('#host .pakkaz-filter .pakkaz-symbol').evaluateAll((symbols) => symbols.map((e) => {
      const s = getComputedStyle(e);
      return { shape: `${s.borderRadius} ${s.transform} ${s.clipPath}`, colour: s.backgroundColor };
    }));
    expect(new Set(looks.map((l) => l.shape)).size).toBe(12);
    expect(new Set(looks.map((l) => l.colour)).size).toBe(12);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('on a phone an owner\'s timeline with twelve categories and eras stays inside its box', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/hosts/company.html');
  const widget = page.locator('pakkaz-timeline');
  await expect(widget.locator('.pakkaz-track__plot .pakkaz-era')).toHaveCount(3);
  const box = await widget.locator('.pakkaz').boundingBox();
  for (const band of await widget.locator('.pakkaz-era').all()) {
    const b = await band.boundingBox();
    expect(b.x).toBeGreaterThanOrEqual(box.x - 0.5);
    expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
});
