/**
 * Writes and reads a stored assessment record without zod. Reading a record of the current schema
 * version applies the rules of
 * `StoredAssessmentSchema` (schemas/assessment-file.ts) written out by hand, so that a page's
 * first load shows the assessments in this browser without fetching the zod codec (#12). Older
 * records still go through the codec, which migrates them.
 *
 * Like zod, it returns a copy with only the known fields (unknown ones are dropped, and so is an
 * own `__proto__` key of a record), or null when any rule fails. Its input is a value from
 * `JSON.parse`. A property test in tests/domain/bad-input/ holds it to the zod schema: same verdict
 * and same output on valid, random and mutated records.
 */
import {
  ASSESSMENT_SCHEMA_VERSION,
  INITIATIVE_STATUSES,
  MAX_KPI_VALUE,
  MAX_LABEL_LENGTH,
  MAX_MEASUREMENTS_PER_KPI,
  MAX_NOTE_LENGTH,
  MAX_PROGRESS_NOTE_LENGTH,
  type Assessment,
  type DecisionTcoFigures,
  type InitiativeProgress,
  type KpiMeasurement,
} from './assessment';
import { ASSESSMENT_MODES } from './assessment-mode';
import { ROLE_IDS } from '../workshop/workshop';
import type { StoredAssessment } from '../schemas/assessment-file';
import { MAX_ID_LENGTH, MAX_PROFILE_OPTIONS } from '../schemas/file-formats';

/** What a reader gives back for a value that breaks its rule. */
const INVALID = Symbol('invalid');
/** Reads one value: the value (a copy for objects), or INVALID. */
type Reader<T> = (value: unknown) => T | typeof INVALID;

// The schema's other limits, written there as literals; the property test keeps them equal.
const MAX_CHANNELS = 10;
const MAX_EXCLUDED = 500;
const MAX_AMOUNT = 100_000_000;

