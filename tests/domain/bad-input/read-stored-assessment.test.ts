/**
 * Bad input: the zod-free reader of stored assessments (#12), which a page's first load uses
 * instead of the zod codec. It must give the verdict and the copy that the codec's path (migrate,
 * then StoredAssessmentSchema) gives, on valid records, random JSON and records with one part
 * broken; for a record that needs migrating it says `older`, and the codec takes over.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_SCHEMA_VERSION, type Assessment } from '~/domain/assessment/assessment';
import { migrate } from '~/domain/assessment/migrate';
import {
  OLDEST_READ_AS_CURRENT,
  readStoredAssessment,
  toStoredAssessment,
} from '~/domain/assessment/read-stored-assessment';
import { StoredAssessmentSchema } from '~/domain/schemas/assessment-file';
import { makeAssessment } from '../assessment/helpers';
import { SLOW_TEST_MS } from '../../slow-test';

/** What the codec's path makes of a value: the record, `newer`, `older` (it migrates) or null. */
function readWithZod(value: unknown): ReturnType<typeof readStoredAssessment> {
  const migrated = migrate(value);
  if (!migrated.ok) return migrated.reason === 'newer-version' ? 'newer' : null;
  if ((value as { schemaVersion: number }).schemaVersion < OLDEST_READ_AS_CURRENT) return 'older';
  const parsed = StoredAssessmentSchema.safeParse(migrated.value);
  return parsed.success ? parsed.data : null;
}

/** Both readers on `value` as localStorage gives it back: text through JSON.parse. */
function expectAgreement(value: unknown): void {
  const text = JSON.stringify(value);
  const parsed: unknown = text === undefined ? undefined : JSON.parse(text);
  expect(readStoredAssessment(parsed)).toEqual(readWithZod(parsed));
}

/** An assessment with every optional part filled in. */
const RICH: Assessment = makeAssessment({
  mode: 'quick',
  setAside: { answers: { 'old-question': 2 }, notes: { 'old-question': 'Kept.' } },
  participation: { workshopId: 'w-1', participant: { id: 'p-1', name: 'Ana', role: 'executive' } },
  organizationId: 'org-1',
  previousId: 'earlier-id',
  plan: {
    ambition: 'leading',
    targets: { strategy: 80 },
    compareWith: 'earlier-id',
    channelOrder: ['internet', 'sales-force'],
    planStart: '2027-01-04',
    excluded: ['business-case'],
    startWeeks: { 'business-case': 3 },
    owners: { 'business-case': 'Dirección comercial' },
    kpis: {
      adoption: {
        baseline: '40 %',
        target: '80 %',
        frequency: 'monthly',
        baselineValue: 40,
        targetValue: 80.5,
        targetDate: '2027-12-31',
      },
    },
    progress: {
      'business-case': {
        status: 'dropped',
        reason: 'Covered by the budget.',
        actualStart: '2027-01-11',
        actualFinish: '2027-02-01',
        note: 'Stopped.',
      },
      'data-cleanup': { status: 'in-progress' },
    },
    measurements: {
      adoption: [
        { date: '2027-02-01', value: 45, note: 'First count.' },
        { date: '2027-03-01', value: -0.5 },
      ],
    },
    reassessOn: '2027-07-04',
    carriedOver: ['data-cleanup'],
    decision: {
      weights: { 'erp-integration': 5 },
      scores: { 'specific-fit': { 'packaged-saas': 2 } },
      tco: {
        currency: 'EUR',
        years: 5,
        users: 12.5,
        figures: { 'packaged-saas': { implementation: 1000, maintenancePercent: 18.5 } },
      },
    },
  },
});

/** Values near every limit of the schema, and the words it knows. */
const NEAR_LIMITS: readonly unknown[] = [
  '',
  'x'.repeat(100),
  'x'.repeat(101),
  'x'.repeat(120),
  'x'.repeat(121),
  'x'.repeat(2000),
  'x'.repeat(2001),
  '2024-02-29T10:00:00+01:00',
  '2025-02-29T10:00:00Z',
  '2025-05-01T10:00:00.5Z',
  '2025-05-01T24:00:00Z',
  '2025-05-01T10:00Z',
  '2025-05-01',
  '2025-13-01',
  'EUR',
  'eur',
  'EURO',
  'quick',
  'full',
  'competitive',
  'weekly',
  'daily',
  'dont-know',
  'not-applicable',
  'dropped',
  'done',
  ' ',
  'x'.repeat(500),
  'x'.repeat(501),
  1_000_000_000_000,
  1_000_000_000_001,
  -1_000_000_000_001,
  'executive',
  'chair',
  -1,
  0,
  0.5,
  4,
  5,
  6,
  10,
  11,
  100,
  101,
  520,
  521,
  100_000,
  100_001,
  100_000_000,
  100_000_001,
  2 ** 53,
  Number.POSITIVE_INFINITY, // what JSON.parse makes of 1e400; JSON.stringify writes it as null
  ['internet'],
  Array.from({ length: 11 }, (_, i) => `c${i}`),
  Array.from({ length: 51 }, (_, i) => `o${i}`),
  '2025-05-01T10:00:00.Z',
  '2025-05-01T10:00:00+24:00',
  '2025-05-01t10:00:00z',
  null,
  {},
  [],
];

