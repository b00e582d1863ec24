/**
 * Brings a stored or exported assessment record up to the current schema version, one step at a
 * time. It only reshapes; validation and reconciling with the content come after (restore).
 */
import { ASSESSMENT_SCHEMA_VERSION } from './assessment';

/** A plain JSON object as read from storage or a file. */
export type RawRecord = Readonly<Record<string, unknown>>;

/**
 * One step: turns a record of version `n` into one of version `n + 1`. It must return a new
 * object and leave its argument untouched; `migrate` sets `schemaVersion` itself.
 */
export type Migration = (raw: RawRecord) => RawRecord;

/** Migration steps keyed by the version they migrate from. */
export type MigrationTable = Readonly<Record<number, Migration>>;

/**
 * Version 1 → 2: an assessment gains a `mode` (issue #13). Version 1 knew only the full assessment,
 * so its records become full ones. A record whose `assessment` is not an object is passed on
 * untouched, for validation to refuse with its own message.
 */
export function addFullMode(raw: RawRecord): RawRecord {
  const assessment = raw['assessment'];
  if (!isRawRecord(assessment)) return { ...raw };
  return { ...raw, assessment: { ...assessment, mode: 'full' } };
}

/**
 * Version 2 → 3: following the plan through (issue #16) adds optional fields only, so a version 2
 * record is already a valid version 3 one; the step copies it and `migrate` stamps the version.
 */
export function addFollowUp(raw: RawRecord): RawRecord {
  return { ...raw };
}

/**
 * The real migrations, keyed by the version they migrate from. When the shape changes, bump
 * ASSESSMENT_SCHEMA_VERSION, add the step from the previous version here, and add a fixture folder
 * for the new version (tests/fixtures/assessment/).
 */
export const MIGRATIONS: MigrationTable = { 1: addFullMode, 2: addFollowUp };

/** Why a record could not be migrated. */
export type MigrateFailure = 'newer-version' | 'invalid';

/** A migrated record, or why there is none. */
export type MigrateResult =
  | { readonly ok: true; readonly value: RawRecord }
  | { readonly ok: false; readonly reason: MigrateFailure; readonly detail: string };

/** Returns true for a plain object (not null, not an array). */
export function isRawRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(reason: MigrateFailure, detail: string): MigrateResult {
  return { ok: false, reason, detail };
}

/**
 * Reads `schemaVersion` from `raw` and applies each migration from that version up to
 * `currentVersion`, in order. Never throws: a failing or missing step is an `invalid` result.
 * @param raw a record with a `schemaVersion`, as parsed from JSON
 * @param migrations the steps to use (the real table unless a test injects one)
 * @param currentVersion the version to reach
 */
export function migrate(
  raw: unknown,
  migrations: MigrationTable = MIGRATIONS,
  currentVersion: number = ASSESSMENT_SCHEMA_VERSION,
): MigrateResult {
  if (!isRawRecord(raw)) return fail('invalid', 'The record is not an object.');
  const version = raw['schemaVersion'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return fail('invalid', 'schemaVersion: expected a whole number from 1.');
  }
  if (version > currentVersion) {
    return fail('newer-version', `Schema version ${version} is newer than ${currentVersion}.`);
  }
  let value = raw;
  for (let from = version; from < currentVersion; from += 1) {
    const step = Object.hasOwn(migrations, from) ? migrations[from] : undefined;
    if (!step) return fail('invalid', `No migration from schema version ${from}.`);
    try {
      const next: unknown = step(value);
      if (!isRawRecord(next))
        return fail('invalid', `Migration from version ${from} gave no object.`);
      value = { ...next, schemaVersion: from + 1 };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return fail('invalid', `Migration from version ${from} failed: ${message}`);
    }
  }
  return { ok: true, value };
}
