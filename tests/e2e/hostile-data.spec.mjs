// Hostile and unusual data: each case renders correctly or shows a readable error,
// never a panic, a frozen tab or an error page.
import { test, expect } from '@playwright/test';
import { reachIntoShadowRoots } from './deep.mjs';

reachIntoShadowRoots(test);

test.use({ viewport: { width: 1100, height: 900 } });

const source = [{ id: 's', title: 'Source' }];
const cite = [{ source: 's', quote: 'A sentence.' }];
const event = (id, date, title, category = 'political') => ({ id, date, category, title, sources: cite });

async function setup(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  return errors;
}

/** Mounts `data`; returns the Error message, or null if it mounted. */
const mountData = (page, data, options = {}) => page.evaluate(({ data, options }) => {
  try {
    window.h = window.mount(document.getElementById('host'), { data, ...options });
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : `not an Error: ${e}`;
  }
}, { data, options });

test('Kazakh Cyrillic, Urdu (right to left) and emoji titles render as written', async ({ page }) => {
  const errors = await setup(page);
  const titles = ['Қазақстан мен Пәкістан келісімі', 'پاکستان اور قازقستان کے تعلقات', 'Trade fair 🇵🇰🤝🇰🇿'];
  expect(await mountData(page, {
    sources: source,
    events: titles.map((t, i) => event(`u${i}`, `${2001 + i * 5}-05-01`, t)),
  })).toBeNull();
  for (const t of titles) {
    await expect(page.locator('.pakkaz-mark__label', { hasText: t })).toHaveCount(1);
  }
  const urdu = page.locator('.pakkaz-mark__label', { hasText: titles[1] });
  expect(await urdu.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
  await page.locator('[data-event-id="u1"] button').click();
  await expect(page.getByRole('dialog', { name: titles[1] })).toBeVisible();
  expect(errors).toEqual([]);
});

test('many events on one day: clustered, and the cluster opens into a list at the narrowest zoom', async ({ page }) => {
  const errors = await setup(page);
  const events = Array.from({ length: 40 }, (_, i) => event(`d${i}`, '2010-06-15', `Meeting ${i}`));
  expect(await mountData(page, { sources: source, events })).toBeNull();
  const cluster = page.locator('.pakkaz-cluster__button');
  await expect(cluster).toHaveCount(1);
  for (let i = 0; i < 4 && !(await page.getByRole('button', { name: 'List view' }).getAttribute('aria-pressed')).includes('true'); i++) {
    await page.locator('.pakkaz-cluster__button').first().click();
  }
  await expect(page.getByRole('button', { name: 'List view' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.pakkaz-list__item')).toHaveCount(40);
  expect(errors).toEqual([]);
});

test('a dataset of one event on one day is shown in its year', async ({ page }) => {
  const errors = await setup(page);
  expect(await mountData(page, { sources: source, events: [event('only', '2012-02-29', 'Leap day')] })).toBeNull();
  const view = page.locator('.pakkaz-track__viewport');
  await expect(view).toHaveAttribute('data-from', '2012-01-01');
  await expect(view).toHaveAttribute('data-to', '2012-12-31');
  await expect(page.locator('.pakkaz-mark')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('no events at all, and every category switched off, read plainly', async ({ page }) => {
  const errors = await setup(page);
  expect(await mountData(page, { sources: source, events: [] })).toBeNull();
  await expect(page.locator('.pakkaz-empty')).toContainText('No events');
  await page.evaluate(() => window.h.destroy());
  expect(await mountData(page, { sources: source, events: [event('a', '2001', 'A')] }, { categories: [] })).toBeNull();
  await expect(page.locator('.pakkaz-empty')).toContainText('every category is switched off');
  expect(errors).toEqual([]);
});

test('invalid data of every kind is refused with messages naming event and field', async ({ page }) => {
  await setup(page);
  const cases = [
    [{ sources: source, events: [event('a', '2001', 'A'), event('a', '2002', 'B')] }, 'event "a", field `id`: is a duplicate'],
    [{ sources: source, events: [event('a', '2021-02-30', 'A')] }, 'event "a", field `date`'],
    [{ sources: source, events: [{ ...event('a', '2001', 'A'), category: 'sport' }] }, 'field `category`'],
    [{ sources: source, events: [{ ...event('a', '2001', 'A'), end: '1999' }] }, 'field `end`'],
    [{ sources: source, events: [{ ...event('a', '2001', 'A'), sources: [{ source: 'nope', quote: 'q' }] }] }, 'is not the id of any source'],
    [{ sources: source, events: [{ ...event('a', '2001', 'A'), date: 2001 }] }, 'event "a", field `date`: must be text, not a number'],
    [{ sources: source, events: 'many' }, 'dataset, field `events`: must be a list, not text'],
    [{ sources: source, events: [event('a', '2001', 'A'), 7] }, 'dataset, field `events[1]`: must be an object, not a number'],
    [[1, 2, 3], 'must be an object with an "events" list, not a list'],
    // Data given as JSON text goes through the same reader; broken JSON says where.
    ['{ "events": [ { "id": "a", } ] }', 'not valid JSON: line 1, column 28: expected a field name in double quotes'],
    ['{ "events": [', 'not valid JSON: line 1, column 14: the data ends where a value was expected'],
    // Deep nesting costs no stack: JSON.parse is the browser's, and reading skips a
    // value of the wrong type without walking it.
    ['['.repeat(80), 'not valid JSON: line 1, column 81: the data ends where a value was expected'],
  ];
  for (const [data, expected] of cases) {
    expect(await mountData(page, data)).toContain(expected);
  }
  expect(await page.locator('#host').evaluate((e) => e.childElementCount)).toBe(0);
});

test('a value nested 100,000 deep where text belongs is refused without being walked', async ({ page }) => {
  const errors = await setup(page);
  const message = await page.evaluate(() => {
    let title = [];
    for (let i = 0; i < 100_000; i++) title = [title];
    const data = { sources: [{ id: 's', title: 'S' }], events: [{ id: 'a', date: '2001', category: 'trade', title, sources: [{ source: 's', quote: 'q' }] }] };
    try { window.mount(document.getElementById('host'), { data }); return null; } catch (e) { return e.message; }
  });
  expect(message).toContain('event "a", field `title`: must be text, not a list');
  expect(errors).toEqual([]);
});

test('10 MB of title text is refused quickly, not rendered', async ({ page }) => {
  const errors = await setup(page);
  const started = Date.now();
  const message = await page.evaluate(() => {
    const data = { sources: [{ id: 's', title: 'S' }], events: [{ id: 'big', date: '2001', category: 'trade', title: 'x'.repeat(10_000_000), sources: [{ source: 's', quote: 'q' }] }] };
    try { window.mount(document.getElementById('host'), { data }); return null; } catch (e) { return e.message; }
  });
  expect(message).toContain('event "big", field `title`: is longer than 200 characters');
  expect(Date.now() - started).toBeLessThan(5000);
  expect(errors).toEqual([]);
});

test('100,000 events mount, stay under 1,000 DOM nodes and keep the page responsive', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = await setup(page);
  const mountMs = await page.evaluate(async () => {
    const data = await (await fetch('/generated/100000-7.json')).json();
    const started = performance.now();
    window.h = window.mount(document.getElementById('host'), { data });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - started;
  });
  await expect(page.locator('.pakkaz-cluster__button').first()).toBeVisible();
  expect(await page.locator('#host').evaluate((e) => $$deep('*', e).length)).toBeLessThanOrEqual(1000);
  // Still answering: a zoom and a filter toggle land.
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page.locator('.pakkaz-track__viewport')).not.toHaveAttribute('data-from', '1991-01-01');
  await page.getByRole('checkbox', { name: /^Trade/ }).uncheck();
  await expect(page.getByRole('checkbox', { name: /^Trade/ })).not.toBeChecked();
  console.log(`100,000 events mounted in ${Math.round(mountMs)} ms`);
  expect(mountMs).toBeLessThan(20_000);
  expect(errors).toEqual([]);
});
