/**
 * The roadmap as a document: the edited plan joined with its words, owners, dates and KPI figures,
 * in one language. Pure; the results page, the CSV and iCalendar exports and the PDF all read it.
 */
import type { KpiSetting } from '../assessment/assessment';
import type { PhaseId } from '../scoring/model';
import type { EditedRoadmap } from './apply-edits';
import { getGoLives } from './build-roadmap';
import { getMilestones } from './milestones';
import type { ChannelId, PlanGroup, Rating } from './model';
import { lastWorkingDay, weekToDate } from './week-dates';

/** An initiative's words in one language, and its ratings. */
export interface InitiativeText {
  readonly title: string;
  readonly description: string;
  readonly owner: string;
  readonly milestone: string;
  readonly effort: Rating;
  readonly impact: Rating;
}

/** A KPI's words in one language and its facts. */
export interface KpiText {
  readonly name: string;
  readonly definition: string;
  readonly unit: string;
  readonly direction: 'higher' | 'lower';
  readonly suggestedTarget: string;
  readonly frequency: 'weekly' | 'monthly' | 'quarterly' | 'yearly';
}

/** What the document is made from. */
export interface RoadmapDocumentInput {
  readonly roadmap: EditedRoadmap;
  /** Week 0, yyyy-mm-dd. */
  readonly planStart: string;
  readonly initiatives: Readonly<Record<string, InitiativeText>>;
  readonly kpis: Readonly<Record<string, KpiText>>;
  readonly kpiSettings: Readonly<Record<string, KpiSetting>>;
  readonly phaseNames: Readonly<Record<PhaseId, string>>;
  readonly dimensionTitles: Readonly<Record<string, string>>;
  /** Builds the phase-gate milestone title from a phase name, e.g. "End of the {phase} phase". */
  readonly phaseGateTitle: (phaseName: string) => string;
}

/** One initiative of the document. */
export interface DocumentInitiative {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly phase: PhaseId;
  readonly phaseName: string;
  readonly area: string;
  readonly changeManagement: boolean;
  /** The owner the user named, or the suggested role. */
  readonly owner: string;
  readonly start: number;
  readonly end: number;
  readonly weeks: number;
  readonly startDate: string;
  /** The last day of work (the day before the end week starts). */
  readonly endDate: string;
  readonly dependsOn: readonly string[];
  readonly kpis: readonly string[];
  readonly milestone: string;
  readonly effort: Rating;
  readonly impact: Rating;
  /** In the plan, or later when the plan is done. */
  readonly group: PlanGroup;
  /** Its place among the initiatives that close the most (1 first), or null. */
  readonly focusRank: number | null;
  /** The blockers it resolves: critical questions answered at level 0 or 1. */
  readonly blockers: readonly string[];
  /** For a channel rollout: the channel it brings into operation. */
  readonly channel: ChannelId | null;
}

/** One channel going live: the end of its rollout. */
export interface DocumentGoLive {
  readonly channel: ChannelId;
  /** The rollout initiative that brings it into operation. */
  readonly id: string;
  readonly week: number;
  /** The last day of the rollout. */
  readonly date: string;
}

/** One KPI of the document, with the user's figures. */
export interface DocumentKpi extends KpiText {
  readonly id: string;
  readonly baseline: string;
  readonly target: string;
  /** Titles of the initiatives it tracks. */
  readonly initiatives: readonly string[];
}

/** One calendar milestone. */
export interface DocumentMilestone {
  /** Stable within the plan, e.g. `item-<id>` or `gate-<phase>`. */
  readonly uid: string;
  readonly title: string;
  readonly description: string;
  readonly date: string;
  readonly week: number;
  /** The group of its initiative; null for a phase gate. */
  readonly group: PlanGroup | null;
  /** Whether it marks a channel going live. */
  readonly goLive: boolean;
}

/** The roadmap as a document. */
export interface RoadmapDocument {
  readonly planStart: string;
  readonly planEnd: string;
  readonly totalWeeks: number;
  readonly initiatives: readonly DocumentInitiative[];
  readonly kpis: readonly DocumentKpi[];
  readonly milestones: readonly DocumentMilestone[];
  /** Each channel's go-live, in rollout order (after the user's edits). */
  readonly goLives: readonly DocumentGoLive[];
}

