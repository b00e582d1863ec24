/**
 * Opening a .docx as a user's office suite would: LibreOffice headless converts it to text or HTML.
 * When soffice is missing the checks are skipped with a loud warning — except under CI=true, where
 * that fails. Each call gets its own LibreOffice profile, so parallel runs do not collide.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Whether soffice can be run here; under CI=true a missing soffice throws instead. */
export function hasSoffice(): boolean {
  const found = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).error === undefined;
  if (found) return true;
  const message =
    'soffice (LibreOffice) is missing: install it with "apt-get install -y libreoffice-writer-nogui".';
  if (process.env['CI'] === 'true') throw new Error(message);
  console.warn(`\n*** SKIPPING WORD REPORT READER CHECKS: ${message} ***\n`);
  return false;
}

/**
 * Converts `files` in one LibreOffice run to `format` (e.g. `txt:Text (encoded):UTF8`, `html`) into
 * `outDir`; throws with LibreOffice's output when it fails.
 */
export function convertWithSoffice(files: readonly string[], format: string, outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    const result = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        ...files,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    if (result.status !== 0) {
      throw new Error(
        `soffice --convert-to ${format} failed: ${result.stderr || String(result.error)}`,
      );
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
