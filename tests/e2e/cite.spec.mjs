// Citing what a reader sees: the details' Cite button in three styles, the list view's
// Copy citations, and the text shown selected where the page may not copy.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('../../src/data/events.json', import.meta.url), 'utf8'));
const event = data.events.find((e) => e.id === 'dostarym-2017');

test('Cite copies the event with its verbatim quote and a link that reopens it, in the style picked', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#event=dostarym-2017');
  const details = page.getByRole('dialog', { name: event.title });
  await expect(details).toBeVisible();
  await details.getByRole('button', { name: 'Cite' }).click();
  await expect(details.getByRole('status')).toHaveText('Citation copied');
  const chicago = await page.evaluate(() => navigator.clipboard.readText());
  expect(chicago).toContain(`“${event.title},”`);
  for (const c of event.sources) expect(chicago).toContain(`“${c.quote}”`);
  const link = chicago.split(' ').pop();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#.*event=dostarym-2017/);
  // The link reopens the event.
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('dialog', { name: event.title })).toBeVisible();
  await other.close();
  // APA, then BibTeX for the sources.
  await details.getByRole('combobox', { name: 'Citation style' }).selectOption('APA');
  await details.getByRole('button', { name: 'Cite' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^${event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. \\(`));
  await details.getByRole('combobox', { name: 'Citation style' }).selectOption('BibTeX');
  await details.getByRole('button', { name: 'Cite' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{/);
  const bibtex = await page.evaluate(() => navigator.clipboard.readText());
  expect(bibtex.match(/@misc\{/g)).toHaveLength(event.sources.length);
});

test('where the page may not copy, the citation is shown selected to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      get: () => ({ writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) }),
    });
  });
  await page.goto('/#event=dostarym-2017');
  const details = page.getByRole('dialog', { name: event.title });
  await details.getByRole('button', { name: 'Cite' }).click();
  await expect(details.getByRole('status')).toContainText('copy it with Ctrl+C');
  const area = details.getByRole('textbox', { name: 'Cite' });
  await expect(area).toBeFocused();
  const selected = await area.evaluate((a) => a.value.slice(a.selectionStart, a.selectionEnd));
  expect(selected).toContain(`“${event.sources[0].quote}”`);
});

test('the list view copies a citation for every event it lists', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#cats=military');
  await page.getByRole('button', { name: 'List view' }).click();
  const listed = await page.locator('.pakkaz-list__title').count();
  expect(listed).toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Copy citations' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Citations copied' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.split('\n\n')).toHaveLength(listed);
  for (const e of data.events.filter((x) => x.category === 'military')) expect(text).toContain(`“${e.title},”`);
});
