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
  it('include versions 1 to 3', () => {
    expect(versions).toEqual(expect.arrayContaining(['v1', 'v2', 'v3']));
  });

  it('v3 files keep the progress, measurements and organization link (#16)', () => {
    const exported = tryParseImport(readFixture('v3', 'export.json'), realContext);
    const stored = restoreStoredAssessment(
      JSON.parse(readFixture('v3', 'stored.json')),
      realContext,
    );
    for (const result of [exported, stored]) {
      expect(result.ok && result.assessment.organizationId).toBe(
        '4d2a9e61-0c7b-4b8f-a3d5-92e1f6b07c58',
      );
      expect(result.ok && result.assessment.plan?.progress?.['communication-plan']).toEqual({
        status: 'dropped',
        reason: 'Lo cubre el plan de comunicación del grupo.',
      });
      expect(result.ok && result.assessment.plan?.measurements?.['crm-adoption-rate']).toHaveLength(
        2,
      );
    }
  });

  it.each<[string, 'quick' | 'full']>([
    ['v1', 'full'],
    ['v2', 'quick'],
    ['v3', 'full'],
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
