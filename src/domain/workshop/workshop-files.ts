/**
 * Workshop files: JSON with a `format` tag and a `schemaVersion`, like the assessment export.
 * Reading checks the tag and brings an older shape up to date; each kind validates the rest.
 */
import { isRawRecord, migrate, type MigrationTable, type RawRecord } from '../assessment/migrate';
import {
  TRANSFER_FORMATS,
  failRead,
  failWrongFormat,
  type TransferKind,
  type TransferRead,
} from './transfer-text';
import { WORKSHOP_SCHEMA_VERSION } from './workshop';

/**
 * Migrations of invitation, submission and workshop files, keyed by the version they migrate
 * from. Empty: version 1 is the first. When a shape changes, bump WORKSHOP_SCHEMA_VERSION, add
 * the step here (and a branch for old codes in workshop-codes.ts), and add a fixture folder
 * (tests/fixtures/workshop/v2/).
 */
export const WORKSHOP_MIGRATIONS: MigrationTable = {};

/** Serializes a file's object as pretty-printed JSON with a final newline. */
export function serializeFile(file: object): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Parses a file's text, checks its `format` tag, and migrates it to the current schema version;
 * never throws. The caller has checked size and blankness.
 */
export function readFile(text: string, kind: TransferKind): TransferRead<RawRecord> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The parser's message quotes the text: keep the detail short.
    const message = String(error).slice(0, 200);
    return failRead('corrupt', `The text is neither a code nor a complete file: ${message}`);
  }
  if (!isRawRecord(value) || value['format'] !== TRANSFER_FORMATS[kind]) {
    return failWrongFormat(isRawRecord(value) ? value['format'] : undefined, kind);
  }
  const migrated = migrate(value, WORKSHOP_MIGRATIONS, WORKSHOP_SCHEMA_VERSION);
  if (!migrated.ok) {
    return failRead(
      migrated.reason === 'newer-version' ? 'newer-version' : 'corrupt',
      migrated.detail,
    );
  }
  return migrated;
}
