/**
 * Reads a number the user typed, for inline validation (issue #6 §4): refused values say why,
 * and nothing ever becomes NaN or Infinity. It never throws.
 *
 * What is accepted, after trimming:
 * - an optional sign (`-`, `−` or `+`), digits, and at most one decimal separator, `.` or `,`;
 * - thousands grouping with `.`, `,` or spaces (including no-break spaces), in groups of three
 *   after a first group of 1–3 digits that does not start with 0: `1.234.567`, `1,234`, `1 234`;
 * - both separators together: the last one is the decimal separator (`1.234,5` and `1,234.5`
 *   are both 1234.5);
 * - one lone separator is the decimal separator when it is the language's own (`decimalSeparator`,
 *   `.` unless told otherwise); when it is the other one, it groups thousands if it can (`1,234`
 *   is 1234 in English and `1.234` is 1234 in Spanish) and is the decimal separator otherwise
 *   (`2,5` is 2.5 in English too).
 * Not accepted: exponents (`1e3`), currency signs, percent signs, `Infinity`, hexadecimal.
 */

/** Why a typed number was refused. */
export type NumberRefusal =
  'empty' | 'not-a-number' | 'negative' | 'too-small' | 'too-large' | 'not-whole';

/** A typed number, or why it was refused. */
export type NumberCheck =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: NumberRefusal };

/** What a field accepts. */
export interface NumberRules {
  readonly min: number;
  readonly max: number;
  /** Whether only whole numbers are accepted. */
  readonly integer?: boolean;
  /** The decimal separator of the user's language: `.` (English, the default) or `,` (Spanish). */
  readonly decimalSeparator?: '.' | ',';
}

/** Digits, separators and spaces: the only characters worth reading further (linear to test). */
const NUMBER_CHARACTERS = /^[0-9.,\s]+$/;
/** The signs a number may start with. */
const SIGNS = ['-', '−', '+'];

/** Returns true when `part` is thousands grouping by `separator`: 1–3 digits (not starting with 0), then groups of 3. */
function isGrouped(part: string, separator: string): boolean {
  const groups = part.split(separator);
  const [first = '', ...rest] = groups;
  return (
    rest.length > 0 &&
    /^[1-9][0-9]{0,2}$/.test(first) &&
    rest.every((group) => /^[0-9]{3}$/.test(group))
  );
}

/** Returns the decimal separator used in `body`, or null for none; `undefined` when it cannot be read. */
function findDecimalSeparator(body: string, preferred: '.' | ','): '.' | ',' | null | undefined {
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  if (dots > 0 && commas > 0) {
    const last = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    return (last === '.' ? dots : commas) === 1 ? last : undefined;
  }
  if (dots + commas === 0) return null;
  const only = dots > 0 ? '.' : ',';
  if (dots + commas > 1) return null; // several of one kind: they group thousands
  if (only === preferred || body.includes(' ')) return only;
  return isGrouped(body, only) ? null : only;
}

/** Returns the number in `integerPart` with its grouping removed, or undefined when badly grouped. */
function readIntegerPart(integerPart: string): string | undefined {
  if (/^[0-9]*$/.test(integerPart)) return integerPart;
  // The first non-digit groups; any other kind of separator then fails the grouping check.
  const separator = integerPart.replace(/[0-9]/g, '').charAt(0);
  return isGrouped(integerPart, separator) ? integerPart.split(separator).join('') : undefined;
}

/**
 * Returns the number typed in `text` (possibly ±Infinity for an absurdly long one), or null when
 * it is not a number as described above. `-0` reads as 0.
 */
export function parseTypedNumber(text: string, decimalSeparator: '.' | ',' = '.'): number | null {
  const trimmed = text.trim();
  const sign = SIGNS.find((s) => trimmed.startsWith(s)) ?? '';
  const rest = trimmed.slice(sign.length).trim();
  if (!NUMBER_CHARACTERS.test(rest) || !/[0-9]/.test(rest)) return null;
  const body = rest.replace(/\s+/g, ' ');
  const decimal = findDecimalSeparator(body, decimalSeparator);
  if (decimal === undefined) return null;
  const [integerPart = '', fraction = ''] = decimal === null ? [body] : body.split(decimal);
  const digits = readIntegerPart(integerPart);
  if (digits === undefined || !/^[0-9]*$/.test(fraction)) return null;
  const value = Number(`${digits || '0'}.${fraction || '0'}`);
  if (value === 0) return 0;
  return sign === '-' || sign === '−' ? -value : value;
}

/**
 * Checks a typed number against a field's rules: `{ ok: true, value }` (always finite) or
 * `{ ok: false, reason }`. Checked in this order: empty, not a number, negative (when `min` ≥ 0),
 * too large, not whole, too small.
 */
export function validateNumber(text: string, rules: NumberRules): NumberCheck {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  const value = parseTypedNumber(text, rules.decimalSeparator);
  if (value === null) return { ok: false, reason: 'not-a-number' };
  if (value < 0 && rules.min >= 0) return { ok: false, reason: 'negative' };
  if (!(value <= rules.max) || !Number.isFinite(value)) {
    return { ok: false, reason: value > 0 ? 'too-large' : 'too-small' };
  }
  if (rules.integer === true && !Number.isInteger(value)) return { ok: false, reason: 'not-whole' };
  if (!(value >= rules.min)) return { ok: false, reason: 'too-small' };
  return { ok: true, value };
}
