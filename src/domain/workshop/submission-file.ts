/**
 * Submission files: a participant's answers as JSON with their question ids spelled out, for
 * people who would rather pass a file than a code. Reading never throws and never trusts the
 * file; checking it against a workshop is import-submission.ts's job. Writing one is
 * write-submission-file.ts.
 */
import { describeIssues } from '../assessment/describe-issues';
import { SubmissionFileSchema } from '../schemas/workshop-file';
import type { SubmissionRead } from './submission-code';
import { checkTransferText } from './transfer-text';
import { readFile } from './workshop-files';

// Writing needs no zod: the join page's buttons import write-submission-file.ts (#12).
export { buildSubmissionFile, serializeSubmissionFile } from './write-submission-file';

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
