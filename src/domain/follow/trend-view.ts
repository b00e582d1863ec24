/**
 * What the follow page's "Trend across runs" shows (issue #16): the organization's runs as the
 * columns of one table (the readiness index and each area's score, whole points as the results
 * page shows them, with the change from the first run to the latest), the areas that improved
 * and slipped most, the blockers resolved and new, and the assessments the shown one can be
 * linked to. Pure; the page words and formats it.
 */
import type { Assessment } from '../assessment/assessment';
import { toDisplayIndex } from '../scoring/maturity-level';
import { getOrganizationId } from './carry-over';
import { buildTrend, type AreaChange, type RunSummary, type TrendPoint } from './trend';

/** How many areas are named as improved most, and as slipped most. */
export const TREND_CHANGE_COUNT = 3;

/** One line of the table: the index or an area, a whole score per run (null: no score). */
export interface TrendRow {
  /** `index` for the readiness index, else the dimension id. */
  readonly id: string;
  readonly values: readonly (number | null)[];
  /** Latest minus first, in whole points; null when either has no score. */
  readonly change: number | null;
}

/** An area's move from the first run to the latest, in whole points. */
export interface AreaMove extends AreaChange {
  readonly from: number;
  readonly to: number;
}

/** One column of the table: a run and its day (yyyy-mm-dd, UTC). */
export interface TrendColumn {
  readonly id: string;
  readonly day: string;
}

/** The trend of two runs or more, as the page shows it. */
export interface TrendView {
  /** The runs, oldest first. */
  readonly runs: readonly TrendColumn[];
  /** The index first, then the areas in the questionnaire's order, then any others. */
  readonly rows: readonly TrendRow[];
  /** At most TREND_CHANGE_COUNT areas that rose, most first (whole points, as the table). */
  readonly improved: readonly AreaMove[];
  /** At most TREND_CHANGE_COUNT areas that fell, most first. */
  readonly slipped: readonly AreaMove[];
  /** The run the latest one's blockers are compared with (the one before it). */
  readonly previous: TrendColumn;
  readonly blockersResolved: readonly string[];
  readonly blockersNew: readonly string[];
}

/** The id of the index's row. */
export const INDEX_ROW = 'index';

const toWhole = (value: number | null) => (value === null ? null : toDisplayIndex(value));

function toRow(id: string, values: readonly (number | null)[]): TrendRow {
  const first = values[0] ?? null;
  const last = values.at(-1) ?? null;
  return { id, values, change: first === null || last === null ? null : last - first };
}

/** Areas by their change, most first; ties in the table's order. */
function pickChanges(rows: readonly TrendRow[], sign: 1 | -1): AreaMove[] {
  return rows
    .flatMap((row) => {
      const from = row.values[0];
      const to = row.values.at(-1);
      // A change exists only where both ends have a score.
      return row.change !== null && Math.sign(row.change) === sign
        ? [{ dimensionId: row.id, change: row.change, from: from as number, to: to as number }]
        : [];
    })
    .sort((a, b) => sign * (b.change - a.change))
    .slice(0, TREND_CHANGE_COUNT);
}

/**
 * The trend of one organization's runs as the page shows it, or null with fewer than two runs.
 * The same runs in any order give the same view.
 * @param areaOrder the questionnaire's dimension ids, in order
 */
export function buildTrendView(
  summaries: readonly RunSummary[],
  areaOrder: readonly string[],
): TrendView | null {
  if (summaries.length < 2) return null;
  const trend = buildTrend(summaries);
  const runs = trend.runs.map((run) => ({ id: run.id, day: run.date.slice(0, 10) }));
  const known = new Set(Object.keys(trend.areas));
  const areaIds = [
    ...areaOrder.filter((id) => known.has(id)),
    ...[...known].filter((id) => !areaOrder.includes(id)),
  ];
  // Every id comes from the trend's own areas.
  const areaRows = areaIds.map((id) =>
    toRow(
      id,
      (trend.areas[id] as readonly TrendPoint[]).map((p) => toWhole(p.value)),
    ),
  );
  return {
    runs,
    rows: [
      toRow(
        INDEX_ROW,
        trend.index.map((p) => toWhole(p.value)),
      ),
      ...areaRows,
    ],
    improved: pickChanges(areaRows, 1),
    slipped: pickChanges(areaRows, -1),
    // Two runs or more: the one before the latest exists.
    previous: runs.at(-2) as TrendColumn,
    blockersResolved: trend.blockersResolved,
    blockersNew: trend.blockersNew,
  };
}

/** An assessment the shown one can be linked to. */
export interface OrganizationChoice {
  readonly id: string;
  readonly name: string;
  readonly organization: string;
  /** When it was made, yyyy-mm-dd. */
  readonly day: string;
  /** The organization id to link to, to join its runs (`getOrganizationId`). */
  readonly link: string;
}

/** The organization link's choices and the one in force. */
export interface OrganizationChoices {
  /** The other assessments in this browser, oldest first. */
  readonly options: readonly OrganizationChoice[];
  /**
   * The option whose organization the shown assessment belongs to: the organization's first run
   * when it is here, else another of its runs; null when it is its own organization's first run
   * (or its organization has no other run in this browser).
   */
  readonly selected: string | null;
}

type Linkable = Pick<Assessment, 'id' | 'name' | 'organization' | 'createdAt' | 'organizationId'>;

/** The assessments the one with `id` can be linked to, and the link in force. */
export function getOrganizationChoices(
  assessments: readonly Linkable[],
  id: string,
): OrganizationChoices {
  const others = assessments
    .filter((a) => a.id !== id)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id));
  const link = assessments.find((a) => a.id === id)?.organizationId;
  const selected =
    link === undefined || link === id
      ? undefined
      : (others.find((a) => a.id === link) ?? others.find((a) => getOrganizationId(a) === link));
  return {
    options: others.map((a) => ({
      id: a.id,
      name: a.name,
      organization: a.organization,
      day: a.createdAt.slice(0, 10),
      link: getOrganizationId(a),
    })),
    selected: selected?.id ?? null,
  };
}
