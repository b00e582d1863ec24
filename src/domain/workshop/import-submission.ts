/**
 * The facilitator's import of a participant's answers (issue #7): a code or a file's text is read,
 * validated, checked against the workshop, and added. A submission from another workshop or
 * content version, from someone not invited, from someone who already handed in answers, or a
 * damaged one is refused with a reason. The workshop passed in is never changed: a success returns
 * a new workshop, stamped with the `now` passed in (the import is when the workshop changed; the
 * participant's clock, in `submittedAt`, may be wrong).
 */
import type { AnswerValue } from '../scoring/model';
import { copyAnswers } from './create-workshop';
import {
  fromSubmissionCodePayload,
  readSubmissionCode,
  sortQuestionIds,
  type SubmissionRead,
} from './submission-code';
import { tryParseSubmissionFile } from './submission-file';
import { checkTransferText, isCodeText } from './transfer-text';
import type { RoleId, Submission, Workshop } from './workshop';
import { addRoundTwoSubmission, checkRound } from './round-two';

/** Every reason an import can fail, for mapping to messages. */
export const SUBMISSION_FAILURES = [
  'empty',
  'too-large',
  'not-a-submission',
  'corrupt',
  'other-workshop',
  'other-content-version',
  'unknown-participant',
  'duplicate',
  'newer-version',
  'wrong-round',
  'stale-round',
] as const;
/** Why a submission was refused. */
export type SubmissionFailure = (typeof SUBMISSION_FAILURES)[number];

/** The current content, as importing sees it. */
export interface SubmissionImportContext {
  /** Every question id of the current content. */
  readonly questionIds: ReadonlySet<string>;
  /** The questions that allow "not applicable" (never a critical one). */
  readonly notApplicableAllowed: ReadonlySet<string>;
}

/** What importing changed in the submission; lists hold question ids, sorted (a code's order and a file's differ). */
export interface SubmissionImportReport {
  /** Answers dropped because the content has no such question. */
  readonly droppedQuestionIds: readonly string[];
  /** "Not applicable" answers cleared because their question does not allow it. */
  readonly clearedNotApplicableIds: readonly string[];
  /** The role the submission named when it differed from the workshop's, which is kept; else null. */
  readonly replacedRole: RoleId | null;
}

/**
 * A new workshop with the submission added, or why it was refused (`detail` is for a
 * disclosure). A `duplicate` refusal carries the checked submission and the one already there,
 * so the facilitator can choose to replace it (`replaceSubmission`).
 */
export type SubmissionImport =
  | ({
      readonly ok: true;
      readonly workshop: Workshop;
      readonly submission: Submission;
    } & SubmissionImportReport)
  | {
      readonly ok: false;
      readonly reason: Exclude<SubmissionFailure, 'duplicate'>;
      readonly detail: string;
    }
  | ({
      readonly ok: false;
      readonly reason: 'duplicate';
      readonly detail: string;
      readonly submission: Submission;
      readonly previous: Submission;
    } & SubmissionImportReport);

type Refusal = Extract<
  SubmissionImport,
  { ok: false; reason: Exclude<SubmissionFailure, 'duplicate'> }
>;

function refuse(reason: Refusal['reason'], detail: string): Refusal {
  return { ok: false, reason, detail };
}

/** Refuses answers for another workshop or content version; null when they belong here. */
function checkWorkshop(
  workshop: Workshop,
  workshopId: string,
  contentVersion: number,
): Refusal | null {
  if (workshopId !== workshop.id) {
    return refuse(
      'other-workshop',
      `The answers are for workshop ${workshopId}, not ${workshop.id}.`,
    );
  }
  if (contentVersion !== workshop.contentVersion) {
    return refuse(
      'other-content-version',
      `The answers were given to content version ${contentVersion}; this workshop uses version ${workshop.contentVersion}.`,
    );
  }
  return null;
}

/** Reads a code or a file's text and checks it belongs to the workshop. */
async function readForWorkshop(
  workshop: Workshop,
  input: string,
  questionIds: ReadonlySet<string>,
): Promise<SubmissionRead | Refusal> {
  if (!isCodeText(input)) {
    const read = tryParseSubmissionFile(input);
    if (!read.ok) return read;
    return (
      checkWorkshop(workshop, read.submission.workshopId, read.submission.contentVersion) ?? read
    );
  }
  // A code's answers can only be read with the question list: check the workshop first, so a
  // code for another workshop is refused as such.
  const read = await readSubmissionCode(input);
  if (!read.ok) return read;
  return (
    checkWorkshop(workshop, read.payload.w, read.payload.v) ??
    fromSubmissionCodePayload(read.payload, sortQuestionIds(questionIds))
  );
}

