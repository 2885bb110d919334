// Embedding in someone else's page, as the docs tell a site owner to: the host pages run
// the README's and the docs' snippets exactly as written, the tags with a JSON and a CSV
// file show the file's events on each kind of host page, and the iframe embed works.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test.use({ viewport: { width: 1280, height: 900 } });

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

/**
 * Every ```html block of the pages a site owner reads, in this order: README.md (the
 * tag and the iframe of "Use it"), docs/embedding.md (the tag, with a JSON file, with a
 * CSV file, the script embed, the script with its own data, the iframe, story mode), then
 * docs/data-format.md (a picture and an undated note, own categories, eras, a
 * TimelineJS file).
 */
const SNIPPET_PAGES = [
  ['README.md', ['tag', 'iframe']],
  ['docs/embedding.md', ['tag', 'json', 'csv', 'script', 'ownData', 'iframe', 'story']],
  ['docs/data-format.md', ['pictureAndNote', 'ownCategories', 'eras', 'timelinejs']],
];
const htmlBlocks = (path) => [...read(path).matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);

test('the host pages run exactly the snippets of the README and the docs', () => {
  // Each name with every copy of it: the README repeats the tag and the iframe of
  // docs/embedding.md, and each copy must be on the host pages.
  const copies = {};
  for (const [path, names] of SNIPPET_PAGES) {
    const snippets = htmlBlocks(path);
    expect(snippets.length, `the \`\`\`html blocks of ${path}`).toBe(names.length);
    names.forEach((name, i) => (copies[name] ??= []).push(snippets[i]));
  }
  const each = (name, check) => copies[name].forEach(check);
  each('tag', (tag) => expect(tag).toContain('<pakkaz-timeline '));
  each('json', (json) => expect(json).toContain('src="milestones.json"'));
  each('csv', (csv) => expect(csv).toContain('src="milestones.csv"'));
  each('iframe', (iframe) => expect(iframe).toContain('<iframe '));
  // The tag, and the tag with a JSON and a CSV file, on the three hosts a site owner
  // has: aggressive CSS, right to left with `!important` rules, and a plain page.
  for (const host of ['hostile', 'rtl', 'plain']) {
    for (const name of ['tag', 'json', 'csv']) each(name, (snippet) => expect(read(`tests/hosts/${host}.html`)).toContain(snippet));
  }
  for (const host of ['hostile', 'rtl']) each('script', (script) => expect(read(`tests/hosts/${host}.html`)).toContain(script));
  each('ownData', (ownData) => expect(read('tests/hosts/hostile.html')).toContain(ownData));
  each('iframe', (iframe) => expect(read('tests/hosts/iframe.html')).toContain(iframe));
  each('pictureAndNote', (snippet) => expect(read('tests/hosts/owner.html')).toContain(snippet));
  each('ownCategories', (snippet) => expect(read('tests/hosts/categories.html')).toContain(snippet));
  each('eras', (snippet) => expect(read('tests/hosts/eras.html')).toContain(snippet));
  each('timelinejs', (snippet) => expect(read('tests/hosts/timelinejs.html')).toContain(snippet));
  each('story', (snippet) => expect(read('tests/hosts/story.html')).toContain(snippet));
  // docs/data-format.md's example of the CSV layout is the file the hosts load.
  expect(read('docs/data-format.md')).toContain(read('tests/hosts/milestones.csv').replaceAll('\r\n', '\n'));
});

/** docs/embedding.md's tags with a JSON and a CSV file, on a host page. */
const fromFile = (page, name) => page.locator(`pakkaz-timeline[src="${name}"]`);

for (const host of ['hostile', 'rtl', 'plain']) {
  test(`docs/embedding.md's tags with a JSON and a CSV file show the file's events on the ${host} page`, async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/hosts/${host}.html`);
    const json = fromFile(page, 'milestones.json');
    const csv = fromFile(page, 'milestones.csv');
    await expect(json.getByRole('heading', { name: "Our institute's milestones" })).toBeVisible();
    await expect(json.locator('.pakkaz-mark')).toHaveCount(2);
    // The CSV file: three events, the second quoting two sources (its second row repeats
    // the id), and the heading from the attribute.
    await expect(csv.getByRole('heading', { name: "Our institute's milestones" })).toBeVisible();
    await expect(csv.locator('.pakkaz-mark')).toHaveCount(3);
    await csv.locator('[data-event-id="first-exchange"] button').click();
    const details = csv.getByRole('dialog');
    await expect(details).toContainText('Twelve students, from three countries.');
    await expect(details).toContainText('The first exchange students arrived on 1 September 2004.');
    await expect(details).toContainText('"Welcome to our first twelve guests," the director said.');
    await expect(details).toContainText('Newsletter, autumn 2004');
    for (const widget of [json, csv]) {
      const box = await widget.boundingBox();
      const inner = await widget.locator('.pakkaz').boundingBox();
      expect(box.height).toBe(420);
      expect(inner.y + inner.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
      // Each speaks the page's language: Urdu, right to left, on the Urdu page.
      await expect(widget.locator('.pakkaz')).toHaveAttribute('dir', host === 'rtl' ? 'rtl' : 'ltr');
    }
    await page.screenshot({ path: `test-results/screens/files-${host}.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
}

test('the iframe embed shows the standalone page without its chrome, set by the hash', async ({ page }) => {
  await page.goto('/hosts/iframe.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  await expect(frame.getByRole('checkbox', { name: /^Trade/ })).toBeChecked();
  await expect(frame.getByRole('checkbox', { name: /^Political/ })).not.toBeChecked();
  await expect(frame.locator('.pakkaz-track__viewport')).toHaveAttribute('data-from', '2015-01-01');
  const box = await frame.locator('.pakkaz').boundingBox();
  const iframe = await page.locator('iframe').boundingBox();
  expect(Math.round(box.x)).toBe(Math.round(iframe.x));
  expect(Math.round(box.height)).toBe(480);
  await page.screenshot({ path: 'test-results/screens/iframe-host.png' });
});
