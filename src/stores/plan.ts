/**
 * Every change the results page makes to an assessment's plan, one named action each: targets,
 * comparison, and the roadmap edits (left out, owners, start weeks, KPI figures, start date,
 * channel order). Each applies to the freshest stored copy and saves at once.
 */
import type { AssessmentPlan, KpiSetting } from '../domain/assessment/assessment';
import type { ChannelId } from '../domain/roadmap/model';
import { updatePlan } from './assessments';

/** An ambition preset. */
export type Ambition = AssessmentPlan['ambition'];

/** Chooses an ambition preset; targets typed before give way to the preset's. */
export function setAmbition(id: string, ambition: Ambition): void {
  updatePlan(id, (plan) => ({ ...plan, ambition, targets: {} }));
}

/** Sets one dimension's target (0–100; the caller has checked it). */
export function setTarget(id: string, dimensionId: string, target: number): void {
  updatePlan(id, (plan) => ({ ...plan, targets: { ...plan.targets, [dimensionId]: target } }));
}

/** Compares with another assessment, or with none (undefined). */
export function compareWith(id: string, otherId: string | undefined): void {
  updatePlan(id, (plan) => ({ ...plan, compareWith: otherId }));
}

/** Puts an initiative back into the plan, or leaves it out. */
export function setIncluded(id: string, initiativeId: string, included: boolean): void {
  updatePlan(id, (plan) => {
    const others = plan.excluded.filter((x) => x !== initiativeId);
    return { ...plan, excluded: included ? others : [...others, initiativeId] };
  });
}

/** Names the owner of an initiative (blank: the suggested role again). */
export function setOwner(id: string, initiativeId: string, owner: string): void {
  updatePlan(id, (plan) => ({ ...plan, owners: { ...plan.owners, [initiativeId]: owner } }));
}

/** Moves an initiative's start week, or (null) puts it back at the suggested one. */
export function setStartWeek(id: string, initiativeId: string, week: number | null): void {
  updatePlan(id, (plan) => {
    const startWeeks = { ...plan.startWeeks };
    if (week === null) delete startWeeks[initiativeId];
    else startWeeks[initiativeId] = week;
    return { ...plan, startWeeks };
  });
}

/** Changes a KPI's baseline, target or review frequency, keeping its other figures. */
export function setKpiSetting(id: string, kpiId: string, change: KpiSetting): void {
  updatePlan(id, (plan) => ({
    ...plan,
    kpis: { ...plan.kpis, [kpiId]: { ...plan.kpis[kpiId], ...change } },
  }));
}

/** Sets the plan's first day (yyyy-mm-dd; the caller has checked it). */
export function setPlanStart(id: string, date: string): void {
  updatePlan(id, (plan) => ({ ...plan, planStart: date }));
}

/** Sets the order in which channels go into operation. */
export function setChannelOrder(id: string, order: readonly ChannelId[]): void {
  updatePlan(id, (plan) => ({ ...plan, channelOrder: [...order] }));
}
