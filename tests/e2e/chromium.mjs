// Where the end-to-end tests find Chromium, and what to say when it is missing. Plain JS so that
// the Node scripts (run.mjs, ../run-all.mjs) and the TypeScript harness share it.
import { accessSync, constants } from 'node:fs';

/**
 * Launch flags for headless Debian Chromium: no sandbox in containers, and no background traffic
 * to hosts that cannot be reached.
 */
export const CHROMIUM_FLAGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/** Path of the Chromium binary: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Whether an executable Chromium exists at chromiumPath(). */
export function isChromiumAvailable() {
  try {
    accessSync(chromiumPath(), constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A boxed, impossible-to-miss message saying the end-to-end tests did not run.
 * @param {boolean} isCi whether this is a CI run (where a missing browser is a failure)
 * @returns {string}
 */
export function missingChromiumMessage(isCi) {
  const lines = [
    isCi
      ? 'ERROR: Chromium not found, and CI=true: the end-to-end tests cannot run.'
      : 'WARNING: the end-to-end tests did NOT run: Chromium was not found.',
    '',
    `Looked for: ${chromiumPath()}`,
    'Install it (Debian/Ubuntu):  sudo apt-get install -y chromium',
    'or point to a Chromium binary:  CHROMIUM_PATH=/path/to/chromium npm test',
    '(Never `npx playwright install`: playwright-core drives the system Chromium.)',
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const bar = '!'.repeat(width + 6);
  const body = lines.map((line) => `!! ${line.padEnd(width)} !!`);
  return ['', bar, ...body, bar, ''].join('\n');
}
