/**
 * What the report and the board summary say about following the plan through (#16): where each
 * initiative of the plan stands on the report's day and each KPI's latest measurement against its
 * numeric target, read from the assessment's plan and the roadmap document.
 */
import type { AssessmentPlan } from '../assessment/assessment';
import { toIsoDay } from '../follow/follow-dates';
import { getKpiStatus, type KpiStatus, type KpiTrack } from '../follow/kpi-status';
import { getPlanStanding, type EffectiveStatus, type PlanStanding } from '../follow/plan-progress';
import type { DocumentInitiative, DocumentKpi } from '../roadmap/roadmap-document';
import { fill, type ReportContext } from './report-context';
import type { ReportInput, ReportTextKey } from './report-input';

/** One KPI of the plan with its status on the report's day. */
export interface KpiStanding {
  readonly kpi: DocumentKpi;
  readonly status: KpiStatus;
  readonly targetValue: number | undefined;
}

/** The plan's standing and its KPIs' status on the report's day. */
export interface ReportFollow {
  /** The report's day, yyyy-mm-dd (UTC, as every day of the follow-up). */
  readonly today: string;
  readonly standing: PlanStanding;
  /** The plan's initiatives by id. */
  readonly initiatives: ReadonlyMap<string, DocumentInitiative>;
  /** Every KPI of the plan, in the plan's order. */
  readonly kpis: readonly KpiStanding[];
}

/** The statuses as the report counts them, each with the column header that names it. */
export const STATUS_COLUMNS: readonly (readonly [EffectiveStatus, ReportTextKey])[] = [
  ['done', 'colStatusDone'],
  ['in-progress', 'colStatusInProgress'],
  ['late', 'colStatusLate'],
  ['not-started', 'colStatusNotStarted'],
  ['dropped', 'colStatusDropped'],
];

/** Each KPI track's words. */
export const TRACK_TEXT: Readonly<Record<KpiTrack, ReportTextKey>> = {
  'on-track': 'trackOn',
  'off-track': 'trackOff',
  'no-target': 'trackNoTarget',
  'no-data': 'trackNoData',
};

/**
 * Whether the plan has progress to report: an initiative with a status other than not started,
 * or a KPI with a measurement.
 */
export function hasProgress(plan: AssessmentPlan | undefined): boolean {
  const progress = Object.values(plan?.progress ?? {});
  const measurements = Object.values(plan?.measurements ?? {});
  return progress.some((p) => p.status !== 'not-started') || measurements.some((m) => m.length > 0);
}

/** Where the plan of `input` stands on the report's day, and its KPIs' status. */
export function getReportFollow(
  input: Pick<ReportInput, 'assessment' | 'roadmap' | 'now'>,
): ReportFollow {
  const { roadmap } = input;
  const plan = input.assessment.plan;
  const today = toIsoDay(input.now);
  // The document names dependencies by title; the standing links initiatives by id.
  const idsByTitle = new Map(roadmap.initiatives.map((i) => [i.title, i.id]));
  const items = roadmap.initiatives.map((i) => ({
    id: i.id,
    phase: i.phase,
    start: i.start,
    end: i.end,
    owner: i.owner,
    dependsOn: i.dependsOn.flatMap((title) => idsByTitle.get(title) ?? []),
  }));
  const standing = getPlanStanding({
    items,
    progress: plan?.progress ?? {},
    planStart: roadmap.planStart,
    today,
  });
  const kpis = roadmap.kpis.map((kpi): KpiStanding => {
    const setting = plan?.kpis[kpi.id] ?? {};
    const status = getKpiStatus({
      direction: kpi.direction,
      frequency: kpi.frequency,
      baselineValue: setting.baselineValue,
      targetValue: setting.targetValue,
      targetDate: setting.targetDate,
      measurements: plan?.measurements?.[kpi.id] ?? [],
      planStart: roadmap.planStart,
      today,
    });
    return { kpi, status, targetValue: setting.targetValue };
  });
  return {
    today,
    standing,
    initiatives: new Map(roadmap.initiatives.map((i) => [i.id, i])),
    kpis,
  };
}

/** Units written after a number; the others (amounts, counts, scores, ratios) go bare. */
const SHOWN_UNITS = new Set(['percent', 'days', 'hours']);

/** A KPI value in the report's language with its unit where it reads well, e.g. "45 %", "3 days". */
export function formatKpiValue(c: ReportContext, value: number, unit: string): string {
  const number = c.formatNumber(value, 2);
  if (!SHOWN_UNITS.has(unit)) return number;
  return `${number}\u00a0${c.input.strings.units[unit] ?? unit}`;
}

/** "Done: 3 · In progress: 2 · Late: 1 · Not started: 6", statuses with none left out. */
export function formatStatusCounts(
  c: ReportContext,
  counts: Readonly<Record<EffectiveStatus, number>>,
): string {
  return STATUS_COLUMNS.filter(([status]) => counts[status] > 0)
    .map(([status, key]) =>
      fill(c.t.statusCount, { status: c.t[key], count: c.formatNumber(counts[status]) }),
    )
    .join(' · ');
}
