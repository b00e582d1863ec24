/**
 * The user's packaged-vs-custom choices (issue #6) as changes to the defaults: applying them gives
 * the weights, score overrides and cost inputs the decision is computed from, and the `with…`
 * transforms record one change each. Anything the user has not changed follows the defaults, so
 * defaults informed by the assessment keep following its answers. Every function is pure.
 */
import type { DecisionPlan, DecisionTcoFigures, DecisionTcoPlan } from '../assessment/assessment';
import type { TcoFigures } from '../schemas/content';
import type { WeightContext } from './default-weights';
import {
  DECISION_OPTION_IDS,
  MAX_SCORE,
  MAX_WEIGHT,
  MIN_WEIGHT,
  type OptionId,
  type ScoreOverrides,
} from './model';
import { TCO_LIMITS, type TcoInputs } from './tco';

/** One cost figure of an option, e.g. `implementation`. */
export type TcoFigureKey = keyof TcoFigures;

/** Returns true for a whole number within `min`–`max`. */
function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Returns true for a finite number within `min`–`max`. */
function isWithin(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

/** Returns the highest value a cost figure accepts: 100 for the maintenance percentage, else the largest amount. */
export function getFigureMax(key: TcoFigureKey): number {
  return key === 'maintenancePercent' ? TCO_LIMITS.maxPercent : TCO_LIMITS.maxAmount;
}

/** Returns the weight of every criterion of `defaults`: the user's (a whole number 0–5) or the default. */
export function getPlanWeights(
  defaults: Readonly<Record<string, number>>,
  plan: DecisionPlan,
): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const [id, weight] of Object.entries(defaults)) {
    const chosen = Object.hasOwn(plan.weights, id) ? plan.weights[id] : undefined;
    weights[id] = isWhole(chosen, MIN_WEIGHT, MAX_WEIGHT) ? chosen : weight;
  }
  return weights;
}

/** Returns the user's option scores that ranking can use: whole numbers 0–5 of known options. */
export function getPlanOverrides(plan: DecisionPlan): ScoreOverrides {
  const overrides: Record<string, Partial<Record<OptionId, number>>> = {};
  for (const [criterionId, scores] of Object.entries(plan.scores)) {
    const kept: Partial<Record<OptionId, number>> = {};
    for (const optionId of DECISION_OPTION_IDS) {
      const score = Object.hasOwn(scores, optionId) ? scores[optionId] : undefined;
      if (isWhole(score, 0, MAX_SCORE)) kept[optionId] = score;
    }
    if (Object.keys(kept).length > 0) overrides[criterionId] = kept;
  }
  return overrides;
}

/** Returns one option's figures: each one the user changed (within bounds), else the default. */
function applyFigures(defaults: TcoFigures, changes: DecisionTcoFigures | undefined): TcoFigures {
  const figures: Record<string, number> = { ...defaults };
  for (const key of Object.keys(defaults) as TcoFigureKey[]) {
    const value = changes?.[key];
    if (isWithin(value, 0, getFigureMax(key))) figures[key] = value;
  }
  return figures as TcoFigures;
}

/** Returns the cost inputs: the defaults with the user's users, years and figures applied. */
export function getPlanTcoInputs(defaults: TcoInputs, plan: DecisionTcoPlan): TcoInputs {
  const options = Object.fromEntries(
    DECISION_OPTION_IDS.map((id) => [
      id,
      applyFigures(
        defaults.options[id],
        Object.hasOwn(plan.figures, id) ? plan.figures[id] : undefined,
      ),
    ]),
  ) as Record<OptionId, TcoFigures>;
  return {
    users: isWithin(plan.users, 0, TCO_LIMITS.maxUsers) ? plan.users : defaults.users,
    years: isWhole(plan.years, TCO_LIMITS.minYears, TCO_LIMITS.maxYears)
      ? plan.years
      : defaults.years,
    options,
  };
}

