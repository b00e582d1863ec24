/**
 * The plan's focus: a plan of fifty bars is not a plan. The triggered initiatives are ranked by the
 * blockers they close, then by the weighted gap they close; the top ones, the project's spine
 * (project start, platform, data, channel go-lives, support) and everything they need form the
 * plan; the rest waits until that plan is done.
 */
import { isLevel, type Answers, type ScoringModel } from '../scoring/model';
import type { PlanGroup } from './model';
import { compareRank, type RankKey } from './rank-initiatives';

/** An initiative as the grouping sees it. */
export interface FocusCandidate extends RankKey {
  /** Questions whose answers triggered it. */
  readonly triggeredBy: readonly string[];
  /** Blockers among them (see `getBlockersClosed`). */
  readonly blockers: readonly string[];
  /** In the plan whatever its rank (always needed, a channel rollout, pinned by the clock). */
  readonly spine: boolean;
  /**
   * Whether it may be among the focus when triggered; by default, what is not the spine. Work every
   * project does anyway (the platform, a rollout) is never ranked, but spine work that closes a
   * gap (the sponsor, the analysis) is.
   */
  readonly rankable?: boolean | undefined;
  /** Its dependencies among the candidates. */
  readonly dependsOn: readonly string[];
}

/** Where one initiative lands. */
export interface FocusPlacement {
  readonly group: PlanGroup;
  /** 1-based rank within the focus, or null. */
  readonly focusRank: number | null;
}

/** The blockers among `questions`: critical questions answered level 0 or 1. */
export function getBlockersClosed(
  questions: readonly string[],
  model: ScoringModel,
  answers: Answers,
): string[] {
  const critical = new Set(model.questions.filter((q) => q.critical).map((q) => q.id));
  return questions.filter((id) => {
    const value = answers[id];
    return critical.has(id) && isLevel(value) && value <= 1;
  });
}

/** More blockers closed first, then the roadmap's rank (weighted gap, impact, effort, id). */
export function compareFocus(a: FocusCandidate, b: FocusCandidate): number {
  return b.blockers.length - a.blockers.length || compareRank(a, b);
}

/**
 * Places every candidate: the `size` best rankable triggered ones (by `compareFocus`) are the focus; the
 * focus, the spine and all they depend on are the plan; the rest is later.
 */
export function groupInitiatives(
  candidates: readonly FocusCandidate[],
  size: number,
): Map<string, FocusPlacement> {
  const focus = candidates
    .filter((c) => (c.rankable ?? !c.spine) && c.triggeredBy.length > 0)
    .sort(compareFocus)
    .slice(0, Math.max(0, size));
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const inPlan = new Set<string>();
  const stack = [...candidates.filter((c) => c.spine), ...focus].map((c) => c.id);
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (inPlan.has(id)) continue;
    inPlan.add(id);
    stack.push(...(byId.get(id)?.dependsOn ?? []));
  }
  const ranks = new Map(focus.map((c, i) => [c.id, i + 1]));
  return new Map(
    candidates.map((c) => [
      c.id,
      { group: inPlan.has(c.id) ? 'plan' : 'later', focusRank: ranks.get(c.id) ?? null },
    ]),
  );
}
