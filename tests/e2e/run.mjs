// The e2e step (`npm run test:e2e`): checks for Chromium, then runs Vitest with the e2e config.
// Extra arguments are passed to Vitest. Without Chromium it warns and exits 0, except under CI=true.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isChromiumAvailable, missingChromiumMessage } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const isCi = process.env.CI === 'true' || process.env.CI === '1';

if (!isChromiumAvailable()) {
  console.error(missingChromiumMessage(isCi));
  process.exit(isCi ? 1 : 0);
}

const result = spawnSync(
  `${ROOT}/node_modules/.bin/vitest`,
  ['run', '--config', 'tests/e2e/vitest.e2e.config.ts', ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
if (result.error) throw result.error;
process.exit(result.status ?? 1);
