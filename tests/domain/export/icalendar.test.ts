import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_OCTETS } from '~/domain/export/content-line';
import {
  DEFAULT_PRODUCT_ID,
  ICALENDAR_MIME,
  buildICalendar,
  type CalendarEvent,
  type CalendarOptions,
  type SkipReason,
} from '~/domain/export/icalendar';
import { CALENDAR_EVENTS, CALENDAR_OPTIONS, LONG_DESCRIPTION, SPANISH_TITLE } from './samples';

const now = new Date('2026-11-05T09:30:15.250Z');
const options: CalendarOptions = { calendarName: 'Plan', now };

/** A valid event, with the given fields changed. */
const makeEvent = (fields: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'e1',
  summary: 'Kick-off',
  date: '2027-01-04',
  ...fields,
});

/** The calendar's text for the given events. */
const textOf = (events: readonly CalendarEvent[], extra: Partial<CalendarOptions> = {}) =>
  buildICalendar(events, { ...options, ...extra }).text;

/** RFC 5545 §3.1 unfolding: remove every CRLF followed by one space, then split into lines. */
const unfoldLines = (text: string) => text.replaceAll('\r\n ', '').split('\r\n').slice(0, -1);

/** The unfolded content lines of the calendar's only event, between BEGIN and END. */
function eventLines(event: CalendarEvent): string[] {
  const lines = unfoldLines(textOf([event]));
  return lines.slice(lines.indexOf('BEGIN:VEVENT') + 1, lines.indexOf('END:VEVENT'));
}

/** The unfolded value of one property of the only event (undefined when absent). */
function propertyOf(event: CalendarEvent, name: string): string | undefined {
  const line = eventLines(event).find(
    (candidate) => /^[A-Z-]+[;:]/.exec(candidate)?.[0].slice(0, -1) === name,
  );
  return line?.slice(line.indexOf(':') + 1);
}

/** The calendar as ical.js reads it: the VCALENDAR component. */
const parseCalendar = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);

