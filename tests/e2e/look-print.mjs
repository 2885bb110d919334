// Printed pages to look at by eye (not a test): serves dist/, prints the standalone page
// (or a host page) to a PDF on A4 as the browser's print does, and turns each page into
// a PNG with pdftoppm (`scripts/setup.sh look` installs it).
// Usage: node tests/e2e/look-print.mjs [out-dir] [path-and-hash] [colour-scheme]
import { chromium } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const out = process.argv[2] || 'test-results/look-print';
const hash = process.argv[3] || '';
const scheme = process.argv[4] || 'light';
const port = 4183;
mkdirSync(out, { recursive: true });
const server = spawn('node', ['tests/e2e/serve.mjs', 'dist', String(port), 'hosts=tests/hosts', 'pakkaz-timeline=dist'], { stdio: 'inherit' });
await new Promise((r) => setTimeout(r, 400));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(`http://127.0.0.1:${port}/${hash}`);
  await page.waitForSelector('.pakkaz-mark__button, .pakkaz-cluster__button');
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(300);
  const pdf = `${out}/print.pdf`;
  writeFileSync(pdf, await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } }));
  execFileSync('pdftoppm', ['-png', '-r', '80', pdf, `${out}/page`]);
  console.log(`wrote ${pdf} and its pages as ${out}/page-N.png`);
} finally {
  await browser.close();
  server.kill();
}
