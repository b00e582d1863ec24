/**
 * Reminders for the calendar file (issue #16): each KPI's review days, by its frequency, from the
 * plan start to the plan's end, and the day to assess again. They are `CalendarEvent`s, for
 * `toMilestonesCalendar` (roadmap-exports.ts) to add beside the milestones.
 */
import type { KpiFrequency } from '../assessment/assessment';
import type { CalendarEvent } from '../export/icalendar';
import { addDays, addReviewPeriod, getReassessDate } from './follow-dates';

/** Most review days one KPI adds: a weekly KPI over two years. */
export const MAX_REVIEWS_PER_KPI = 104;

/** A KPI of the plan, in the UI language. */
export interface ReminderKpi {
  readonly id: string;
  readonly name: string;
  readonly frequency: KpiFrequency;
}

/** What the reminders are built from. */
export interface RemindersInput {
  readonly kpis: readonly ReminderKpi[];
  /** The plan's week 0, yyyy-mm-dd (a real day). */
  readonly planStart: string;
  /** The plan's length in weeks (the roadmap's `totalWeeks`). */
  readonly planWeeks: number;
  /** The day the user set to assess again; six months after the start when absent. */
  readonly reassessOn?: string | undefined;
  /** Words in the UI language: the category and title of each kind of reminder. */
  readonly labels: { readonly review: string; readonly reassess: string };
}

/**
 * A KPI's review days: one period after the plan start, then every period, up to and including
 * the plan's last day.
 */
export function getReviewDates(
  planStart: string,
  frequency: KpiFrequency,
  planWeeks: number,
): string[] {
  const last = addDays(planStart, Math.max(0, planWeeks) * 7 - 1);
  const dates: string[] = [];
  let day = addReviewPeriod(planStart, frequency);
  while (day <= last && dates.length < MAX_REVIEWS_PER_KPI) {
    dates.push(day);
    day = addReviewPeriod(day, frequency);
  }
  return dates;
}

/** The reminders as calendar events: every KPI review, then the reassessment. */
export function buildReminderEvents(input: RemindersInput): CalendarEvent[] {
  const { labels } = input;
  const reviews = input.kpis.flatMap((kpi) =>
    getReviewDates(input.planStart, kpi.frequency, input.planWeeks).map((date) => ({
      uid: `review-${kpi.id}-${date}`,
      summary: `${labels.review}: ${kpi.name}`,
      date,
      categories: [labels.review],
    })),
  );
  const reassess = {
    uid: 'reassess',
    summary: labels.reassess,
    date: getReassessDate(input),
    categories: [labels.reassess],
  };
  return [...reviews, reassess];
}
