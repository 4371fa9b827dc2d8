import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * The real renderer build in Chromium, with window.api served by the real main-process
 * handler table (tests/e2e/harness.ts). Debian's Chromium where it is installed; elsewhere
 * Playwright's own (`npx playwright install chromium`).
 */
const systemChromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  // One worker per core of this project's machines (CI's and the developers' are the same kind,
  // two cores): a test spends most of its time waiting on the page, so two overlap well, and a
  // third would only queue for a core. Run one spec alone with `--workers 1` to debug it.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: 'http://northstar.test',
    viewport: { width: 1280, height: 820 },
    trace: 'off',
    launchOptions: {
      ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
