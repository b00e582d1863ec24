/**
 * How far an assessment has got: questions answered, answered "don't know", and still open,
 * overall, per phase and per dimension. Every place that shows progress (wizard, review step,
 * assessments list, share offer, participant hand-back) reads these counts, so they agree.
 */
import { PHASE_IDS, type Answers, type PhaseId } from '../scoring/model';
import { fill } from '../report/fill';

/**
 * Counts of a group of questions. `answered` counts a level or "not applicable": an answer the
 * organization could give. "Don't know" is counted apart, as it is still to find out (#14): a
 * questionnaire of 57 with 5 "don't know" reads "52 of 57 answered, 5 don't know".
 * answered + dontKnow + the questions left blank = total.
 */
export interface ProgressCount {
  readonly answered: number;
  readonly dontKnow: number;
  readonly total: number;
}

/** Progress overall, per phase and per dimension. */
export interface Progress {
  readonly overall: ProgressCount;
  readonly phases: Readonly<Record<PhaseId, ProgressCount>>;
  readonly dimensions: Readonly<Record<string, ProgressCount>>;
}

/** The fields progress needs from a question. */
export interface ProgressQuestion {
  readonly id: string;
  readonly dimensionId: string;
  readonly phase: PhaseId;
}

type Count = { answered: number; dontKnow: number; total: number };

/** A fresh count of nothing. */
function emptyCount(): Count {
  return { answered: 0, dontKnow: 0, total: 0 };
}

/** Counts the questions of a questionnaire by how they are answered, so users can skip and return. */
export function getProgress(questions: readonly ProgressQuestion[], answers: Answers): Progress {
  const overall = emptyCount();
  const phases = Object.fromEntries(PHASE_IDS.map((p) => [p, emptyCount()])) as Record<
    PhaseId,
    Count
  >;
  const dimensions: Record<string, Count> = {};
  for (const question of questions) {
    const dimension = (dimensions[question.dimensionId] ??= emptyCount());
    const answer = answers[question.id];
    for (const count of [overall, phases[question.phase], dimension]) {
      count.total += 1;
      if (answer === 'dont-know') count.dontKnow += 1;
      else if (answer !== undefined) count.answered += 1;
    }
  }
  return { overall, phases, dimensions };
}

/** Returns the questions left blank (not even "don't know"), in questionnaire order. */
export function getUnanswered<Q extends { readonly id: string }>(
  questions: readonly Q[],
  answers: Answers,
): Q[] {
  return questions.filter((q) => answers[q.id] === undefined);
}

/** Share 0–1 of a count that is answered; 0 for an empty group. */
export function toShare(count: Pick<ProgressCount, 'answered' | 'total'>): number {
  return count.total > 0 ? count.answered / count.total : 0;
}

/** The two ways of saying progress, e.g. `UiStrings['wizard']` or `UiStrings['assessments']`. */
export interface ProgressTemplates {
  /** e.g. "{answered} of {total} questions answered". */
  readonly progress: string;
  /** e.g. "{answered} of {total} questions answered, {dontKnow} “don't know”". */
  readonly progressDontKnow: string;
}

/** Says a count in words: the "don't know" answers are named whenever there are any. */
export function formatProgress(count: ProgressCount, templates: ProgressTemplates): string {
  const template = count.dontKnow > 0 ? templates.progressDontKnow : templates.progress;
  return fill(template, { ...count });
}

/** True when every question has an answer the organization could give (no blank, no "don't know"). */
export function isComplete(count: ProgressCount): boolean {
  return count.answered === count.total;
}

/**
 * Counts the answers given (a level or "not applicable"), "don't know" left out as in
 * `getProgress`: for the places that count a set of answers without a questionnaire at hand.
 */
export function countGivenAnswers(answers: Answers): number {
  return Object.values(answers).filter((v) => v !== undefined && v !== 'dont-know').length;
}
