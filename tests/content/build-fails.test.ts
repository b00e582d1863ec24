import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'build-fails-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the real build', () => {
  it(
    'fails on a content file with a missing translation, naming the file and the field',
    () => {
      for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
        cpSync(join(root, entry), join(dir, entry), { recursive: true });
      }
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const file = join(dir, 'content/dimensions/processes.yaml');
      // Drop the Spanish line of the first question's prompt.
      const text = readFileSync(file, 'utf8').replace(/(\n {4}prompt:\n {6}en: [^\n]*)\n {6}es: [^\n]*/, '$1');
      writeFileSync(file, text);

      const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.status, output).not.toBe(0);
      expect(output).toContain('content/dimensions/processes.yaml → questions[0].prompt.es: the Spanish text is missing');
    },
    120_000,
  );
});
