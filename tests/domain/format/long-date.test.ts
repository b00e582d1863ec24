import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLongDate } from '~/domain/format/long-date';
import { getStrings } from '~/i18n';

const LANGS = ['en', 'es'] as const;

describe('dates in words', () => {
  it.each([
    ['en', '2026-12-07', 'December 7, 2026'],
    ['es', '2026-12-07', '7 de diciembre de 2026'],
    ['es', '2027-01-01', '1 de enero de 2027'],
    ['en', '2028-02-29', 'February 29, 2028'],
  ] as const)('%s %s reads %s', (lang, iso, text) => {
    expect(formatLongDate(iso, getStrings(lang).roadmap.longDate)).toBe(text);
  });

  it.each(['', 'soon', '2026-13-01', '2026-00-10', '2026-1-5', '12/07/2026'])(
    'gives back %j, which is not a calendar day, as it was',
    (text) => {
      expect(formatLongDate(text, getStrings('en').roadmap.longDate)).toBe(text);
    },
  );

  it('writes every day as Intl long dates do, in both languages', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...LANGS),
        (date, lang) => {
          const iso = date.toISOString().slice(0, 10);
          const intl = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
            new Date(`${iso}T00:00:00Z`),
          );
          expect(formatLongDate(iso, getStrings(lang).roadmap.longDate)).toBe(intl);
        },
      ),
    );
  });
});
