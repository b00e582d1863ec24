/**
 * The plan as a team reads it: the initiatives that close the most, what else the first go-live
 * needs, the first 100 days (what starts, who owns it, the first go-live), the later work, and the
 * next steps that resolve the blockers.
 */
import type { DocumentGoLive, DocumentInitiative, RoadmapDocument } from './roadmap-document';

/** Days in the "first 100 days" view. */
export const FIRST_DAYS = 100;

/** How many next steps a summary lists. */
export const NEXT_STEP_COUNT = 3;

/** The views of one roadmap document. */
export interface PlanViews {
  /** The initiatives that close the most, best first. */
  readonly focus: readonly DocumentInitiative[];
  /**
   * The rest of the plan that starts before the first go-live: what every project needs (start,
   * platform, data, the first rollout) and the work the focus and the go-live wait for, by start.
   */
  readonly needed: readonly DocumentInitiative[];
  /** The rest of the plan from the first go-live on: the next channels and support, by start. */
  readonly followOn: readonly DocumentInitiative[];
  /** The plan's initiatives that start within the first 100 days, by start week. */
  readonly firstDays: readonly DocumentInitiative[];
  /** The first channel to go live, or null when no channel is in the plan. */
  readonly firstGoLive: DocumentGoLive | null;
  /** The later work, by start week. */
  readonly later: readonly DocumentInitiative[];
}

const byStart = (a: DocumentInitiative, b: DocumentInitiative) => a.start - b.start;

/** Splits a roadmap document into the views of the plan. */
export function getPlanViews(doc: RoadmapDocument): PlanViews {
  const focus = doc.initiatives
    .filter((i) => i.focusRank !== null)
    .sort((a, b) => a.focusRank! - b.focusRank!);
  const goLive = doc.goLives[0]?.week ?? Number.POSITIVE_INFINITY;
  const rest = doc.initiatives.filter((i) => i.group === 'plan' && i.focusRank === null);
  return {
    focus,
    needed: rest.filter((i) => i.start < goLive).sort(byStart),
    followOn: rest.filter((i) => i.start >= goLive).sort(byStart),
    firstDays: doc.initiatives
      .filter((i) => i.group === 'plan' && i.start * 7 < FIRST_DAYS)
      .sort(byStart),
    firstGoLive: doc.goLives[0] ?? null,
    later: doc.initiatives.filter((i) => i.group === 'later').sort(byStart),
  };
}

/**
 * The next steps: the initiatives that resolve the most blockers (earliest first among equals);
 * with no blocker left to resolve, the initiatives that close the most.
 */
export function getNextSteps(doc: RoadmapDocument): DocumentInitiative[] {
  const resolving = doc.initiatives
    .filter((i) => i.blockers.length > 0)
    .sort((a, b) => b.blockers.length - a.blockers.length || byStart(a, b));
  const steps = resolving.length > 0 ? resolving : getPlanViews(doc).focus;
  return steps.slice(0, NEXT_STEP_COUNT);
}

/** The date of a plan's day `day` (day 1 is the plan start), yyyy-mm-dd. */
export function getPlanDay(planStart: string, day: number): string {
  return new Date(Date.parse(`${planStart}T00:00:00Z`) + (day - 1) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}
