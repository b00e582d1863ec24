import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWhole, getDateTimeFormat, getNumberFormat } from '~/domain/format/intl-cache';

describe('shared Intl formatters', () => {
  it('gives the same number formatter for the same language and options, and formats as Intl does', () => {
    const first = getNumberFormat('es', { maximumFractionDigits: 1 });
    expect(getNumberFormat('es', { maximumFractionDigits: 1 })).toBe(first);
    expect(first.format(1234.56)).toBe(
      new Intl.NumberFormat('es', { maximumFractionDigits: 1 }).format(1234.56),
    );
    expect(getNumberFormat('en', { maximumFractionDigits: 1 })).not.toBe(first);
    expect(getNumberFormat('es', { maximumFractionDigits: 0 })).not.toBe(first);
    expect(getNumberFormat('en').format(0.5)).toBe('0.5');
  });

  it('gives the same date formatter for the same language and options', () => {
    const options = { dateStyle: 'long', timeZone: 'UTC' } as const;
    const first = getDateTimeFormat('es', options);
    expect(getDateTimeFormat('es', { ...options })).toBe(first);
    expect(first.format(new Date(Date.UTC(2026, 11, 7)))).toBe('7 de diciembre de 2026');
    expect(getDateTimeFormat('en', options)).not.toBe(first);
    expect(getDateTimeFormat('en').format(new Date(2026, 0, 5))).toBe('1/5/2026');
  });
});

describe('whole numbers', () => {
  it.each([
    [0, '0'],
    [42.4, '42'],
    [2.5, '3'],
    [-2.5, '-3'],
    [-0.3, '0'],
    [100, '100'],
    [999.4, '999'],
  ])('%s reads %s in both languages, as Intl writes it', (value, text) => {
    expect(formatWhole(value, 'en')).toBe(text);
    expect(formatWhole(value, 'es')).toBe(text);
    if (text !== '0' || value === 0) {
      expect(formatWhole(value, 'es')).toBe(
        new Intl.NumberFormat('es', { maximumFractionDigits: 0 }).format(value),
      );
    }
  });

  it('groups thousands as each language does', () => {
    expect(formatWhole(1234.5, 'en')).toBe('1,235');
    expect(formatWhole(12345, 'es')).toBe('12.345');
    expect(formatWhole(999.5, 'en')).toBe('1,000');
  });

  it('writes any figure as Intl does, but a negative that rounds to zero as 0', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        fc.constantFrom('en', 'es'),
        (value, lang) => {
          const intl = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(value);
          expect(formatWhole(value, lang)).toBe(intl === '-0' ? '0' : intl);
        },
      ),
    );
  });
});
