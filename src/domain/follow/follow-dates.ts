/**
 * Calendar days for following a plan through (issue #16): `yyyy-mm-dd` text in UTC, so no time
 * zone moves a day. Plain string order is date order for these, so comparisons use `<` and `>`.
 */
import type { KpiFrequency } from '../assessment/assessment';
import { parseIsoDate } from '../roadmap/week-dates';

const DAY_MS = 86_400_000;

/**
 * UTC midnight of a real `yyyy-mm-dd` day, in milliseconds (the caller has checked the day).
 * Read by its digits, which is several times faster than parsing the text as a date: progress
 * and KPI status compare thousands of days (issue #16 asks for 10 ms for 20 runs).
 */
function timeOf(day: string): number {
  const [year, month, date] = [
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)) - 1,
    Number(day.slice(8, 10)),
  ];
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not.
  return year < 100 ? new Date(0).setUTCFullYear(year, month, date) : Date.UTC(year, month, date);
}

/** Months after a plan's start that the next assessment is due, unless the user set a day. */
export const REASSESS_AFTER_MONTHS = 6;

/** Whether text is a real `yyyy-mm-dd` day. */
export function isIsoDay(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** Formats a UTC time as `yyyy-mm-dd`. */
export function toIsoDay(time: number | Date): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * Adds whole days to a real `yyyy-mm-dd` day (the caller has checked it).
 * @example addDays('2027-02-27', 2) // '2027-03-01'
 */
export function addDays(day: string, days: number): string {
  return toIsoDay(timeOf(day) + days * DAY_MS);
}

/**
 * Adds whole calendar months; a day the target month lacks becomes its last day.
 * @example addMonths('2027-08-31', 6) // '2028-02-29'
 */
export function addMonths(day: string, months: number): string {
  const date = new Date(timeOf(day));
  const wanted = date.getUTCMonth() + months;
  const last = new Date(0);
  last.setUTCFullYear(date.getUTCFullYear(), wanted + 1, 0);
  const clamped = Math.min(date.getUTCDate(), last.getUTCDate());
  last.setUTCDate(clamped);
  return toIsoDay(last);
}

/** Days from `from` to `to` (negative when `to` comes first); both real days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((timeOf(to) - timeOf(from)) / DAY_MS);
}

/** The next review after `day` for a KPI reviewed at `frequency`. */
export function addReviewPeriod(day: string, frequency: KpiFrequency): string {
  switch (frequency) {
    case 'weekly':
      return addDays(day, 7);
    case 'monthly':
      return addMonths(day, 1);
    case 'quarterly':
      return addMonths(day, 3);
    case 'yearly':
      return addMonths(day, 12);
  }
}

/** The day to assess again: the one the user set, else six months after the plan start. */
export function getReassessDate(plan: {
  readonly planStart: string;
  readonly reassessOn?: string | undefined;
}): string {
  return plan.reassessOn ?? addMonths(plan.planStart, REASSESS_AFTER_MONTHS);
}
