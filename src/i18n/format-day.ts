/**
 * A yyyy-mm-dd day as the page's language writes it. Kept apart from format.ts, which every island
 * page loads first: only the parts that show days load this.
 */
import { getDateTimeFormat } from '../domain/format/intl-cache';

/**
 * Formats a yyyy-mm-dd day in a language: medium ("Dec 7, 2026", "7 dic 2026") or long
 * ("December 7, 2026", "7 de diciembre de 2026"). The day is read and shown in UTC, so no time
 * zone moves it; anything that is not such a day is shown as it is.
 */
export function formatDay(day: string, lang: string, style: 'medium' | 'long' = 'medium'): string {
  const key = `${lang}|${style}|${day}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = toDayText(day, lang, style);
    formatted.set(key, text);
  }
  return text;
}

/**
 * Days already written: a page of 60 cards writes the same few days hundreds of times, and each
 * Intl call costs on a phone. Bounded by the days a plan spans, in two styles and two languages.
 */
const formatted = new Map<string, string>();

function toDayText(day: string, lang: string, style: 'medium' | 'long'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const time = new Date(Date.UTC(year, month, date));
  // Date.UTC rolls a 13th month or a 40th day over into a real day: such a day is not one.
  if (time.getUTCMonth() !== month || time.getUTCDate() !== date) return day;
  return getDateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' }).format(time);
}
