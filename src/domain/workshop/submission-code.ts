/**
 * Submission codes (`CRMS1.…`): a participant's answers as text short enough to paste into a chat.
 * Question ids are most of a submission's weight (70 answers spell ~2 800 characters of ids, ~950
 * once deflated), so a code carries one character per question of the content instead, in the
 * order of the sorted ids, with a fingerprint of that list. Both sides answer the same content
 * version, so both know the list; if the fingerprints differ anyway, the code is refused and the
 * submission file, which spells the ids, still works. Answers to questions outside the list
 * travel with their ids.
 */
import { describeIssues } from '../assessment/describe-issues';
import type { AnswerValue } from '../scoring/model';
import { SubmissionCodePayloadSchema, type SubmissionCodePayload } from '../schemas/workshop-file';
import { copyAnswers } from './create-workshop';
import { checkTransferText, type TransferRead } from './transfer-text';
import { packCode, unpackCode } from './workshop-codes';
import type { Submission } from './workshop';

/** Why a submission could not be read, before it is checked against a workshop. */
export type SubmissionReadFailure =
  | 'empty'
  | 'too-large'
  | 'not-a-submission'
  | 'corrupt'
  | 'newer-version'
  | 'other-content-version';

/** A valid submission, or why there is none (`detail` is for a disclosure). */
export type SubmissionRead =
  | { readonly ok: true; readonly submission: Submission }
  | { readonly ok: false; readonly reason: SubmissionReadFailure; readonly detail: string };

/** A valid code payload, or why there is none. */
export type SubmissionCodeRead =
  | { readonly ok: true; readonly payload: SubmissionCodePayload }
  | { readonly ok: false; readonly reason: SubmissionReadFailure; readonly detail: string };

/** The character standing for each answer in a code; `-` is an unanswered question. */
const ANSWER_CHARS: Readonly<Record<AnswerValue, string>> = {
  0: '0',
  1: '1',
  2: '2',
  3: '3',
  4: '4',
  'dont-know': 'd',
  'not-applicable': 'n',
};
const CHAR_ANSWERS = new Map(
  Object.entries(ANSWER_CHARS).map(([value, char]) => [
    char,
    (/^\d$/.test(value) ? Number(value) : value) as AnswerValue,
  ]),
);

/** The content's question ids, without repeats or a `__proto__` id, in code-unit order. */
export function sortQuestionIds(questionIds: Iterable<string>): string[] {
  return [...new Set(questionIds)].filter((id) => id !== '__proto__').sort();
}

/** A fingerprint of a sorted id list: 32-bit FNV-1a over the UTF-16 code units of the ids, each followed by a line break. */
export function getQuestionKey(sortedIds: readonly string[]): string {
  const text = sortedIds.map((id) => `${id}\n`).join('');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Builds a code's payload from a submission and the content's sorted question ids. */
export function toSubmissionCodePayload(
  submission: Submission,
  sortedIds: readonly string[],
): SubmissionCodePayload {
  const answers = copyAnswers(submission.answers);
  const a = sortedIds
    .map((id) => (Object.hasOwn(answers, id) ? ANSWER_CHARS[answers[id] as AnswerValue] : '-'))
    .join('');
  for (const id of sortedIds) delete answers[id];
  return {
    w: submission.workshopId,
    v: submission.contentVersion,
    p: submission.participantId,
    r: submission.role,
    t: submission.submittedAt,
    k: getQuestionKey(sortedIds),
    a,
    ...(Object.keys(answers).length > 0 && { x: answers }),
    ...(submission.round && { n: { s: submission.round.startedAt, y: submission.round.reasons } }),
  };
}

/** Rebuilds a submission from a code's payload and the content's sorted question ids. */
export function fromSubmissionCodePayload(
  payload: SubmissionCodePayload,
  sortedIds: readonly string[],
): SubmissionRead {
  if (payload.k !== getQuestionKey(sortedIds) || payload.a.length !== sortedIds.length) {
    return {
      ok: false,
      reason: 'other-content-version',
      detail: 'The code was made for other questions: ask for the submission file instead.',
    };
  }
  const answers = copyAnswers(payload.x ?? {});
  for (const [i, id] of sortedIds.entries()) {
    if (Object.hasOwn(answers, id)) {
      return { ok: false, reason: 'corrupt', detail: `The code answers ${id} twice.` };
    }
    const value = CHAR_ANSWERS.get(payload.a.charAt(i));
    if (value !== undefined) answers[id] = value;
  }
  const { w, v, p, r, t, n } = payload;
  return {
    ok: true,
    submission: {
      workshopId: w,
      contentVersion: v,
      participantId: p,
      role: r,
      answers,
      submittedAt: t,
      ...(n && { round: { number: 2, startedAt: n.s, reasons: n.y } }),
    },
  };
}

/**
 * Packs a submission into a code, e.g. `CRMS1.q1YqT…`.
 * @param questionIds every question id of the content the participant answered
 */
export function encodeSubmissionCode(
  submission: Submission,
  questionIds: Iterable<string>,
): Promise<string> {
  return packCode('submission', toSubmissionCodePayload(submission, sortQuestionIds(questionIds)));
}

/** Unpacks and validates a submission code's payload, without the question list; never throws. */
export async function readSubmissionCode(code: string): Promise<SubmissionCodeRead> {
  const read: TransferRead<unknown> =
    checkTransferText(code) ?? (await unpackCode(code, 'submission'));
  if (!read.ok) {
    const reason = read.reason === 'wrong-kind' ? 'not-a-submission' : read.reason;
    return { ok: false, reason, detail: read.detail };
  }
  const parsed = SubmissionCodePayloadSchema.safeParse(read.value);
  if (parsed.success) return { ok: true, payload: parsed.data };
  return { ok: false, reason: 'corrupt', detail: describeIssues(parsed.error.issues) };
}

/**
 * Unpacks a submission code; never throws.
 * @param questionIds every question id of the current content
 */
export async function decodeSubmissionCode(
  code: string,
  questionIds: Iterable<string>,
): Promise<SubmissionRead> {
  const read = await readSubmissionCode(code);
  return read.ok ? fromSubmissionCodePayload(read.payload, sortQuestionIds(questionIds)) : read;
}
