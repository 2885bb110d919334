// The builder page (dist/builder.html): a site owner opens or pastes a CSV or JSON file,
// offline, and sees every problem, a live preview and the snippets for their page.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const hosts = new URL('../hosts/', import.meta.url);

/** Every request the page makes that is not for the site's own files. */
function leaving(page) {
  const sent = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== new URL(page.url() || 'http://127.0.0.1').origin || r.method() !== 'GET') {
      sent.push(`${r.method()} ${r.url()}`);
    }
  });
  return sent;
}

/**
 * Opens the builder and waits until it is ready for a reader: its module loads the
 * widget's wasm before it attaches its handlers, so a file opened or text pasted any
 * sooner would race it (builder.js sets `<html data-builder="ready">` once they are on).
 */
async function openBuilder(page) {
  await page.goto('/builder.html');
  await expect(page.locator('html')).toHaveAttribute('data-builder', 'ready');
}

async function audit(page, what) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${what}: ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(' | ')}`);
  expect(bad).toEqual([]);
}

test('a CSV file opened in the builder is previewed, with the snippets for it, and nothing is uploaded', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openBuilder(page);
  const sent = leaving(page);
  await page.locator('#file').setInputFiles(new URL('milestones.csv', hosts).pathname);
  await expect(page.locator('#status')).toHaveText(/No problems: \d+ events/);
  const preview = page.locator('#preview');
  await expect(preview.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(preview.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  // The heading goes into the preview and both snippets.
  await page.getByLabel(/^Heading/).fill("Our institute's milestones");
  await expect(preview.getByRole('heading', { name: "Our institute's milestones" })).toBeVisible();
  await expect(page.locator('#tag-snippet')).toHaveText(
    '<script type="module" src="/pakkaz-timeline/pakkaz-timeline.js"></script>\n'
    + '<pakkaz-timeline src="milestones.csv" heading="Our institute\'s milestones" height="420"></pakkaz-timeline>',
  );
  await expect(page.locator('#mount-snippet')).toContainText(
    'mount(document.getElementById("timeline"), { src: "milestones.csv", heading: "Our institute\'s milestones" });',
  );
  expect(sent).toEqual([]);
  expect(errors).toEqual([]);
});

test('the snippets the builder gives work on a page as they are', async ({ page }) => {
  await openBuilder(page);
  await page.locator('#file').setInputFiles(new URL('milestones.csv', hosts).pathname);
  await page.getByLabel(/^Heading/).fill('Milestones');
  await expect(page.locator('#tag-snippet')).toContainText('heading="Milestones"');
  const tag = await page.locator('#tag-snippet').textContent();
  const script = await page.locator('#mount-snippet').textContent();
  // The hosts folder holds milestones.csv; the module is served at /pakkaz-timeline/.
  for (const snippet of [tag, script]) {
    await page.goto('/hosts/blank.html');
    await page.waitForFunction(() => window.ready);
    await page.evaluate((html) => {
      const range = document.createRange();
      document.getElementById('host').replaceChildren(range.createContextualFragment(html));
    }, snippet);
    await expect(page.getByRole('heading', { name: 'Milestones' })).toBeVisible();
    await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  }
});

test('the builder lists every problem by row and column, or by event and field, and the page lives on', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openBuilder(page);
  const problems = page.locator('#problems li');
  await page.getByLabel('Or paste it here').fill(readFileSync(new URL('broken.csv', hosts), 'utf8'));
  await expect(page.locator('#status')).toHaveText(/^3 problems to fix, by row and column/);
  await expect(problems).toHaveText([
    /^row 2, column `date`: "2001-13": no such day in the calendar/,
    /^row 3, column `category`: "sport" is not one of political, military, trade, education/,
    /^row 3, column `quote`: is missing/,
  ]);
  await expect(page.locator('#preview')).toHaveText('The preview appears once the problems are fixed.');
  // JSON, by event and field; text from the file stays text.
  const json = JSON.stringify({ events: [{ id: '<b>a</b>', date: '2021-02-30', category: 'trade', title: 'A', sources: [] }] });
  await page.getByLabel('Or paste it here').fill(json);
  await expect(page.locator('#status')).toHaveText(/problems? to fix, by event and field/);
  await expect(problems.first()).toContainText('event "<b>a</b>"');
  expect(await page.locator('#problems b').count()).toBe(0);
  // Not JSON at all: where.
  await page.getByLabel('Or paste it here').fill('{ "events": [ { "id": "a", } ] }');
  await expect(problems).toHaveText([/line 1, column 28: expected a field name in double quotes/]);
  expect(errors).toEqual([]);
});

test('text pasted before the builder is ready is checked as soon as it is', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The widget's wasm takes a while: the reader pastes meanwhile.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/pakkaz-timeline_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto('/builder.html', { waitUntil: 'commit' });
  await page.getByLabel('Or paste it here').fill(readFileSync(new URL('broken.csv', hosts), 'utf8'));
  await expect(page.locator('html')).toHaveAttribute('data-builder', 'loading');
  release();
  await expect(page.locator('html')).toHaveAttribute('data-builder', 'ready');
  await expect(page.locator('#status')).toHaveText(/^3 problems to fix, by row and column/);
  await expect(page.locator('#problems li')).toHaveCount(3);
  expect(errors).toEqual([]);
});

for (const scheme of ['light', 'dark']) {
  test(`the builder works by keyboard alone and axe finds nothing serious (${scheme})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await openBuilder(page);
    await audit(page, 'empty');
    // Tab to the text box, paste, Tab on to the copy buttons and press one.
    const csv = readFileSync(new URL('milestones.csv', hosts), 'utf8');
    const focused = async () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);
    for (let i = 0; i < 6 && (await focused()) !== 'data'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('data');
    await page.keyboard.insertText(csv);
    await expect(page.locator('#status')).toHaveText(/No problems/);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await focused()) === 'Copy the tag';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('#copied')).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<pakkaz-timeline src="events.csv"');
    await audit(page, 'with a preview');
    await page.screenshot({ path: `test-results/screens/builder-${scheme}.png`, fullPage: true });
  });
}

test('a TimelineJS file opened in the builder is converted and previewed; a broken one is named', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openBuilder(page);
  const sent = leaving(page);
  await page.locator('#file').setInputFiles(new URL('timelinejs.json', hosts).pathname);
  await expect(page.locator('#status')).toHaveText('No problems: 4 events, converted from TimelineJS, shown below.');
  const preview = page.locator('#preview');
  await expect(preview.getByRole('heading', { name: "Our newsroom's story" })).toBeVisible();
  await expect(preview.getByRole('checkbox', { name: 'Print (2)' })).toBeVisible();
  await expect(page.locator('#tag-snippet')).toContainText('<pakkaz-timeline src="timelinejs.json" height="420">');
  const broken = JSON.parse(readFileSync(new URL('timelinejs.json', hosts), 'utf8'));
  broken.events[0].start_date = { month: 3 };
  await page.locator('#data').fill(JSON.stringify(broken));
  await expect(page.locator('#problems li')).toHaveText(['event #1 ("First issue"), field `start_date`: has no `year`']);
  expect(sent).toEqual([]);
  expect(errors).toEqual([]);
});
