import { toPlanJson } from '~/domain/roadmap/roadmap-exports';
import { describe, expect, it } from 'vitest';
import {
  IMPORT_FAILURES,
  MAX_IMPORT_BYTES,
  buildExport,
  getUtf8ByteLength,
  serializeExport,
  toImportFileName,
  toSlug,
  tryParseImport,
  type ImportFailure,
} from '~/domain/assessment/parse-import';
import { AssessmentExportSchema } from '~/domain/schemas/assessment-file';
import { ASSESSMENT_SCHEMA_VERSION } from '~/domain/assessment/assessment';
import { makeAssessment, tinyContext } from './helpers';

const now = new Date('2025-03-14T16:10:00.000Z');
const exported = buildExport(makeAssessment(), now);
const valid = serializeExport(exported);

/** The valid export with one change made to its parsed object. */
function edited(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(valid) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

describe('tryParseImport', () => {
  it.each<[string, string, ImportFailure]>([
    ['an empty file', '', 'empty'],
    ['a file of blank lines', '  \n\t\n', 'empty'],
    ['a file over the byte cap', `"${'x'.repeat(MAX_IMPORT_BYTES)}"`, 'too-large'],
    [
      'a file under the character cap but over the byte cap',
      `"${'é'.repeat(MAX_IMPORT_BYTES / 2)}"`,
      'too-large',
    ],
    ['text that is not JSON', 'name,organization\nA,B', 'not-json'],
    ['a cut-off file', valid.slice(0, valid.length / 2), 'not-json'],
    ['a JSON array', '[1, 2, 3]', 'not-assessment'],
    ['a JSON string', '"hello"', 'not-assessment'],
    ['JSON null', 'null', 'not-assessment'],
    ['another app’s file', '{"version": 2, "items": []}', 'not-assessment'],
    [
      'a workshop backup (#14: told apart, not "not from this tool")',
      '{"format": "crm-readiness/workshop", "schemaVersion": 1}',
      'workshop-file',
    ],
    [
      'a workshop invitation file',
      '{"format": "crm-readiness/workshop-invitation", "schemaVersion": 1}',
      'workshop-file',
    ],
    [
      'a participant’s answers file',
      '{"format": "crm-readiness/workshop-submission"}',
      'workshop-file',
    ],
    [
      'the results page’s Plan (JSON) download (#14)',
      toPlanJson(
        {
          planStart: '2025-01-06',
          planEnd: '2025-01-10',
          totalWeeks: 1,
          initiatives: [],
          kpis: [],
          milestones: [],
          goLives: [],
        },
        { organization: 'Acme', assessment: 'Acme 2025', now: new Date('2025-01-06T10:00:00Z') },
      ),
      'plan-file',
    ],
    [
      'a format of ours that is not a file kind',
      '{"format": "crm-readiness/other"}',
      'not-assessment',
    ],
    [
      'a stored record instead of an export',
      JSON.stringify({ schemaVersion: 1, assessment: makeAssessment() }),
      'not-assessment',
    ],
    ['a file from a newer version', edited((f) => (f['schemaVersion'] = 99)), 'newer-version'],
    ['a file with no schema version', edited((f) => delete f['schemaVersion']), 'invalid'],
    ['a file with a wrong field', edited((f) => (f['exportedAt'] = 42)), 'invalid'],
    ['a file with no assessment', edited((f) => delete f['assessment']), 'invalid'],
  ])('refuses %s as %s', (_name, text, reason) => {
    expect(tryParseImport(text, tinyContext)).toMatchObject({ ok: false, reason });
  });

  it('names the first few wrong fields with their paths, for a details disclosure', () => {
    const text = edited((f) => {
      const assessment = f['assessment'] as Record<string, unknown>;
      assessment['answers'] = { a: 9, b: 9, c: 9, d: 9 };
      assessment['name'] = 7;
    });
    expect(tryParseImport(text, tinyContext)).toEqual({
      ok: false,
      reason: 'invalid',
      detail:
        'assessment.name: expected string; assessment.answers.a: expected 0, 1, 2, 3, 4, "dont-know", "not-applicable"; ' +
        'assessment.answers.b: expected 0, 1, 2, 3, 4, "dont-know", "not-applicable"; and 2 more problems',
    });
  });

  it('gives back the same assessment from an exported file (round trip)', () => {
    const result = tryParseImport(valid, tinyContext);
    expect(result).toEqual({
      ok: true,
      assessment: makeAssessment(),
      report: expect.anything() as unknown,
    });
  });

  it('restores what it imports: unknown questions are set aside and reported', () => {
    const text = serializeExport(buildExport(makeAssessment({ answers: { gone: 2 } }), now));
    expect(tryParseImport(text, tinyContext)).toMatchObject({
      ok: true,
      assessment: { answers: {}, setAside: { answers: { gone: 2 } } },
      report: { setAsideIds: ['gone'] },
    });
  });

  it('ignores unknown top-level keys and strips __proto__ keys', () => {
    const text = valid
      .replace('{', '{"__proto__": {"polluted": true}, "extra": 1,')
      .replace('"answers": {', '"answers": {"__proto__": 1,');
    const result = tryParseImport(text, tinyContext);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && Object.getOwnPropertyNames(result.assessment.answers)).toEqual([
      'q-plain',
      'q-na',
      'q-crit',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('lists its failure reasons for the message table', () => {
    expect(IMPORT_FAILURES).toEqual([
      'empty',
      'too-large',
      'not-json',
      'not-assessment',
      'plan-file',
      'workshop-file',
      'newer-version',
      'invalid',
    ]);
  });
});

describe('buildExport and serializeExport', () => {
  it('tags the file with our format, the schema version and the export time', () => {
    expect(exported).toEqual({
      format: 'crm-readiness/assessment',
      schemaVersion: ASSESSMENT_SCHEMA_VERSION,
      exportedAt: '2025-03-14T16:10:00.000Z',
      assessment: makeAssessment(),
    });
    expect(AssessmentExportSchema.safeParse(exported).success).toBe(true);
  });

  it('writes pretty JSON ending in a newline', () => {
    expect(valid.startsWith('{\n  "format": "crm-readiness/assessment",')).toBe(true);
    expect(valid.endsWith('}\n')).toBe(true);
  });
});

describe('toImportFileName', () => {
  const date = new Date(2025, 2, 7, 23, 30);

  it.each<[string, string, string]>([
    [
      'folds accents and drops punctuation',
      'Pérez & Hijos, S.L.',
      'crm-assessment-perez-hijos-s-l-2025-03-07.json',
    ],
    [
      'folds letters without a decomposition',
      'Straße Ærø Łódź',
      'crm-assessment-strasse-aero-lodz-2025-03-07.json',
    ],
    [
      'uses the name when the organization is empty',
      '',
      'crm-assessment-spring-review-2025-03-07.json',
    ],
    [
      'uses the name when the organization has no ASCII letters',
      '株式会社',
      'crm-assessment-spring-review-2025-03-07.json',
    ],
  ])('%s', (_name, organization, fileName) => {
    expect(toImportFileName(makeAssessment({ organization }), date)).toBe(fileName);
  });

  it('falls back to "assessment" when neither label has letters or digits', () => {
    expect(toImportFileName(makeAssessment({ organization: '—', name: '?!' }), date)).toBe(
      'crm-assessment-assessment-2025-03-07.json',
    );
  });

  it('keeps the slug short, without a trailing hyphen', () => {
    const slug = toSlug(`${'a'.repeat(59)} b`);
    expect(slug).toBe('a'.repeat(59));
    expect(toSlug('x'.repeat(200))).toHaveLength(60);
  });
});

describe('getUtf8ByteLength', () => {
  it.each<[string, number]>([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
    ['\ud800', 3],
    ['\udc00x', 4],
  ])('counts %j as %d bytes, as TextEncoder does', (text, bytes) => {
    expect(getUtf8ByteLength(text)).toBe(bytes);
    expect(new TextEncoder().encode(text).length).toBe(bytes);
  });
});
