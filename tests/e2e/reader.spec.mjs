// What makes the timeline useful to a reader: filters, search, details with their
// sources, shareable links, keyboard use, the list view, phones, and an accessibility
// audit in both themes.
import { test, expect } from '@playwright/test';
import { reachIntoShadowRoots } from './deep.mjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

reachIntoShadowRoots(test);

const data = JSON.parse(readFileSync(new URL('../../src/data/events.json', import.meta.url)));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const byCategory = (c) => data.events.filter((e) => e.category === c).length;

test.use({ viewport: { width: 1280, height: 800 } });

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

async function open(page, hash = '') {
  await page.goto(`/${hash}`);
  await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
}

/** Events on the track: drawn alone plus counted in clusters. */
async function shownOnTrack(page) {
  return page.evaluate(() => {
    const marks = $$deep('.pakkaz-mark').length;
    const clustered = [...$$deep('.pakkaz-cluster__count')]
      .reduce((sum, c) => sum + Number(c.textContent), 0);
    return marks + clustered;
  });
}

const checkbox = (page, name) => page.getByRole('checkbox', { name: new RegExp(`^${name} \\(\\d+\\)$`) });

/** The height of the lanes, and of one lane as the stylesheet has it. */
const lanesHeight = (page) => page.locator('.pakkaz-marks').evaluate((el) => [
  el.getBoundingClientRect().height,
  parseFloat(getComputedStyle(el).getPropertyValue('--pakkaz-m-lane')),
]);

test('category filters show their counts and hide or show events at once', async ({ page }) => {
  await open(page);
  const [before] = await lanesHeight(page);
  for (const [name, id] of [['Political', 'political'], ['Military', 'military'], ['Trade', 'trade'], ['Education', 'education']]) {
    await expect(checkbox(page, name)).toBeChecked();
    await expect(checkbox(page, name)).toHaveAccessibleName(`${name} (${byCategory(id)})`);
  }
  await checkbox(page, 'Military').uncheck(); // the second built-in category: pakkaz-cat--1
  await expect(page.locator('.pakkaz-mark.pakkaz-cat--1')).toHaveCount(0);
  expect(await shownOnTrack(page)).toBe(data.events.length - byCategory('military'));
  // The overview band follows the filter too.
  await expect(page.locator('.pakkaz-overview__bars.pakkaz-cat--1')).toHaveAttribute('d', '');
  await checkbox(page, 'Political').uncheck();
  expect(await shownOnTrack(page)).toBe(byCategory('trade') + byCategory('education'));
  // With fewer events, the rest re-flow into fewer lanes.
  const [after, lane] = await lanesHeight(page);
  expect(lane).toBeGreaterThan(0);
  expect(after % lane).toBe(0);
  expect(after).toBeLessThan(before);
  await page.getByRole('button', { name: 'All', exact: true }).click();
  expect(await shownOnTrack(page)).toBe(data.events.length);
});

test('search narrows events by title, summary or quote, ignoring case and accents', async ({ page }) => {
  await open(page);
  const search = page.getByRole('searchbox', { name: 'Search events' });
  await search.fill('FLÎGHTS');
  await expect(page.locator('.pakkaz-mark')).toHaveCount(1);
  await expect(page.locator('.pakkaz-mark')).toHaveAttribute('data-event-id', 'imran-khan-approves-direct-flights');
  await expect(checkbox(page, 'Trade')).toHaveAccessibleName('Trade (1)');
  await expect(checkbox(page, 'Political')).toHaveAccessibleName('Political (0)');
  // A word only found in a quote.
  await search.fill('anti-terrorist centre');
  await expect(page.locator('[data-event-id="dostarym-2017"]')).toHaveCount(1);
  await search.press('Escape');
  await expect(search).toHaveValue('');
  expect(await shownOnTrack(page)).toBe(data.events.length);
});

test('when nothing is left, the timeline says so and offers to reset', async ({ page }) => {
  await open(page);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('zebra');
  const status = page.locator('.pakkaz-empty');
  await expect(status).toContainText('No political, military, trade and education events match “zebra”.');
  await status.getByRole('button', { name: 'Show all events' }).click();
  await expect(status).toHaveCount(0);
  expect(await shownOnTrack(page)).toBe(data.events.length);
});