/** Returns the currency of the figures: the user's when it is an ISO 4217 code, else `fallback`. */
export function getPlanCurrency(plan: DecisionTcoPlan, fallback: string): string {
  return typeof plan.currency === 'string' && /^[A-Z]{3}$/.test(plan.currency)
    ? plan.currency
    : fallback;
}

/** Returns a record without `key` (a copy; nothing is mutated). */
function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** Sets one criterion's weight; a weight equal to the default is forgotten, so it follows the default. */
export function withWeight(
  plan: DecisionPlan,
  criterionId: string,
  weight: number,
  defaultWeight: number,
): DecisionPlan {
  const weights = without(plan.weights, criterionId);
  if (weight !== defaultWeight) weights[criterionId] = weight;
  return { ...plan, weights };
}

/** Sets one option's score on a criterion; a score equal to the authored one is forgotten. */
export function withScore(
  plan: DecisionPlan,
  criterionId: string,
  optionId: OptionId,
  score: number,
  authoredScore: number,
): DecisionPlan {
  const current = Object.hasOwn(plan.scores, criterionId) ? plan.scores[criterionId] : undefined;
  const optionScores = without(current ?? {}, optionId);
  if (score !== authoredScore) optionScores[optionId] = score;
  const scores = without(plan.scores, criterionId);
  if (Object.keys(optionScores).length > 0) scores[criterionId] = optionScores;
  return { ...plan, scores };
}

/** Sets one cost figure of one option. */
export function withTcoFigure(
  plan: DecisionPlan,
  optionId: OptionId,
  key: TcoFigureKey,
  value: number,
): DecisionPlan {
  const figures = Object.hasOwn(plan.tco.figures, optionId) ? plan.tco.figures[optionId] : {};
  return {
    ...plan,
    tco: {
      ...plan.tco,
      figures: { ...plan.tco.figures, [optionId]: { ...figures, [key]: value } },
    },
  };
}

/** Sets the currency, the horizon in years or the number of users. */
export function withTcoSetting(
  plan: DecisionPlan,
  setting: Partial<Pick<DecisionTcoPlan, 'currency' | 'years' | 'users'>>,
): DecisionPlan {
  return { ...plan, tco: { ...plan.tco, ...setting } };
}

/**
 * Returns `base` with every change of `changes` applied on top, criterion by criterion and figure
 * by figure: used when choices made before an assessment was chosen are saved into it.
 */
export function mergeDecisionPlans(base: DecisionPlan, changes: DecisionPlan): DecisionPlan {
  const scores: Record<string, Readonly<Record<string, number>>> = { ...base.scores };
  for (const [id, optionScores] of Object.entries(changes.scores)) {
    scores[id] = { ...scores[id], ...optionScores };
  }
  const figures: Record<string, DecisionTcoFigures> = { ...base.tco.figures };
  for (const [id, optionFigures] of Object.entries(changes.tco.figures)) {
    figures[id] = { ...figures[id], ...optionFigures };
  }
  const { currency, years, users } = changes.tco;
  return {
    weights: { ...base.weights, ...changes.weights },
    scores,
    tco: {
      ...base.tco,
      ...(currency !== undefined && { currency }),
      ...(years !== undefined && { years }),
      ...(users !== undefined && { users }),
      figures,
    },
  };
}

/** Returns true when the user has changed nothing: every figure follows the defaults. */
export function isDefaultPlan(plan: DecisionPlan): boolean {
  const { currency, years, users, figures } = plan.tco;
  return (
    Object.keys(plan.weights).length === 0 &&
    Object.keys(plan.scores).length === 0 &&
    currency === undefined &&
    years === undefined &&
    users === undefined &&
    Object.keys(figures).length === 0
  );
}

/** Returns what an assessment tells the default weights: its profile and its dimension scores. */
export function getWeightContext(
  profile: WeightContext['profile'],
  dimensions: readonly { readonly dimensionId: string; readonly score: number | null }[],
): WeightContext {
  return {
    profile,
    dimensionScores: Object.fromEntries(dimensions.map((d) => [d.dimensionId, d.score])),
  };
}
