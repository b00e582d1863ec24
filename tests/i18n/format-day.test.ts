// Days as each language writes them: the follow page, the workshop pages and the exports' text.
import { describe, expect, it } from 'vitest';
import { formatDay } from '~/i18n/format-day';

describe('formatDay', () => {
  it.each([
    ['2026-11-20', 'en', 'long', 'November 20, 2026'],
    ['2026-01-01', 'es', 'long', '1 de enero de 2026'],
    ['2026-09-28', 'en', 'medium', 'Sep 28, 2026'],
    ['2026-09-28', 'es', 'medium', '28 sept 2026'],
    // The last day of a year stays in that year whatever the machine's time zone.
    ['2026-12-31', 'en', 'medium', 'Dec 31, 2026'],
  ] as const)('%s in %s (%s) reads %s', (day, lang, style, expected) => {
    expect(formatDay(day, lang, style)).toBe(expected);
  });

  it.each(['', 'not a day', '2026-13-40', '20-11-2026'])('shows %j as it is', (day) => {
    expect(formatDay(day, 'en')).toBe(day);
  });

  it('writes the medium style unless asked', () => {
    expect(formatDay('2026-12-07', 'es')).toBe('7 dic 2026');
  });
});
