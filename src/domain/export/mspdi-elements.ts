/**
 * The elements of an MSPDI file (Microsoft Project XML), each with its children in the sequence
 * the schema (mspdi_pj12.xsd) requires: MS Project refuses a file whose elements are out of order.
 */
import type { DocumentInitiative } from '../roadmap/roadmap-document';
import { escapeXml } from './xml-text';

/** Working hours in a day and a week of the standard calendar. */
export const HOURS_PER_DAY = 8;
export const HOURS_PER_WEEK = 40;

/** MSPDI DurationFormat 9: shown in weeks, as the plan counts them. */
export const DURATION_IN_WEEKS = 9;
/** MSPDI ConstraintType 4: Start No Earlier Than. */
const START_NO_EARLIER_THAN = 4;
/** MSPDI task Type 1: fixed duration, so assigning the owner does not change the weeks. */
const FIXED_DURATION = 1;

/** One task row before it is written. */
export interface TaskRow {
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

/** `<name>value</name>`, the value escaped. */
export function el(name: string, value: string | number): string {
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** One Task element, children in schema order. */
export function writeTask(row: TaskRow): string[] {
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
export function writeCalendar(name: string): string[] {
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

/** Resources (one per owner role, in this order) and each initiative's assignment to its owner. */
export function writeResources(owners: readonly string[], rows: readonly TaskRow[]): string[] {
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
