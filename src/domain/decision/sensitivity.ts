/**
 * Sensitivity of the recommendation (issue #6): for each criterion, the smallest change of its
 * weight, within 0–5 and holding every other weight and score fixed, that changes the top option.
 *
 * It is exact because it asks `rankOptions` itself: every whole weight 0–5 is tried, nearest
 * first, so the reported weight does change the top option and no nearer weight does. "Changes
 * the top option" means the first option of the ranking differs, ties broken as the ranking
 * breaks them. A weight that would leave no ranking at all (every weight 0) names no option and
 * does not count.
 */
import {
  MAX_WEIGHT,
  MIN_WEIGHT,
  type CriterionWeights,
  type DecisionCriterion,
  type OptionId,
  type ScoreOverrides,
} from './model';
import { getTopOptionId, getWeight, rankOptions } from './rank-options';

/** A weight for one criterion that would change the top option. */
export interface WeightFlip {
  /** The new weight, a whole number 0–5. */
  readonly weight: number;
  /** New weight minus current weight: positive to raise, negative to lower. */
  readonly change: number;
  /** The option that would then lead. */
  readonly topOptionId: OptionId;
}

/** How the recommendation reacts to one criterion's weight. */
export interface CriterionSensitivity {
  readonly criterionId: string;
  /** The current weight, as ranking reads it. */
  readonly weight: number;
  /** The smallest raise that changes the top option, or null when none within 0–5 does. */
  readonly raise: WeightFlip | null;
  /** The smallest reduction that changes the top option, or null when none within 0–5 does. */
  readonly lower: WeightFlip | null;
  /** The nearer of the two (the raise when they are equally near), or null: "none within range". */
  readonly smallest: WeightFlip | null;
}

/** The current top option and each criterion's sensitivity, in criterion order. */
export interface Sensitivity {
  /** The current recommendation, or null when there is no ranking (then `criteria` is empty). */
  readonly topOptionId: OptionId | null;
  readonly criteria: readonly CriterionSensitivity[];
}

/** Returns the whole weights 0–5 other than `current`, nearest first, a raise before an equally near reduction. */
export function getCandidateWeights(current: number): number[] {
  const candidates: number[] = [];
  for (let w = MIN_WEIGHT; w <= MAX_WEIGHT; w++) if (w !== current) candidates.push(w);
  return candidates.sort((a, b) => Math.abs(a - current) - Math.abs(b - current) || b - a);
}

/** Returns the top option when one criterion's weight is replaced, or null when nothing ranks. */
function getTopWith(
  criteria: readonly DecisionCriterion[],
  weights: CriterionWeights,
  overrides: ScoreOverrides,
  criterionId: string,
  weight: number,
): OptionId | null {
  return getTopOptionId(rankOptions(criteria, { ...weights, [criterionId]: weight }, overrides));
}

/** Returns how the top option reacts to one criterion's weight (with no ranking now, the weights that would make one). */
export function getCriterionSensitivity(
  criteria: readonly DecisionCriterion[],
  weights: CriterionWeights,
  overrides: ScoreOverrides,
  criterionId: string,
): CriterionSensitivity {
  const weight = getWeight(weights, criterionId);
  const top = getTopOptionId(rankOptions(criteria, weights, overrides));
  let raise: WeightFlip | null = null;
  let lower: WeightFlip | null = null;
  for (const candidate of getCandidateWeights(weight)) {
    const change = candidate - weight;
    if (change > 0 ? raise : lower) continue;
    const newTop = getTopWith(criteria, weights, overrides, criterionId, candidate);
    if (newTop === null || newTop === top) continue;
    const flip = { weight: candidate, change, topOptionId: newTop };
    if (change > 0) raise = flip;
    else lower = flip;
  }
  const smallest =
    raise && lower ? (raise.change <= -lower.change ? raise : lower) : (raise ?? lower);
  return { criterionId, weight, raise, lower, smallest };
}

/**
 * Returns, for every criterion, the smallest weight change within 0–5 that changes the top
 * option, and to which option; `smallest: null` means none within range does.
 */
export function getSensitivity(
  criteria: readonly DecisionCriterion[],
  weights: CriterionWeights,
  overrides: ScoreOverrides = {},
): Sensitivity {
  const topOptionId = getTopOptionId(rankOptions(criteria, weights, overrides));
  if (topOptionId === null) return { topOptionId, criteria: [] };
  return {
    topOptionId,
    criteria: criteria.map((c) => getCriterionSensitivity(criteria, weights, overrides, c.id)),
  };
}

/** A criterion whose weight alone would change the top option, and the nearest such weight. */
export type CriterionFlip = CriterionSensitivity & { readonly smallest: WeightFlip };

/**
 * Returns only the criteria whose weight alone would change the top option, the nearest change
 * first (equal changes keep criterion order): "what would change the answer" lists these and
 * nothing else, never a row of "none" per criterion that holds (#14).
 */
export function getFlips(sensitivity: Sensitivity): CriterionFlip[] {
  return sensitivity.criteria
    .filter((c): c is CriterionFlip => c.smallest !== null)
    .sort((a, b) => Math.abs(a.smallest.change) - Math.abs(b.smallest.change));
}
