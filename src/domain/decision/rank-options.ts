/**
 * Ranks the four options by weighted score, Σ(w × s) / Σw on the 0–5 scale of the option scores,
 * and names the criteria that put each option ahead of the next one (issue #6: "the
 * recommendation names the criteria that decided it").
 *
 * Options are compared on their weighted sums Σ(w × s): the divisor Σw is the same for every
 * option, and with integer weights and scores the sums are exact integers, so ties are real ties.
 * Tie-break: equal sums share a rank ("1, 1, 3, 4") and are listed in the fixed option order
 * (`DECISION_OPTION_IDS`: packaged SaaS, packaged on-premise, custom development, hybrid platform).
 */
import {
  DECISION_OPTION_IDS,
  MAX_SCORE,
  clampNumber,
  getOptionPosition,
  type CriterionWeights,
  type DecisionCriterion,
  type OptionId,
  type ScoreOverrides,
} from './model';

/** How many deciding criteria an option carries. */
export const DECIDING_CRITERIA_LIMIT = 3;

/** A criterion on which an option beats the option it is compared with. */
export interface DecidingCriterion {
  readonly criterionId: string;
  readonly weight: number;
  /** The option's score, 0–5. */
  readonly score: number;
  /** The compared option's score, 0–5. */
  readonly otherScore: number;
  /** weight × (score − otherScore): how much this criterion adds to the lead. Always > 0. */
  readonly contribution: number;
}

/** One option's place in the ranking. */
export interface RankedOption {
  readonly optionId: OptionId;
  /** 1 + the number of options with a strictly higher weighted sum, so ties share a rank. */
  readonly rank: number;
  /** Σ(w × s): what the options are compared on. */
  readonly weightedSum: number;
  /** Σ(w × s) / Σw, 0–5. */
  readonly score: number;
  /** The score as 0–100. */
  readonly percent: number;
  /** The option listed next, or null for the last one. */
  readonly comparedWith: OptionId | null;
  /** Lead over the next option on the 0–5 scale (0 in a tie), or null for the last one. */
  readonly margin: number | null;
  /** Up to three criteria where it beats the next option, largest weight × score gap first. */
  readonly decidingCriteria: readonly DecidingCriterion[];
}

/** The ranking, or why there is none. */
export type Ranking =
  | { readonly status: 'ranked'; readonly totalWeight: number; readonly options: RankedOption[] }
  | { readonly status: 'unranked'; readonly reason: 'no-criteria' | 'all-weights-zero' };

/** The largest weight ranking accepts; it keeps every sum finite whatever the caller passes. */
export const WEIGHT_CEILING = 1e100;

/**
 * Returns a criterion's weight as ranking uses it: missing, NaN, 0 or negative count as 0
 * (ignored); positive weights are taken as they are up to `WEIGHT_CEILING`, so the ranking does
 * not depend on the scale of the weights, only on their ratios.
 */
export function getWeight(weights: CriterionWeights, criterionId: string): number {
  const weight = weights[criterionId];
  return weight !== undefined && weight > 0 ? Math.min(weight, WEIGHT_CEILING) : 0;
}

/** Returns the option's score on a criterion: the user's override if it is a number, else the authored one, within 0–5. */
export function getOptionScore(
  criterion: DecisionCriterion,
  optionId: OptionId,
  overrides: ScoreOverrides = {},
): number {
  const override = overrides[criterion.id]?.[optionId];
  const authored = clampNumber(criterion.scores[optionId].score, 0, MAX_SCORE, 0);
  return override === undefined ? authored : clampNumber(override, 0, MAX_SCORE, authored);
}

/**
 * Returns the criteria where `optionId` beats `otherId`, ordered by weight × score gap (largest
 * first, then criterion order), at most `limit` of them. Criteria with weight 0 never decide.
 */
export function getDecidingCriteria(
  criteria: readonly DecisionCriterion[],
  weights: CriterionWeights,
  overrides: ScoreOverrides,
  optionId: OptionId,
  otherId: OptionId,
  limit: number = DECIDING_CRITERIA_LIMIT,
): DecidingCriterion[] {
  const found: DecidingCriterion[] = [];
  for (const criterion of criteria) {
    const weight = getWeight(weights, criterion.id);
    const score = getOptionScore(criterion, optionId, overrides);
    const otherScore = getOptionScore(criterion, otherId, overrides);
    const contribution = weight * (score - otherScore);
    if (contribution > 0) {
      found.push({ criterionId: criterion.id, weight, score, otherScore, contribution });
    }
  }
  // Array.prototype.sort is stable: equal contributions keep criterion order.
  return found.sort((a, b) => b.contribution - a.contribution).slice(0, Math.max(0, limit));
}

/** Returns Σ(w × s) for each option, in option order. */
export function getWeightedSums(
  criteria: readonly DecisionCriterion[],
  weights: CriterionWeights,
  overrides: ScoreOverrides = {},
): Record<OptionId, number> {
  const sums = Object.fromEntries(DECISION_OPTION_IDS.map((id) => [id, 0])) as Record<
    OptionId,
    number
  >;
  for (const criterion of criteria) {
    const weight = getWeight(weights, criterion.id);
    if (weight === 0) continue;
    for (const optionId of DECISION_OPTION_IDS) {
      sums[optionId] += weight * getOptionScore(criterion, optionId, overrides);
    }
  }
  return sums;
}

/**
 * Ranks the options by weighted score. Returns `unranked` when there are no criteria or every
 * weight is 0, so no score is ever NaN.
 * @param weights Criterion weights; missing, negative or non-finite ones count as 0.
 * @param overrides The user's scores; they are kept within 0–5.
 */
export function rankOptions(
  criteria: readonly DecisionCriterion[],
  weights: CriterionWeights,
  overrides: ScoreOverrides = {},
): Ranking {
  if (criteria.length === 0) return { status: 'unranked', reason: 'no-criteria' };
  const totalWeight = criteria.reduce((sum, c) => sum + getWeight(weights, c.id), 0);
  if (totalWeight === 0) return { status: 'unranked', reason: 'all-weights-zero' };
  const sums = getWeightedSums(criteria, weights, overrides);
  const order = [...DECISION_OPTION_IDS].sort(
    (a, b) => sums[b] - sums[a] || getOptionPosition(a) - getOptionPosition(b),
  );
  const options = order.map((optionId, i): RankedOption => {
    const next = order[i + 1] ?? null;
    const score = sums[optionId] / totalWeight;
    return {
      optionId,
      rank: 1 + order.filter((other) => sums[other] > sums[optionId]).length,
      weightedSum: sums[optionId],
      score,
      // From the sum, not the rounded score, so that 41 / 10 gives 82 rather than 81.99999999999999.
      percent: (100 * sums[optionId]) / (MAX_SCORE * totalWeight),
      comparedWith: next,
      margin: next === null ? null : (sums[optionId] - sums[next]) / totalWeight,
      decidingCriteria:
        next === null ? [] : getDecidingCriteria(criteria, weights, overrides, optionId, next),
    };
  });
  return { status: 'ranked', totalWeight, options };
}

/** Returns the recommended option (first in the ranking), or null when there is no ranking. */
export function getTopOptionId(ranking: Ranking): OptionId | null {
  return ranking.status === 'ranked' ? (ranking.options[0]?.optionId ?? null) : null;
}
