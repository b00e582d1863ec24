/**
 * Checks what a person types about an initiative's progress (issue #16), returning a reason code
 * that the UI words in its language. Nothing is trimmed away silently: a date is a real
 * `yyyy-mm-dd` day, not in the future, not before the plan start, and a finish never comes
 * before its start; a dropped initiative needs a reason; notes have a length limit.
 */
import {
  INITIATIVE_STATUSES,
  MAX_PROGRESS_NOTE_LENGTH,
  type InitiativeProgress,
  type InitiativeStatus,
} from '../assessment/assessment';
import { isIsoDay } from './follow-dates';

/** Why a progress change is refused. */
export type ProgressIssue =
  | 'invalid-date'
  | 'future-date'
  | 'before-plan-start'
  | 'finish-before-start'
  | 'reason-required'
  | 'too-long'
  | 'unknown-status';

/** Which field a refusal is about, for the UI to point at. */
export type ProgressField = 'status' | 'reason' | 'actualStart' | 'actualFinish' | 'note';

/** A checked value, or why it was refused. */
export type ProgressCheck<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: ProgressIssue; readonly field: ProgressField };

/** The days a progress date is checked against. */
export interface ProgressDateContext {
  /** yyyy-mm-dd; no earliest day when absent. */
  readonly planStart?: string | undefined;
  /** yyyy-mm-dd. */
  readonly today: string;
}

/** Actual dates as typed; empty text clears a date. */
export interface ActualDatesInput {
  readonly actualStart: string;
  readonly actualFinish: string;
}

/** Checked actual dates; a cleared one is absent. */
export interface ActualDates {
  readonly actualStart?: string | undefined;
  readonly actualFinish?: string | undefined;
}

const STATUSES: readonly string[] = INITIATIVE_STATUSES;

function refuse<T>(reason: ProgressIssue, field: ProgressField): ProgressCheck<T> {
  return { ok: false, reason, field };
}

/** One typed day: absent when empty, else a reason when it breaks a rule. */
function checkDay(
  typed: string,
  context: ProgressDateContext,
): { day: string | undefined } | ProgressIssue {
  const day = typed.trim();
  if (day === '') return { day: undefined };
  if (day.length > 10 || !isIsoDay(day)) return 'invalid-date';
  if (day > context.today) return 'future-date';
  if (context.planStart !== undefined && day < context.planStart) return 'before-plan-start';
  return { day };
}

/** Checks typed actual start and finish dates. */
export function checkActualDates(
  input: ActualDatesInput,
  context: ProgressDateContext,
): ProgressCheck<ActualDates> {
  const start = checkDay(input.actualStart, context);
  if (typeof start === 'string') return refuse(start, 'actualStart');
  const finish = checkDay(input.actualFinish, context);
  if (typeof finish === 'string') return refuse(finish, 'actualFinish');
  if (start.day !== undefined && finish.day !== undefined && finish.day < start.day) {
    return refuse('finish-before-start', 'actualFinish');
  }
  return { ok: true, value: { actualStart: start.day, actualFinish: finish.day } };
}

/** Checks a progress note or a reason: at most the note length, kept as typed. */
export function checkProgressNote(text: string, field: 'note' | 'reason'): ProgressCheck<string> {
  return text.length > MAX_PROGRESS_NOTE_LENGTH
    ? refuse('too-long', field)
    : { ok: true, value: text };
}

/**
 * Checks a status change; a dropped initiative needs a reason that is not blank. The reason is
 * kept only with `dropped`.
 */
export function checkStatus(
  status: string,
  reason: string,
): ProgressCheck<Pick<InitiativeProgress, 'status' | 'reason'>> {
  if (!STATUSES.includes(status)) return refuse('unknown-status', 'status');
  const known = status as InitiativeStatus;
  if (known !== 'dropped') return { ok: true, value: { status: known } };
  const checked = checkProgressNote(reason, 'reason');
  if (!checked.ok) return checked;
  if (reason.trim() === '') return refuse('reason-required', 'reason');
  return { ok: true, value: { status: known, reason: reason.trim() } };
}
