/**
 * Bad input: the KPI measurements people type (#16): a day and a value in the UI language's
 * number format, with a note. Every refusal has a reason with a message in both languages; an
 * accepted value is finite and within the KPI unit's range, its day real, not in the future, not
 * before the plan, not one the KPI already has; nothing passed in is changed. Ordinary cases:
 * ../follow/check-measurement.test.ts and ../follow/parse-measured-value.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KpiMeasurement } from '~/domain/assessment/assessment';
import {
  checkMeasurement,
  UNIT_RANGES,
  type KpiUnit,
  type MeasurementContext,
  type MeasurementIssue,
} from '~/domain/follow/check-measurement';
import { parseMeasuredValue, type NumberLocale } from '~/domain/follow/parse-measured-value';
import { describeAnyText, expectRefusal } from './hostile-inputs';
import { SLOW_TEST_MS } from '../../slow-test';

/** Every reason a measurement can be refused with. */
const REASONS: readonly MeasurementIssue[] = [
  'empty',
  'too-long',
  'not-a-number',
  'out-of-range',
  'invalid-date',
  'future-date',
  'before-plan-start',
  'duplicate-date',
  'too-many',
  'note-too-long',
];

const EXISTING: readonly KpiMeasurement[] = Object.freeze([
  Object.freeze({ date: '2027-02-01', value: 40 }),
]);

function context(unit: KpiUnit, locale: NumberLocale): MeasurementContext {
  return Object.freeze({
    unit,
    locale,
    existing: EXISTING,
    planStart: '2027-01-04',
    today: '2027-03-01',
  });
}

describe('a typed measurement that is not one', () => {
  it.each<[string, string, MeasurementIssue]>([
    ['a tab and a line break', '\t\n', 'empty'],
    ['an exponent', '1e3', 'not-a-number'],
    ['NaN', 'NaN', 'not-a-number'],
    ['Infinity', 'Infinity', 'not-a-number'],
    ['the infinity sign', '∞', 'not-a-number'],
    ['a hex literal', '0x1F', 'not-a-number'],
    ['a number with underscores', '1_000', 'not-a-number'],
    ['Arabic-Indic digits', '٣٤', 'not-a-number'],
    ['full-width digits', '１２', 'not-a-number'],
    ['a zero-width space inside', '1\u200b000', 'not-a-number'],
    ['a formula', '=1+1', 'not-a-number'],
    ['an HTML tag', '<b>5</b>', 'not-a-number'],
    ['two minus signs', '--5', 'not-a-number'],
    ['an en dash for minus', '–5', 'not-a-number'],
    ['a currency code', 'EUR 5', 'not-a-number'],
    ['the other language’s format', '1.234,5', 'not-a-number'],
    ['a pasted paragraph', 'The adoption rate rose to 45 % after training.', 'too-long'],
    ['a hundred thousand nines', '9'.repeat(100_000), 'too-long'],
    ['a percentage over 100', '100.01', 'out-of-range'],
    ['a negative percentage', '-1', 'out-of-range'],
  ])('refuses %s (English)', (_name, value, reason) => {
    expectRefusal(
      checkMeasurement({ date: '2027-02-15', value }, context('percent', 'en')),
      reason,
    );
  });

  it.each<[string, KpiUnit, string, MeasurementIssue]>([
    ['negative days', 'days', '-0,5', 'out-of-range'],
    ['negative hours', 'hours', '-1', 'out-of-range'],
    ['a negative amount', 'currency', '-1.000', 'out-of-range'],
    ['a score over 100', 'score', '101', 'out-of-range'],
    ['an amount past the largest kept', 'currency', '1.000.000.000.001', 'out-of-range'],
    ['the English format', 'count', '1,234.5', 'not-a-number'],
    ['an ambiguous grouping', 'count', '1.5', 'not-a-number'],
  ])('refuses %s (Spanish)', (_name, unit, value, reason) => {
    expectRefusal(checkMeasurement({ date: '2027-02-15', value }, context(unit, 'es')), reason);
  });

  it.each<[string, string, MeasurementIssue]>([
    ['a day that does not exist', '2027-02-29', 'invalid-date'],
    ['a local format', '15/02/2027', 'invalid-date'],
    ['a pasted page', 'x'.repeat(10_000), 'invalid-date'],
    ['tomorrow', '2027-03-02', 'future-date'],
    ['the day before the plan', '2027-01-03', 'before-plan-start'],
    ['the day of another measurement', '2027-02-01', 'duplicate-date'],
    ['the same day, typed with spaces', ' 2027-02-01 ', 'duplicate-date'],
  ])('refuses %s as a day', (_name, date, reason) => {
    expectRefusal(checkMeasurement({ date, value: '50' }, context('percent', 'en')), reason);
  });

  it('refuses a pasted note', () => {
    const input = { date: '2027-02-15', value: '50', note: 'x'.repeat(100_000) };
    expectRefusal(checkMeasurement(input, context('percent', 'en')), 'note-too-long');
  });
});

describe('any typed value', () => {
  const unit = fc.constantFrom<KpiUnit>(...(Object.keys(UNIT_RANGES) as KpiUnit[]));
  const locale = fc.constantFrom<NumberLocale>('en', 'es');
  const valueText = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.stringMatching(/^[-−+]?[0-9., \u00a0%eE]{0,30}$/),
    fc.double().map(String),
  );

  it(
    'never throws; an accepted value is finite and within its unit’s range',
    () => {
      fc.assert(
        fc.property(valueText, unit, locale, (value, u, l) => {
          const result = checkMeasurement({ date: '2027-02-15', value }, context(u, l));
          if (!result.ok) {
            expect(REASONS).toContain(result.reason);
            return;
          }
          expect(Number.isFinite(result.value.value)).toBe(true);
          expect(result.value.value).toBeGreaterThanOrEqual(UNIT_RANGES[u].min);
          expect(result.value.value).toBeLessThanOrEqual(UNIT_RANGES[u].max);
        }),
        { numRuns: 3000 },
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'reads back any figure as the UI languages write it, grouped or not',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 10_000_000_000 }),
          fc.constantFrom<NumberLocale>('en', 'es'),
          fc.constantFrom('always' as const, false as const),
          (cents, lang, grouping) => {
            const value = cents / 100;
            const text = new Intl.NumberFormat(lang, {
              maximumFractionDigits: 2,
              useGrouping: grouping,
            }).format(value);
            expect(parseMeasuredValue(text, lang)).toEqual({ ok: true, value });
          },
        ),
        { numRuns: 2000 },
      );
    },
    SLOW_TEST_MS,
  );
});

describeAnyText({
  what: 'a KPI measurement',
  prefixes: ['2027-02-15|', '2027-02-01|', '|1,234.5', '2027-02-15|1.234,5'],
  failures: REASONS,
  read: (text) => {
    const [date = '', value = '', note] = text.split('|');
    return checkMeasurement({ date, value, note }, context('percent', 'en'));
  },
  message: (strings, reason) => strings.follow.errors[reason],
});
