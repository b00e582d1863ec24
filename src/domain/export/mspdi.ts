/**
 * Builds a Microsoft Project XML file (MSPDI, namespace http://schemas.microsoft.com/project) of a
 * plan, for MS Project 2019 and later, ProjectLibre and other schedulers that import it.
 *
 * - One summary task per phase (outline level 1), the phase's initiatives under it (level 2), then
 *   one milestone per channel go-live, linked finish-to-start to the rollout that brings it.
 * - Working time: the standard calendar, Monday to Friday 08:00–12:00 and 13:00–17:00, 8 hours a
 *   day, 40 a week. An initiative of n plan weeks lasts n × 40 hours: it starts at 08:00 on the
 *   first working day of its first week and finishes at 17:00 on the last working day of its last
 *   one (the dates the other plan files give). A Start No Earlier Than constraint keeps that start
 *   when the scheduler recomputes, since the plan also caps how much runs at once.
 * - Dependencies are finish-to-start links; each initiative's owner role is a work resource,
 *   assigned at 100 %. Elements follow the sequence the MSPDI schema (mspdi_pj12.xsd) requires:
 *   MS Project refuses a file whose elements are out of order.
 * - No progress is written: percent complete is 0, with no actual dates.
 */
import { PHASE_IDS } from '../scoring/model';
import type { DocumentInitiative, RoadmapDocument } from '../roadmap/roadmap-document';
import { weekToDate } from '../roadmap/week-dates';
import { describeInitiative, type InitiativeTextLabels } from './plan-text';
import {
  DURATION_IN_WEEKS,
  HOURS_PER_DAY,
  HOURS_PER_WEEK,
  writeCalendar,
  writeResources,
  writeTask,
  el,
  type TaskRow,
} from './mspdi-elements';

export { HOURS_PER_DAY, HOURS_PER_WEEK, toMspdiDuration } from './mspdi-elements';

/** Media type of {@link toMspdi}'s file. */
export const MSPDI_MIME = 'application/xml';

/** What the file says besides the plan, in the page's language. */
export interface MspdiOptions {
  /** The project's title, e.g. "CRM plan: Acme". */
  readonly title: string;
  readonly company: string;
  /** Name of the standard calendar, e.g. "Standard" or "Estándar". */
  readonly calendarName: string;
  /** When the file is made (CreationDate), passed in so the output is reproducible. */
  readonly now: Date;
  /** Labels of each initiative's notes. */
  readonly notes: InitiativeTextLabels;
}

/** The first working day (Monday to Friday) on or after a real `yyyy-mm-dd` day. */
export function firstWorkingDay(day: string): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  // getUTCDay: 0 is Sunday, 6 is Saturday.
  const weekday = new Date(time).getUTCDay();
  const ahead = weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
  return new Date(time + ahead * 86_400_000).toISOString().slice(0, 10);
}