test('hover shows a tooltip; a click opens the details with the verbatim quote', async ({ page }) => {
  await open(page);
  const mark = page.locator('[data-event-id="diplomatic-relations-established"] button');
  await mark.hover();
  const tip = page.locator('[data-event-id="diplomatic-relations-established"] .pakkaz-mark__tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('24 February 1992');
  // Drawn over the marks after it (this tip covers the next lane's label).
  const onTop = await tip.evaluate((t) => {
    t.style.pointerEvents = 'auto'; // hit-testable for the check only
    const r = t.getBoundingClientRect();
    const hits = [0.2, 0.5, 0.8].every((fx) => [0.2, 0.5, 0.8].every((fy) =>
      t.contains(t.getRootNode().elementFromPoint(r.left + r.width * fx, r.top + r.height * fy))));
    t.style.pointerEvents = '';
    return hits;
  });
  expect(onTop).toBe(true);
  await mark.click();
  const dialog = page.getByRole('dialog', { name: 'Diplomatic relations established' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('24 February 1992');
  await expect(dialog).toContainText('Political');
  await expect(dialog).toContainText('Happened');
  const event = data.events.find((e) => e.id === 'diplomatic-relations-established');
  for (const s of event.sources) {
    await expect(dialog.locator('.pakkaz-details__quote', { hasText: s.quote })).toHaveCount(1);
    const title = data.sources.find((x) => x.id === s.source).title;
    await expect(dialog).toContainText(title);
  }
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
});

test('a year-only event says only its year; a trade figure shows its amount; planned says so', async ({ page }) => {
  await open(page, '#event=first-official-visit');
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.pakkaz-details__when')).toHaveText('1995');
  await page.goto('/#event=trade-2020');
  await expect(page.getByRole('dialog')).toContainText('US$ 103 million');
  await page.goto('/#event=kazakh-president-visit-planned');
  await expect(page.getByRole('dialog').locator('.pakkaz-details__when')).toHaveText('September 2022');
  await expect(page.getByRole('dialog')).toContainText('Planned');
});

test('next and previous step through shown events; Escape closes and returns focus', async ({ page }) => {
  await open(page);
  await page.locator('[data-event-id="kazakhstan-independence"] button').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toHaveAccessibleName('Kazakhstan declares independence');
  await dialog.getByRole('button', { name: 'Next →' }).click();
  const second = data.events.map((e) => e.id);
  await expect(dialog).not.toHaveAccessibleName('Kazakhstan declares independence');
  await page.keyboard.press('ArrowLeft');
  await expect(dialog).toHaveAccessibleName('Kazakhstan declares independence');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('button', { name: '← Previous' })).toBeEnabled();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(dialog).toHaveAccessibleName('Kazakhstan declares independence');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('[data-event-id="kazakhstan-independence"] button')).toBeFocused();
  expect(second.length).toBeGreaterThan(2);
});

test('the URL hash restores a shared view, through a reload', async ({ page }) => {
  const hash = '#from=2015-01&to=2022-12&cats=trade,education&q=flights&event=imran-khan-approves-direct-flights';
  await open(page, hash);
  const check = async () => {
    const view = page.locator('.pakkaz-track__viewport');
    await expect(view).toHaveAttribute('data-from', '2015-01-01');
    await expect(view).toHaveAttribute('data-to', '2022-12-31');
    await expect(checkbox(page, 'Trade')).toBeChecked();
    await expect(checkbox(page, 'Education')).toBeChecked();
    await expect(checkbox(page, 'Political')).not.toBeChecked();
    await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('flights');
    await expect(page.getByRole('dialog', { name: 'Imran Khan approves direct flights' })).toBeVisible();
  };
  await check();
  await page.reload();
  await check();
});

test('the hash follows the view: replaced while zooming, pushed on selection', async ({ page }) => {
  await open(page);
  const before = await page.evaluate(() => history.length);
  await page.locator('.pakkaz-track__viewport').focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#from=\d{4}.*&to=\d{4}/);
  expect(await page.evaluate(() => history.length)).toBe(before);
  await checkbox(page, 'Trade').uncheck();
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('cats=political,military,education');
  await page.locator('.pakkaz-mark button').first().click();
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('event=');
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  // Back restores the view before the selection.
  await page.goBack();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(checkbox(page, 'Trade')).not.toBeChecked();
});

test('an invalid hash is ignored field by field, never an error page', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, '#from=garbage&to=2019-13&cats=sport,trade&q=%E2%28&event=nope&zoom=9');
  await expect(checkbox(page, 'Trade')).toBeChecked();
  await expect(checkbox(page, 'Political')).not.toBeChecked();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.pakkaz-track__viewport')).toHaveAttribute('data-from', '1991-01-01');
  expect(errors).toEqual([]);
});

