/**
 * A KPI's measurements as a series, and whether it is on track (issue #16). The trajectory runs
 * in a straight line from the baseline at the plan start to the target at the target date; a
 * measurement at least as good as the trajectory on its day (by the KPI's direction) is on
 * track. After the target date only a met target is on track. A KPI is `due` when its last
 * measurement, or the plan start when it has none, is older than its review frequency.
 */
import type { KpiFrequency, KpiMeasurement } from '../assessment/assessment';
import { addMonths, addReviewPeriod, daysBetween } from './follow-dates';

/** Months after the plan start a target is due when the user set no date: the plan's year. */
export const DEFAULT_TARGET_MONTHS = 12;

/** Whether a higher or a lower value is better (from the KPI's content). */
export type KpiDirection = 'higher' | 'lower';

/** On track, off track, no numeric target, or nothing measured yet. */
export type KpiTrack = 'on-track' | 'off-track' | 'no-target' | 'no-data';

/** What a KPI's status needs: its direction and frequency, and the user's figures. */
export interface KpiStatusInput {
  readonly direction: KpiDirection;
  readonly frequency: KpiFrequency;
  /** Value at the plan start; the first measurement stands in when absent. */
  readonly baselineValue?: number | undefined;
  readonly targetValue?: number | undefined;
  /** yyyy-mm-dd; twelve months after the plan start when absent. */
  readonly targetDate?: string | undefined;
  readonly measurements: readonly KpiMeasurement[];
  /** yyyy-mm-dd, a real day. */
  readonly planStart: string;
  /** yyyy-mm-dd. */
  readonly today: string;
}

/** A KPI's status for the "KPIs" view and the board summary. */
export interface KpiStatus {
  /** Measurements by date, oldest first. */
  readonly series: readonly KpiMeasurement[];
  readonly latest: KpiMeasurement | undefined;
  readonly track: KpiTrack;
  /** The trajectory's value on the latest measurement's day; absent without target or data. */
  readonly expected?: number | undefined;
  /** The target date used. */
  readonly targetDate: string;
  /** The day the next measurement is due. */
  readonly nextReview: string;
  /** True when the next review day has passed. */
  readonly due: boolean;
}

/**
 * Measurements sorted by date, oldest first; two on one day (only in hand-edited data) by value,
 * then note, so the same measurements in any order give the same series.
 */
export function getKpiSeries(measurements: readonly KpiMeasurement[]): KpiMeasurement[] {
  return [...measurements].sort(
    (a, b) =>
      compareText(a.date, b.date) || a.value - b.value || compareText(a.note ?? '', b.note ?? ''),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `value` is at least as good as `reference` for a KPI going in `direction`. */
export function isAtLeastAsGood(
  value: number,
  reference: number,
  direction: KpiDirection,
): boolean {
  return direction === 'higher' ? value >= reference : value <= reference;
}

/**
 * The trajectory's value on `day`: the baseline at the plan start, the target at the target date,
 * a straight line between, the target after it (and the baseline before the start).
 */
export function getExpectedValue(
  line: { baseline: number; target: number; planStart: string; targetDate: string },
  day: string,
): number {
  const span = daysBetween(line.planStart, line.targetDate);
  if (span <= 0 || day >= line.targetDate) return line.target;
  const share = Math.max(0, daysBetween(line.planStart, day) / span);
  return line.baseline + (line.target - line.baseline) * share;
}

function judge(
  input: KpiStatusInput,
  latest: KpiMeasurement,
  goal: { baseline: number; target: number; targetDate: string },
): { track: KpiTrack; expected: number } {
  const { baseline, target, targetDate } = goal;
  if (input.today > targetDate) {
    const met = isAtLeastAsGood(latest.value, target, input.direction);
    return { track: met ? 'on-track' : 'off-track', expected: target };
  }
  const line = { baseline, target, planStart: input.planStart, targetDate };
  const expected = getExpectedValue(line, latest.date);
  const good = isAtLeastAsGood(latest.value, expected, input.direction);
  return { track: good ? 'on-track' : 'off-track', expected };
}

/** A KPI's series, latest value, track and whether a measurement is due. */
export function getKpiStatus(input: KpiStatusInput): KpiStatus {
  const series = getKpiSeries(input.measurements);
  const latest = series.at(-1);
  const targetDate = input.targetDate ?? addMonths(input.planStart, DEFAULT_TARGET_MONTHS);
  const nextReview = addReviewPeriod(latest?.date ?? input.planStart, input.frequency);
  const timing = { series, latest, targetDate, nextReview, due: nextReview < input.today };
  if (latest === undefined) return { ...timing, track: 'no-data' };
  if (input.targetValue === undefined) return { ...timing, track: 'no-target' };
  const baseline = input.baselineValue ?? (series[0] as KpiMeasurement).value;
  return {
    ...timing,
    ...judge(input, latest, { baseline, target: input.targetValue, targetDate }),
  };
}
