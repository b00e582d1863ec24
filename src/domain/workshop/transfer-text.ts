/**
 * What invitation, submission and workshop reading share: the size and blank checks, telling a
 * code from a file's text, and naming what was pasted when it is the wrong kind.
 */
import {
  ASSESSMENT_EXPORT_FORMAT,
  INVITATION_FILE_FORMAT,
  SUBMISSION_FILE_FORMAT,
  WORKSHOP_FILE_FORMAT,
} from '../schemas/file-formats';
import { MAX_IMPORT_BYTES, getUtf8ByteLength } from '../assessment/export-file';

/** The largest text (file, code, or inflated code) read, in UTF-8 bytes: as for assessments. */
export const MAX_TRANSFER_BYTES = MAX_IMPORT_BYTES;

/** What travels between facilitator and participants. */
export type TransferKind = 'invitation' | 'submission' | 'workshop';

/** The `format` tag of each kind's file. */
export const TRANSFER_FORMATS: Readonly<Record<TransferKind, string>> = {
  invitation: INVITATION_FILE_FORMAT,
  submission: SUBMISSION_FILE_FORMAT,
  workshop: WORKSHOP_FILE_FORMAT,
};

/** Why text could not be read before the checks of its kind; `wrong-kind` is renamed per kind. */
export type TransferFailure = 'empty' | 'too-large' | 'wrong-kind' | 'corrupt' | 'newer-version';

/** A value read from a code or a file, or why there is none (`detail` is for a disclosure). */
export type TransferRead<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: TransferFailure; readonly detail: string };

/** A failed read. */
export type TransferRefusal = Extract<TransferRead<never>, { readonly ok: false }>;

/** Builds a failed read. */
export function failRead(reason: TransferFailure, detail: string): TransferRefusal {
  return { ok: false, reason, detail };
}

/** Refuses text over the byte cap or blank; null when it may be read. */
export function checkTransferText(text: string): TransferRefusal | null {
  // Each UTF-16 unit is at least one UTF-8 byte: a long text is too large before counting.
  if (text.length > MAX_TRANSFER_BYTES || getUtf8ByteLength(text) > MAX_TRANSFER_BYTES) {
    return failRead('too-large', `The text is larger than ${MAX_TRANSFER_BYTES} bytes.`);
  }
  if (text.trim() === '') return failRead('empty', 'Nothing was pasted or the file is blank.');
  return null;
}

/**
 * Returns true when text looks like one of our codes (`CRM` and a capital letter) rather than JSON.
 * White space is ignored, as when reading a code: a mail program may have wrapped it anywhere.
 */
export function isCodeText(text: string): boolean {
  return /^CRM[A-Z]/.test(text.trimStart().slice(0, 40).replace(/\s+/g, ''));
}

const WHAT_IS_EXPECTED: Readonly<Record<TransferKind, string>> = {
  invitation: 'a workshop invitation',
  submission: 'a participant’s submission',
  workshop: 'a workshop file',
};

const WHAT_FORMAT_IS: ReadonlyMap<string, string> = new Map([
  [INVITATION_FILE_FORMAT, 'a workshop invitation file'],
  [SUBMISSION_FILE_FORMAT, 'a participant’s submission file'],
  [WORKSHOP_FILE_FORMAT, 'the facilitator’s workshop file'],
  [ASSESSMENT_EXPORT_FORMAT, 'an assessment file'],
]);

/** Names what a file with this `format` is, for a wrong-kind detail. */
function describeFormat(format: unknown): string {
  return (typeof format === 'string' && WHAT_FORMAT_IS.get(format)) || 'JSON of another kind';
}

/** The detail of a wrong-kind failure: what the text is, and what was expected. */
export function describeWrongKind(found: string, expected: TransferKind): string {
  return `This is ${found}, not ${WHAT_IS_EXPECTED[expected]}.`;
}

/** The wrong-kind failure for a file whose `format` tag is not the expected one. */
export function failWrongFormat(format: unknown, expected: TransferKind): TransferRefusal {
  return failRead('wrong-kind', describeWrongKind(describeFormat(format), expected));
}
