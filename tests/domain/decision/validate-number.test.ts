import { describe, expect, it } from 'vitest';
import {
  parseTypedNumber,
  validateNumber,
  type NumberCheck,
  type NumberRules,
} from '~/domain/decision/validate-number';

describe('parseTypedNumber', () => {
  it.each<[string, '.' | ',', number | null]>([
    ['42', '.', 42],
    ['  42  ', '.', 42],
    ['1.5', '.', 1.5],
    ['1,5', '.', 1.5],
    ['1,5', ',', 1.5],
    ['1.5', ',', 1.5],
    ['.5', '.', 0.5],
    ['.5', ',', 0.5],
    ['5.', '.', 5],
    ['1,234', '.', 1234],
    ['1.234', '.', 1.234],
    ['1.234', ',', 1234],
    ['1,234', ',', 1.234],
    ['0,123', '.', 0.123],
    ['1,2345', '.', 1.2345],
    ['1.234,5', '.', 1234.5],
    ['1,234.5', ',', 1234.5],
    ['1.234.567', '.', 1234567],
    ['1,234,567.89', '.', 1234567.89],
    ['1.234.567,89', ',', 1234567.89],
    ['1 234', '.', 1234],
    ['1\u00a0234,5', ',', 1234.5],
    ['12\u202f345', '.', 12345],
    ['-3', '.', -3],
    ['−3,5', ',', -3.5],
    ['+7', '.', 7],
    ['- 7', '.', -7],
    ['-0', '.', 0],
    ['007', '.', 7],
  ])('reads %j (decimal %s) as %s', (text, decimal, expected) => {
    expect(parseTypedNumber(text, decimal)).toBe(expected);
  });

  it.each<[string]>([
    [''],
    ['abc'],
    ['.'],
    [','],
    ['-'],
    ['1e3'],
    ['0x10'],
    ['Infinity'],
    ['NaN'],
    ['12€'],
    ['50%'],
    ['1.2.3'],
    ['1,2,3'],
    ['12,34.5'],
    ['1.234,567,8'],
    ['1,234.567.8'],
    ['1 2'],
    ['1 ,5'],
    ['1,5 5'],
    ['1 234.567,8'],
    ['--1'],
    ['+-1'],
  ])('refuses %j', (text) => {
    expect(parseTypedNumber(text)).toBeNull();
  });

  it('reads an absurdly long number as Infinity rather than a wrong finite value', () => {
    expect(parseTypedNumber('9'.repeat(400))).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('validateNumber', () => {
  const amount: NumberRules = { min: 0, max: 100_000_000 };
  const users: NumberRules = { min: 1, max: 100_000, integer: true };
  const spanish: NumberRules = { ...amount, decimalSeparator: ',' };
  const signed: NumberRules = { min: -10, max: 10 };

  it.each<[string, string, NumberRules, NumberCheck]>([
    ['a plain amount', '2500', amount, { ok: true, value: 2500 }],
    ['a decimal amount', '49,90', amount, { ok: true, value: 49.9 }],
    ['a Spanish grouped amount', '12.500', spanish, { ok: true, value: 12500 }],
    ['zero', '0', amount, { ok: true, value: 0 }],
    ['the maximum', '100000000', amount, { ok: true, value: 100_000_000 }],
    ['a whole number of users', '25', users, { ok: true, value: 25 }],
    ['a negative number where negatives are allowed', '-4', signed, { ok: true, value: -4 }],
    ['an empty field', '', amount, { ok: false, reason: 'empty' }],
    ['a field of spaces', '   ', amount, { ok: false, reason: 'empty' }],
    ['text', 'ten', amount, { ok: false, reason: 'not-a-number' }],
    ['a negative amount', '-5', amount, { ok: false, reason: 'negative' }],
    ['a negative user count', '-5', users, { ok: false, reason: 'negative' }],
    ['an amount above the maximum', '100000001', amount, { ok: false, reason: 'too-large' }],
    ['an absurdly long number', '9'.repeat(400), amount, { ok: false, reason: 'too-large' }],
    [
      'an absurdly long negative number',
      `-${'9'.repeat(400)}`,
      signed,
      { ok: false, reason: 'too-small' },
    ],
    ['a fraction of a user', '2,5', users, { ok: false, reason: 'not-whole' }],
    [
      'a fraction below the minimum (not whole says more)',
      '0,5',
      users,
      { ok: false, reason: 'not-whole' },
    ],
    ['a count below the minimum', '0', users, { ok: false, reason: 'too-small' }],
    ['a number below a negative minimum', '-11', signed, { ok: false, reason: 'too-small' }],
    [
      'a number above the maximum that is not whole',
      '100000,5',
      users,
      { ok: false, reason: 'too-large' },
    ],
  ])('checks %s: %j', (_name, text, rules, expected) => {
    expect(validateNumber(text, rules)).toEqual(expected);
  });
});
