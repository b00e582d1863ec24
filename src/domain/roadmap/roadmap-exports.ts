/** The roadmap document as files: CSV of initiatives and of KPIs, iCalendar milestones, JSON. */
import { toCsv } from '../export/csv';
import { buildICalendar, type CalendarBuild, type CalendarEvent } from '../export/icalendar';
import { PLAN_EXPORT_FORMAT } from '../schemas/file-formats';
import type { RoadmapDocument } from './roadmap-document';

/** Column headings and words of the CSV files, in the UI language. */
export interface CsvLabels {
  /**
   * The field separator the UI language's spreadsheets expect: `,` in English; `;` in Spanish,
   * where Excel's list separator is `;` (the decimal mark being a comma) and a comma-separated
   * file opens as one column. Anything but `;` is read as `,`.
   */
  readonly separator: string;
  readonly id: string;
  /** The column saying whether an initiative is in the plan or later, and its two values. */
  readonly group: string;
  readonly plan: string;
  readonly later: string;
  /** The column with an initiative's place among those that close the most. */
  readonly focusRank: string;
  /** The category of a channel's go-live in the calendar. */
  readonly goLive: string;
  readonly initiative: string;
  readonly description: string;
  readonly phase: string;
  readonly area: string;
  readonly changeManagement: string;
  readonly owner: string;
  readonly startWeek: string;
  readonly endWeek: string;
  readonly weeks: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly dependsOn: string;
  readonly kpis: string;
  readonly milestone: string;
  readonly effort: string;
  readonly impact: string;
  readonly yes: string;
  readonly no: string;
  readonly kpi: string;
  readonly definition: string;
  readonly unit: string;
  readonly direction: string;
  readonly baseline: string;
  readonly target: string;
  readonly frequency: string;
  readonly initiatives: string;
}

/** Names of units, directions, frequencies and ratings in the UI language. */
export interface ValueNames {
  readonly units: Readonly<Record<string, string>>;
  readonly directions: Readonly<Record<string, string>>;
  readonly frequencies: Readonly<Record<string, string>>;
  readonly ratings: Readonly<Record<string, string>>;
}

/** The separator option of `toCsv` for the labels' language. */
function csvOptions(l: CsvLabels): { separator: ',' | ';' } {
  return { separator: l.separator === ';' ? ';' : ',' };
}

/** Lists in one cell are separated by this, which no title contains. */
const LIST = ' | ';

/** The initiatives, one row each, in schedule order. */
export function toInitiativesCsv(doc: RoadmapDocument, l: CsvLabels, names: ValueNames): string {
  const header = [
    l.id,
    l.group,
    l.focusRank,
    l.initiative,
    l.phase,
    l.area,
    l.changeManagement,
    l.owner,
    l.startWeek,
    l.endWeek,
    l.weeks,
    l.startDate,
    l.endDate,
    l.dependsOn,
    l.kpis,
    l.milestone,
    l.effort,
    l.impact,
    l.description,
  ];
  const rows = doc.initiatives.map((i) => [
    i.id,
    i.group === 'plan' ? l.plan : l.later,
    i.focusRank ?? '',
    i.title,
    i.phaseName,
    i.area,
    i.changeManagement ? l.yes : l.no,
    i.owner,
    i.start,
    i.end,
    i.weeks,
    i.startDate,
    i.endDate,
    i.dependsOn.join(LIST),
    i.kpis.join(LIST),
    i.milestone,
    names.ratings[i.effort] ?? i.effort,
    names.ratings[i.impact] ?? i.impact,
    i.description,
  ]);
  return toCsv(header, rows, csvOptions(l));
}

/** The KPIs of the plan, with the user's baselines and targets. */
export function toKpisCsv(doc: RoadmapDocument, l: CsvLabels, names: ValueNames): string {
  const header = [
    l.id,
    l.kpi,
    l.definition,
    l.unit,
    l.direction,
    l.baseline,
    l.target,
    l.frequency,
    l.initiatives,
  ];
  const rows = doc.kpis.map((k) => [
    k.id,
    k.name,
    k.definition,
    names.units[k.unit] ?? k.unit,
    names.directions[k.direction] ?? k.direction,
    k.baseline,
    k.target,
    names.frequencies[k.frequency] ?? k.frequency,
    k.initiatives.join(LIST),
  ]);
  return toCsv(header, rows, csvOptions(l));
}

/**
 * One all-day event per milestone; uids are unique per assessment so calendars can update them.
 * Each event's categories say its group (the plan or later) and whether a channel goes live.
 * `reminders` (KPI reviews and the reassessment, from `buildReminderEvents`, issue #16) follow the
 * milestones, their uids made unique per assessment the same way.
 */
export function toMilestonesCalendar(
  doc: RoadmapDocument,
  options: {
    calendarName: string;
    assessmentId: string;
    now: Date;
    labels: Pick<CsvLabels, 'plan' | 'later' | 'goLive'>;
    reminders?: readonly CalendarEvent[] | undefined;
  },
): CalendarBuild {
  const { labels } = options;
  const reminders = (options.reminders ?? []).map((event) => ({
    ...event,
    uid: `${options.assessmentId}-${event.uid}`,
  }));
  return buildICalendar(
    [
      ...doc.milestones.map((m) => ({
        uid: `${options.assessmentId}-${m.uid}`,
        summary: m.title,
        description: m.description,
        date: m.date,
        categories: [
          ...(m.group === null ? [] : [m.group === 'plan' ? labels.plan : labels.later]),
          ...(m.goLive ? [labels.goLive] : []),
        ],
      })),
      ...reminders,
    ],
    { calendarName: options.calendarName, now: options.now },
  );
}

/** The whole document as pretty JSON, with what it is and when it was made. */
export function toPlanJson(
  doc: RoadmapDocument,
  meta: { organization: string; assessment: string; now: Date },
): string {
  const file = {
    format: PLAN_EXPORT_FORMAT,
    version: 1,
    exportedAt: meta.now.toISOString(),
    organization: meta.organization,
    assessment: meta.assessment,
    ...doc,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
