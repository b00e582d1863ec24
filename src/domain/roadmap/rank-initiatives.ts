/** How urgent each selected initiative is: the gap it closes, weighted. */
import type { ScoringModel } from '../scoring/model';
import {
  AMBITION_PRESETS,
  DEFAULT_AMBITION,
  toValidTarget,
  type Targets,
} from '../scoring/targets';
import { BASE_TRIGGER_WEIGHT, type Rating, type RoadmapInput } from './model';
import type { SelectedInitiative } from './select-initiatives';

/** The parts of the input that ranking reads. */
export type RankingContext = Pick<RoadmapInput, 'model' | 'dimensionScores' | 'targets'>;

/** An initiative's place in a ranking: priority first, then impact, effort and id. */
export interface RankKey {
  readonly id: string;
  readonly priority: number;
  readonly impact: Rating;
  readonly effort: Rating;
}

const RATING_VALUE: Readonly<Record<Rating, number>> = { low: 0, medium: 1, high: 2 };

/**
 * The gap a dimension has to close: max(0, target − score), or the whole target when it has no
 * score yet (nothing known is as far as it gets). A missing or invalid target is the default
 * ambition's.
 */
export function getDimensionGap(
  dimensionId: string,
  scores: RankingContext['dimensionScores'],
  targets: Targets,
): number {
  const target = toValidTarget(targets[dimensionId]) ?? AMBITION_PRESETS[DEFAULT_AMBITION];
  const score = scores.find((s) => s.dimensionId === dimensionId)?.score ?? null;
  return score === null ? target : Math.max(0, target - score);
}

/** The heaviest weight among the triggering questions, or the base weight when none triggered it. */
export function getTriggerWeight(triggeredBy: readonly string[], model: ScoringModel): number {
  let heaviest = 0;
  for (const id of triggeredBy) {
    const weight = model.questions.find((q) => q.id === id)?.weight ?? BASE_TRIGGER_WEIGHT;
    heaviest = Math.max(heaviest, weight);
  }
  return heaviest > 0 ? heaviest : BASE_TRIGGER_WEIGHT;
}

/**
 * priority = gap of the initiative's dimension × dimension weight × the heaviest triggering
 * question's weight. A dimension missing from the model weighs 1.
 */
export function getPriority(selected: SelectedInitiative, context: RankingContext): number {
  const { dimension } = selected.initiative;
  const gap = getDimensionGap(dimension, context.dimensionScores, context.targets);
  const dimensionWeight = context.model.dimensions.find((d) => d.id === dimension)?.weight ?? 1;
  return gap * dimensionWeight * getTriggerWeight(selected.triggeredBy, context.model);
}

/** Orders by priority (higher first), then impact (higher), effort (lower), then id: fully deterministic. */
export function compareRank(a: RankKey, b: RankKey): number {
  if (a.priority !== b.priority) return b.priority - a.priority;
  const impact = RATING_VALUE[b.impact] - RATING_VALUE[a.impact];
  if (impact !== 0) return impact;
  const effort = RATING_VALUE[a.effort] - RATING_VALUE[b.effort];
  if (effort !== 0) return effort;
  return compareIds(a.id, b.id);
}

/** Compares ids by code unit, independent of the locale. */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
