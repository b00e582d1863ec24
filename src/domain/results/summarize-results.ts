/** What the results page shows beyond raw scores: targets, gaps, strongest and weakest areas, deltas. */
import type { AssessmentPlan } from '../assessment/assessment';
import type { AssessmentScore, DimensionScore } from '../scoring/score-assessment';
import { AMBITION_PRESETS, getGap, toValidTarget, type Targets } from '../scoring/targets';

/** The targets in force: the plan's preset for every dimension, with the user's own values on top. */
export function getTargets(
  plan: AssessmentPlan | undefined,
  dimensionIds: readonly string[],
): Targets {
  const base = AMBITION_PRESETS[plan?.ambition ?? 'competitive'];
  return Object.fromEntries(
    dimensionIds.map((id) => [id, toValidTarget(plan?.targets[id]) ?? base]),
  );
}

/** One row of the gap table. */
export interface GapRow {
  readonly dimensionId: string;
  readonly score: number | null;
  readonly target: number;
  /** max(0, target − score); null without a score. */
  readonly gap: number | null;
  /** gap × dimension weight: how much closing it matters; unscored dimensions rank by their target. */
  readonly priority: number;
  readonly coverage: number;
  readonly lowCoverage: boolean;
}

/** The gap table, biggest weighted gap first (ties: dimension order). */
export function getGapRows(score: AssessmentScore, targets: Targets): GapRow[] {
  const rows = score.dimensions.map((d, order) => {
    const target = targets[d.dimensionId] ?? AMBITION_PRESETS.competitive;
    const gap = getGap(d.score, target);
    return {
      order,
      row: {
        dimensionId: d.dimensionId,
        score: d.score,
        target,
        gap,
        priority: (gap ?? target) * d.weight,
        coverage: d.coverage,
        lowCoverage: d.lowCoverage,
      },
    };
  });
  return rows
    .sort((a, b) => b.row.priority - a.row.priority || a.order - b.order)
    .map((r) => r.row);
}

/** The `count` highest-scoring dimensions with a score, best first (ties: dimension order). */
export function getStrongest(score: AssessmentScore, count = 3): DimensionScore[] {
  return rankScored(score).slice(0, count);
}

/** The `count` lowest-scoring dimensions with a score, weakest first (ties: dimension order). */
export function getWeakest(score: AssessmentScore, count = 3): DimensionScore[] {
  return rankScored(score).reverse().slice(0, count);
}

function rankScored(score: AssessmentScore): DimensionScore[] {
  return score.dimensions
    .flatMap((d, order) => (d.score === null ? [] : [{ d, score: d.score, order }]))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ d }) => d);
}

/** How one dimension moved between an earlier assessment and this one. */
export interface DimensionDelta {
  readonly dimensionId: string;
  readonly earlier: number | null;
  readonly current: number | null;
  /** current − earlier; null when either has no score. */
  readonly delta: number | null;
}

/** Per-dimension deltas and the index delta between two scores of the same questionnaire. */
export function compareScores(
  current: AssessmentScore,
  earlier: AssessmentScore,
): { dimensions: DimensionDelta[]; index: number | null } {
  const before = new Map(earlier.dimensions.map((d) => [d.dimensionId, d.score]));
  const dimensions = current.dimensions.map((d) => {
    const then = before.get(d.dimensionId) ?? null;
    return {
      dimensionId: d.dimensionId,
      earlier: then,
      current: d.score,
      delta: d.score === null || then === null ? null : d.score - then,
    };
  });
  const index =
    current.index === null || earlier.index === null ? null : current.index - earlier.index;
  return { dimensions, index };
}
