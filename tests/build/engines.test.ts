// `npm install` on the Node version the README names must give no engine warning (#14): every
// package in the lock file that states `engines.node` accepts the lowest Node we support.
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

const manifest = readJson('package.json') as { engines: { node: string } };
const lock = readJson('package-lock.json') as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};
/** The lowest Node version the project says it supports, e.g. 20.19.0 for ">=20.19". */
const lowestNode = semver.minVersion(manifest.engines.node)?.version ?? '';

describe('engines', () => {
  it('the README names the same lowest Node version as package.json', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    expect(readme).toContain(`Node ≥ ${manifest.engines.node.replace('>=', '')}`);
  });

  // An optional package that refuses (rollup's lzma helper) is skipped by npm without a warning.
  it('every locked package accepts the lowest supported Node version', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([, entry]) => entry.optional !== true)
      .map(([path, entry]) => ({
        path,
        range: Array.isArray(entry.engines) ? undefined : entry.engines?.node,
      }))
      .filter(({ range }) => range !== undefined && !semver.satisfies(lowestNode, range))
      .map(({ path, range }) => `${path} wants node ${range}`);
    expect(lowestNode).not.toBe('');
    expect(refusing).toEqual([]);
  });
});
