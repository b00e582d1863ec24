import { describe, expect, it } from 'vitest';
import type { KpiMeasurement } from '~/domain/assessment/assessment';
import {
  checkMeasurement,
  isInUnitRange,
  type KpiUnit,
  type MeasurementContext,
} from '~/domain/follow/check-measurement';

const CONTEXT: MeasurementContext = {
  unit: 'percent',
  locale: 'en',
  existing: [{ date: '2027-02-01', value: 40 }],
  planStart: '2027-01-04',
  today: '2027-03-01',
};

describe('checkMeasurement', () => {
  it.each<
    [
      string,
      { date: string; value: string; note?: string },
      Partial<MeasurementContext>,
      string,
      string,
    ]
  >([
    ['a value in words', { date: '2027-02-15', value: 'forty' }, {}, 'not-a-number', 'value'],
    ['an empty value', { date: '2027-02-15', value: '' }, {}, 'empty', 'value'],
    ['pasted text', { date: '2027-02-15', value: 'x'.repeat(5000) }, {}, 'too-long', 'value'],
    ['a percentage over 100', { date: '2027-02-15', value: '101' }, {}, 'out-of-range', 'value'],
    [
      'a negative number of days',
      { date: '2027-02-15', value: '-1' },
      { unit: 'days' },
      'out-of-range',
      'value',
    ],
    [
      'a Spanish number in English',
      { date: '2027-02-15', value: '1.234,5' },
      { unit: 'currency' },
      'not-a-number',
      'value',
    ],
    ['a day that does not exist', { date: '2027-02-29', value: '50' }, {}, 'invalid-date', 'date'],
    [
      'a pasted date',
      { date: `2027-02-15${' '.repeat(2)}x`, value: '50' },
      {},
      'invalid-date',
      'date',
    ],
    ['a day in the future', { date: '2027-03-02', value: '50' }, {}, 'future-date', 'date'],
    ['a day before the plan', { date: '2027-01-03', value: '50' }, {}, 'before-plan-start', 'date'],
    [
      'a second measurement on one day',
      { date: '2027-02-01', value: '50' },
      {},
      'duplicate-date',
      'date',
    ],
    [
      'a note too long',
      { date: '2027-02-15', value: '50', note: 'x'.repeat(501) },
      {},
      'note-too-long',
      'note',
    ],
    [
      'one more than a KPI keeps',
      { date: '2027-02-15', value: '50' },
      {
        existing: Array.from({ length: 120 }, (): KpiMeasurement => ({
          date: '2027-01-05',
          value: 1,
        })),
      },
      'too-many',
      'date',
    ],
  ])('refuses %s', (_name, input, context, reason, field) => {
    expect(checkMeasurement(input, { ...CONTEXT, ...context })).toEqual({
      ok: false,
      reason,
      field,
    });
  });

  it.each<
    [
      string,
      { date: string; value: string; note?: string },
      Partial<MeasurementContext>,
      KpiMeasurement,
    ]
  >([
    [
      'an English figure with a note',
      { date: ' 2027-02-15 ', value: '45.5', note: ' First count. ' },
      {},
      { date: '2027-02-15', value: 45.5, note: 'First count.' },
    ],
    [
      'a Spanish figure, blank note dropped',
      { date: '2027-03-01', value: '1.234,5', note: '  ' },
      { unit: 'currency', locale: 'es' },
      { date: '2027-03-01', value: 1234.5 },
    ],
    [
      'a negative score',
      { date: '2027-02-15', value: '-20' },
      { unit: 'score' },
      { date: '2027-02-15', value: -20 },
    ],
    [
      'any past day when the plan has no start',
      { date: '2020-01-01', value: '0' },
      { planStart: undefined },
      { date: '2020-01-01', value: 0 },
    ],
  ])('accepts %s', (_name, input, context, value) => {
    expect(checkMeasurement(input, { ...CONTEXT, ...context })).toEqual({ ok: true, value });
  });
});

describe('isInUnitRange', () => {
  it.each<[KpiUnit, number, boolean]>([
    ['percent', 0, true],
    ['percent', 100, true],
    ['percent', 100.01, false],
    ['hours', -0.5, false],
    ['count', 1e9, true],
    ['ratio', -1, false],
    ['score', -100, true],
    ['score', 101, false],
    ['currency', 1e13, false],
  ])('%s %d: %s', (unit, value, expected) => {
    expect(isInUnitRange(value, unit)).toBe(expected);
  });
});
