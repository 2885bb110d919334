// The page under the strict Content-Security-Policy docs/embedding.md recommends, exactly as
// written there: no inline script at all, wasm compiled by 'wasm-unsafe-eval'.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { policyFor } from '../../scripts/csp.mjs';

const html = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim());
const policy = policyFor(html);
const embedding = readFileSync(new URL('../../docs/embedding.md', import.meta.url), 'utf8');

/** Every page served with docs/embedding.md's header; violations gathered in `window.violations`. */
async function servedUnderPolicy(page) {
  await page.route('**/*', async (route) => {
    try {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      if ((headers['content-type'] || '').startsWith('text/html')) headers['content-security-policy'] = policy;
      await route.fulfill({ response, headers });
    } catch (error) {
      // A response still on its way as the test ends (the page is closing) is dropped;
      // any other failure is the test's.
      if (!/disposed|closed/i.test(String(error))) throw error;
    }
  });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
}

test('the standalone page works under a strict CSP, with no violations', async ({ page }) => {
  expect(inline).toEqual([]);
  // docs/embedding.md's header is the one the test serves: it works as copied.
  expect(embedding).toContain(`Content-Security-Policy: ${policy}\n`);
  await servedUnderPolicy(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  await page.locator('.pakkaz-mark button').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  // A picture of the view: its module loaded from beside the widget, the PNG drawn
  // from a data: address.
  for (const name of ['Download SVG', 'Download PNG']) {
    const saved = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    await saved;
  }
  expect(await page.evaluate(() => window.violations)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a host page with the tags, a JSON and a CSV file included, works under the same header', async ({ page }) => {
  await servedUnderPolicy(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/hosts/plain.html');
  // The CSV file is read by the owner module, loaded from the same place as the widget.
  await expect(page.locator('pakkaz-timeline[src="milestones.csv"] .pakkaz-mark')).toHaveCount(3);
  await expect(page.locator('pakkaz-timeline[src="milestones.json"] .pakkaz-mark')).toHaveCount(2);
  expect(await page.evaluate(() => window.violations)).toEqual([]);
  expect(errors).toEqual([]);
});
