/**
 * How far a workshop's participants agree on each dimension (issue #7): the spread of their own
 * dimension scores, the share of its questions without consensus, and the plain-data rows of the
 * report's alignment heat map (colours are the PDF adapter's business).
 */
import { scoreGroup } from '../scoring/score-assessment';
import type { ScoringModel, ScoringQuestion } from '../scoring/model';
import type { QuestionAlignment } from './alignment';
import { getDistinctSubmissions } from './role-groups';
import { summarizeNumbers, type NumberSummary } from './statistics';
import type { Submission } from './workshop';

/** The largest population standard deviation of scores on 0–100: half of them at 0, half at 100. */
export const MAX_SCORE_DEVIATION = 50;

/** The alignment of one dimension. */
export interface DimensionAlignment {
  readonly dimensionId: string;
  /**
   * The participants' dimension scores (0–100, the usual formula over each one's own answers):
   * `count` is how many participants have a score for it; mean, range and standard deviation.
   */
  readonly scores: NumberSummary;
  /** Questions of the dimension with a consensus flag (at least two answers with a level). */
  readonly comparedQuestions: number;
  /** Questions of the dimension whose answers disagree. */
  readonly disputedQuestions: number;
  /** disputedQuestions / comparedQuestions, 0–1; null when no question could be compared. */
  readonly noConsensusShare: number | null;
}

/** One row of the alignment heat map: plain numbers per dimension, no colours. */
export interface HeatMapRow {
  readonly dimensionId: string;
  /** Mean of the participants' dimension scores, 0–100, or null. */
  readonly mean: number | null;
  /** Standard deviation of those scores in score points, 0–50, or null. */
  readonly standardDeviation: number | null;
  /** The standard deviation as a share of its maximum, 0–1: what a colour scale maps. */
  readonly dispersion: number | null;
  /** Share of the dimension's compared questions without consensus, 0–1, or null. */
  readonly noConsensusShare: number | null;
}

/**
 * The alignment of each dimension of the model, in model order.
 * @param model the scoring model (dimensions and questions)
 * @param submissions the imported submissions; one per participant counts
 * @param questions the question alignment of the same submissions (getQuestionAlignment)
 */
export function getDimensionAlignment(
  model: ScoringModel,
  submissions: readonly Submission[],
  questions: readonly QuestionAlignment[],
): DimensionAlignment[] {
  const distinct = getDistinctSubmissions(submissions);
  const questionsByDimension = new Map<string, ScoringQuestion[]>();
  for (const question of model.questions) {
    const list = questionsByDimension.get(question.dimensionId) ?? [];
    list.push(question);
    questionsByDimension.set(question.dimensionId, list);
  }
  return model.dimensions.map((dimension) => {
    const dimensionQuestions = questionsByDimension.get(dimension.id) ?? [];
    const scores: number[] = [];
    for (const submission of distinct) {
      const { score } = scoreGroup(dimensionQuestions, submission.answers);
      if (score !== null) scores.push(score);
    }
    const flags = questions.filter((q) => q.dimensionId === dimension.id && q.consensus !== null);
    const disputed = flags.filter((q) => q.consensus === false).length;
    return {
      dimensionId: dimension.id,
      scores: summarizeNumbers(scores),
      comparedQuestions: flags.length,
      disputedQuestions: disputed,
      noConsensusShare: flags.length > 0 ? disputed / flags.length : null,
    };
  });
}

/** The alignment heat map of the report: one row per dimension, in the given order. */
export function getAlignmentHeatMap(dimensions: readonly DimensionAlignment[]): HeatMapRow[] {
  return dimensions.map(({ dimensionId, scores, noConsensusShare }) => {
    const deviation = scores.standardDeviation;
    return {
      dimensionId,
      mean: scores.mean,
      standardDeviation: deviation,
      dispersion: deviation === null ? null : Math.min(1, deviation / MAX_SCORE_DEVIATION),
      noConsensusShare,
    };
  });
}
