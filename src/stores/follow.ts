/**
 * Following a plan through (issue #16): every change to an initiative's progress, a KPI's
 * measurements and figures, the reassess date and the organization link, one named action each
 * (starting the next assessment from an earlier one is in reassess.ts). Each action checks what a person typed
 * with the domain's checks and returns `{ ok: true }`, or `{ ok: false, reason, field }` with a
 * reason code for the UI to word; a refused change leaves the stored assessment as it was.
 *
 * Days are UTC `yyyy-mm-dd`, today included. The plan start a date is checked against is the
 * plan's own `planStart`; a plan without one (still following the page's default) accepts any
 * past day.
 */
import type {
  Assessment,
  AssessmentPlan,
  InitiativeProgress,
  KpiMeasurement,
} from '../domain/assessment/assessment';
import {
  checkMeasurement,
  isInUnitRange,
  type KpiUnit,
  type MeasurementField,
  type MeasurementInput,
  type MeasurementIssue,
} from '../domain/follow/check-measurement';
import {
  checkActualDates,
  checkProgressNote,
  checkStatus,
  type ActualDatesInput,
  type ProgressField,
  type ProgressIssue,
} from '../domain/follow/check-progress';
import { isIsoDay, toIsoDay } from '../domain/follow/follow-dates';
import { parseMeasuredValue, type NumberLocale } from '../domain/follow/parse-measured-value';
import { MAX_ID_LENGTH } from '../domain/schemas/file-formats';
import { $assessments, getStoreTime, updateAssessment, updatePlan } from './assessments';

/** Why an action refused a change. */
export type FollowIssue =
  | ProgressIssue
  | MeasurementIssue
  /** No assessment has that id in this browser. */
  | 'not-found'
  /** An organization link that is blank or too long. */
  | 'invalid-id'
  /** A target date before the baseline's day (the plan start). */
  | 'target-before-start';

/** The field a refusal is about, for the UI to point at. */
export type FollowField =
  | ProgressField
  | MeasurementField
  | 'baselineValue'
  | 'targetValue'
  | 'targetDate'
  | 'reassessOn'
  | 'organizationId'
  | 'assessment';

/** What an action did. */
export type FollowResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: FollowIssue; readonly field: FollowField };

/** How a KPI's typed figures are read: its unit and the UI language's number format. */
export interface KpiInputContext {
  readonly unit: KpiUnit;
  readonly locale: NumberLocale;
}

const OK: FollowResult = { ok: true };

function refuse(reason: FollowIssue, field: FollowField): FollowResult {
  return { ok: false, reason, field };
}

/** The assessment as the store holds it now, or undefined. */
function find(id: string): Assessment | undefined {
  const all = $assessments.get();
  return Object.hasOwn(all, id) ? all[id] : undefined;
}

/** What dates are checked against: the plan's start (if set) and today. */
function getDays(assessment: Assessment): { planStart?: string | undefined; today: string } {
  return { planStart: assessment.plan?.planStart, today: toIsoDay(getStoreTime()) };
}

/** Changes one initiative's recorded progress, keeping its other fields. */
function updateProgress(
  id: string,
  initiativeId: string,
  change: (current: InitiativeProgress) => InitiativeProgress,
): void {
  updatePlan(id, (plan) => {
    const progress = plan.progress ?? {};
    const current = Object.hasOwn(progress, initiativeId)
      ? (progress[initiativeId] as InitiativeProgress)
      : { status: 'not-started' as const };
    return { ...plan, progress: { ...progress, [initiativeId]: change(current) } };
  });
}

/** Leaves out the fields whose value is undefined, so a cleared field is absent when stored. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Sets an initiative's status; `dropped` needs a reason, kept only with it.
 * @param status one of INITIATIVE_STATUSES (anything else is refused)
 */
export function setInitiativeStatus(
  id: string,
  initiativeId: string,
  status: string,
  reason = '',
): FollowResult {
  if (!find(id)) return refuse('not-found', 'assessment');
  const checked = checkStatus(status, reason);
  if (!checked.ok) return checked;
  updateProgress(id, initiativeId, (current) =>
    compact({ ...current, reason: undefined, ...checked.value }),
  );
  return OK;
}

/** Sets an initiative's actual start and finish days as typed; empty text clears one. */
export function setActualDates(
  id: string,
  initiativeId: string,
  dates: ActualDatesInput,
): FollowResult {
  const assessment = find(id);
  if (!assessment) return refuse('not-found', 'assessment');
  const checked = checkActualDates(dates, getDays(assessment));
  if (!checked.ok) return checked;
  updateProgress(id, initiativeId, (current) => compact({ ...current, ...checked.value }));
  return OK;
}