// zod's `iso.date()` and `iso.datetime({ offset: true })` patterns.
const DATE = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))`;
const DATE_PATTERN = new RegExp(`^${DATE}$`);
const TIMESTAMP_PATTERN = new RegExp(
  String.raw`^${DATE}T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$`,
);

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text =
  (min: number, max: number, pattern?: RegExp): Reader<string> =>
  (value) =>
    typeof value === 'string' &&
    value.length >= min &&
    value.length <= max &&
    (pattern === undefined || pattern.test(value))
      ? value
      : INVALID;

const wholeNumber =
  (min: number, max: number): Reader<number> =>
  (value) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max
      ? value
      : INVALID;

const amount =
  (max: number): Reader<number> =>
  (value) =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max
      ? value
      : INVALID;

const oneOf =
  <const T>(values: readonly T[]): Reader<T> =>
  (value) =>
    values.includes(value as T) ? (value as T) : INVALID;

const list =
  <T>(item: Reader<T>, max: number): Reader<readonly T[]> =>
  (value) => {
    if (!Array.isArray(value) || value.length > max) return INVALID;
    const items = value.map(item);
    return items.includes(INVALID) ? INVALID : (items as T[]);
  };

const id = text(1, MAX_ID_LENGTH);
const label = text(0, MAX_LABEL_LENGTH);
const note = text(0, MAX_NOTE_LENGTH);

/** A record keyed by ids; an own `__proto__` key is skipped, as zod skips it. */
const record =
  <T>(item: Reader<T>): Reader<Readonly<Record<string, T>>> =>
  (value) => {
    if (!isObject(value)) return INVALID;
    const copy: Record<string, T> = {};
    for (const key of Object.keys(value)) {
      if (key === '__proto__') continue;
      const read = item(value[key]);
      if (id(key) === INVALID || read === INVALID) return INVALID;
      copy[key] = read;
    }
    return copy;
  };

/** Readers for every field of T; the optional ones are listed in `optional`. */
type Fields<T> = { readonly [K in keyof T]-?: Reader<Exclude<T[K], undefined>> };

/** An object with the given fields; unknown fields are dropped, absent optional ones stay absent. */
const object =
  <T>(fields: Fields<T>, optional: readonly (keyof T & string)[] = []): Reader<T> =>
  (value) => {
    if (!isObject(value)) return INVALID;
    const copy: Record<string, unknown> = {};
    for (const [key, read] of Object.entries<Reader<unknown>>(fields)) {
      if (value[key] === undefined && optional.includes(key as keyof T & string)) continue;
      const field = read(value[key]);
      if (field === INVALID) return INVALID;
      copy[key] = field;
    }
    // Every field was read with its reader above, so the copy has T's shape.
    return copy as T;
  };

const answer = oneOf([0, 1, 2, 3, 4, 'dont-know', 'not-applicable'] as const);
const points = wholeNumber(0, 5);
const figure = amount(MAX_AMOUNT);
const figures = object<DecisionTcoFigures>(
  {
    subscriptionPerUserMonth: figure,
    licencePerUser: figure,
    implementation: figure,
    customization: figure,
    integration: figure,
    dataMigration: figure,
    training: figure,
    internalStaffPerYear: figure,
    hostingPerYear: figure,
    maintenancePercent: amount(100),
    upgradesPerYear: figure,
  },
  [
    'subscriptionPerUserMonth',
    'licencePerUser',
    'implementation',
    'customization',
    'integration',
    'dataMigration',
    'training',
    'internalStaffPerYear',
    'hostingPerYear',
    'maintenancePercent',
    'upgradesPerYear',
  ],
);

const date = text(0, Infinity, DATE_PATTERN);
const progressNote = text(0, MAX_PROGRESS_NOTE_LENGTH);
const kpiValue: Reader<number> = (value) =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_KPI_VALUE
    ? value
    : INVALID;

const progressFields = object<InitiativeProgress>(
  {
    status: oneOf(INITIATIVE_STATUSES),
    reason: progressNote,
    actualStart: date,
    actualFinish: date,
    note: progressNote,
  },
  ['reason', 'actualStart', 'actualFinish', 'note'],
);
/** The schema's refinement: a dropped initiative needs a reason that is not blank. */
const progress: Reader<InitiativeProgress> = (value) => {
  const read = progressFields(value);
  if (read === INVALID) return INVALID;
  return read.status === 'dropped' && (read.reason ?? '').trim() === '' ? INVALID : read;
};
const measurement = object<KpiMeasurement>({ date, value: kpiValue, note: progressNote }, ['note']);

type Plan = NonNullable<Assessment['plan']>;
type Decision = NonNullable<Plan['decision']>;

const decision = object<Decision>({
  weights: record(points),
  scores: record(record(points)),
  tco: object<Decision['tco']>(
    {
      currency: text(3, 3, /^[A-Z]{3}$/),
      years: wholeNumber(1, 10),
      users: amount(100_000),
      figures: record(figures),
    },
    ['currency', 'years', 'users'],
  ),
});

const plan = object<Plan>(
  {
    ambition: oneOf(['foundation', 'competitive', 'leading'] as const),
    targets: record(wholeNumber(0, 100)),
    compareWith: id,
    channelOrder: list(id, MAX_CHANNELS),
    planStart: date,
    excluded: list(id, MAX_EXCLUDED),
    startWeeks: record(wholeNumber(0, 520)),
    owners: record(label),
    kpis: record(
      object<Plan['kpis'][string]>(
        {
          baseline: label,
          target: label,
          frequency: oneOf(['weekly', 'monthly', 'quarterly', 'yearly'] as const),
          baselineValue: kpiValue,
          targetValue: kpiValue,
          targetDate: date,
        },
        ['baseline', 'target', 'frequency', 'baselineValue', 'targetValue', 'targetDate'],
      ),
    ),
    decision,
    progress: record(progress),
    measurements: record(list(measurement, MAX_MEASUREMENTS_PER_KPI)),
    reassessOn: date,
    carriedOver: list(id, MAX_EXCLUDED),
  },
  [
    'compareWith',
    'channelOrder',
    'planStart',
    'decision',
    'progress',
    'measurements',
    'reassessOn',
    'carriedOver',
  ],
);

const profileAnswer: Reader<string | readonly string[]> = (value) =>
  typeof value === 'string' ? id(value) : list(id, MAX_PROFILE_OPTIONS)(value);

const timestamp = text(0, Infinity, TIMESTAMP_PATTERN);

const assessment = object<Assessment>(
  {
    id,
    name: label,
    organization: label,
    assessor: label,
    createdAt: timestamp,
    updatedAt: timestamp,
    contentVersion: wholeNumber(1, Number.MAX_SAFE_INTEGER),
    mode: oneOf(ASSESSMENT_MODES),
    profile: record(profileAnswer),
    answers: record(answer),
    notes: record(note),
    position: id,
    setAside: object<Assessment['setAside']>({ answers: record(answer), notes: record(note) }),
    plan,
    participation: object<NonNullable<Assessment['participation']>>({
      workshopId: id,
      participant: object<NonNullable<Assessment['participation']>['participant']>({
        id,
        name: label,
        role: oneOf(ROLE_IDS),
      }),
    }),
    organizationId: id,
    previousId: id,
  },
  ['plan', 'participation', 'organizationId', 'previousId'],
);

const storedAssessment = object<StoredAssessment>({
  schemaVersion: wholeNumber(ASSESSMENT_SCHEMA_VERSION, ASSESSMENT_SCHEMA_VERSION),
  assessment,
});

/**
 * The oldest schema version whose records are already valid records of the current one: every
 * migration step from it on only stamps the version (2 → 3 adds optional fields only, #16). Such
 * a record is read here as a current one, so that a version bump that adds optional fields does
 * not make every page fetch the zod codec for records written before it.
 */
export const OLDEST_READ_AS_CURRENT = 2;

/** Wraps an assessment with the current schema version, ready for `JSON.stringify`. */
export function toStoredAssessment(assessment: Assessment): StoredAssessment {
  return { schemaVersion: ASSESSMENT_SCHEMA_VERSION, assessment };
}

/**
 * A stored record, read without zod: a copy of it, stamped with the current schema version, when
 * it is of that version (or of one from OLDEST_READ_AS_CURRENT on) and keeps every rule of the
 * schema; `newer` when a newer version of the site wrote it (leave it);
 * `older` when it needs migrating first (the codec's job); null when it is unreadable.
 * @param value a value from `JSON.parse`
 */
export function readStoredAssessment(value: unknown): StoredAssessment | 'newer' | 'older' | null {
  const version = isObject(value) ? value['schemaVersion'] : undefined;
  // migrate.ts's rules for a version: a whole number from 1.
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return null;
  if (version > ASSESSMENT_SCHEMA_VERSION) return 'newer';
  if (version < OLDEST_READ_AS_CURRENT) return 'older';
  // A number was read from it above, so `value` is an object.
  const record = value as Readonly<Record<string, unknown>>;
  const read = storedAssessment({ ...record, schemaVersion: ASSESSMENT_SCHEMA_VERSION });
  return read === INVALID ? null : read;
}