/** Every path to a part of `value`: object keys and array indexes. */
function pathsOf(value: unknown, path: readonly (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [[...path]];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    [...path],
    ...keys.flatMap((k) => pathsOf((value as Record<string, unknown>)[k], [...path, k])),
  ];
}

type Change =
  | { readonly kind: 'replace'; readonly with: unknown }
  | { readonly kind: 'delete' }
  | { readonly kind: 'add'; readonly key: string; readonly with: unknown };

/** A deep copy of `record` with one change at `path` (own `__proto__` keys included). */
function mutate(record: unknown, path: readonly (string | number)[], change: Change): unknown {
  const copy = JSON.parse(JSON.stringify(record)) as Record<string | number, unknown>;
  if (path.length === 0) return change.kind === 'replace' ? change.with : copy;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (change.kind === 'replace') parent[last] = change.with;
  else if (change.kind === 'delete') delete parent[last];
  else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
      Object.defineProperty(target, change.key, {
        value: change.with,
        enumerable: true,
        writable: true,
      });
    }
  }
  return copy;
}

const STORED = toStoredAssessment(RICH);
const PATHS = pathsOf(STORED);
const anyValue = fc.oneof(fc.constantFrom(...NEAR_LIMITS), fc.jsonValue({ maxDepth: 2 }));
const aChange = fc.oneof(
  anyValue.map((v): Change => ({ kind: 'replace', with: v })),
  fc.constant<Change>({ kind: 'delete' }),
  fc
    .tuple(
      fc.oneof(fc.constantFrom('__proto__', 'constructor', '', 'x'.repeat(101)), fc.string()),
      anyValue,
    )
    .map(([key, v]): Change => ({ kind: 'add', key, with: v })),
);

describe('readStoredAssessment agrees with the zod schema (#12)', () => {
  it.each<[string, unknown]>([
    ['a plain record', toStoredAssessment(makeAssessment())],
    ['a record with every optional part', STORED],
    [
      'a record with an unknown field (dropped)',
      { ...STORED, extra: 1, assessment: { ...RICH, extra: 2 } },
    ],
    ['a record of version 1 (migrates)', { ...STORED, schemaVersion: 1 }],
    ['a record of version 2 (read as version 3, #16)', { ...STORED, schemaVersion: 2 }],
    [
      'a dropped initiative without a reason',
      {
        ...STORED,
        assessment: {
          ...RICH,
          plan: { ...RICH.plan, progress: { x: { status: 'dropped', reason: ' ' } } },
        },
      },
    ],
    [
      'too many measurements',
      {
        ...STORED,
        assessment: {
          ...RICH,
          plan: {
            ...RICH.plan,
            measurements: {
              k: Array.from({ length: 121 }, () => ({ date: '2027-01-01', value: 1 })),
            },
          },
        },
      },
    ],
    ['a record of a newer version', { ...STORED, schemaVersion: ASSESSMENT_SCHEMA_VERSION + 1 }],
    ['a record without a version', { assessment: RICH }],
    ['a version of 0', { ...STORED, schemaVersion: 0 }],
    ['a version in words', { ...STORED, schemaVersion: '2' }],
    ['no record at all', 'crm'],
    ['null', null],
    ['an array', [STORED]],
    ['an answer out of range', { ...STORED, assessment: { ...RICH, answers: { 'q-plain': 7 } } }],
    ['an empty answer key', { ...STORED, assessment: { ...RICH, answers: { '': 1 } } }],
    [
      'a `__proto__` answer key (skipped)',
      JSON.parse(JSON.stringify(STORED).replace('"answers":{', '"answers":{"__proto__":3,')),
    ],
    [
      'a timestamp without seconds',
      { ...STORED, assessment: { ...RICH, updatedAt: '2025-05-01T10:00Z' } },
    ],
  ])('%s', (_name, value) => {
    expectAgreement(value);
  });

  it('reads a version 2 record as a version 3 one, without the codec (#16)', () => {
    const v2 = JSON.parse(JSON.stringify({ ...STORED, schemaVersion: 2 })) as unknown;
    expect(readStoredAssessment(v2)).toEqual(STORED);
  });

  it('reads a valid record back as it was stored', () => {
    expect(readStoredAssessment(JSON.parse(JSON.stringify(STORED)))).toEqual(STORED);
  });

  it(
    'agrees on every part of a valid record replaced by every value near a limit, or removed',
    () => {
      for (const path of PATHS) {
        expectAgreement(mutate(STORED, path, { kind: 'delete' }));
        for (const value of NEAR_LIMITS)
          expectAgreement(mutate(STORED, path, { kind: 'replace', with: value }));
      }
    },
    SLOW_TEST_MS,
  );

  it(
    'agrees on any JSON value',
    () => {
      fc.assert(fc.property(fc.jsonValue(), expectAgreement), { numRuns: 300 });
    },
    SLOW_TEST_MS,
  );

  it(
    'agrees on a valid record with any one part replaced, removed or added',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...PATHS), aChange, (path, change) => {
          expectAgreement(mutate(STORED, path, change));
        }),
        { numRuns: 1500 },
      );
    },
    SLOW_TEST_MS,
  );
});
