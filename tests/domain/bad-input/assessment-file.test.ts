/**
 * Bad input: an assessment file picked for import (#8). Whatever the file holds, reading it never
 * throws, refuses with the reason the message table names, and leaves the content context as it
 * was; what it accepts is plain data. Generated and mutated exports: import-properties.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  IMPORT_FAILURES,
  MAX_IMPORT_BYTES,
  buildExport,
  tryParseImport,
  type ImportFailure,
  type ImportResult,
} from '~/domain/assessment/parse-import';
import { MAX_LABEL_LENGTH, type Assessment } from '~/domain/assessment/assessment';
import { ASSESSMENT_EXPORT_FORMAT } from '~/domain/schemas/assessment-file';
import { makeAssessment, tinyContext } from '../assessment/helpers';
import {
  describeAnyText,
  expectNoPollution,
  expectPlainData,
  expectRefusal,
  describeHostileEdits,
  describeHostileTexts,
  type Hostility,
} from './hostile-inputs';
import { SLOW_TEST_MS } from '../../slow-test';

/** The refusal each kind of hostile file gets. */
const REASON: Readonly<Record<Hostility, ImportFailure>> = {
  blank: 'empty',
  oversized: 'too-large',
  'not-json': 'not-json',
  'not-ours': 'not-assessment',
  newer: 'newer-version',
  damaged: 'invalid',
};

const assessment = makeAssessment();
const file = buildExport(assessment, new Date('2025-03-14T16:10:00.000Z'));

/** Reads `text`, checking that the content context is left as it was and nothing is polluted. */
function read(text: string): ImportResult {
  const before = structuredClone(tinyContext);
  const result = tryParseImport(text, tinyContext);
  expect(tinyContext).toEqual(before);
  expectNoPollution();
  if (result.ok) expectPlainData(result.assessment);
  return result;
}

/** The valid file with one change to its assessment, as JSON text. */
function withAssessment(change: Partial<Record<keyof Assessment, unknown>>): string {
  return JSON.stringify({ ...file, assessment: { ...assessment, ...change } });
}

/** The valid file with the assessment's `key` written as the JSON `literal`, exactly. */
function withLiteral(key: keyof Assessment, literal: string): string {
  return JSON.stringify({ ...file, assessment: { ...assessment, [key]: '@' } }).replace(
    `"${key}":"@"`,
    `"${key}":${literal}`,
  );
}

/** The valid file with a plan whose decision costs say `tco`. */
function withTco(tco: string): string {
  const plan = {
    ambition: 'competitive',
    targets: {},
    excluded: [],
    startWeeks: {},
    owners: {},
    kpis: {},
    decision: { weights: {}, scores: {}, tco: { figures: {} } },
  };
  return withAssessment({ plan }).replace('"tco":{"figures":{}}', `"tco":{"figures":{},${tco}}`);
}

const campaign = {
  what: 'an assessment file',
  maxBytes: MAX_IMPORT_BYTES,
  format: ASSESSMENT_EXPORT_FORMAT,
  reasons: REASON,
  read,
};
describeHostileTexts(campaign);
describeHostileEdits({
  ...campaign,
  file,
  payloadKey: 'assessment',
  expectValid: (result) => expect(result).toMatchObject({ ok: true, assessment }),
});

describe('the parser’s own message', () => {
  it('is kept short, even from a browser that quotes the whole bad token (#8)', () => {
    // Safari's JSON.parse names the token it stopped at, which can be most of the file.
    const parse = vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError(`JSON Parse error: Unexpected identifier "${'x'.repeat(900_000)}"`);
    });
    try {
      expectRefusal(read('x'), 'not-json');
    } finally {
      parse.mockRestore();
    }
  });
});

