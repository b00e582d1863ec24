/**
 * A calendar day (`yyyy-mm-dd`) written out in words, e.g. "December 7, 2026" or "7 de diciembre de
 * 2026", from the language's month names and pattern. It writes what
 * `Intl.DateTimeFormat(lang, { dateStyle: 'long' })` writes for English and Spanish (a test holds
 * the two equal), without `Intl`: the first `Intl` formatter a page makes loads the language's data,
 * about 150 ms of blocking time on a throttled phone, and the plan shows a date for every initiative.
 */

/** `pattern` has `{day}`, `{month}` and `{year}`; `months` has twelve names, January first. */
export interface LongDateWords {
  readonly months: readonly string[];
  readonly pattern: string;
}

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day in words; anything that is not a calendar day comes back as it was given. */
export function formatLongDate(iso: string, words: LongDateWords): string {
  const match = CALENDAR_DAY.exec(iso);
  const month = match ? words.months[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return iso;
  const values: Readonly<Record<'day' | 'month' | 'year', string>> = {
    day: String(Number(match[3])),
    month,
    year: String(Number(match[1])),
  };
  return words.pattern.replace(
    /\{(day|month|year)\}/g,
    (_, key: keyof typeof values) => values[key],
  );
}
