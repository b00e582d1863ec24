import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasRestoreChanges } from '~/domain/assessment/restore-assessment';
import { restoreStoredAssessment } from '~/domain/assessment/stored-assessment';
import { tryParseImport } from '~/domain/assessment/parse-import';
import { realContext } from './real-content';

/** Fixtures of every schema version ever released: tests/fixtures/assessment/v<N>/. */
const fixtureRoot = new URL('../../fixtures/assessment/', import.meta.url);
const versions = readdirSync(fixtureRoot).filter((name) => /^v\d+$/.test(name));

function readFixture(version: string, file: string): string {
  return readFileSync(new URL(`${version}/${file}`, fixtureRoot), 'utf8');
}

describe('assessment fixtures of every schema version', () => {
  it('include version 1 and version 2', () => {
    expect(versions).toEqual(expect.arrayContaining(['v1', 'v2']));
  });

  it.each<[string, 'quick' | 'full']>([
    ['v1', 'full'],
    ['v2', 'quick'],
  ])('%s files restore as %s assessments (#13)', (version, mode) => {
    const exported = tryParseImport(readFixture(version, 'export.json'), realContext);
    const stored = restoreStoredAssessment(
      JSON.parse(readFixture(version, 'stored.json')),
      realContext,
    );
    expect(exported.ok && exported.assessment.mode).toBe(mode);
    expect(stored.ok && stored.assessment.mode).toBe(mode);
  });

  it.each(versions)('%s/export.json imports against the current content, unchanged', (version) => {
    const result = tryParseImport(readFixture(version, 'export.json'), realContext);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && hasRestoreChanges(result.report)).toBe(false);
    expect(result.ok && Object.keys(result.assessment.answers).length).toBeGreaterThan(10);
  });

  it.each(versions)('%s/stored.json restores against the current content, unchanged', (version) => {
    const result = restoreStoredAssessment(
      JSON.parse(readFixture(version, 'stored.json')),
      realContext,
    );
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && hasRestoreChanges(result.report)).toBe(false);
    expect(result.ok && result.assessment.notes).not.toEqual({});
  });
});
