// End-to-end tests: real Chromium (playwright-core) against `astro preview` of the built dist/.
// Run through tests/e2e/run.mjs, which checks for Chromium first.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Paths below are relative to the repository root, wherever vitest is started from.
  root: fileURLToPath(new URL('../..', import.meta.url)),
  // Same alias as tsconfig.json's `paths` ("~/*" → "src/*"), so tests can build data with the domain.
  resolve: { alias: { '~': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // Starts `astro preview` once for all files and stops it afterwards.
    globalSetup: ['tests/e2e/global-setup.ts'],
    // The machine has 2 cores: one test file (one browser) at a time.
    fileParallelism: false,
    // A cold Chromium and axe on a loaded 2-core machine are slow; these limits only catch hangs.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // expect.poll waits for a state; its default 1 s is shorter than a loaded CI machine takes to
    // draw a long page in turns (a section jump lands once every turn is drawn). A state that never
    // comes still fails, after 15 s.
    expect: { poll: { timeout: 15_000 } },
  },
});