test('Copy link copies the address of the current view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '#cats=trade');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.evaluate(() => location.href));
  expect(copied).toContain('#cats=trade');
  // The note goes once the link it speaks of changes, and on its own after a while.
  await checkbox(page, 'Political').check();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(0, { timeout: 8000 });
});

test('keyboard only: filters, search, track, an event, its details and back', async ({ page }) => {
  await open(page);
  await page.keyboard.press('Tab');
  await expect(checkbox(page, 'Political')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(checkbox(page, 'Political')).not.toBeChecked();
  await page.keyboard.press('Space');
  // Onwards to the search box.
  for (let i = 0; i < 10 && !(await page.getByRole('searchbox').evaluate((e) => e === e.getRootNode().activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('dostarym');
  // On to the track, then to the first event on it.
  for (let i = 0; i < 10 && !(await page.locator('.pakkaz-track__viewport').evaluate((e) => e === e.getRootNode().activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('.pakkaz-track__viewport')).toBeFocused();
  // A visible focus ring.
  const outline = await page.locator('.pakkaz-track__viewport').evaluate((e) => getComputedStyle(e).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Tab');
  await expect(page.locator('.pakkaz-mark button').first()).toBeFocused();
  await expect(page.locator('.pakkaz-mark__tip').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.pakkaz-mark button').first()).toBeFocused();
});

test('the list view shows the same filtered events in time order', async ({ page }) => {
  await open(page);
  await checkbox(page, 'Political').uncheck();
  await page.getByRole('button', { name: 'List view' }).click();
  await expect(page.getByRole('button', { name: 'List view' })).toHaveAttribute('aria-pressed', 'true');
  const items = page.getByRole('list', { name: 'Events in view' }).getByRole('listitem');
  const expected = data.events.filter((e) => e.category !== 'political');
  await expect(items).toHaveCount(expected.length);
  const dates = await page.locator('.pakkaz-list__title').evaluateAll((els) => els.map((e) => e.dataset.eventId));
  const order = dates.map((id) => data.events.find((e) => e.id === id).date);
  expect([...order].sort()).toEqual(order);
  await page.locator('.pakkaz-list__title').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: 'List view' }).click();
  await expect(page.locator('.pakkaz-list')).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('fits without sideways scroll; details open as a bottom sheet', async ({ page }) => {
    await open(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Time runs down the track: a title, whole, is the thing to press.
    await page.locator('.pakkaz-mark__label').first().click();
    const sheet = await page.getByRole('dialog').boundingBox();
    expect(Math.round(sheet.x)).toBe(0);
    expect(Math.round(sheet.width)).toBe(390);
    expect(Math.round(sheet.y + sheet.height)).toBe(844);
    await page.screenshot({ path: 'test-results/screens/phone-details.png' });
    await page.getByRole('button', { name: 'List view' }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

for (const scheme of ['light', 'dark']) {
  test(`accessibility audit (axe-core), ${scheme} theme: no serious or critical violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await open(page);
    const audit = async (what) => {
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const bad = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${what}: ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(bad).toEqual([]);
    };
    await audit('track');
    await page.locator('[data-event-id="diplomatic-relations-established"] button').click();
    await audit('details');
    await page.getByRole('button', { name: 'List view' }).click();
    await audit('list');
    await page.screenshot({ path: `test-results/screens/list-details-${scheme}.png`, fullPage: true });
  });
}

test('the tag on a plain page passes the audit too, with axe looking inside its shadow root', async ({ page }) => {
  await page.goto('/hosts/plain.html');
  await expect(page.locator('pakkaz-timeline .pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document));
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(' | ')}`);
  expect(bad).toEqual([]);
  // axe names a node in a shadow root by a path of selectors: it did look inside.
  const inside = result.passes.flatMap((p) => p.nodes).filter((n) => Array.isArray(n.target[0]));
  expect(inside.length).toBeGreaterThan(10);
});


test('the list view ends with what the sources tell without a date, quoted; none of it is on the axis', async ({ page }) => {
  await open(page);
  const undated = data.undated;
  expect(undated.length).toBe(3);
  for (const note of undated) {
    await expect(page.locator(`[data-event-id="${note.id}"]`)).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'List view' }).click();
  await expect(page.getByRole('heading', { name: 'Not dated in the sources' })).toBeVisible();
  const notes = page.locator('.pakkaz-list__entry');
  await expect(notes).toHaveCount(undated.length);
  for (const [i, note] of undated.entries()) {
    await expect(notes.nth(i)).toContainText(note.title);
    await expect(notes.nth(i).locator('blockquote')).toHaveText(`“${note.sources[0].quote}”`);
  }
});
