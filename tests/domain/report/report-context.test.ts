import { describe, expect, it } from 'vitest';
import {
  createReportContext,
  fill,
  formatPercent,
  formatScore,
} from '~/domain/report/report-context';
import { getReportInput } from './report-fixture';

describe('fill', () => {
  it.each([
    ['Level {level}', { level: 3 }, 'Level 3'],
    ['{a} and {a}', { a: 'x' }, 'x and x'],
    ['Page {page} of {pages}', {}, 'Page {page} of {pages}'],
    ['{toString}', {}, '{toString}'],
    ['{prompt}', { prompt: 'Costs {price}?' }, 'Costs {price}?'],
  ])('fills %j with %j as %j', (template, values, expected) => {
    expect(fill(template, values)).toBe(expected);
  });
});

describe.each([
  ['en', '2027-03-15', 'March 15, 2027', 'Mar 15, 2027', '12.5', 'not enough information'],
  ['es', '2027-03-15', '15 de marzo de 2027', '15 mar 2027', '12,5', 'información insuficiente'],
] as const)('the %s report context', (lang, iso, long, medium, decimal, notEnough) => {
  const c = createReportContext(getReportInput(lang));

  it('formats dates as words, in UTC so no time zone moves a day', () => {
    expect(c.formatDate(iso, 'long')).toBe(long);
    expect(c.formatDate(iso, 'medium')).toBe(medium);
  });

  it.each(['', 'soon', '2027-13-45', '15/03/2027'])(
    'returns %j, which is not a date, as it is',
    (text) => {
      expect(c.formatDate(text, 'long')).toBe(text);
    },
  );

  it('formats numbers, scores and shares in the language', () => {
    expect(c.formatNumber(12.46, 1)).toBe(decimal);
    expect(formatScore(c, 53.6)).toBe('54 / 100');
    expect(formatScore(c, null)).toBe(notEnough);
    expect(formatPercent(c, 0.456)).toBe('46 %');
    expect(formatPercent(c, 1.2)).toBe('100 %');
  });
});
