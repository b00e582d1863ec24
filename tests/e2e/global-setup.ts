// Starts `astro preview` on the already-built dist/ before the e2e files run, and stops it after.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BASE_URL, PORT } from './harness';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT_MS = 60_000;

/** Starts the preview server and returns the teardown that stops it. */
export default async function setup(): Promise<() => Promise<void>> {
  if (!existsSync(`${ROOT}/dist/index.html`)) {
    throw new Error('dist/index.html is missing: build the site first (npm run build).');
  }
  if (await answers(BASE_URL)) {
    throw new Error(
      `Something already answers on ${BASE_URL}: stop it (or set E2E_PORT) so the tests see this build.`,
    );
  }
  const server = spawn(
    `${ROOT}/node_modules/.bin/astro`,
    ['preview', '--host', '127.0.0.1', '--port', String(PORT)],
    {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      // Own process group, so that stopping it also stops anything it started.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitUntilAnswering(server, () => output);
  } catch (error) {
    await stop(server);
    throw error;
  }
  return () => stop(server);
}

/** Whether an HTTP server answers at url (any status). */
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

/** Polls BASE_URL until it answers, failing early with the server's output if it exits. */
async function waitUntilAnswering(server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`astro preview exited with code ${server.exitCode}:\n${output()}`);
    }
    if (await answers(BASE_URL)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro preview did not answer on ${BASE_URL} within 60 s:\n${output()}`);
}

/** Stops the server's process group: SIGTERM, then SIGKILL if it lingers. */
async function stop(server: ChildProcess): Promise<void> {
  const pid = server.pid;
  if (server.exitCode !== null || pid === undefined) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
