// The release as its users install it (tests/consumers/, built into target/consumers/ by
// scripts/consumers.mjs from the tarball): a Vite app, a React 19 app under StrictMode,
// and a plain page with the package README's tag under its Content-Security-Policy.
// Served by the second web server of playwright.config.mjs.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

const base = 'http://127.0.0.1:4180';
const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const built = existsSync(new URL('../../target/consumers/plain/index.html', import.meta.url));

/** Page errors, console errors and failed responses, gathered for the test's end. */
function watch(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  return problems;
}

const marks = (scope) => scope.locator('.pakkaz-mark .pakkaz-symbol');

test('the consumer apps were built from the tarball (scripts/consumers.mjs)', () => {
  expect(built, 'run `node scripts/consumers.mjs` after `make package`').toBe(true);
});

test('docs/embedding.md\'s framework snippets are the consumer apps\' code, verbatim', () => {
  const frameworks = read('docs/embedding.md').split('## Frameworks')[1].split('\n## ')[0];
  const snippets = [...frameworks.matchAll(/```(ts|tsx)\n([\s\S]*?)```/g)].map((m) => m[2]);
  expect(snippets.length).toBe(2);
  const [vite, react] = snippets;
  expect(read('tests/consumers/vite/src/main.ts')).toContain(vite);
  expect(read('tests/consumers/react/src/timelines.tsx')).toContain(react);
});

test('a Vite app: mount() with a JSON file, and the tag with a CSV file, the wasm found by the bundler', async ({ page }) => {
  test.skip(!built, 'not built');
  const problems = watch(page);
  await page.goto(`${base}/vite/`);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await expect(marks(page.locator('#timeline')).first()).toBeVisible();
  // The CSV file is read by the owner module, which the bundler split off with its wasm.
  await expect(marks(page.locator('#from-csv')).first()).toBeVisible();
  await expect(page.locator('#from-csv').getByRole('heading', { name: 'From a CSV file' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a React 19 app under StrictMode: the tag in JSX with its event, and one mounted widget', async ({ page }) => {
  test.skip(!built, 'not built');
  const problems = watch(page);
  await page.goto(`${base}/react/`);
  const tag = page.locator('#tag pakkaz-timeline');
  const mounted = page.locator('#mounted');
  await expect(marks(tag).first()).toBeVisible();
  await expect(marks(mounted).first()).toBeVisible();
  // StrictMode mounted, cleaned up and mounted again: one widget, not two.
  await expect(mounted.locator('.pakkaz-host')).toHaveCount(1);
  await expect(tag.locator('.pakkaz-host')).toHaveCount(1);
  // The listener React added hears the tag's event.
  await expect(page.locator('#selected')).toHaveText('nothing');
  const label = tag.locator('.pakkaz-mark__label').first();
  const title = (await label.textContent()).trim();
  await label.click();
  await expect(page.locator('#selected')).toHaveText(title);
  expect(problems).toEqual([]);
});

test('a plain page with the package README\'s tag, from the unpacked package, under its policy', async ({ page }) => {
  test.skip(!built, 'not built');
  const readme = read('target/consumers/plain/pakkaz-timeline/README.md');
  const policy = /Content-Security-Policy: (.+)\n/.exec(readme)[1];
  await page.route(`${base}/plain/**`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    if ((headers['content-type'] || '').startsWith('text/html')) headers['content-security-policy'] = policy;
    await route.fulfill({ response, headers });
  });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const problems = watch(page);
  await page.goto(`${base}/plain/`);
  await expect(marks(page.locator('pakkaz-timeline')).first()).toBeVisible();
  expect(await page.evaluate(() => document.querySelector('pakkaz-timeline').version)).toBe(
    JSON.parse(read('target/consumers/plain/pakkaz-timeline/package.json')).version,
  );
  expect(await page.evaluate(() => window.violations)).toEqual([]);
  expect(problems).toEqual([]);
});
