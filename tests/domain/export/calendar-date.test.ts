import { describe, expect, it } from 'vitest';
import { getNextDay, isCalendarDate, toICalDate } from '~/domain/export/calendar-date';

describe('isCalendarDate', () => {
  it.each([
    ['2027-01-04', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2027-02-29', false],
    ['2100-02-29', false],
    ['2027-04-31', false],
    ['2027-13-01', false],
    ['2027-00-10', false],
    ['2027-01-00', false],
    ['0000-01-01', false],
    ['2027-1-4', false],
    ['27-01-04', false],
    ['2027/01/04', false],
    ['2027-01-04T00:00', false],
    [' 2027-01-04', false],
    ['', false],
  ])('%j is %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});

describe('getNextDay', () => {
  it.each([
    ['2027-01-04', '2027-01-05'],
    ['2027-01-31', '2027-02-01'],
    ['2027-04-30', '2027-05-01'],
    ['2027-02-28', '2027-03-01'],
    ['2028-02-28', '2028-02-29'],
    ['2028-02-29', '2028-03-01'],
    ['2000-02-28', '2000-02-29'],
    ['2100-02-28', '2100-03-01'],
    ['2027-12-31', '2028-01-01'],
    ['0999-12-31', '1000-01-01'],
    ['9999-12-30', '9999-12-31'],
  ])('the day after %s is %s', (text, expected) => {
    expect(getNextDay(text)).toBe(expected);
  });

  it.each(['9999-12-31', '2027-02-29', 'mañana'])('has no answer for %j', (text) => {
    expect(getNextDay(text)).toBeNull();
  });
});

describe('toICalDate', () => {
  it('writes yyyymmdd', () => {
    expect(toICalDate('2028-02-29')).toBe('20280229');
  });
});
