/**
 * The points of a KPI's small chart on the follow page (issue #16): one day per measurement, plus
 * the plan start when there is a baseline and the target date when there is a target, so that the
 * chart shows where the KPI started and how far it still has to go. Pure; the page draws it.
 */
import type { KpiMeasurement } from '../assessment/assessment';

/** The chart's days and its lines, aligned on the days. */
export interface KpiChartData {
  /** yyyy-mm-dd, oldest first, each once. */
  readonly days: readonly string[];
  /** The measured value on each day; null on a day without a measurement. */
  readonly measured: readonly (number | null)[];
  /** The baseline on every day (a flat line), or null without one. */
  readonly baseline: readonly number[] | null;
  /** The target on every day (a flat line), or null without one. */
  readonly target: readonly number[] | null;
}

/** What the chart is drawn from. */
export interface KpiChartInput {
  /** The KPI's measurements, one a day (as `addMeasurement` keeps them), in any order. */
  readonly measurements: readonly KpiMeasurement[];
  readonly baselineValue?: number | undefined;
  readonly targetValue?: number | undefined;
  /** yyyy-mm-dd. */
  readonly planStart: string;
  /** yyyy-mm-dd, the one the KPI's status uses. */
  readonly targetDate: string;
}

/**
 * The days and lines of a KPI's chart; measurements in any order give the same chart. It does not
 * import `getKpiSeries`: the chart's code is fetched apart, and sharing that module with the
 * page's first chunk split it into a chunk of its own, more bytes on the page's first load.
 */
export function buildKpiChart(input: KpiChartInput): KpiChartData {
  const byDay = new Map(input.measurements.map((m) => [m.date, m.value]));
  const days = [
    ...new Set([
      ...(input.baselineValue === undefined ? [] : [input.planStart]),
      ...byDay.keys(),
      ...(input.targetValue === undefined ? [] : [input.targetDate]),
    ]),
  ].sort();
  const flat = (value: number | undefined) => (value === undefined ? null : days.map(() => value));
  return {
    days,
    measured: days.map((day) => byDay.get(day) ?? null),
    baseline: flat(input.baselineValue),
    target: flat(input.targetValue),
  };
}
