/** Filling placeholders in UI strings. Kept apart from index.ts so islands can use it without bundling every language. */
import { formatWhole, getDateTimeFormat } from '../domain/format/intl-cache';

/**
 * Fills `{name}` placeholders; a placeholder with no value is left visible so a missing value is seen.
 * @example format('Level {level}', { level: 3 }) // 'Level 3'
 */
export function format(template: string, values: object): string {
  const known = values as Readonly<Record<string, string | number | undefined>>;
  return template.replace(/\{([\w-]+)\}/g, (whole, key: string) => {
    const value = Object.hasOwn(known, key) ? known[key] : undefined;
    return value === undefined ? whole : String(value);
  });
}

/**
 * Picks the singular or plural form by count and fills it (#18: not "1 points", "34 question(s)").
 * English and Spanish need only these two forms.
 */
export function formatCount(
  forms: { readonly one: string; readonly other: string },
  count: number,
  values: object = {},
): string {
  return format(count === 1 ? forms.one : forms.other, { count, ...values });
}

/** Formats an ISO timestamp as a medium date and short time in a language. */
export function formatDateTime(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return getDateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Formats a score or other figure as a whole number; null (no score) becomes `empty`. */
export function formatScore(value: number | null, lang: string, empty: string): string {
  return value === null ? empty : formatWhole(value, lang);
}
