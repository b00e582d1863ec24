/**
 * The exported assessment file, read back. Reading never throws and never trusts the file: it is
 * size-checked, parsed, migrated, validated and restored. Writing one is export-file.ts.
 */
import { ASSESSMENT_EXPORT_FORMAT, AssessmentExportSchema } from '../schemas/assessment-file';
import { PLAN_EXPORT_FORMAT } from '../schemas/file-formats';
import type { Assessment } from './assessment';
import { describeIssues } from './describe-issues';
import { MAX_IMPORT_BYTES, getUtf8ByteLength } from './export-file';
import { isRawRecord, migrate } from './migrate';
import { reconcileAssessment, type RestoreContext, type RestoreReport } from './restore-assessment';

// Written in export-file.ts (no zod, #12); still exported here for the code that reads files.
export {
  MAX_IMPORT_BYTES,
  buildExport,
  getUtf8ByteLength,
  serializeExport,
  toImportFileName,
  toSlug,
} from './export-file';

/** Every reason an import can fail, for mapping to messages. */
export const IMPORT_FAILURES = [
  'empty',
  'too-large',
  'not-json',
  'not-assessment',
  'plan-file',
  'workshop-file',
  'newer-version',
  'invalid',
] as const;

/** Why a file could not be imported. */
export type ImportFailure = (typeof IMPORT_FAILURES)[number];

/** An imported assessment with its restore report, or why there is none (`detail` is for a disclosure). */
export type ImportResult<Failure extends string = ImportFailure> =
  | { readonly ok: true; readonly assessment: Assessment; readonly report: RestoreReport }
  | { readonly ok: false; readonly reason: Failure; readonly detail: string };

function fail(reason: ImportFailure, detail = ''): ImportResult {
  return { ok: false, reason, detail };
}

/** The prefix of every workshop file's `format` (backup, invitation, submission). */
const WORKSHOP_FORMAT_PREFIX = 'crm-readiness/workshop';

/**
 * Names another file of this tool brought to the assessment import, so the message can say which
 * file to bring instead (#14): the plan download and workshop files are ours, not foreign.
 */
function getOwnFileKind(value: unknown): 'plan-file' | 'workshop-file' | undefined {
  const format = isRawRecord(value) ? value['format'] : undefined;
  if (format === PLAN_EXPORT_FORMAT) return 'plan-file';
  if (typeof format === 'string' && format.startsWith(WORKSHOP_FORMAT_PREFIX)) {
    return 'workshop-file';
  }
  return undefined;
}

/** Reads an exported assessment file's text and restores the assessment against the current content. */
export function tryParseImport(text: string, context: RestoreContext): ImportResult {
  // Each UTF-16 unit is at least one UTF-8 byte: a long text is too large before counting.
  if (text.length > MAX_IMPORT_BYTES || getUtf8ByteLength(text) > MAX_IMPORT_BYTES) {
    return fail('too-large', `The file is larger than ${MAX_IMPORT_BYTES} bytes.`);
  }
  if (text.trim() === '') return fail('empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Some browsers (Safari) quote the token the parser stopped at, which can be most of the
    // file: keep the detail short, as workshop files do.
    return fail('not-json', String(error).slice(0, 200));
  }
  if (!isRawRecord(value) || value['format'] !== ASSESSMENT_EXPORT_FORMAT) {
    return fail(
      getOwnFileKind(value) ?? 'not-assessment',
      `Expected "format": "${ASSESSMENT_EXPORT_FORMAT}".`,
    );
  }
  const migrated = migrate(value);
  if (!migrated.ok) return migrated;
  const parsed = AssessmentExportSchema.safeParse(migrated.value);
  if (!parsed.success) return fail('invalid', describeIssues(parsed.error.issues));
  return { ok: true, ...reconcileAssessment(parsed.data.assessment, context) };
}
