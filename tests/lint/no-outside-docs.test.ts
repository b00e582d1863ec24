/**
 * Nothing in the repository points the reader to a document that is not in it (the design and
 * style notes and source articles the project was started from): a rule is stated where it is
 * used, or in the README. This test reads every source, test, content and config file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const THIS_FILE = relative(ROOT, fileURLToPath(import.meta.url));

/** Names of the outside documents; spelled in parts so this file does not match itself. */
const OUTSIDE_DOCS = [
  new RegExp(`\\b(${['DES' + 'IGN', 'STY' + 'LE', 'STA' + 'CK'].join('|')})\\.md\\b`),
  new RegExp(`\\b${'see' + 'ds'}/`),
  new RegExp(`/work/${'sha' + 'red'}\\b`),
];

const FOLDERS = ['src', 'tests', 'content', 'public', '.ci'];
const SKIPPED_FOLDERS = new Set(['node_modules', '.output']);
const ROOT_FILES = /\.(js|mjs|cjs|ts|json|md)$|^\.[a-z]/;

/** Every file under a folder of the repository, as a path from the root. */
function listFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : listFiles(path);
    return [path];
  });
}

/** The lines of the repository's text files that name an outside document. */
function findPointers(): string[] {
  const rootFiles = readdirSync(ROOT, { withFileTypes: true })
    .filter((entry) => entry.isFile() && ROOT_FILES.test(entry.name))
    .map((entry) => entry.name)
    .filter((name) => name !== 'package-lock.json');
  const folders = FOLDERS.filter((folder) => existsSync(join(ROOT, folder)));
  const files = [...rootFiles, ...folders.flatMap(listFiles)].filter((f) => f !== THIS_FILE);
  return files.flatMap((file) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        OUTSIDE_DOCS.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}: ${line}`] : [],
      ),
  );
}

describe('pointers to documents outside the repository', () => {
  it('finds none in sources, tests, content, config or the README', () => {
    expect(findPointers()).toEqual([]);
  });

  it.each([
    ['// Rounding as DES' + 'IGN.md §3 says.', true],
    ['/** Flags from STA' + 'CK.md. */', true],
    ['# see see' + 'ds/002_procheck.txt', true],
    ['// copied from /work/sha' + 'red/notes', true],
    ["import { ErrorBanner } from '../shared/ErrorBanner';", false],
    ['// A critical question is a gate: never N/A for it.', false],
  ])('would catch %s: %s', (line, caught) => {
    expect(OUTSIDE_DOCS.some((pattern) => pattern.test(line))).toBe(caught);
  });
});
