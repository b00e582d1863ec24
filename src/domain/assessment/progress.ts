/** How far an assessment has got: answered questions overall, per phase and per dimension. */
import { PHASE_IDS, type Answers, type PhaseId } from '../scoring/model';

/** Answered and total questions of a group. Any answer counts, "don't know" and N/A included. */
export interface ProgressCount {
  readonly answered: number;
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

/** Counts answered questions. A question counts once any answer is given, so users can skip and return. */
export function getProgress(questions: readonly ProgressQuestion[], answers: Answers): Progress {
  const overall = { answered: 0, total: 0 };
  const phases = Object.fromEntries(PHASE_IDS.map((p) => [p, { answered: 0, total: 0 }])) as Record<
    PhaseId,
    { answered: number; total: number }
  >;
  const dimensions: Record<string, { answered: number; total: number }> = {};
  for (const question of questions) {
    const dimension = (dimensions[question.dimensionId] ??= { answered: 0, total: 0 });
    const answered = answers[question.id] !== undefined ? 1 : 0;
    for (const count of [overall, phases[question.phase], dimension]) {
      count.total += 1;
      count.answered += answered;
    }
  }
  return { overall, phases, dimensions };
}

/** Returns the questions not answered yet, in questionnaire order. */
export function getUnanswered<Q extends { readonly id: string }>(
  questions: readonly Q[],
  answers: Answers,
): Q[] {
  return questions.filter((q) => answers[q.id] === undefined);
}

/** Share 0–1 of a count; 0 for an empty group. */
export function toShare(count: ProgressCount): number {
  return count.total > 0 ? count.answered / count.total : 0;
}
