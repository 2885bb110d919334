// Screenshots for looking at the page by eye (not a test): serves dist/ and writes
// PNGs of the standalone page at desktop, tablet and two phone sizes, in light and dark
// themes.
// Usage: node tests/e2e/look.mjs [out-dir] [hash] [keys]
// `hash` may start with a path: `hosts/company.html` is the host page of that name.
// `keys` is a space-separated list of keys pressed on the track first, e.g. "+ + End".
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const out = process.argv[2] || 'test-results/look';
const hash = process.argv[3] || '';
const keys = (process.argv[4] || '').split(' ').filter(Boolean);
const port = 4180;
const server = spawn('node', ['tests/e2e/serve.mjs', 'dist', String(port), 'hosts=tests/hosts', 'pakkaz-timeline=dist'], { stdio: 'inherit' });
await new Promise((r) => setTimeout(r, 400));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--no-first-run'],
});
try {
  for (const scheme of ['light', 'dark']) {
    for (const [name, width, height] of [['desktop', 1280, 800], ['tablet', 768, 1024], ['phone', 390, 844], ['small', 320, 640]]) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
      page.on('pageerror', (e) => console.log('page error:', e.message));
      await page.goto(`http://127.0.0.1:${port}/${hash}`);
      await page.waitForSelector('.pakkaz-marks');
      await page.emulateMedia({ reducedMotion: 'reduce' });
      if (keys.length) await page.locator('.pakkaz-track__viewport').focus();
      for (const key of keys) await page.keyboard.press(key);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/${name}-${scheme}.png`, fullPage: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
