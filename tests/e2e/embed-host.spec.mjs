// The host page around the widget: host CSS, `!important` rules and all, neither reaches
// inside nor is changed by it; theming through custom properties does reach it; an Urdu
// page gets an Urdu widget, right to left; two widgets on one hostile page are
// independent; and a widget fills and follows its container.
import { test, expect } from '@playwright/test';
import { reachIntoShadowRoots } from './deep.mjs';
import { openHost, first, second } from './hostile.mjs';

reachIntoShadowRoots(test);

test.use({ viewport: { width: 1280, height: 900 } });

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('host rules, !important ones too, do not reach inside; theming through custom properties does', async ({ page }) => {
  await page.goto('/hosts/rtl.html');
  for (const widget of [page.locator('pakkaz-timeline .pakkaz').first(), page.locator('#relations .pakkaz')]) {
    await expect(widget.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
    const style = await widget.locator('.pakkaz-button').first().evaluate((e) => {
      const s = getComputedStyle(e);
      return { letterSpacing: s.letterSpacing, family: s.fontFamily, size: s.fontSize, direction: s.direction };
    });
    expect(style.letterSpacing).toBe('normal');
    expect(style.family).not.toBe('serif');
    expect(style.size).not.toBe('20px');
    // The page is Urdu, so the widget speaks Urdu: its own direction, right to left.
    expect(style.direction).toBe('rtl');
  }
  // Each fits the height its host gave it.
  for (const [host, height] of [['pakkaz-timeline:not([src])', 480], ['#relations', 420]]) {
    const outer = await page.locator(host).boundingBox();
    const inner = await page.locator(`${host} .pakkaz`).boundingBox();
    expect(outer.height).toBe(height);
    expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height + 0.5);
  }
  await page.addStyleTag({ content: '#relations { --pakkaz-bg: rgb(1, 2, 3); --pakkaz-trade: rgb(4, 5, 6); }' });
  const widget = page.locator('#relations .pakkaz');
  await expect.poll(() => widget.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(1, 2, 3)');
  await page.screenshot({ path: 'test-results/screens/rtl-important-host.png', fullPage: true });
});

test('on an Urdu page the widget speaks Urdu, right to left; told to speak English, it keeps its own direction', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/hosts/rtl.html');
  const urdu = page.locator('#relations .pakkaz');
  await expect(urdu.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  // The page's `<html lang="ur">` chooses the language.
  await expect(urdu).toHaveAttribute('lang', 'ur');
  await expect(urdu).toHaveAttribute('dir', 'rtl');
  await expect(urdu.locator('.pakkaz-description')).toContainText('واقعات');
  await expect(urdu.getByRole('button', { name: 'فہرست' })).toBeVisible();
  // A widget told `lang: "en"` on the same page keeps English and its own direction.
  await page.evaluate(async () => {
    const { mount } = await import('/pakkaz-timeline/pakkaz-timeline.js');
    const box = document.createElement('div');
    box.id = 'english';
    document.body.append(box);
    mount(box, { lang: 'en' });
  });
  const widget = page.locator('#english .pakkaz');
  await expect(widget.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  await expect(widget).toHaveAttribute('lang', 'en');
  expect(await widget.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
  // The page around it stays right to left.
  expect(await page.locator('.host-text').evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
  // "29 events from 2 sources, …": the number leads the sentence, on the left.
  const description = widget.locator('.pakkaz-description');
  await expect(description).toHaveText(/^\d+ events from \d+ sources/);
  const [text, number] = await description.evaluate((e) => {
    const range = document.createRange();
    range.setStart(e.firstChild, 0);
    range.setEnd(e.firstChild, 2);
    return [e.getBoundingClientRect().left, range.getBoundingClientRect().left];
  });
  expect(number - text).toBeLessThan(2);
  // The filters and the toolbar read left to right, as in English.
  const [political, military] = await widget.locator('.pakkaz-filter').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
  expect(political).toBeLessThan(military);
  const zoomIn = await widget.getByRole('button', { name: 'Zoom in', exact: true }).boundingBox();
  const showAll = await widget.getByRole('button', { name: 'Show all' }).boundingBox();
  expect(zoomIn.x).toBeLessThan(showAll.x);
  await page.screenshot({ path: 'test-results/screens/rtl-host.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('two widgets render side by side with their own data and options', async ({ page }) => {
  const errors = await openHost(page);
  await expect(first(page).getByRole('checkbox', { name: /^Trade/ })).toBeChecked();
  await expect(first(page).getByRole('checkbox', { name: /^Political/ })).not.toBeChecked();
  await expect(second(page).getByRole('heading', { name: "Our institute's milestones" })).toBeVisible();
  await expect(second(page).locator('.pakkaz-mark')).toHaveCount(1);
  // Custom data is shown in its own years, not 1991–2022.
  await expect(second(page).locator('.pakkaz-track__viewport')).toHaveAttribute('data-from', '2001-01-01');
  await expect(second(page).locator('.pakkaz-track__viewport')).toHaveAttribute('data-to', '2001-12-31');
  // The dark theme option.
  const bg = await second(page).locator('.pakkaz').evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(bg).toBe('rgb(17, 24, 39)');
  // Ids are unique across the two.
  const ids = await page.evaluate(() => [...$$deep('[id]')].map((e) => e.id));
  expect(new Set(ids).size).toBe(ids.length);
  await page.screenshot({ path: 'test-results/screens/hostile-host.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('the two widgets are independent', async ({ page }) => {
  await openHost(page);
  await second(page).getByRole('checkbox', { name: /^Education/ }).uncheck();
  await expect(first(page).getByRole('checkbox', { name: /^Education/ })).toBeChecked();
  await second(page).getByRole('checkbox', { name: /^Education/ }).check();
  await second(page).locator('.pakkaz-mark button').first().click();
  await expect(second(page).getByRole('dialog')).toBeVisible();
  await expect(first(page).getByRole('dialog')).toHaveCount(0);
  const before = await first(page).locator('.pakkaz-track__viewport').getAttribute('data-from');
  await second(page).getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(second(page).locator('.pakkaz-track__viewport')).not.toHaveAttribute('data-from', '2001-01-01');
  await expect(first(page).locator('.pakkaz-track__viewport')).toHaveAttribute('data-from', before);
});

test('hostile host CSS neither breaks the widget nor is changed by it', async ({ page }) => {
  await openHost(page);
  const style = (locator, prop) => locator.evaluate((e, p) => getComputedStyle(e)[p], prop);
  const label = first(page).locator('.pakkaz-mark__label').first();
  expect(await style(label, 'fontSize')).toBe('13px');
  expect(await style(label, 'fontFamily')).not.toMatch(/^serif$/);
  const zoomIn = first(page).getByRole('button', { name: 'Zoom in', exact: true });
  expect(await style(zoomIn, 'borderTopWidth')).toBe('1px');
  expect(await style(zoomIn, 'height')).toBe('34px');
  expect(await style(first(page).locator('.pakkaz-overview__strip'), 'display')).toBe('block');
  expect(await style(first(page).locator('.pakkaz-title'), 'textTransform')).toBe('none');
  expect(await style(first(page).locator('.pakkaz-title'), 'color')).not.toBe('rgb(200, 0, 0)');
  expect(await style(first(page).locator('.pakkaz-marks'), 'listStyleType')).toBe('none');
  expect(await style(first(page).locator('.pakkaz-track__plot'), 'boxSizing')).toBe('border-box');
  // The host's own text keeps its own look.
  const host = page.locator('.host-text').first();
  expect(await style(host, 'color')).toBe('rgb(1, 2, 3)');
  expect(await style(host, 'fontFamily')).toBe('serif');
  expect(await style(host, 'fontSize')).toBe('20px');
  expect(await style(page.locator('body'), 'marginTop')).toBe('24px');
});

test('the widget fills and follows its container', async ({ page }) => {
  await openHost(page);
  const box = await first(page).locator('.pakkaz').boundingBox();
  expect(Math.round(box.height)).toBe(420);
  await page.evaluate(() => { document.getElementById('relations').style.height = '300px'; });
  await expect.poll(async () => Math.round((await first(page).locator('.pakkaz').boundingBox()).height)).toBe(300);
  const ticks = await first(page).locator('.pakkaz-axis__tick').count();
  await page.evaluate(() => { document.getElementById('relations').style.width = '420px'; });
  await expect.poll(() => first(page).locator('.pakkaz-axis__tick').count()).toBeLessThan(ticks);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});
