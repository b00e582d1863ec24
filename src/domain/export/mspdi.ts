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
import { escapeXml } from './xml-text';

/** Media type of {@link toMspdi}'s file. */
export const MSPDI_MIME = 'application/xml';

/** Working hours in a day and a week of the standard calendar. */
export const HOURS_PER_DAY = 8;
export const HOURS_PER_WEEK = 40;

/** MSPDI DurationFormat 9: shown in weeks, as the plan counts them. */
const DURATION_IN_WEEKS = 9;
/** MSPDI ConstraintType 4: Start No Earlier Than. */
const START_NO_EARLIER_THAN = 4;
/** MSPDI task Type 1: fixed duration, so assigning the owner does not change the weeks. */
const FIXED_DURATION = 1;

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

/** One task row before it is written. */
interface TaskRow {
  readonly uid: number;
  readonly name: string;
  readonly outline: string;
  readonly level: 1 | 2;
  readonly start: string;
  readonly finish: string;
  readonly hours: number;
  readonly work: number;
  readonly summary: boolean;
  readonly milestone: boolean;
  /** Start No Earlier Than this day, for initiatives. */
  readonly constraint: string | null;
  readonly notes: string;
  readonly predecessors: readonly number[];
  /** The initiative of an initiative task; null for a summary or a milestone. */
  readonly initiative: DocumentInitiative | null;
}