/** Keeps the answers the content allows and the workshop's role for the participant. */
function cleanSubmission(
  submission: Submission,
  role: RoleId,
  context: SubmissionImportContext,
): { readonly submission: Submission; readonly report: SubmissionImportReport } {
  const answers: Record<string, AnswerValue> = {};
  const droppedQuestionIds: string[] = [];
  const clearedNotApplicableIds: string[] = [];
  for (const [id, value] of Object.entries(copyAnswers(submission.answers))) {
    if (!context.questionIds.has(id)) droppedQuestionIds.push(id);
    else if (value === 'not-applicable' && !context.notApplicableAllowed.has(id))
      clearedNotApplicableIds.push(id);
    else answers[id] = value;
  }
  const replacedRole = submission.role === role ? null : submission.role;
  return {
    submission: { ...submission, role, answers },
    report: {
      droppedQuestionIds: droppedQuestionIds.sort(),
      clearedNotApplicableIds: clearedNotApplicableIds.sort(),
      replacedRole,
    },
  };
}

/**
 * Imports a participant's answers, pasted as a code or read from a file; never throws and never
 * changes `workshop`. Answers to questions the content does not have are dropped, and "not
 * applicable" where a question does not allow it is cleared; both are reported.
 * @param now when the import happens: the new workshop's `updatedAt`
 */
export async function tryImportSubmission(
  workshop: Workshop,
  input: string,
  context: SubmissionImportContext,
  now: Date,
): Promise<SubmissionImport> {
  const refused = checkTransferText(input);
  if (refused) return refuse(refused.reason === 'empty' ? 'empty' : 'too-large', refused.detail);
  const read = await readForWorkshop(workshop, input, context.questionIds);
  if (!read.ok) return read;
  const participantId = read.submission.participantId;
  const participant = workshop.participants.find((p) => p.id === participantId);
  if (!participant) {
    return refuse(
      'unknown-participant',
      `Participant ${participantId} is not on this workshop’s list.`,
    );
  }
  const { submission, report } = cleanSubmission(read.submission, participant.role, context);
  // Round-2 answers (#18) join the round they were given to, or are refused when it is not running.
  const wrongRound = checkRound(workshop, submission);
  if (wrongRound) return refuse(wrongRound.reason, wrongRound.detail);
  if (submission.round) {
    return {
      ok: true,
      workshop: applySubmission(workshop, submission, now),
      submission,
      ...report,
    };
  }
  const previous = workshop.submissions.find((s) => s.participantId === participantId);
  if (previous) {
    const who = participant.name.trim() === '' ? 'This participant' : participant.name;
    const detail = `${who} already handed in answers (${previous.submittedAt}).`;
    return { ok: false, reason: 'duplicate', detail, submission, previous, ...report };
  }
  const submissions = [...workshop.submissions, submission];
  return {
    ok: true,
    workshop: { ...workshop, submissions, updatedAt: now.toISOString() },
    submission,
    ...report,
  };
}

/**
 * Returns a new workshop where `submission` replaces the participant's earlier one, in its place
 * (or is added when there is none), stamped with `now`. It trusts the submission: pass the one a
 * `duplicate` refusal carries, which is already checked and cleaned.
 */
export function replaceSubmission(workshop: Workshop, submission: Submission, now: Date): Workshop {
  const index = workshop.submissions.findIndex((s) => s.participantId === submission.participantId);
  const submissions =
    index < 0
      ? [...workshop.submissions, submission]
      : workshop.submissions.map((s, i) => (i === index ? submission : s));
  return { ...workshop, submissions, updatedAt: now.toISOString() };
}

/**
 * Applies a checked submission to (a fresher copy of) a workshop: round-2 answers join the
 * running round when they still fit it (else the workshop is returned unchanged); round-1 answers
 * replace the participant's earlier ones (`replaceSubmission`).
 */
export function applySubmission(workshop: Workshop, submission: Submission, now: Date): Workshop {
  if (!submission.round) return replaceSubmission(workshop, submission, now);
  const { roundTwo } = workshop;
  if (!roundTwo || checkRound(workshop, submission)) return workshop;
  return addRoundTwoSubmission({ ...workshop, roundTwo }, submission, now);
}