/** Joins the edited roadmap with its words, dates and KPI figures. */
export function buildRoadmapDocument(input: RoadmapDocumentInput): RoadmapDocument {
  const { roadmap, planStart } = input;
  const text = (id: string) => input.initiatives[id];
  const titleOf = (id: string) => text(id)?.title ?? id;
  const initiatives = roadmap.items.map((item): DocumentInitiative => ({
    id: item.id,
    title: titleOf(item.id),
    description: text(item.id)?.description ?? '',
    phase: item.phase,
    phaseName: input.phaseNames[item.phase],
    area: input.dimensionTitles[item.dimension] ?? item.dimension,
    changeManagement: item.changeManagement,
    owner: item.owner ?? text(item.id)?.owner ?? '',
    start: item.start,
    end: item.end,
    weeks: item.weeks,
    startDate: weekToDate(planStart, item.start),
    endDate: lastWorkingDay(planStart, item.end),
    dependsOn: item.dependsOn.map(titleOf),
    kpis: item.kpis.map((id) => input.kpis[id]?.name ?? id),
    milestone: text(item.id)?.milestone ?? '',
    effort: text(item.id)?.effort ?? 'medium',
    impact: text(item.id)?.impact ?? 'medium',
    group: item.group,
    focusRank: item.focusRank,
    blockers: item.blockers,
    channel: item.channel ?? null,
  }));
  return {
    planStart,
    planEnd: lastWorkingDay(planStart, Math.max(roadmap.totalWeeks, 1)),
    totalWeeks: roadmap.totalWeeks,
    initiatives,
    kpis: getDocumentKpis(input),
    milestones: getDocumentMilestones(input),
    goLives: getGoLives(roadmap.items, roadmap.channelOrder).map((g) => ({
      ...g,
      date: lastWorkingDay(planStart, g.week),
    })),
  };
}

/** The KPIs the plan's initiatives track, in order of first use, with the user's figures. */
function getDocumentKpis(input: RoadmapDocumentInput): DocumentKpi[] {
  const trackedBy = new Map<string, string[]>();
  for (const item of input.roadmap.items) {
    for (const kpi of item.kpis) {
      const list = trackedBy.get(kpi) ?? [];
      list.push(input.initiatives[item.id]?.title ?? item.id);
      trackedBy.set(kpi, list);
    }
  }
  return [...trackedBy].flatMap(([id, initiatives]) => {
    const kpi = input.kpis[id];
    if (!kpi) return [];
    const setting = input.kpiSettings[id] ?? {};
    return [
      {
        ...kpi,
        id,
        baseline: setting.baseline ?? '',
        target: setting.target ?? '',
        frequency: setting.frequency ?? kpi.frequency,
        initiatives,
      },
    ];
  });
}

/** One milestone per initiative end and per phase end, dated. */
function getDocumentMilestones(input: RoadmapDocumentInput): DocumentMilestone[] {
  const items = new Map(input.roadmap.items.map((item) => [item.id, item]));
  return getMilestones(input.roadmap).map((m) => {
    const date = lastWorkingDay(input.planStart, m.week);
    if (m.kind === 'phase-gate') {
      const title = input.phaseGateTitle(input.phaseNames[m.phase]);
      const gate = { uid: `gate-${m.phase}`, title, description: title, date, week: m.week };
      return { ...gate, group: null, goLive: false };
    }
    const text = input.initiatives[m.id];
    const item = items.get(m.id)!;
    return {
      uid: `item-${m.id}`,
      title: text?.milestone || text?.title || m.id,
      description: text?.title ?? m.id,
      date,
      week: m.week,
      group: item.group,
      goLive: item.channel !== undefined,
    };
  });
}

/** The Monday on or after `today` (UTC), as yyyy-mm-dd: the default start of a plan. */
export function getDefaultPlanStart(today: Date): string {
  const day = today.getUTCDay();
  const add = (8 - day) % 7;
  const monday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + add);
  return new Date(monday).toISOString().slice(0, 10);
}
