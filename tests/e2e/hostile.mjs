// The hostile host page (tests/hosts/hostile.html): aggressive CSS, the README's and
// docs/embedding.md's snippets, two widgets mounted by script (#relations and
// #milestones) and an empty #scratch for a third. Shared by the embed-*.spec.mjs files
// that test on it.
import { expect } from '@playwright/test';

/** Opens the page once both its widgets are drawn; its errors and dialogs, as they come. */
export async function openHost(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
  await page.goto('/hosts/hostile.html');
  await expect(page.locator('#relations .pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  await expect(page.locator('#milestones .pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  return errors;
}

export const first = (page) => page.locator('#relations');
export const second = (page) => page.locator('#milestones');
