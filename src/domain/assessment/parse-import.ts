/**
 * The exported assessment file: building it, naming it, and reading one back. Reading never
 * throws and never trusts the file: it is size-checked, parsed, migrated, validated and restored.
 */
import {
  ASSESSMENT_EXPORT_FORMAT,
  AssessmentExportSchema,
  type AssessmentExport,
} from '../schemas/assessment-file';
import { ASSESSMENT_SCHEMA_VERSION, type Assessment } from './assessment';
import { describeIssues } from './describe-issues';
import { isRawRecord, migrate } from './migrate';
import { reconcileAssessment, type RestoreContext, type RestoreReport } from './restore-assessment';

/** The largest file (or inflated share link) read, in UTF-8 bytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

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

/** Counts the UTF-8 bytes of a string without encoding it (a lone surrogate counts 3, as encoded). */
export function getUtf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** The `format` of the plan download (Plan (JSON) on the results page). */
export const PLAN_EXPORT_FORMAT = 'crm-readiness/roadmap';
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

/** Builds the export file's object for an assessment. */
export function buildExport(assessment: Assessment, now: Date): AssessmentExport {
  return {
    format: ASSESSMENT_EXPORT_FORMAT,
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    assessment,
  };
}

/** Serializes an export as pretty-printed JSON with a final newline. */
export function serializeExport(exported: AssessmentExport): string {
  return `${JSON.stringify(exported, null, 2)}\n`;
}

/** Letters NFKD does not take apart, folded by hand. */
const FOLDS: readonly (readonly [string, string])[] = [
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ø', 'o'],
  ['ł', 'l'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['þ', 'th'],
  ['ı', 'i'],
];
/** Longest slug in a file name. */
const MAX_SLUG_LENGTH = 60;

/** Turns a label into lowercase ASCII letters, digits and single hyphens ("Pérez & Hijos" → "perez-hijos"). */
export function toSlug(label: string): string {
  const folded = FOLDS.reduce(
    (text, [from, to]) => text.replaceAll(from, to),
    label
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[\u0300-\u036f]/g, ''),
  );
  return folded
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}

function toLocalDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Names an export file: `crm-assessment-<organization-or-name-slug>-<yyyy-mm-dd>.json`, using
 * the local calendar date of `date`.
 */
export function toImportFileName(assessment: Assessment, date: Date): string {
  const slug = toSlug(assessment.organization) || toSlug(assessment.name) || 'assessment';
  return `crm-assessment-${slug}-${toLocalDate(date)}.json`;
}
