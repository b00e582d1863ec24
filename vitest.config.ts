// Unit tests (domain, stores, adapters, content) run in plain Node: the domain is plain TypeScript,
// so Astro's Vite config (getViteConfig) is not needed. End-to-end tests have their own config in
// tests/e2e/vitest.e2e.config.ts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { toVitestThresholds } from './tests/coverage-gate.mjs';

/**
 * The coverage gate (tests/coverage-gate.mjs), checked file by file whenever coverage runs
 * (`npm test`, `npm run test:coverage`); Vitest names each file that falls short.
 */
const COVERAGE_THRESHOLDS = toVitestThresholds(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  resolve: {
    // Same alias as tsconfig.json's `paths` ("~/*" → "src/*").
    alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // The e2e suite needs a built site and a browser; it runs through its own config.
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    // Domain tests run without a DOM; an island test opts in with a `@vitest-environment` comment.
    environment: 'node',
    // Property tests draw a fixed sequence of inputs, so coverage is the same on every run.
    setupFiles: ['tests/setup/fast-check-seed.ts'],
    // CI is a busy 2-core machine where a test that takes 0.5 s idle can take 10 s: 5 s (Vitest's
    // default) failed tests at random. Property suites set their own, longer, SLOW_TEST_MS.
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      // Every source module, islands included, so what no test reaches shows as 0 %.
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['src/**/*.d.ts'],
      reporter: ['text-summary', 'html', 'json-summary'],
      reportsDirectory: 'coverage',
      thresholds: COVERAGE_THRESHOLDS,
    },
  },
});
