/**
 * Submission files, written: a participant's answers as JSON with their question ids spelled out.
 * No zod here, so the pages that hand answers back need not load the schemas first (#12);
 * reading one back is submission-file.ts.
 */
import type { SubmissionFile } from '../schemas/workshop-file';
import { SUBMISSION_FILE_FORMAT } from '../schemas/file-formats';
import { serializeFile } from './workshop-files';
import { WORKSHOP_SCHEMA_VERSION, type Submission } from './workshop';

/** Builds the submission file's object. */
export function buildSubmissionFile(submission: Submission): SubmissionFile {
  return { format: SUBMISSION_FILE_FORMAT, schemaVersion: WORKSHOP_SCHEMA_VERSION, submission };
}

/** Serializes a submission as a file's text: pretty-printed JSON with a final newline. */
export function serializeSubmissionFile(submission: Submission): string {
  return serializeFile(buildSubmissionFile(submission));
}
