/**
 * What the "Follow the plan" page shows of one assessment (issue #16): the plan's initiatives with
 * their standing and recorded progress, the counts by status, phase and owner, and each KPI of the
 * plan with its figures, measurements and track. Derived from the roadmap view the results page
 * computes, so both pages always show the same plan.
 */
import type { AssessmentPlan, InitiativeProgress, KpiSetting } from './assessment/assessment';
import { UNIT_RANGES, type KpiUnit } from './follow/check-measurement';
import { getKpiStatus, type KpiStatus } from './follow/kpi-status';
import { getPlanStanding, type ItemStanding, type PlanStanding } from './follow/plan-progress';
import type { RoadmapView } from './roadmap-view';
import type { DocumentInitiative, DocumentKpi } from './roadmap/roadmap-document';

/** One initiative as the page lists it. */
export interface FollowInitiative {
  readonly doc: DocumentInitiative;
  readonly standing: ItemStanding;
  /** What the team recorded; `not-started` with nothing else when nothing was. */
  readonly progress: InitiativeProgress;
  /** Titles of the open initiatives a late one holds up, in plan order. */
  readonly holdsUp: readonly string[];
}

/** One KPI of the plan as the page shows it. */
export interface FollowKpi {
  readonly doc: DocumentKpi;
  /** The KPI's unit when it is one that measurements are checked against, else `count`. */
  readonly unit: KpiUnit;
  readonly setting: KpiSetting;
  readonly status: KpiStatus;
}

/** The page's view of one plan. */
export interface FollowView {
  readonly planStart: string;
  readonly planEnd: string;
  readonly totalWeeks: number;
  readonly standing: PlanStanding;
  /** In plan order. */
  readonly initiatives: readonly FollowInitiative[];
  readonly kpis: readonly FollowKpi[];
}

const NOT_STARTED: InitiativeProgress = { status: 'not-started' };

/** Whether `unit` is one of the units measurements are checked against. */
export const isKpiUnit = (unit: string): unit is KpiUnit => Object.hasOwn(UNIT_RANGES, unit);

/**
 * Builds the page's view of a plan.
 * @param roadmap the roadmap view of the assessment (as the results page shows it)
 * @param plan the assessment's plan, with its progress and measurements
 * @param today yyyy-mm-dd
 */
export function buildFollowView(
  roadmap: RoadmapView,
  plan: AssessmentPlan | undefined,
  today: string,
): FollowView {
  const { doc } = roadmap;
  const docs = new Map(doc.initiatives.map((d) => [d.id, d]));
  const items = roadmap.edited.items.flatMap((item) => {
    const d = docs.get(item.id);
    return d ? [{ ...item, owner: d.owner }] : [];
  });
  const progress = plan?.progress ?? {};
  const standing = getPlanStanding({ items, progress, planStart: doc.planStart, today });
  // Standing items, and the items they hold up, are all items kept above: each has its entry.
  const entryOf = (id: string) => docs.get(id) as DocumentInitiative;
  const initiatives = standing.items.map((s): FollowInitiative => ({
    doc: entryOf(s.id),
    standing: s,
    progress: Object.hasOwn(progress, s.id) ? (progress[s.id] as InitiativeProgress) : NOT_STARTED,
    holdsUp: s.holdsUp.map((id) => entryOf(id).title),
  }));
  const kpis = doc.kpis.map((k): FollowKpi => {
    const setting = plan?.kpis[k.id] ?? {};
    return {
      doc: k,
      unit: isKpiUnit(k.unit) ? k.unit : 'count',
      setting,
      status: getKpiStatus({
        direction: k.direction,
        frequency: k.frequency,
        baselineValue: setting.baselineValue,
        targetValue: setting.targetValue,
        targetDate: setting.targetDate,
        measurements: plan?.measurements?.[k.id] ?? [],
        planStart: doc.planStart,
        today,
      }),
    };
  });
  return {
    planStart: doc.planStart,
    planEnd: doc.planEnd,
    totalWeeks: doc.totalWeeks,
    standing,
    initiatives,
    kpis,
  };
}
