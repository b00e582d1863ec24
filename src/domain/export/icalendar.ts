/**
 * Builds an iCalendar file (RFC 5545) of all-day events, for importing a roadmap's milestones
 * into Outlook, Google Calendar or Apple Calendar.
 */
import { getNextDay, isCalendarDate, toICalDate } from './calendar-date';
import { CRLF, escapeText, foldContentLine } from './content-line';

/** Media type for a Blob or download of {@link buildICalendar}'s text. */
export const ICALENDAR_MIME = 'text/calendar;charset=utf-8';

/** Appended to every event's uid so that it is globally unique (RFC 5545 §3.8.4.7). */
export const UID_DOMAIN = 'crm-readiness';

/** Product identifier used when the options name none (RFC 5545 §3.7.3). */
export const DEFAULT_PRODUCT_ID = '-//CRM Readiness//Roadmap Export//EN';

/** One all-day event, possibly spanning several days. */
export interface CalendarEvent {
  /**
   * Stable id, unique within the calendar and across exports of the same plan, so that importing
   * a new export updates events instead of duplicating them. `@crm-readiness` is appended.
   * @example 'acme-2027-initiative-data-cleanup'
   */
  readonly uid: string;
  /** Title shown in the calendar. */
  readonly summary: string;
  /** Longer text; line breaks, commas and semicolons are kept. */
  readonly description?: string | undefined;
  /**
   * First day, `yyyy-mm-dd`.
   * @example '2027-03-01'
   */
  readonly date: string;
  /** Day after the last day (exclusive), `yyyy-mm-dd`; the day after `date` when absent. */
  readonly endDate?: string | undefined;
  /** Category names, such as a phase or a dimension. */
  readonly categories?: readonly string[] | undefined;
}

/** Options of {@link buildICalendar}. */
export interface CalendarOptions {
  /** Name calendar apps show for an imported or subscribed calendar (X-WR-CALNAME). */
  readonly calendarName: string;
  /** PRODID; {@link DEFAULT_PRODUCT_ID} when absent. */
  readonly productId?: string | undefined;
  /** When the file is created: every DTSTAMP. Passed in so that the output is reproducible. */
  readonly now: Date;
}

/** Why an event was left out of the calendar. */
export type SkipReason =
  /** The uid is empty or only white space. */
  | 'invalid-uid'
  /** An earlier event in the list already has this uid. */
  | 'duplicate-uid'
  /** `date` is not a real `yyyy-mm-dd` day. */
  | 'invalid-date'
  /** `endDate` is not a real `yyyy-mm-dd` day after `date` (or `date` is 9999-12-31). */
  | 'invalid-end-date';

/** An event left out of the calendar, and why. */
export interface SkippedEvent {
  readonly uid: string;
  readonly reason: SkipReason;
}

/** The calendar's text and what it left out. */
export interface CalendarBuild {
  /** The .ics file's text; encode it as UTF-8 (as `new Blob([text])` does). */
  readonly text: string;
  /** VEVENTs written. With none, offer no download: RFC 5545 wants at least one component. */
  readonly eventCount: number;
  /** Events left out, in input order: an invalid event never makes the whole file fail. */
  readonly skipped: readonly SkippedEvent[];
}

/** An event's checked first and exclusive last day, as RFC 5545 DATE values. */
interface EventSpan {
  readonly start: string;
  readonly end: string;
}

/** `YYYYMMDDTHHMMSSZ` in UTC (RFC 5545 §3.3.5, form #2). */
function toUtcDateTime(moment: Date): string {
  return moment
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** An event's dates as DATE values, or why they cannot be written. */
function checkSpan(event: CalendarEvent): EventSpan | SkipReason {
  if (!isCalendarDate(event.date)) return 'invalid-date';
  const end = event.endDate ?? getNextDay(event.date);
  // Plain string order is date order for well-formed yyyy-mm-dd dates.
  if (end === null || !isCalendarDate(end) || end <= event.date) return 'invalid-end-date';
  return { start: toICalDate(event.date), end: toICalDate(end) };
}

/** An event's span, or why it is left out; `seenUids` holds the uids already written. */
function checkEvent(event: CalendarEvent, seenUids: ReadonlySet<string>): EventSpan | SkipReason {
  if (event.uid.trim() === '') return 'invalid-uid';
  if (seenUids.has(event.uid)) return 'duplicate-uid';
  return checkSpan(event);
}

/** The content lines of one VEVENT, unfolded. */
function buildEventLines(event: CalendarEvent, span: EventSpan, stamp: string): string[] {
  const categories = (event.categories ?? []).filter((category) => category !== '');
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.uid}@${UID_DOMAIN}`)}`,
    `DTSTAMP:${stamp}`,
    // All-day: DATE values, which are floating by nature, for both ends (RFC 5545 §3.6.1).
    `DTSTART;VALUE=DATE:${span.start}`,
    `DTEND;VALUE=DATE:${span.end}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(categories.length > 0 ? [`CATEGORIES:${categories.map(escapeText).join(',')}`] : []),
    // Milestones mark days; they should not show the user as busy for the whole day.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * Builds an RFC 5545 calendar of all-day events: CRLF line ends, TEXT escaping, lines folded at
 * 75 octets of UTF-8. An event with an empty or repeated uid, or with dates that are not real
 * days in order, is left out and listed in `skipped` rather than failing the whole file.
 * @throws RangeError when `options.now` is an invalid Date (a programming error, not bad data).
 */
export function buildICalendar(
  events: readonly CalendarEvent[],
  options: CalendarOptions,
): CalendarBuild {
  if (Number.isNaN(options.now.getTime())) {
    throw new RangeError('buildICalendar: options.now is an invalid Date; pass new Date().');
  }
  const stamp = toUtcDateTime(options.now);
  const skipped: SkippedEvent[] = [];
  const seenUids = new Set<string>();
  const eventLines: string[] = [];
  for (const event of events) {
    const checked = checkEvent(event, seenUids);
    if (typeof checked === 'string') {
      skipped.push({ uid: event.uid, reason: checked });
      continue;
    }
    seenUids.add(event.uid);
    eventLines.push(...buildEventLines(event, checked, stamp));
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? DEFAULT_PRODUCT_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    ...eventLines,
    'END:VCALENDAR',
  ];
  const text = lines.map((line) => foldContentLine(line) + CRLF).join('');
  return { text, eventCount: events.length - skipped.length, skipped };
}
