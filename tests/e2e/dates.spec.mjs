// Any time, as a reader sees it: years before the common era in both forms and in order,
// deep time in words, a day of events zoomed to minutes, a CSV file and a TimelineJS file
// with hours, and dates the widget refuses, named (docs/data-format.md, "Dates").
import { test, expect } from '@playwright/test';
import { reachIntoShadowRoots } from './deep.mjs';

reachIntoShadowRoots(test);
test.use({ viewport: { width: 1280, height: 800 } });

function watch(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

/** A host page with one tag whose `src` is `src`, once the module is there. */
async function tagWith(page, src) {
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate((address) => {
    const tag = document.createElement('pakkaz-timeline');
    tag.setAttribute('src', address);
    document.body.append(tag);
  }, src);
  return page.locator('pakkaz-timeline');
}

async function listWhens(widget) {
  await widget.getByRole('button', { name: 'List view' }).click();
  await expect(widget.locator('.pakkaz-list__item').first()).toBeVisible();
  return widget.locator('.pakkaz-list__when').allInnerTexts();
}

test('years before the common era in both forms, in time order, no year zero; deep time in words', async ({ page }) => {
  const errors = watch(page);
  await page.goto('/hosts/deep-time.html');
  const widget = page.locator('pakkaz-timeline');
  await expect(widget.locator('.pakkaz-mark').first()).toBeAttached();
  // The whole span: the axis counts billions of years back from the present.
  const axis = await widget.locator('.pakkaz-axis__label').allInnerTexts();
  expect(axis.some((l) => /^\d+(\.\d)? billion years ago$/.test(l)), axis.join(' | ')).toBe(true);
  await expect(widget.locator('.pakkaz-description')).toContainText('13.8 billion years ago–2022');
  const whens = await listWhens(widget);
  expect(whens.slice(0, 6)).toEqual([
    '13.8 billion years ago',
    '4.54 billion years ago',
    '66 million years ago',
    '753 BCE',
    '15 March 44 BCE',
    '27 BCE–14 CE',
  ]);
  expect(whens.slice(6)).toEqual([
    '27 January 2022 at 14:30',
    '27 January 2022 at 14:45',
    '27 January 2022 at 20:00 UTC+05:00',
    '27 January 2022 at 15:10:30',
    '27 January 2022 at 16:00–16:20',
  ]);
  expect(whens.join(' ')).not.toMatch(/\b0 BCE|\b0 CE/);
  expect(errors).toEqual([]);
});

test('times of day are written as Intl.DateTimeFormat writes them, in each language', async ({ page }) => {
  const errors = watch(page);
  await page.goto('/hosts/deep-time.html');
  const widget = page.locator('pakkaz-timeline');
  await expect(widget.locator('.pakkaz-mark').first()).toBeAttached();
  const intlTag = { en: 'en-GB', ur: 'ur', kk: 'kk', ru: 'ru' };
  const clean = (s) => s.replace(/[\u200e\u200f\u061c]/g, '').replace(/\s+/g, ' ').trim();
  for (const lang of ['en', 'ur', 'kk', 'ru']) {
    await widget.evaluate((w, l) => w.setAttribute('lang', l), lang);
    await expect(widget.locator(`.pakkaz[lang="${lang}"] .pakkaz-mark`).first()).toBeAttached();
    await widget.locator('[data-event-id="polls-close"] button').click();
    const when = widget.locator('.pakkaz-details__when');
    const expected = new Intl.DateTimeFormat(intlTag[lang], {
      year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC',
    }).format(new Date(Date.UTC(2022, 0, 27, 14, 30)));
    await expect.poll(async () => clean(await when.innerText()), lang).toBe(clean(expected));
    await page.keyboard.press('Escape');
  }
  expect(errors).toEqual([]);
});

test('a day of events zoomed to minutes: the axis counts minutes and the marks stand apart', async ({ page }) => {
  const errors = watch(page);
  await page.goto('/hosts/deep-time.html');
  const widget = page.locator('pakkaz-timeline');
  await expect(widget.locator('.pakkaz-mark').first()).toBeAttached();
  await widget.evaluate((w) => w.zoomTo('2022-01-27T14:20', '2022-01-27T14:55'));
  const view = widget.locator('.pakkaz-track__viewport');
  await expect(view).toHaveAttribute('data-from', '2022-01-27');
  await expect(widget.locator('.pakkaz-axis__year').first()).toHaveText('27 January 2022');
  const labels = await widget.locator('.pakkaz-axis__label').allInnerTexts();
  expect(labels).toContain('14:30');
  expect(labels.every((l) => /^\d\d:\d\d$/.test(l)), labels.join()).toBe(true);
  const polls = await widget.locator('[data-event-id="polls-close"] .pakkaz-symbol').boundingBox();
  const count = await widget.locator('[data-event-id="first-count"] .pakkaz-symbol').boundingBox();
  // Fifteen minutes apart, over a 35-minute window: far more than a symbol apart.
  expect(count.x - polls.x).toBeGreaterThan(200);
  // The tick of 14:30 stands where Polls close is drawn.
  const tick = widget.locator('.pakkaz-axis__tick', { hasText: /^14:30$/ });
  const tickBox = await tick.boundingBox();
  expect(Math.abs(tickBox.x - (polls.x + polls.width / 2))).toBeLessThan(2);
  // Zooming in goes on to a few minutes, with times of day in the data.
  const zoomIn = widget.getByRole('button', { name: 'Zoom in', exact: true });
  await expect(zoomIn).toBeEnabled();
  await view.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('+');
  await expect(zoomIn).toBeDisabled();
  expect(await widget.locator('.pakkaz-axis__label').allInnerTexts()).toContainEqual(expect.stringMatching(/^14:\d\d(:\d\d)?$/));
  expect(errors).toEqual([]);
});

test('a CSV file by src, with times of day and a year before the common era', async ({ page }) => {
  const errors = watch(page);
  const widget = await tagWith(page, '/hosts/election.csv');
  await expect(widget.locator('.pakkaz-description')).toContainText('5 events');
  expect(await listWhens(widget)).toEqual([
    '753 BCE',
    '27 January 2022 at 14:30',
    '27 January 2022 at 14:45',
    '27 January 2022 at 15:10:30',
    '27 January 2022 at 16:00–16:20',
  ]);
  expect(errors).toEqual([]);
});

test('a TimelineJS file with hours, negative years and a display_date comes in whole', async ({ page }) => {
  const errors = watch(page);
  const widget = await tagWith(page, '/hosts/timelinejs-hours.json');
  await expect(widget.getByRole('heading', { name: 'Hours and ancient years' })).toBeVisible();
  // TimelineJS's -500 is 500 BCE (it has no year zero); its -44-03-15 the Ides of March;
  // an event's display_date is what readers see of its date, where its time places it.
  expect(await listWhens(widget)).toEqual([
    '500 BCE',
    '15 March 44 BCE',
    '27 January 2022 at 14:30',
    'Afternoon',
  ]);
  expect(errors).toEqual([]);
});

test('impossible dates are refused, each named with its event and field', async ({ page }) => {
  const errors = watch(page);
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  const event = (id, date) => ({ id, date, category: 'political', title: id, sources: [{ source: 's', quote: 'It was so.' }] });
  const message = await page.evaluate((events) => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      window.mount(host, { data: { sources: [{ id: 's', title: 'S' }], events } });
      return null;
    } catch (e) {
      return e.message;
    }
  }, [event('zero', '0 BCE'), event('hour', '2022-01-27T25:00'), event('minute', '2022-01-27T14:61'), event('short', '44'), event('fine', '44 BCE')]);
  expect(message).toContain('The timeline data has 4 problems:');
  expect(message).toContain('event "zero", field `date`: "0 BCE": year 0 does not exist: write 1 BCE or 0000');
  expect(message).toContain('event "hour", field `date`: "2022-01-27T25:00": no such time of day');
  expect(message).toContain('event "minute", field `date`: "2022-01-27T14:61": no such time of day');
  expect(message).toContain('event "short", field `date`: "44": expected a date such as 1995, 44 BCE, -0043, 2020-02');
  expect(errors).toEqual([]);
});
