// End-to-end tests against the release build in dist/, served on localhost, in Debian's
// Chromium (Playwright never downloads a browser here).
import { defineConfig } from '@playwright/test';

const port = 4179;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `node tests/e2e/serve.mjs dist ${port} bench=bench hosts=tests/hosts pakkaz-timeline=dist`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The release's consumers (scripts/consumers.mjs): the plain page's folder at the
      // root too, so that its tag's /pakkaz-timeline/ is the unpacked package.
      command: `node tests/e2e/serve.mjs target/consumers/plain ${port + 1} plain=target/consumers/plain vite=target/consumers/vite/dist react=target/consumers/react/dist`,
      port: port + 1,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