describe('buildICalendar: calendar layout', () => {
  it('writes the calendar properties in order, then the events', () => {
    expect(unfoldLines(textOf([makeEvent()]))).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:${DEFAULT_PRODUCT_ID}`,
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Plan',
      'BEGIN:VEVENT',
      'UID:e1@crm-readiness',
      'DTSTAMP:20261105T093015Z',
      'DTSTART;VALUE=DATE:20270104',
      'DTEND;VALUE=DATE:20270105',
      'SUMMARY:Kick-off',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('ends every line with CRLF and has no bare CR or LF', () => {
    const text = textOf(CALENDAR_EVENTS, CALENDAR_OPTIONS);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every physical line within 75 octets of UTF-8', () => {
    const lines = textOf(CALENDAR_EVENTS, CALENDAR_OPTIONS).split('\r\n');
    const longest = Math.max(...lines.map((line) => Buffer.byteLength(line, 'utf8')));
    expect(longest).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    expect(lines.length).toBeGreaterThan(
      unfoldLines(textOf(CALENDAR_EVENTS, CALENDAR_OPTIONS)).length,
    );
  });

  it('unfolds to the escaped long texts', () => {
    const event = makeEvent({ summary: SPANISH_TITLE.repeat(3), description: LONG_DESCRIPTION });
    expect(propertyOf(event, 'SUMMARY')).toBe(SPANISH_TITLE.repeat(3));
    expect(propertyOf(event, 'DESCRIPTION')).toBe(
      LONG_DESCRIPTION.replaceAll('\\', '\\\\')
        .replaceAll(';', '\\;')
        .replaceAll(',', '\\,')
        .replaceAll('\n', '\\n'),
    );
  });

  it('uses the given product id, escaped', () => {
    const lines = unfoldLines(textOf([], { productId: '-//Acme, S.L.//Plan//ES' }));
    expect(lines).toContain('PRODID:-//Acme\\, S.L.//Plan//ES');
  });

  it('escapes the calendar name', () => {
    const lines = unfoldLines(textOf([], { calendarName: 'Plan; Acme, S.L.\nv2' }));
    expect(lines).toContain('X-WR-CALNAME:Plan\\; Acme\\, S.L.\\nv2');
  });

  it('writes a calendar without events when there are none, and says so', () => {
    const build = buildICalendar([], options);
    expect(build).toMatchObject({ eventCount: 0, skipped: [] });
    expect(build.text).not.toContain('BEGIN:VEVENT');
    expect(parseCalendar(build.text).getAllSubcomponents('vevent')).toHaveLength(0);
  });

  it('exports the media type for the download', () => {
    expect(ICALENDAR_MIME).toBe('text/calendar;charset=utf-8');
  });
});

describe('buildICalendar: DTSTAMP is options.now in UTC', () => {
  it.each([
    ['2026-11-05T09:30:15.250Z', '20261105T093015Z'],
    ['2027-12-31T23:59:59.999Z', '20271231T235959Z'],
    ['2025-01-01T00:30:00+02:00', '20241231T223000Z'],
    ['2028-02-29T12:00:00Z', '20280229T120000Z'],
  ])('%s is %s', (iso, stamp) => {
    expect(unfoldLines(textOf([makeEvent()], { now: new Date(iso) }))).toContain(
      `DTSTAMP:${stamp}`,
    );
  });

  it('throws a RangeError for an invalid Date, a programming error', () => {
    expect(() => buildICalendar([], { ...options, now: new Date('not a date') })).toThrow(
      RangeError,
    );
  });
});

describe('buildICalendar: all-day dates', () => {
  it.each<[string, string, string | undefined, string, string]>([
    ['one day by default', '2027-01-04', undefined, '20270104', '20270105'],
    ['a month end', '2027-04-30', undefined, '20270430', '20270501'],
    ['the year end', '2027-12-31', undefined, '20271231', '20280101'],
    ['the day before a leap day', '2028-02-28', undefined, '20280228', '20280229'],
    ['the leap day', '2028-02-29', undefined, '20280229', '20280301'],
    ['28 February in a common year', '2027-02-28', undefined, '20270228', '20270301'],
    ['28 February 2100, not a leap year', '2100-02-28', undefined, '21000228', '21000301'],
    ['28 February 2000, a leap year', '2000-02-28', undefined, '20000228', '20000229'],
    ['an explicit exclusive end', '2027-03-01', '2027-03-15', '20270301', '20270315'],
    ['an end across the year end', '2027-12-30', '2028-01-02', '20271230', '20280102'],
    ['an end across a leap day', '2028-02-28', '2028-03-01', '20280228', '20280301'],
  ])('%s: %s → DTSTART %s… DTEND', (_name, date, endDate, start, end) => {
    const event = makeEvent({ date, endDate });
    expect(propertyOf(event, 'DTSTART')).toBe(start);
    expect(propertyOf(event, 'DTEND')).toBe(end);
    // Both ends are DATE values: floating, never mixed with DATE-TIME.
    const dateLines = eventLines(event).filter((line) => /^DT(START|END)/.test(line));
    expect(dateLines.every((line) => /^DT(START|END);VALUE=DATE:\d{8}$/.test(line))).toBe(true);
  });
});

describe('buildICalendar: events left out are listed, not thrown', () => {
  it.each<[string, Partial<CalendarEvent>, SkipReason]>([
    ['29 February in a common year', { date: '2027-02-29' }, 'invalid-date'],
    ['31 April', { date: '2027-04-31' }, 'invalid-date'],
    ['month 13', { date: '2027-13-01' }, 'invalid-date'],
    ['year 0', { date: '0000-01-01' }, 'invalid-date'],
    ['a date-time', { date: '2027-01-04T10:00' }, 'invalid-date'],
    ['a short date', { date: '2027-1-4' }, 'invalid-date'],
    ['an empty date', { date: '' }, 'invalid-date'],
    ['an end equal to the start', { endDate: '2027-01-04' }, 'invalid-end-date'],
    ['an end before the start', { endDate: '2027-01-03' }, 'invalid-end-date'],
    ['an end that is not a real day', { endDate: '2027-02-30' }, 'invalid-end-date'],
    ['a malformed end', { endDate: '4 de enero' }, 'invalid-end-date'],
    ['a last day with no day after it', { date: '9999-12-31' }, 'invalid-end-date'],
    ['an empty uid', { uid: '' }, 'invalid-uid'],
    ['a blank uid', { uid: '  ' }, 'invalid-uid'],
  ])('%s', (_name, fields, reason) => {
    const event = makeEvent(fields);
    const build = buildICalendar([makeEvent({ uid: 'kept' }), event], options);
    expect(build.skipped).toEqual([{ uid: event.uid, reason }]);
    expect(build.eventCount).toBe(1);
    expect(build.text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('keeps the first of two events with the same uid', () => {
    const build = buildICalendar(
      [makeEvent({ summary: 'First' }), makeEvent({ summary: 'Second' })],
      options,
    );
    expect(build.skipped).toEqual([{ uid: 'e1', reason: 'duplicate-uid' }]);
    expect(build.text).toContain('SUMMARY:First');
    expect(build.text).not.toContain('Second');
  });

  it('lets a valid event use the uid of an earlier invalid one', () => {
    const build = buildICalendar([makeEvent({ date: '2027-02-29' }), makeEvent()], options);
    expect(build).toMatchObject({
      eventCount: 1,
      skipped: [{ uid: 'e1', reason: 'invalid-date' }],
    });
  });
});

describe('buildICalendar: TEXT properties', () => {
  it.each<[string, Partial<CalendarEvent>, string, string | undefined]>([
    [
      'a summary with separators',
      { summary: 'KPI, objetivos; plan' },
      'SUMMARY',
      'KPI\\, objetivos\\; plan',
    ],
    ['a summary with a backslash', { summary: 'C:\\CRM' }, 'SUMMARY', 'C:\\\\CRM'],
    [
      'a formula-looking summary, untouched',
      { summary: '=HYPERLINK("x")' },
      'SUMMARY',
      '=HYPERLINK("x")',
    ],
    ['an empty summary', { summary: '' }, 'SUMMARY', ''],
    ['a description with line breaks', { description: 'a\nb\r\nc' }, 'DESCRIPTION', 'a\\nb\\nc'],
    ['no description', {}, 'DESCRIPTION', undefined],
    ['an empty description', { description: '' }, 'DESCRIPTION', undefined],
    [
      'categories, each escaped',
      { categories: ['Fase 1', 'Datos, calidad'] },
      'CATEGORIES',
      'Fase 1,Datos\\, calidad',
    ],
    ['empty category names dropped', { categories: ['', 'Fase 1', ''] }, 'CATEGORIES', 'Fase 1'],
    ['no categories', { categories: [] }, 'CATEGORIES', undefined],
    ['only empty categories', { categories: [''] }, 'CATEGORIES', undefined],
    ['a uid made global', { uid: 'acme-kpi' }, 'UID', 'acme-kpi@crm-readiness'],
    ['a uid with separators, escaped', { uid: 'a;b,c' }, 'UID', 'a\\;b\\,c@crm-readiness'],
  ])('%s', (_name, fields, name, value) => {
    expect(propertyOf(makeEvent(fields), name)).toBe(value);
  });
});

describe('buildICalendar: parsed back with ical.js', () => {
  const calendar = parseCalendar(textOf(CALENDAR_EVENTS, CALENDAR_OPTIONS));
  const events = calendar.getAllSubcomponents('vevent');

  it('reads the calendar properties', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(DEFAULT_PRODUCT_ID);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    // ical.js reads X- properties raw; RFC 5545 §3.8.8.2 makes their default type TEXT, escaped.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Hoja de ruta CRM — Acme\\, S.L.\\; 2027',
    );
  });

  it('reads the three valid events', () => {
    expect(events).toHaveLength(3);
    expect(events.map((event) => event.getFirstPropertyValue('uid'))).toEqual([
      'acme-diagnostico@crm-readiness',
      'acme-cierre-anual@crm-readiness',
      'acme-bisiesto@crm-readiness',
    ]);
  });

  it('reads summaries and descriptions back unchanged, line breaks and separators included', () => {
    expect(events.map((event) => event.getFirstPropertyValue('summary'))).toEqual(
      CALENDAR_EVENTS.slice(0, 3).map((event) => event.summary),
    );
    expect(events.map((event) => event.getFirstPropertyValue('description'))).toEqual([
      LONG_DESCRIPTION,
      'Incluye ventas; servicio, marketing.',
      null,
    ]);
  });

  it('reads all-day start and end dates', () => {
    const spans = events.map((event) => {
      const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
      const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
      return [start.isDate, start.toString(), end.isDate, end.toString()];
    });
    expect(spans).toEqual([
      [true, '2027-01-04', true, '2027-01-05'],
      [true, '2027-12-31', true, '2028-01-01'],
      [true, '2028-02-28', true, '2028-03-01'],
    ]);
  });

  it('reads the DTSTAMP as a UTC date-time', () => {
    const stamp = events[0]?.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toString()).toBe('2026-11-05T09:30:15Z');
  });

  it('reads categories as separate values, commas inside names kept', () => {
    const categories = events.map(
      (event): unknown[] => event.getFirstProperty('categories')?.getValues() ?? [],
    );
    expect(categories).toEqual([['Fase 1', 'Datos, calidad; gobierno'], ['Fase 2'], []]);
  });
});
