/**
 * The trend across the runs of one organization (issue #16): the readiness index and each area's
 * score over time, the areas that improved and slipped most from the first run to the latest, and
 * the blockers the latest run resolved or added against the one before. It takes already scored
 * summaries, so that a trend of many runs stays cheap.
 */
import type { Assessment } from '../assessment/assessment';
import type { AssessmentScore } from '../scoring/score-assessment';
import { getOrganizationId } from './carry-over';

/** One scored run, as the trend needs it. */
export interface RunSummary {
  readonly id: string;
  /** When the run was made, an ISO timestamp (its `createdAt`). */
  readonly date: string;
  /** The readiness index 0–100; null when too little was answered. */
  readonly index: number | null;
  /** Each area's score 0–100 (null: not enough answers), by dimension id. */
  readonly areas: Readonly<Record<string, number | null>>;
  /** The blocker question ids of the run. */
  readonly blockers: readonly string[];
}

/** One point of a line. */
export interface TrendPoint {
  readonly runId: string;
  readonly date: string;
  readonly value: number | null;
}

/** An area's change from the first run to the latest. */
export interface AreaChange {
  readonly dimensionId: string;
  /** Latest minus first score, in points. */
  readonly change: number;
}

/** The trend of one organization. */
export interface Trend {
  /** The runs, oldest first. */
  readonly runs: readonly RunSummary[];
  readonly index: readonly TrendPoint[];
  /** Each area's line, by dimension id, areas in the order the runs name them. */
  readonly areas: Readonly<Record<string, readonly TrendPoint[]>>;
  /** Areas that rose, most first. */
  readonly mostImproved: readonly AreaChange[];
  /** Areas that fell, most first. */
  readonly mostSlipped: readonly AreaChange[];
  /** Blockers of the run before the latest that the latest no longer has. */
  readonly blockersResolved: readonly string[];
  /** Blockers of the latest run the one before did not have. */
  readonly blockersNew: readonly string[];
}

/** The assessments linked to `organizationId` (each run's link, or its own id for the first). */
export function getOrganizationRuns<T extends { id: string; organizationId?: string | undefined }>(
  assessments: readonly T[],
  organizationId: string,
): T[] {
  return assessments.filter((a) => getOrganizationId(a) === organizationId);
}

/** The part of a score a run summary keeps. */
export type RunScore = Pick<AssessmentScore, 'index' | 'dimensions' | 'blockers'>;

/**
 * One run of the organization as the trend needs it, from the assessment and its score
 * (`scoreAssessment(model, assessment.answers)`).
 */
export function toRunSummary(
  assessment: Pick<Assessment, 'id' | 'createdAt'>,
  score: RunScore,
): RunSummary {
  return {
    id: assessment.id,
    date: assessment.createdAt,
    index: score.index,
    areas: Object.fromEntries(score.dimensions.map((d) => [d.dimensionId, d.score])),
    blockers: score.blockers,
  };
}

/**
 * Each run of `organizationId` among `assessments`, scored by `score` (the board summary and the
 * follow page's trend score them as the results page does).
 */
export function getRunSummaries<A extends Pick<Assessment, 'id' | 'createdAt' | 'organizationId'>>(
  assessments: readonly A[],
  organizationId: string,
  score: (run: A) => RunScore,
): RunSummary[] {
  return getOrganizationRuns(assessments, organizationId).map((run) =>
    toRunSummary(run, score(run)),
  );
}

/** Runs oldest first; two at the same instant by id, so any input order gives one trend. */
export function sortRuns(runs: readonly RunSummary[]): RunSummary[] {
  return [...runs].sort(
    (a, b) => Date.parse(a.date) - Date.parse(b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function getAreaChanges(first: RunSummary, last: RunSummary): AreaChange[] {
  return Object.keys(last.areas).flatMap((dimensionId) => {
    const from = Object.hasOwn(first.areas, dimensionId) ? first.areas[dimensionId] : null;
    const to = last.areas[dimensionId];
    return typeof from === 'number' && typeof to === 'number'
      ? [{ dimensionId, change: to - from }]
      : [];
  });
}

/** The trend of the given runs (one organization's): lines, changes and blockers. */
export function buildTrend(summaries: readonly RunSummary[]): Trend {
  const runs = sortRuns(summaries);
  const point = (run: RunSummary, value: number | null): TrendPoint => ({
    runId: run.id,
    date: run.date,
    value,
  });
  const areaIds = [...new Set(runs.flatMap((run) => Object.keys(run.areas)))];
  const areas = Object.fromEntries(
    areaIds.map((id) => [
      id,
      runs.map((run) => point(run, Object.hasOwn(run.areas, id) ? (run.areas[id] ?? null) : null)),
    ]),
  );
  const first = runs[0];
  const last = runs.at(-1);
  const previous = runs.at(-2);
  const changes = first && last ? getAreaChanges(first, last) : [];
  const before = new Set(previous?.blockers ?? last?.blockers ?? []);
  const now = new Set(last?.blockers ?? []);
  return {
    runs,
    index: runs.map((run) => point(run, run.index)),
    areas,
    mostImproved: changes.filter((c) => c.change > 0).sort((a, b) => b.change - a.change),
    mostSlipped: changes.filter((c) => c.change < 0).sort((a, b) => a.change - b.change),
    blockersResolved: [...before].filter((id) => !now.has(id)),
    blockersNew: [...now].filter((id) => !before.has(id)),
  };
}
