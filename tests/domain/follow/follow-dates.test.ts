import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addReviewPeriod,
  daysBetween,
  getReassessDate,
  isIsoDay,
  toIsoDay,
} from '~/domain/follow/follow-dates';
import type { KpiFrequency } from '~/domain/assessment/assessment';

describe('follow dates', () => {
  it.each<[string, boolean]>([
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-1-01', false],
    ['', false],
  ])('isIsoDay(%j) is %s', (text, expected) => {
    expect(isIsoDay(text)).toBe(expected);
  });

  it('formats a time or a Date as a UTC day', () => {
    expect(toIsoDay(Date.UTC(2027, 0, 31, 23, 59))).toBe('2027-01-31');
    expect(toIsoDay(new Date('2027-02-01T00:00:00Z'))).toBe('2027-02-01');
  });

  it.each<[string, number, string]>([
    ['2027-02-27', 2, '2027-03-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
  ])('addDays(%s, %i) is %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it.each<[string, number, string]>([
    ['2027-08-31', 6, '2028-02-29'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2027-11-15', 3, '2028-02-15'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2027-05-10', 12, '2028-05-10'],
  ])('addMonths(%s, %i) is %s, a missing day becoming the month end', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });

  it('counts days between two days, negative backwards', () => {
    expect(daysBetween('2027-01-01', '2027-03-01')).toBe(59);
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
    expect(addDays('0050-02-28', 1)).toBe('0050-03-01');
    expect(addDays('0000-02-28', 1)).toBe('0000-02-29');
    expect(daysBetween('2027-03-01', '2027-01-01')).toBe(-59);
  });

  it.each<[KpiFrequency, string]>([
    ['weekly', '2027-01-08'],
    ['monthly', '2027-02-01'],
    ['quarterly', '2027-04-01'],
    ['yearly', '2028-01-01'],
  ])('a %s KPI is next reviewed on %s', (frequency, expected) => {
    expect(addReviewPeriod('2027-01-01', frequency)).toBe(expected);
  });

  it('reassesses on the day set, else six months after the plan start', () => {
    expect(getReassessDate({ planStart: '2027-01-04' })).toBe('2027-07-04');
    expect(getReassessDate({ planStart: '2027-01-04', reassessOn: '2027-05-01' })).toBe(
      '2027-05-01',
    );
  });
});