/** Sets an initiative's progress note; a blank one is removed. */
export function setProgressNote(id: string, initiativeId: string, note: string): FollowResult {
  if (!find(id)) return refuse('not-found', 'assessment');
  const checked = checkProgressNote(note, 'note');
  if (!checked.ok) return checked;
  const text = checked.value.trim() === '' ? undefined : checked.value;
  updateProgress(id, initiativeId, (current) => compact({ ...current, note: text }));
  return OK;
}

/** Records a KPI measurement as typed (value in the UI language's number format). */
export function addMeasurement(
  id: string,
  kpiId: string,
  input: MeasurementInput,
  context: KpiInputContext,
): FollowResult {
  const assessment = find(id);
  if (!assessment) return refuse('not-found', 'assessment');
  const existing = assessment.plan?.measurements?.[kpiId] ?? [];
  const checked = checkMeasurement(input, { ...context, ...getDays(assessment), existing });
  if (!checked.ok) return checked;
  const added: KpiMeasurement = checked.value;
  updatePlan(id, (plan) => {
    const measurements = plan.measurements ?? {};
    const others = (measurements[kpiId] ?? []).filter((m) => m.date !== added.date);
    return { ...plan, measurements: { ...measurements, [kpiId]: [...others, added] } };
  });
  return OK;
}

/** Removes a KPI's measurement of one day (nothing happens when there is none). */
export function removeMeasurement(id: string, kpiId: string, date: string): FollowResult {
  if (!find(id)) return refuse('not-found', 'assessment');
  updatePlan(id, (plan) => {
    const measurements = { ...plan.measurements };
    const kept = (measurements[kpiId] ?? []).filter((m) => m.date !== date);
    if (kept.length > 0) measurements[kpiId] = kept;
    else delete measurements[kpiId];
    return { ...plan, measurements };
  });
  return OK;
}

/** The typed numeric figures of a KPI; empty text clears one. */
export interface KpiTargetInput {
  readonly baselineValue: string;
  readonly targetValue: string;
  readonly targetDate: string;
}

type ReadFigure = { readonly value: number | undefined } | FollowResult;

function readFigure(text: string, field: FollowField, context: KpiInputContext): ReadFigure {
  if (text.trim() === '') return { value: undefined };
  const read = parseMeasuredValue(text, context.locale);
  if (!read.ok) return refuse(read.reason, field);
  if (!isInUnitRange(read.value, context.unit)) return refuse('out-of-range', field);
  return { value: read.value };
}

/** Sets a KPI's numeric baseline, target and target date, keeping its words and frequency. */
export function setKpiTargetValues(
  id: string,
  kpiId: string,
  input: KpiTargetInput,
  context: KpiInputContext,
): FollowResult {
  const assessment = find(id);
  if (!assessment) return refuse('not-found', 'assessment');
  const baseline = readFigure(input.baselineValue, 'baselineValue', context);
  if ('ok' in baseline) return baseline;
  const target = readFigure(input.targetValue, 'targetValue', context);
  if ('ok' in target) return target;
  const day = input.targetDate.trim();
  if (day !== '' && (day.length > 10 || !isIsoDay(day)))
    return refuse('invalid-date', 'targetDate');
  const start = assessment.plan?.planStart;
  if (day !== '' && start !== undefined && day <= start) {
    return refuse('target-before-start', 'targetDate');
  }
  const figures = {
    baselineValue: baseline.value,
    targetValue: target.value,
    targetDate: day === '' ? undefined : day,
  };
  updatePlan(id, (plan) => ({
    ...plan,
    kpis: { ...plan.kpis, [kpiId]: compact({ ...plan.kpis[kpiId], ...figures }) },
  }));
  return OK;
}

/** Sets the day to assess again; empty text goes back to six months after the plan start. */
export function setReassessDate(id: string, date: string): FollowResult {
  const assessment = find(id);
  if (!assessment) return refuse('not-found', 'assessment');
  const day = date.trim();
  if (day !== '' && (day.length > 10 || !isIsoDay(day)))
    return refuse('invalid-date', 'reassessOn');
  const start = assessment.plan?.planStart;
  if (day !== '' && start !== undefined && day < start) {
    return refuse('before-plan-start', 'reassessOn');
  }
  updatePlan(id, (plan): AssessmentPlan => compact({ ...plan, reassessOn: day || undefined }));
  return OK;
}

/**
 * Links an assessment to an organization's runs (another assessment's `organizationId`, or the
 * id of its first run); null removes the link, making it a first run of its own.
 */
export function setOrganizationLink(id: string, organizationId: string | null): FollowResult {
  if (!find(id)) return refuse('not-found', 'assessment');
  const link = organizationId?.trim();
  if (link === '' || (link !== undefined && link.length > MAX_ID_LENGTH)) {
    return refuse('invalid-id', 'organizationId');
  }
  updateAssessment(id, (a, now) =>
    compact({ ...a, organizationId: link, updatedAt: now.toISOString() }),
  );
  return OK;
}
