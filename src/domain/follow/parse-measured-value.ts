/**
 * Reads a number as a person types it in the UI language (issue #16): English `1,234.5` and
 * Spanish `1.234,5`, each also without grouping or with spaces as the group separator, a leading
 * sign (the typographic minus too) and a trailing `%`. Anything else is refused, never guessed:
 * `1.5` in Spanish could be a slip for 1,5 or for 15 (a grouping missing a digit).
 */

/** The languages whose number formats are read. */
export type NumberLocale = 'en' | 'es';

/** Longest text read as a number: longer is pasted text, not a figure. */
export const MAX_NUMBER_TEXT_LENGTH = 32;

/** Why typed text is not a number. */
export type NumberIssue = 'empty' | 'too-long' | 'not-a-number';

/** A number, or why the text is not one. */
export type NumberRead =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: NumberIssue };

// Group separators people use: the language's own, a space, a no-break or narrow no-break space.
const FORMATS: Readonly<Record<NumberLocale, { pattern: RegExp; group: RegExp; decimal: string }>> =
  {
    en: {
      pattern: /^[+-]?(?:\d{1,3}(?:([, \u00a0\u202f])\d{3})(?:\1\d{3})*|\d+)(?:\.\d+)?$/,
      group: /[, \u00a0\u202f]/g,
      decimal: '.',
    },
    es: {
      pattern: /^[+-]?(?:\d{1,3}(?:([. \u00a0\u202f])\d{3})(?:\1\d{3})*|\d+)(?:,\d+)?$/,
      group: /[. \u00a0\u202f]/g,
      decimal: ',',
    },
  };

/** Reads typed text as a number in `locale`'s format. */
export function parseMeasuredValue(text: string, locale: NumberLocale): NumberRead {
  if (text.length > MAX_NUMBER_TEXT_LENGTH) return { ok: false, reason: 'too-long' };
  const trimmed = text
    .trim()
    .replace(/\s*%$/, '')
    .replace(/^\u2212/, '-');
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const format = FORMATS[locale];
  if (!format.pattern.test(trimmed)) return { ok: false, reason: 'not-a-number' };
  const plain = trimmed.replace(format.group, '').replace(format.decimal, '.');
  // Adding 0 turns -0 into 0, so "-0" is stored and shown as 0.
  return { ok: true, value: Number(plain) + 0 };
}
