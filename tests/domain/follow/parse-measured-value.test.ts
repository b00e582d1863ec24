import { describe, expect, it } from 'vitest';
import { parseMeasuredValue, type NumberLocale } from '~/domain/follow/parse-measured-value';

describe('parseMeasuredValue', () => {
  it.each<[NumberLocale, string, number]>([
    ['en', '1,234.5', 1234.5],
    ['en', '1234.5', 1234.5],
    ['en', '1,234,567', 1234567],
    ['en', '1 234.5', 1234.5],
    ['en', ' 42 % ', 42],
    ['en', '-3', -3],
    ['en', '\u22123.5', -3.5],
    ['en', '+7', 7],
    ['en', '-0', 0],
    ['es', '1.234,5', 1234.5],
    ['es', '1234,5', 1234.5],
    ['es', '1.234.567', 1234567],
    ['es', '1\u00a0234,5', 1234.5],
    ['es', '1\u202f234', 1234],
    ['es', '70 %', 70],
    ['es', '0,25', 0.25],
  ])('reads %s %j as %d', (locale, text, value) => {
    expect(parseMeasuredValue(text, locale)).toEqual({ ok: true, value });
  });

  it.each<[NumberLocale, string, string]>([
    ['en', '', 'empty'],
    ['es', '   ', 'empty'],
    ['en', '%', 'empty'],
    ['en', '1.234,5', 'not-a-number'],
    ['es', '1,234.5', 'not-a-number'],
    ['es', '1.5', 'not-a-number'],
    ['en', '1,2', 'not-a-number'],
    ['en', '1,234 567', 'not-a-number'],
    ['en', '12abc', 'not-a-number'],
    ['en', '1e5', 'not-a-number'],
    ['en', 'Infinity', 'not-a-number'],
    ['en', 'NaN', 'not-a-number'],
    ['en', '0x10', 'not-a-number'],
    ['en', '=1+1', 'not-a-number'],
    ['en', '1'.repeat(33), 'too-long'],
  ])('refuses %s %j: %s', (locale, text, reason) => {
    expect(parseMeasuredValue(text, locale)).toEqual({ ok: false, reason });
  });
});
