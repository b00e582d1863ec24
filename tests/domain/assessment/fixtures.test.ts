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
  it('include version 1', () => {
    expect(versions).toContain('v1');
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
