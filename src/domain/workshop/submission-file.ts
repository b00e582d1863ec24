/**
 * Submission files: a participant's answers as JSON with their question ids spelled out, for
 * people who would rather pass a file than a code. Reading never throws and never trusts the
 * file; checking it against a workshop is import-submission.ts's job.
 */
import { describeIssues } from '../assessment/describe-issues';
import {
  SUBMISSION_FILE_FORMAT,
  SubmissionFileSchema,
  type SubmissionFile,
} from '../schemas/workshop-file';
import type { SubmissionRead } from './submission-code';
import { checkTransferText } from './transfer-text';
import { readFile, serializeFile } from './workshop-files';
import { WORKSHOP_SCHEMA_VERSION, type Submission } from './workshop';

/** Builds the submission file's object. */
export function buildSubmissionFile(submission: Submission): SubmissionFile {
  return { format: SUBMISSION_FILE_FORMAT, schemaVersion: WORKSHOP_SCHEMA_VERSION, submission };
}

/** Serializes a submission as a file's text: pretty-printed JSON with a final newline. */
export function serializeSubmissionFile(submission: Submission): string {
  return serializeFile(buildSubmissionFile(submission));
}

/** Reads a submission file's text; never throws. */
export function tryParseSubmissionFile(text: string): SubmissionRead {
  const read = checkTransferText(text) ?? readFile(text, 'submission');
  if (!read.ok) {
    const reason = read.reason === 'wrong-kind' ? 'not-a-submission' : read.reason;
    return { ok: false, reason, detail: read.detail };
  }
  const parsed = SubmissionFileSchema.safeParse(read.value);
  if (parsed.success) return { ok: true, submission: parsed.data.submission };
  return { ok: false, reason: 'corrupt', detail: describeIssues(parsed.error.issues) };
}
