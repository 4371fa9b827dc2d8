import { defineConfig } from '@playwright/test';

/** Specs that launch the real Electron app; run by `npm run test:electron`. */
export default defineConfig({
  testDir: 'tests/electron',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results/electron',
});