describe('an assessment with hostile values', () => {
  it.each<[string, string]>([
    ['an answer of 5', withAssessment({ answers: { 'q-plain': 5 } })],
    ['a negative answer', withAssessment({ answers: { 'q-plain': -1 } })],
    ['a fractional answer', withAssessment({ answers: { 'q-plain': 2.5 } })],
    ['an answer as a string', withAssessment({ answers: { 'q-plain': '3' } })],
    ['an answer of "NaN"', withAssessment({ answers: { 'q-plain': 'NaN' } })],
    ['a null answer', withAssessment({ answers: { 'q-plain': null } })],
    [
      'an answer too large for a double',
      withAssessment({ answers: {} }).replace('"answers":{}', '"answers":{"q-plain":1e999}'),
    ],
    ['answers as an array', withAssessment({ answers: [3, 2, 1] })],
    ['content version 0', withAssessment({ contentVersion: 0 })],
    ['a negative content version', withAssessment({ contentVersion: -1 })],
    ['a content version too large for a double', withLiteral('contentVersion', '1e999')],
    ['a name over the length cap', withAssessment({ name: 'x'.repeat(MAX_LABEL_LENGTH + 1) })],
    ['a name that is a number', withAssessment({ name: 42 })],
    ['an empty id', withAssessment({ id: '' })],
    ['an id of 101 characters', withAssessment({ id: 'x'.repeat(101) })],
    ['a date that does not exist', withAssessment({ createdAt: '2025-02-30T10:00:00.000Z' })],
    ['a time of 24:00', withAssessment({ updatedAt: '2025-03-14T24:00:00.000Z' })],
    ['a date in words', withAssessment({ createdAt: 'yesterday' })],
    [
      'a profile with 51 options',
      withAssessment({ profile: { channels: Array.from({ length: 51 }, (_, i) => `o${i}`) } }),
    ],
    ['setAside missing', withAssessment({ setAside: undefined })],
    ['a negative number of users', withTco('"users":-1')],
    ['users too many for a double', withTco('"users":1e999')],
    ['a horizon of 1.5 years', withTco('"years":1.5')],
    ['a currency in lower case', withTco('"currency":"eur"')],
  ])('refuses %s as invalid', (_name, text) => {
    expectRefusal(read(text), 'invalid');
  });

  it('reads a tiny exponent as zero users, as JSON does', () => {
    const result = read(withTco('"users":1e-400'));
    expect(result.ok && result.assessment.plan?.decision?.tco.users).toBe(0);
  });

  it('sets aside answers to __proto__, constructor and toString, without polluting anything', () => {
    const text = withAssessment({ answers: {} }).replace(
      '"answers":{}',
      '"answers":{"__proto__":{"polluted":1},"constructor":2,"toString":3,"q-plain":4}',
    );
    const result = read(text);
    expect(result).toMatchObject({
      ok: true,
      assessment: {
        answers: { 'q-plain': 4 },
        setAside: { answers: { constructor: 2, toString: 3 } },
      },
    });
  });

  it('takes the last of duplicated answer keys, as JSON.parse does, and checks it', () => {
    const text = (answers: string) =>
      withAssessment({ answers: {} }).replace('"answers":{}', `"answers":{${answers}}`);
    expect(read(text('"q-plain":9,"q-plain":2'))).toMatchObject({
      ok: true,
      assessment: { answers: { 'q-plain': 2 } },
    });
    expectRefusal(read(text('"q-plain":2,"q-plain":9')), 'invalid');
  });

  it(
    'reads 90 000 answers to unknown questions under the cap, setting them all aside',
    () => {
      const answers = Object.fromEntries(Array.from({ length: 90_000 }, (_, i) => [`u${i}`, 1]));
      const result = read(withAssessment({ answers }));
      expect(result.ok && Object.keys(result.assessment.setAside.answers)).toHaveLength(90_000);
    },
    SLOW_TEST_MS,
  );
});

describeAnyText({
  what: 'an assessment file',
  prefixes: ['{"format":"crm-readiness/assessment",', '{"schemaVersion":'],
  failures: IMPORT_FAILURES,
  read: (text) => tryParseImport(text, tinyContext),
  message: (s, reason) => s.assessments.importErrors[reason],
});
