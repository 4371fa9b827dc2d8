import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `@shared/…` is src/shared, as in the tsconfig's paths and the app's builds.
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src/shared') } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // Properties run from one printed seed, fixed unless FC_SEED says otherwise.
    globalSetup: ['tests/support/fc-seed-global.ts'],
    setupFiles: ['tests/support/fc-seed.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
