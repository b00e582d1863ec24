/**
 * Default criterion weights, informed by the assessment when there is one (issue #6: "defaults
 * informed by the assessment … with the reasoning shown"). Each criterion starts at its authored
 * default weight; every adjustment whose condition holds adds its `weightChange`; the sum is kept
 * within 1–5. The applied adjustments come back with their reason texts, as data for the UI.
 */
import {
  MAX_WEIGHT,
  MIN_DEFAULT_WEIGHT,
  clampNumber,
  type WeightAdjustment,
  type WeightedCriterion,
} from './model';

/** What the assessment tells the defaults: profile answers and dimension scores (0–100). */
export interface WeightContext {
  /** Profile answers keyed by field id: one option id, or several for a multiple-choice field. */
  readonly profile: Readonly<Partial<Record<string, string | readonly string[]>>>;
  /** Dimension scores 0–100 keyed by dimension id; null when the dimension has no score. */
  readonly dimensionScores: Readonly<Partial<Record<string, number | null>>>;
}

/** Why an adjustment applied: the profile answers it matched, or the dimension score below its threshold. */
export type AdjustmentTrigger =
  | { readonly kind: 'profile'; readonly field: string; readonly matched: readonly string[] }
  | {
      readonly kind: 'dimension';
      readonly dimension: string;
      readonly score: number;
      readonly scoreBelow: number;
    };

/** One adjustment that moved a criterion's default weight. */
export interface AppliedAdjustment {
  readonly weightChange: number;
  /** The authored reason, passed through untouched for the UI to show in the user's language. */
  readonly reason: WeightAdjustment['reason'];
  readonly trigger: AdjustmentTrigger;
}

/** How a criterion's default weight came about. */
export interface WeightReasoning {
  /** The authored default weight, within 1–5. */
  readonly defaultWeight: number;
  readonly adjustments: readonly AppliedAdjustment[];
  /** The default weight plus every applied change, before keeping it within 1–5. */
  readonly unclampedWeight: number;
  /** The weight used: the unclamped weight kept within 1–5. */
  readonly weight: number;
}

/** Default weights keyed by criterion id, and the reasoning behind each one. */
export interface DefaultWeights {
  readonly weights: Record<string, number>;
  readonly reasoning: Record<string, WeightReasoning>;
}

/** Returns why `adjustment` applies in `context`, or null when its condition does not hold or is unknown. */
export function getAdjustmentTrigger(
  adjustment: WeightAdjustment,
  context: WeightContext,
): AdjustmentTrigger | null {
  const { profile: field, in: options, dimension, scoreBelow } = adjustment;
  if (field !== undefined && options !== undefined) {
    const answer = context.profile[field];
    const answers: readonly string[] = answer === undefined ? [] : [answer].flat();
    const matched = answers.filter((a) => options.includes(a));
    return matched.length > 0 ? { kind: 'profile', field, matched } : null;
  }
  if (dimension !== undefined && scoreBelow !== undefined) {
    const score = context.dimensionScores[dimension];
    // An unscored dimension says nothing about maturity: the adjustment waits for a score.
    if (typeof score !== 'number' || !Number.isFinite(score) || score >= scoreBelow) return null;
    return { kind: 'dimension', dimension, score, scoreBelow };
  }
  return null;
}

/** Keeps a weight a whole number within the default range 1–5. */
function toDefaultWeight(weight: number): number {
  return Math.round(clampNumber(weight, MIN_DEFAULT_WEIGHT, MAX_WEIGHT, MIN_DEFAULT_WEIGHT));
}

/** Returns one criterion's default weight and its reasoning; without a context, its authored default. */
export function getCriterionWeight(
  criterion: WeightedCriterion,
  context?: WeightContext,
): WeightReasoning {
  const defaultWeight = toDefaultWeight(criterion.defaultWeight);
  const adjustments: AppliedAdjustment[] = [];
  for (const adjustment of criterion.adjustments) {
    const trigger = context ? getAdjustmentTrigger(adjustment, context) : null;
    if (trigger) {
      adjustments.push({
        weightChange: adjustment.weightChange,
        reason: adjustment.reason,
        trigger,
      });
    }
  }
  const unclampedWeight = adjustments.reduce(
    (sum, a) => sum + (Number.isFinite(a.weightChange) ? a.weightChange : 0),
    defaultWeight,
  );
  return { defaultWeight, adjustments, unclampedWeight, weight: toDefaultWeight(unclampedWeight) };
}

/**
 * Returns the default weight of every criterion (1–5) and how it came about. Without a context
 * (no assessment) every criterion gets its authored default weight and no adjustment.
 */
export function getDefaultWeights(
  criteria: readonly WeightedCriterion[],
  context?: WeightContext,
): DefaultWeights {
  const weights: Record<string, number> = {};
  const reasoning: Record<string, WeightReasoning> = {};
  for (const criterion of criteria) {
    const result = getCriterionWeight(criterion, context);
    weights[criterion.id] = result.weight;
    reasoning[criterion.id] = result;
  }
  return { weights, reasoning };
}
