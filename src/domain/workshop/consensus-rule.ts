/**
 * Consensus by a rule the facilitator declares before the answers come in (issue #18 item 4), as
 * Delphi and RAND/UCLA panels do: fixed in advance, so nobody can move the goalposts once the
 * answers are on the table.
 *
 * Don't-knows, the same way everywhere: every rule judges only the answers **with a level**.
 * "Don't know", "not applicable" and missing answers are neither for nor against consensus; they
 * are counted and shown beside the figures (every figure carries its n). With fewer than
 * MIN_LEVELS_TO_COMPARE levels there is nothing to compare and consensus is unknown (null), under
 * every rule. The dimension counts ("2 of 5 questions without consensus") count the same compared
 * questions, so no screen drops don't-knows where another keeps them.
 */
import type { LevelDistribution } from './statistics';

/** The rules a facilitator can pick. */
export const CONSENSUS_RULE_IDS = ['range', 'near-median', 'interquartile'] as const;
/** One consensus rule. */
export type ConsensusRuleId = (typeof CONSENSUS_RULE_IDS)[number];

/** The rule of workshops set up before rules could be chosen: what they always used. */
export const DEFAULT_CONSENSUS_RULE: ConsensusRuleId = 'range';

/** Fewer answers with a level than this cannot agree or disagree: consensus is then unknown. */
export const MIN_LEVELS_TO_COMPARE = 2;
/** `range`: the highest and lowest level at most this far apart. */
export const MAX_CONSENSUS_RANGE = 1;
/** `near-median`: at least this share of the levels within NEAR_MEDIAN_DISTANCE of the median. */
export const NEAR_MEDIAN_SHARE = 0.7;
/** `near-median`: how far from the median a level may be and still count as near it. */
export const NEAR_MEDIAN_DISTANCE = 1;
/** `interquartile`: the interquartile range at most this wide. */
export const MAX_INTERQUARTILE_RANGE = 1;

/** True for one of the rule ids. */
export function isConsensusRuleId(value: unknown): value is ConsensusRuleId {
  return (CONSENSUS_RULE_IDS as readonly unknown[]).includes(value);
}

/** The rule a workshop uses: its own, or the default for a workshop stored before rules existed. */
export function getConsensusRule(workshop: {
  readonly consensusRule?: ConsensusRuleId | undefined;
}): ConsensusRuleId {
  return workshop.consensusRule ?? DEFAULT_CONSENSUS_RULE;
}

/** The levels of a distribution, lowest first. */
export function toSortedLevels(distribution: LevelDistribution): number[] {
  return distribution.flatMap((count, level) => Array<number>(count).fill(level));
}

/**
 * The p-quantile of sorted numbers by linear interpolation between closest ranks (R type 7,
 * numpy's default, Excel's QUARTILE.INC): defined for any non-empty list.
 */
export function getQuantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

function getMedian(sorted: readonly number[]): number {
  return getQuantile(sorted, 0.5);
}

const RULES: Readonly<Record<ConsensusRuleId, (sorted: readonly number[]) => boolean>> = {
  range: (sorted) => sorted[sorted.length - 1]! - sorted[0]! <= MAX_CONSENSUS_RANGE,
  'near-median': (sorted) => {
    const median = getMedian(sorted);
    const near = sorted.filter((level) => Math.abs(level - median) <= NEAR_MEDIAN_DISTANCE);
    return near.length >= NEAR_MEDIAN_SHARE * sorted.length;
  },
  interquartile: (sorted) =>
    getQuantile(sorted, 0.75) - getQuantile(sorted, 0.25) <= MAX_INTERQUARTILE_RANGE,
};

/**
 * Whether the levels given to one question reach consensus by a rule; null with fewer than
 * MIN_LEVELS_TO_COMPARE levels (see the module comment for don't-knows).
 * @param distribution how many answers gave each level (don't-knows are not in it)
 */
export function isConsensusReached(
  rule: ConsensusRuleId,
  distribution: LevelDistribution,
): boolean | null {
  const sorted = toSortedLevels(distribution);
  if (sorted.length < MIN_LEVELS_TO_COMPARE) return null;
  return RULES[rule](sorted);
}
