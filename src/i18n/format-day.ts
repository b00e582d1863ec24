/**
 * A yyyy-mm-dd day as the page's language writes it ("7 Dec 2026", "7 dic 2026"). Kept apart from
 * format.ts, which every island page loads first: only the parts that show days load this.
 */
import { getDateTimeFormat } from '../domain/format/intl-cache';

/** Formats a yyyy-mm-dd day as a medium date, read and shown in UTC; anything else as it is. */
export function formatDay(day: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return day;
  return getDateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
