/**
 * Reconciles an assessment read from storage, a file or a link (once validated, which is
 * stored-assessment.ts and parse-import.ts) with the current content. Nothing the user wrote is
 * dropped silently: answers and notes to questions the content no longer has are kept aside, and
 * every change is reported. No zod here, so pages can build restore contexts without it (#12).
 */
import type { AnswerValue } from '../scoring/model';
import type { Assessment, ProfileAnswers } from './assessment';

/** What restoring needs to know about one question of the current content. */
export interface RestoreQuestion {
  readonly notApplicable: boolean;
  readonly critical: boolean;
}

/** The current content, as restoring sees it. */
export interface RestoreContext {
  /** Every question of the current content, by id. */
  readonly questions: ReadonlyMap<string, RestoreQuestion>;
  /** Every organization-profile field id of the current content. */
  readonly profileFieldIds: ReadonlySet<string>;
  /** The current content version (content/meta.yaml). */
  readonly contentVersion: number;
}

/** What restoring changed; every list holds question or field ids, in the order met. */
export interface RestoreReport {
  /** Questions the content no longer has: their answers or notes were moved into `setAside`. */
  readonly setAsideIds: readonly string[];
  /** Set-aside answers or notes brought back because their question exists again. */
  readonly restoredIds: readonly string[];
  /** Set-aside answers or notes replaced by a newer answer or note to the same question. */
  readonly supersededIds: readonly string[];
  /** "Not applicable" answers cleared because their question does not allow it. */
  readonly clearedNotApplicableIds: readonly string[];
  /** Profile answers dropped because the profile no longer has their field. */
  readonly droppedProfileFieldIds: readonly string[];
  /** The content version the assessment was saved against, when it differs from the current one. */
  readonly previousContentVersion: number | null;
}

/** Builds the restore context from a questionnaire (or scoring model) and the profile field ids. */
export function buildRestoreContext(
  questionnaire: { readonly questions: readonly (RestoreQuestion & { readonly id: string })[] },
  profileFieldIds: Iterable<string>,
  contentVersion: number,
): RestoreContext {
  return {
    questions: new Map(
      questionnaire.questions.map(({ id, notApplicable, critical }) => [
        id,
        { notApplicable, critical },
      ]),
    ),
    profileFieldIds: new Set(profileFieldIds),
    contentVersion,
  };
}

/** Returns true when restoring changed anything the user may want to hear about. */
export function hasRestoreChanges(report: RestoreReport): boolean {
  return (
    report.setAsideIds.length > 0 ||
    report.restoredIds.length > 0 ||
    report.supersededIds.length > 0 ||
    report.clearedNotApplicableIds.length > 0 ||
    report.droppedProfileFieldIds.length > 0
  );
}

/** Own entries with a value, without `__proto__`, whose assignment would replace a prototype. */
function safeEntries<T>(record: Readonly<Partial<Record<string, T>>>): [string, T][] {
  return Object.entries(record).filter(
    (entry): entry is [string, T] => entry[0] !== '__proto__' && entry[1] !== undefined,
  );
}

interface Sorted<T> {
  readonly live: Record<string, T>;
  readonly aside: Record<string, T>;
}

/** Splits live and set-aside entries by whether the content has their question; records the moves. */
function sortByQuestion<T>(
  live: Readonly<Partial<Record<string, T>>>,
  aside: Readonly<Record<string, T>>,
  context: RestoreContext,
  log: { setAside: Set<string>; restored: Set<string>; superseded: Set<string> },
): Sorted<T> {
  const out: Sorted<T> = { live: {}, aside: {} };
  const movedAside: [string, T][] = [];
  for (const [id, value] of safeEntries(live)) {
    if (context.questions.has(id)) out.live[id] = value;
    else movedAside.push([id, value]);
  }
  for (const [id, value] of safeEntries(aside)) {
    if (!context.questions.has(id)) out.aside[id] = value;
    else if (Object.hasOwn(out.live, id)) log.superseded.add(id);
    else {
      out.live[id] = value;
      log.restored.add(id);
    }
  }
  for (const [id, value] of movedAside) {
    if (Object.hasOwn(out.aside, id)) log.superseded.add(id);
    out.aside[id] = value;
    log.setAside.add(id);
  }
  return out;
}

/** Clears "not applicable" answers to questions that do not allow it (mutates `answers`). */
function clearDisallowedNotApplicable(
  answers: Record<string, AnswerValue>,
  context: RestoreContext,
): string[] {
  const cleared: string[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const question = context.questions.get(id);
    if (value !== 'not-applicable' || (question?.notApplicable === true && !question.critical))
      continue;
    delete answers[id];
    cleared.push(id);
  }
  return cleared;
}

function keepKnownProfile(profile: ProfileAnswers, context: RestoreContext) {
  const kept: Record<string, string | readonly string[]> = {};
  const dropped: string[] = [];
  for (const [id, value] of safeEntries(profile)) {
    if (context.profileFieldIds.has(id)) kept[id] = value;
    else dropped.push(id);
  }
  return { kept, dropped };
}

/** Reconciles an already valid assessment with the current content; returns a new assessment. */
export function reconcileAssessment(
  assessment: Assessment,
  context: RestoreContext,
): { readonly assessment: Assessment; readonly report: RestoreReport } {
  const log = {
    setAside: new Set<string>(),
    restored: new Set<string>(),
    superseded: new Set<string>(),
  };
  const answers = sortByQuestion(assessment.answers, assessment.setAside.answers, context, log);
  const notes = sortByQuestion(assessment.notes, assessment.setAside.notes, context, log);
  const clearedNotApplicableIds = clearDisallowedNotApplicable(answers.live, context);
  const profile = keepKnownProfile(assessment.profile, context);
  const changedContent = assessment.contentVersion !== context.contentVersion;
  return {
    assessment: {
      ...assessment,
      contentVersion: context.contentVersion,
      profile: profile.kept,
      answers: answers.live,
      notes: notes.live,
      setAside: { answers: answers.aside, notes: notes.aside },
    },
    report: {
      setAsideIds: [...log.setAside],
      restoredIds: [...log.restored],
      supersededIds: [...log.superseded],
      clearedNotApplicableIds,
      droppedProfileFieldIds: profile.dropped,
      previousContentVersion: changedContent ? assessment.contentVersion : null,
    },
  };
}