/** ISO 8601 duration as MSPDI writes it, e.g. `PT40H0M0S`. */
export function toMspdiDuration(hours: number): string {
  return `PT${hours}H0M0S`;
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

/** The rows of one phase: its summary, its initiatives, its go-lives. */
function getPhaseRows(
  doc: RoadmapDocument,
  initiatives: readonly DocumentInitiative[],
  outline: number,
  firstUid: number,
  options: MspdiOptions,
): { rows: TaskRow[]; uids: Map<DocumentInitiative, number> } {
  const uids = new Map<DocumentInitiative, number>();
  const children: TaskRow[] = initiatives.map((initiative, i) => {
    const uid = firstUid + 1 + i;
    uids.set(initiative, uid);
    const span = getSpan(doc, initiative);
    const hours = (initiative.end - initiative.start) * HOURS_PER_WEEK;
    return {
      uid,
      name: initiative.title,
      outline: `${outline}.${i + 1}`,
      level: 2,
      ...span,
      hours,
      work: initiative.owner.trim() === '' ? 0 : hours,
      summary: false,
      milestone: false,
      constraint: span.start,
      notes: describeInitiative(initiative, options.notes),
      predecessors: [],
      initiative,
    };
  });
  const goLives = doc.goLives.flatMap((goLive) => {
    const rollout = initiatives.find((initiative) => initiative.id === goLive.id);
    if (!rollout) return [];
    const marker = doc.milestones.find((m) => m.uid === `item-${goLive.id}`);
    const at = `${goLive.date}T17:00:00`;
    return [{ name: marker?.title ?? rollout.title, at, rollout: uids.get(rollout)! }];
  });
  const milestones: TaskRow[] = goLives.map((goLive, i) => ({
    uid: firstUid + 1 + children.length + i,
    name: goLive.name,
    outline: `${outline}.${children.length + i + 1}`,
    level: 2,
    start: goLive.at,
    finish: goLive.at,
    hours: 0,
    work: 0,
    summary: false,
    milestone: true,
    constraint: null,
    notes: '',
    predecessors: [goLive.rollout],
    initiative: null,
  }));
  const first = Math.min(...initiatives.map((i) => i.start));
  const last = Math.max(...initiatives.map((i) => i.end));
  const summary: TaskRow = {
    uid: firstUid,
    name: initiatives[0]!.phaseName,
    outline: String(outline),
    level: 1,
    start: children.map((c) => c.start).sort()[0]!,
    finish: children
      .map((c) => c.finish)
      .sort()
      .at(-1)!,
    hours: (last - first) * HOURS_PER_WEEK,
    work: children.reduce((sum, c) => sum + c.work, 0),
    summary: true,
    milestone: false,
    constraint: null,
    notes: '',
    predecessors: [],
    initiative: null,
  };
  return { rows: [summary, ...children, ...milestones], uids };
}

/** Every task row, with each initiative's dependencies linked by the UID of their task. */
function getTaskRows(doc: RoadmapDocument, options: MspdiOptions): TaskRow[] {
  const rows: TaskRow[] = [];
  const uids = new Map<DocumentInitiative, number>();
  for (const phase of PHASE_IDS) {
    const initiatives = getPhaseInitiatives(doc, phase);
    if (initiatives.length === 0) continue;
    const outline = rows.filter((row) => row.level === 1).length + 1;
    const part = getPhaseRows(doc, initiatives, outline, rows.length + 1, options);
    rows.push(...part.rows);
    part.uids.forEach((uid, initiative) => uids.set(initiative, uid));
  }
  // The document names dependencies by title (titles are unique in the content); one that is
  // not in the plan (left out by the user) has no task to link to.
  const byTitle = new Map<string, number>();
  for (const [initiative, uid] of uids) {
    if (!byTitle.has(initiative.title)) byTitle.set(initiative.title, uid);
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

/** `<name>value</name>`, the value escaped. */
function el(name: string, value: string | number): string {
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** One Task element, children in schema order. */
function writeTask(row: TaskRow): string[] {
  return [
    '<Task>',
    el('UID', row.uid),
    el('ID', row.uid),
    el('Name', row.name),
    el('Type', FIXED_DURATION),
    el('IsNull', 0),
    el('WBS', row.outline),
    el('OutlineNumber', row.outline),
    el('OutlineLevel', row.level),
    el('Start', row.start),
    el('Finish', row.finish),
    el('Duration', toMspdiDuration(row.hours)),
    el('DurationFormat', DURATION_IN_WEEKS),
    el('Work', toMspdiDuration(row.work)),
    el('Estimated', 0),
    el('Milestone', row.milestone ? 1 : 0),
    el('Summary', row.summary ? 1 : 0),
    el('PercentComplete', 0),
    el('ConstraintType', row.constraint ? START_NO_EARLIER_THAN : 0),
    el('CalendarUID', -1),
    ...(row.constraint ? [el('ConstraintDate', row.constraint)] : []),
    ...(row.notes ? [el('Notes', row.notes)] : []),
    ...row.predecessors.map(
      (uid) => `<PredecessorLink>${el('PredecessorUID', uid)}${el('Type', 1)}</PredecessorLink>`,
    ),
    '</Task>',
  ];
}

/** The standard calendar: Monday to Friday, 08:00–12:00 and 13:00–17:00. */
function writeCalendar(name: string): string[] {
  const times =
    '<WorkingTimes>' +
    '<WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>' +
    '<WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime>' +
    '</WorkingTimes>';
  // DayType 1 is Sunday, 7 Saturday.
  const days = [1, 2, 3, 4, 5, 6, 7].map((day) => {
    const working = day !== 1 && day !== 7;
    return `<WeekDay>${el('DayType', day)}${el('DayWorking', working ? 1 : 0)}${working ? times : ''}</WeekDay>`;
  });
  return [
    '<Calendars>',
    '<Calendar>',
    el('UID', 1),
    el('Name', name),
    el('IsBaseCalendar', 1),
    el('BaseCalendarUID', -1),
    '<WeekDays>',
    ...days,
    '</WeekDays>',
    '</Calendar>',
    '</Calendars>',
  ];
}

/** Resources (one per owner role) and the assignments of each initiative to its owner. */
function writeResources(doc: RoadmapDocument, rows: readonly TaskRow[]): string[] {
  const owners = [...new Set(doc.initiatives.map((i) => i.owner.trim()).filter(Boolean))];
  const resources = owners.map(
    (owner, i) =>
      `<Resource>${el('UID', i + 1)}${el('ID', i + 1)}${el('Name', owner)}${el('Type', 1)}${el('MaxUnits', '1.00')}</Resource>`,
  );
  const assignments = rows.flatMap((row) => {
    const owner = row.initiative?.owner.trim() ?? '';
    if (owner === '') return [];
    return [
      '<Assignment>' +
        el('UID', row.uid) +
        el('TaskUID', row.uid) +
        el('ResourceUID', owners.indexOf(owner) + 1) +
        el('Finish', row.finish) +
        el('Start', row.start) +
        el('Units', 1) +
        el('Work', toMspdiDuration(row.work)) +
        '</Assignment>',
    ];
  });
  return [
    '<Resources>',
    ...resources,
    '</Resources>',
    '<Assignments>',
    ...assignments,
    '</Assignments>',
  ];
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
    ...writeResources(doc, rows),
    '</Project>',
  ];
  return lines.join('\n') + '\n';
}
