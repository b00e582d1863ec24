/**
 * The exported assessment file, written: building it, naming it, and the size cap a file read back
 * must fit. No zod here: code that only writes a file, or shows the cap, imports this module and
 * keeps the schemas out of a page's first download (#12); reading a file is parse-import.ts.
 */
import type { AssessmentExport } from '../schemas/assessment-file';
import { ASSESSMENT_EXPORT_FORMAT } from '../schemas/file-formats';
import { ASSESSMENT_SCHEMA_VERSION, type Assessment } from './assessment';

/** The largest file (or inflated share link) read, in UTF-8 bytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

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
