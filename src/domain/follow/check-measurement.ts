/**
 * Checks a KPI measurement as a person types it (issue #16), returning a reason code the UI words
 * in its language: a real day, not in the future, not before the plan start, not a day the KPI
 * already has a measurement for; a number in the UI language's format, within the KPI unit's
 * range; a note within its length.
 */
import {
  MAX_KPI_VALUE,
  MAX_MEASUREMENTS_PER_KPI,
  MAX_PROGRESS_NOTE_LENGTH,
  type KpiMeasurement,
} from '../assessment/assessment';
import { isIsoDay } from './follow-dates';
import { parseMeasuredValue, type NumberIssue, type NumberLocale } from './parse-measured-value';

/** The unit a KPI is measured in (the content's `unit`). */
export type KpiUnit = 'percent' | 'days' | 'hours' | 'currency' | 'count' | 'score' | 'ratio';

/**
 * The range of values each unit allows. A score may be negative: the Net Promoter Score runs from
 * -100 to 100, and a survey score stays within that too.
 */
export const UNIT_RANGES: Readonly<
  Record<KpiUnit, { readonly min: number; readonly max: number }>
> = {
  percent: { min: 0, max: 100 },
  days: { min: 0, max: MAX_KPI_VALUE },
  hours: { min: 0, max: MAX_KPI_VALUE },
  currency: { min: 0, max: MAX_KPI_VALUE },
  count: { min: 0, max: MAX_KPI_VALUE },
  score: { min: -100, max: 100 },
  ratio: { min: 0, max: MAX_KPI_VALUE },
};

/** Why a measurement is refused. */
export type MeasurementIssue =
  | NumberIssue
  | 'out-of-range'
  | 'invalid-date'
  | 'future-date'
  | 'before-plan-start'
  | 'duplicate-date'
  | 'too-many'
  | 'note-too-long';

/** Which field a refusal is about. */
export type MeasurementField = 'date' | 'value' | 'note';

/** A checked measurement, or why it was refused. */
export type MeasurementCheck =
  | { readonly ok: true; readonly value: KpiMeasurement }
  | { readonly ok: false; readonly reason: MeasurementIssue; readonly field: MeasurementField };

/** A measurement as typed. */
export interface MeasurementInput {
  readonly date: string;
  readonly value: string;
  readonly note?: string | undefined;
}

/** What a measurement is checked against. */
export interface MeasurementContext {
  readonly unit: KpiUnit;
  readonly locale: NumberLocale;
  /** The KPI's measurements so far. */
  readonly existing: readonly KpiMeasurement[];
  /** yyyy-mm-dd; no earliest day when absent. */
  readonly planStart?: string | undefined;
  /** yyyy-mm-dd. */
  readonly today: string;
}

function refuse(reason: MeasurementIssue, field: MeasurementField): MeasurementCheck {
  return { ok: false, reason, field };
}

function checkDate(
  typed: string,
  context: MeasurementContext,
): { readonly day: string } | MeasurementIssue {
  const day = typed.trim();
  if (day.length > 10 || !isIsoDay(day)) return 'invalid-date';
  if (day > context.today) return 'future-date';
  if (context.planStart !== undefined && day < context.planStart) return 'before-plan-start';
  if (context.existing.some((m) => m.date === day)) return 'duplicate-date';
  return { day };
}

/** Whether a value is within the unit's range (the caller has a finite number). */
export function isInUnitRange(value: number, unit: KpiUnit): boolean {
  const range = UNIT_RANGES[unit];
  return value >= range.min && value <= range.max;
}

/** Checks a typed measurement for one KPI. */
export function checkMeasurement(
  input: MeasurementInput,
  context: MeasurementContext,
): MeasurementCheck {
  if (context.existing.length >= MAX_MEASUREMENTS_PER_KPI) return refuse('too-many', 'date');
  const read = parseMeasuredValue(input.value, context.locale);
  if (!read.ok) return refuse(read.reason, 'value');
  if (!isInUnitRange(read.value, context.unit)) return refuse('out-of-range', 'value');
  const date = checkDate(input.date, context);
  if (typeof date === 'string') return refuse(date, 'date');
  const note = input.note ?? '';
  if (note.length > MAX_PROGRESS_NOTE_LENGTH) return refuse('note-too-long', 'note');
  const trimmed = note.trim();
  return {
    ok: true,
    value: { date: date.day, value: read.value, ...(trimmed !== '' && { note: trimmed }) },
  };
}
