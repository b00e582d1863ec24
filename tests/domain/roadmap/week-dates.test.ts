import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lastWorkingDay, parseIsoDate, weekToDate } from '~/domain/roadmap/week-dates';

describe('weekToDate', () => {
  it.each<[string, number, string]>([
    ['2025-01-06', 0, '2025-01-06'],
    ['2025-01-06', 1, '2025-01-13'],
    ['2025-01-06', 52, '2026-01-05'],
    ['2024-12-30', 1, '2025-01-06'],
    ['2025-12-29', 1, '2026-01-05'],
    ['2024-02-26', 0, '2024-02-26'],
    ['2024-02-22', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-07'],
    ['2023-02-22', 1, '2023-03-01'],
    ['2024-02-29', 52, '2025-02-27'],
    ['2025-03-24', 1, '2025-03-31'],
    ['2025-10-20', 1, '2025-10-27'],
    ['2025-01-13', -1, '2025-01-06'],
    ['0099-12-28', 1, '0100-01-04'],
    ['2025-01-06', 520, '2034-12-25'],
  ])('%s + %d weeks is %s', (start, week, expected) => {
    expect(weekToDate(start, week)).toBe(expected);
  });

  it('does not drift with the time zone of the machine', () => {
    const zone = process.env['TZ'];
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Madrid']) {
        process.env['TZ'] = tz;
        // Across the European daylight-saving change on 2025-03-30.
        expect(weekToDate('2025-03-24', 1)).toBe('2025-03-31');
      }
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it.each<[string, string, number]>([
    ['a date that does not exist', '2023-02-29', 0],
    ['a month 13', '2025-13-01', 0],
    ['another format', '06/01/2025', 0],
    ['a date with a time', '2025-01-06T00:00:00Z', 0],
    ['an empty text', '', 0],
  ])('refuses %s', (_name, start, week) => {
    expect(() => weekToDate(start, week)).toThrow(/not a date: give the plan start as yyyy-mm-dd/);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses week %d', (week) => {
    expect(() => weekToDate('2025-01-06', week)).toThrow(RangeError);
  });

  it.each<[string, boolean]>([
    ['2024-02-29', true],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2025-04-31', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
  ])('parseIsoDate reads %s as a real date: %s', (text, real) => {
    expect(parseIsoDate(text) !== null).toBe(real);
  });
});

describe('lastWorkingDay (#14: milestones and end dates on working days)', () => {
  it.each<[string, string, number, string]>([
    ['a plan started on a Monday ends its weeks on a Friday', '2025-01-06', 1, '2025-01-10'],
    ['…also many weeks later', '2025-01-06', 12, '2025-03-28'],
    ['a Tuesday start ends on the Monday', '2025-01-07', 1, '2025-01-13'],
    ['a Wednesday start ends on the Tuesday', '2025-03-05', 2, '2025-03-18'],
    ['a Saturday start ends on the Friday before the next Saturday', '2025-02-22', 1, '2025-02-28'],
    ['a Sunday start ends on the Friday, not the Saturday', '2025-01-05', 1, '2025-01-10'],
    ['across the year end', '2025-12-29', 1, '2026-01-02'],
    ['on a leap day that is a working day', '2024-02-23', 1, '2024-02-29'],
  ])('%s: %s, end week %i → %s', (_name, planStart, endWeek, expected) => {
    expect(lastWorkingDay(planStart, endWeek)).toBe(expected);
  });

  it('is always a working day in the last week of the stretch', () => {
    const dates = fc
      .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) })
      .map((time) => new Date(time).toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 120 }), (planStart, endWeek) => {
        const end = parseIsoDate(lastWorkingDay(planStart, endWeek)) ?? Number.NaN;
        const next = parseIsoDate(weekToDate(planStart, endWeek)) ?? Number.NaN;
        const weekday = new Date(end).getUTCDay();
        expect(weekday).toBeGreaterThanOrEqual(1);
        expect(weekday).toBeLessThanOrEqual(5);
        expect(next - end).toBeGreaterThanOrEqual(86_400_000);
        expect(next - end).toBeLessThanOrEqual(3 * 86_400_000);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a plan start that is not a date, as weekToDate does', () => {
    expect(() => lastWorkingDay('2025-02-30', 1)).toThrow(RangeError);
  });
});
