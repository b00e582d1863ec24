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

/** Formats an ISO timestamp as a medium date and short time in a language. */
export function formatDateTime(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return getDateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * Formats a yyyy-mm-dd day in a language: long ("November 20, 2026", "20 de noviembre de 2026") or
 * medium ("Nov 20, 2026", "20 nov 2026"). The day is read and shown in UTC, so no time zone moves
 * it; anything that is not such a day is shown as it is.
 */
export function formatDay(day: string, lang: string, style: 'long' | 'medium' = 'long'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const time = new Date(Date.UTC(year, month, date));
  // Date.UTC rolls a 13th month or a 40th day over into a real day: such a day is not one.
  if (time.getUTCMonth() !== month || time.getUTCDate() !== date) return day;
  return getDateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' }).format(time);
}

/** Formats a score or other figure as a whole number; null (no score) becomes `empty`. */
export function formatScore(value: number | null, lang: string, empty: string): string {
  return value === null ? empty : formatWhole(value, lang);
}