/** `yyyy-mm-ddThh:mm:ss` of the local time of a Date. */
function toLocalDateTime(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const day = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** An initiative's start and finish times. */
function getSpan(doc: RoadmapDocument, initiative: DocumentInitiative) {
  const start = firstWorkingDay(weekToDate(doc.planStart, initiative.start));
  return { start: `${start}T08:00:00`, finish: `${initiative.endDate}T17:00:00` };
}

/** The initiatives of a phase, by start week then plan order. */
function getPhaseInitiatives(doc: RoadmapDocument, phase: string): DocumentInitiative[] {
  return doc.initiatives
    .map((initiative, order) => ({ initiative, order }))
    .filter(({ initiative }) => initiative.phase === phase)
    .sort((a, b) => a.initiative.start - b.initiative.start || a.order - b.order)
    .map(({ initiative }) => initiative);
}

/** What a task row is unless said otherwise. */
const ROW: Omit<TaskRow, 'uid' | 'name' | 'outline' | 'level' | 'start' | 'finish'> = {
  hours: 0,
  work: 0,
  summary: false,
  milestone: false,
  constraint: null,
  notes: '',
  predecessors: [],
  initiative: null,
};

/** An initiative's task row (its predecessors are linked later). */
function toInitiativeRow(
  doc: RoadmapDocument,
  initiative: DocumentInitiative,
  uid: number,
  outline: string,
  options: MspdiOptions,
): TaskRow {
  const span = getSpan(doc, initiative);
  const hours = (initiative.end - initiative.start) * HOURS_PER_WEEK;
  const work = initiative.owner.trim() === '' ? 0 : hours;
  const notes = describeInitiative(initiative, options.notes);
  const row = { uid, name: initiative.title, outline, level: 2 as const, ...span };
  return { ...ROW, ...row, hours, work, constraint: span.start, notes, initiative };
}

/** The go-live milestones of a phase's rollouts, each after its rollout's task. */
function getGoLiveRows(doc: RoadmapDocument, children: readonly TaskRow[], outline: number) {
  const goLives = doc.goLives.flatMap((goLive) => {
    const rollout = children.find((row) => row.initiative?.id === goLive.id);
    if (!rollout) return [];
    const marker = doc.milestones.find((m) => m.uid === `item-${goLive.id}`);
    return [{ name: marker?.title ?? rollout.name, at: `${goLive.date}T17:00:00`, rollout }];
  });
  const first = children.length + 1;
  return goLives.map((goLive, i): TaskRow => ({
    ...ROW,
    uid: children[0]!.uid + first - 1 + i,
    name: goLive.name,
    outline: `${outline}.${first + i}`,
    level: 2,
    start: goLive.at,
    finish: goLive.at,
    milestone: true,
    predecessors: [goLive.rollout.uid],
  }));
}

/** A phase's summary task, spanning its initiatives. */
function toSummaryRow(children: readonly TaskRow[], uid: number, outline: number): TaskRow {
  const initiatives = children.map((row) => row.initiative!);
  const weeks =
    Math.max(...initiatives.map((i) => i.end)) - Math.min(...initiatives.map((i) => i.start));
  return {
    ...ROW,
    uid,
    name: initiatives[0]!.phaseName,
    outline: String(outline),
    level: 1,
    start: children.map((c) => c.start).sort()[0]!,
    finish: children
      .map((c) => c.finish)
      .sort()
      .at(-1)!,
    hours: weeks * HOURS_PER_WEEK,
    work: children.reduce((sum, c) => sum + c.work, 0),
    summary: true,
  };
}

/** The rows of one phase: its summary, its initiatives, its go-lives. */
function getPhaseRows(
  doc: RoadmapDocument,
  initiatives: readonly DocumentInitiative[],
  outline: number,
  firstUid: number,
  options: MspdiOptions,
): TaskRow[] {
  const children = initiatives.map((initiative, i) =>
    toInitiativeRow(doc, initiative, firstUid + 1 + i, `${outline}.${i + 1}`, options),
  );
  const summary = toSummaryRow(children, firstUid, outline);
  return [summary, ...children, ...getGoLiveRows(doc, children, outline)];
}

/** Every task row, with each initiative's dependencies linked by the UID of their task. */
function getTaskRows(doc: RoadmapDocument, options: MspdiOptions): TaskRow[] {
  const rows: TaskRow[] = [];
  for (const phase of PHASE_IDS) {
    const initiatives = getPhaseInitiatives(doc, phase);
    if (initiatives.length === 0) continue;
    const outline = rows.filter((row) => row.level === 1).length + 1;
    rows.push(...getPhaseRows(doc, initiatives, outline, rows.length + 1, options));
  }
  // The document names dependencies by title (titles are unique in the content); one that is
  // not in the plan (left out by the user) has no task to link to.
  const byTitle = new Map<string, number>();
  for (const row of rows) {
    if (row.initiative && !byTitle.has(row.name)) byTitle.set(row.name, row.uid);
  }
  return rows.map((row) => {
    if (!row.initiative) return row;
    const links = row.initiative.dependsOn.flatMap((title) => {
      const uid = byTitle.get(title);
      return uid === undefined || uid === row.uid ? [] : [uid];
    });
    return { ...row, predecessors: [...new Set(links)] };
  });
}

/**
 * The plan as an MSPDI file's text (UTF-8). Names and notes are the document's, already in the
 * page's language; any text XML cannot hold becomes U+FFFD.
 */
export function toMspdi(doc: RoadmapDocument, options: MspdiOptions): string {
  const rows = getTaskRows(doc, options);
  const projectStart = `${firstWorkingDay(doc.planStart)}T08:00:00`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<Project xmlns="http://schemas.microsoft.com/project">',
    el('SaveVersion', 14),
    el('Title', options.title),
    el('Company', options.company),
    el('CreationDate', toLocalDateTime(options.now)),
    el('ScheduleFromStart', 1),
    el('StartDate', projectStart),
    el('FinishDate', `${doc.planEnd}T17:00:00`),
    el('CalendarUID', 1),
    el('DefaultStartTime', '08:00:00'),
    el('DefaultFinishTime', '17:00:00'),
    el('MinutesPerDay', HOURS_PER_DAY * 60),
    el('MinutesPerWeek', HOURS_PER_WEEK * 60),
    el('DaysPerMonth', 20),
    el('DurationFormat', DURATION_IN_WEEKS),
    el('WeekStartDay', 1),
    ...writeCalendar(options.calendarName),
    '<Tasks>',
    ...rows.flatMap(writeTask),
    '</Tasks>',
    ...writeResources(
      [...new Set(doc.initiatives.map((i) => i.owner.trim()).filter(Boolean))],
      rows,
    ),
    '</Project>',
  ];
  return lines.join('\n') + '\n';
}
