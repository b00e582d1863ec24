/**
 * Bad input: the numbers people type on the packaged-vs-custom page (#8): costs, users, years,
 * percentages. A refused value says why in both languages; an accepted one is always finite,
 * within the field's bounds, and whole where it must be. Ordinary formats:
 * ../decision/validate-number.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  validateNumber,
  type NumberRefusal,
  type NumberRules,
} from '~/domain/decision/validate-number';
import { expectMessageInBothLanguages, expectRefusal } from './hostile-inputs';

/** The kinds of field the page has. */
const FIELDS = {
  amount: { min: 0, max: 100_000_000 },
  users: { min: 1, max: 100_000, integer: true },
  percent: { min: 0, max: 100 },
} as const satisfies Record<string, NumberRules>;

/** Every refusal reason, for the message check. */
const REASONS: readonly NumberRefusal[] = [
  'empty',
  'not-a-number',
  'negative',
  'too-small',
  'too-large',
  'not-whole',
];

/** Checks `text` against frozen rules, so the check cannot change them. */
function check(text: string, rules: NumberRules) {
  return validateNumber(text, Object.freeze({ ...rules }));
}

describe('a typed number that is not one', () => {
  it.each<[string, string, NumberRefusal]>([
    ['a tab and a line break', '\t\n', 'empty'],
    ['a no-break space', '\u00a0', 'empty'],
    ['an exponent in capitals', '1E3', 'not-a-number'],
    ['a negative exponent', '5e-1', 'not-a-number'],
    ['an exponent with a sign', '2e+2', 'not-a-number'],
    ['NaN in lower case', 'nan', 'not-a-number'],
    ['minus Infinity', '-Infinity', 'not-a-number'],
    ['the infinity sign', '∞', 'not-a-number'],
    ['a binary literal', '0b101', 'not-a-number'],
    ['an octal literal', '0o17', 'not-a-number'],
    ['a number with underscores', '1_000', 'not-a-number'],
    ['Arabic-Indic digits', '٣٤', 'not-a-number'],
    ['full-width digits', '１２', 'not-a-number'],
    ['superscript digits', '²', 'not-a-number'],
    ['a zero-width space inside', '1\u200b000', 'not-a-number'],
    ['a right-to-left mark', '\u200f5', 'not-a-number'],
    ['a NUL character', '5\u0000', 'not-a-number'],
    ['a sign at the end', '5-', 'not-a-number'],
    ['two minus signs', '--5', 'not-a-number'],
    ['an en dash for minus', '–5', 'not-a-number'],
    ['a currency code', 'EUR 5', 'not-a-number'],
    ['a formula', '=1+1', 'not-a-number'],
    ['separators only', '.,.', 'not-a-number'],
    ['a thousand commas', `1${','.repeat(1000)}`, 'not-a-number'],
    ['an HTML tag', '<b>5</b>', 'not-a-number'],
    ['a negative cent', '-0,01', 'negative'],
    ['the minus sign U+2212', '−1', 'negative'],
    ['a number past the largest double', `1${'0'.repeat(309)}`, 'too-large'],
    ['a hundred thousand nines', '9'.repeat(100_000), 'too-large'],
    ['one cent over the maximum', '100000000,01', 'too-large'],
  ])('refuses %s as %s', (_name, text, reason) => {
    expectRefusal(check(text, FIELDS.amount), reason);
  });

  it.each<[string, string, keyof typeof FIELDS, NumberRefusal]>([
    ['zero users', '0', 'users', 'too-small'],
    ['a tiny fraction of a user', '1,000001', 'users', 'not-whole'],
    ['minus zero users', '-0', 'users', 'too-small'],
    ['a percentage over 100', '100,5', 'percent', 'too-large'],
    ['a negative percentage', '-1', 'percent', 'negative'],
  ])('refuses %s as %s', (_name, text, field, reason) => {
    expectRefusal(check(text, FIELDS[field]), reason);
  });

  it.each(REASONS)('has a message in both languages for %s', (reason) => {
    expectMessageInBothLanguages((s) => s.decision.errors[reason]);
  });
});

describe('any typed text', () => {
  const fieldArbitrary = fc.constantFrom(...Object.values(FIELDS));
  const textArbitrary = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.stringMatching(/^[-−+]?[0-9., \u00a0eE]{0,30}$/),
    fc.double().map(String),
  );

  it('never throws, and an accepted value is finite, in bounds and whole where it must be', () => {
    fc.assert(
      fc.property(textArbitrary, fieldArbitrary, fc.constantFrom('.', ','), (text, rules, sep) => {
        const result = check(text, { ...rules, decimalSeparator: sep });
        if (!result.ok) return;
        expect(Number.isFinite(result.value)).toBe(true);
        expect(result.value).toBeGreaterThanOrEqual(rules.min);
        expect(result.value).toBeLessThanOrEqual(rules.max);
        if ('integer' in rules) expect(Number.isInteger(result.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back any amount as the page’s languages write it, grouped or not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.constantFrom(['en', '.'] as const, ['es', ','] as const),
        fc.constantFrom('always' as const, false as const),
        (cents, [lang, sep], grouping) => {
          const value = cents / 100;
          const text = new Intl.NumberFormat(lang, {
            maximumFractionDigits: 2,
            useGrouping: grouping,
          }).format(value);
          expect(check(text, { ...FIELDS.amount, decimalSeparator: sep })).toEqual({
            ok: true,
            value,
          });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
