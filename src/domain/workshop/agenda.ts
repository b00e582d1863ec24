/**
 * The workshop's discussion agenda (issue #7): questions ranked by disagreement × weight, so that
 * the team spends its time where it disagrees most on what matters most.
 *
 * Disagreement is the standard deviation of the levels, not their range. The range takes only five
 * values and is set by a single outlier; the standard deviation tells one dissenter among ten
 * ([2,2,2,2,2,2,2,2,2,4], 0.6) from a split team ([0,0,0,0,0,4,4,4,4,4], 2), both ranging 4.
 * Ties: the larger range first, then critical questions, then question order.
 *
 * Questions with fewer than two answers with a level cannot be ranked, but they still need an
 * agreed answer (everyone saying "don't know" is itself something to settle), so they come last,
 * in question order, with a null disagreement.
 */
import type { ScoringQuestion } from '../scoring/model';
import { MIN_LEVELS_TO_COMPARE, type QuestionAlignment } from './alignment';

/** Disagreements closer than this are equal: they differ by floating-point rounding only. */
const EPSILON = 1e-9;

/** One question on the agenda. */
export interface AgendaItem {
  /** 1 for the first question to discuss. */
  readonly rank: number;
  readonly questionId: string;
  readonly weight: number;
  readonly critical: boolean;
  /** Standard deviation × weight; null with fewer than MIN_LEVELS_TO_COMPARE levels. */
  readonly disagreement: number | null;
  readonly alignment: QuestionAlignment;
}

type Candidate = Omit<AgendaItem, 'rank'> & { readonly order: number };

function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.disagreement === null || b.disagreement === null) {
    if (a.disagreement !== b.disagreement) return a.disagreement === null ? 1 : -1;
    return a.order - b.order;
  }
  if (Math.abs(a.disagreement - b.disagreement) > EPSILON) return b.disagreement - a.disagreement;
  // A disagreement exists only with two levels or more, and then so does the range.
  const rangeA = a.alignment.statistics.range!;
  const rangeB = b.alignment.statistics.range!;
  if (rangeA !== rangeB) return rangeB - rangeA;
  if (a.critical !== b.critical) return a.critical ? -1 : 1;
  return a.order - b.order;
}

/**
 * The agenda: every question that has an alignment, most disputed first (see the module comment).
 * @param questions the questions in questionnaire order, which breaks the last ties
 * @param alignment the question alignment (getQuestionAlignment); questions without one are left out
 */
export function getDiscussionAgenda(
  questions: readonly ScoringQuestion[],
  alignment: readonly QuestionAlignment[],
): AgendaItem[] {
  const byId = new Map(alignment.map((a) => [a.questionId, a]));
  const candidates: Candidate[] = [];
  questions.forEach((question, order) => {
    const found = byId.get(question.id);
    if (found === undefined) return;
    const { count, standardDeviation } = found.statistics;
    const ranked = count >= MIN_LEVELS_TO_COMPARE && standardDeviation !== null;
    candidates.push({
      questionId: question.id,
      weight: question.weight,
      critical: question.critical,
      disagreement: ranked ? standardDeviation * question.weight : null,
      alignment: found,
      order,
    });
  });
  return candidates.sort(compareCandidates).map((c, index) => ({
    rank: index + 1,
    questionId: c.questionId,
    weight: c.weight,
    critical: c.critical,
    disagreement: c.disagreement,
    alignment: c.alignment,
  }));
}
