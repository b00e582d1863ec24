/** Turns plan weeks into calendar dates for exports, in UTC so no time zone moves a day. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Reads a `yyyy-mm-dd` date as UTC milliseconds, or null when it is not a real calendar date. */
export function parseIsoDate(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.getTime() : null;
}

/** Formats UTC milliseconds as `yyyy-mm-dd`. */
function toIsoDate(time: number): string {
  const date = new Date(time);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/**
 * The date a plan week starts: `planStart` plus 7 × `week` days.
 * @param planStart the date of week 0, `yyyy-mm-dd`
 * @returns `yyyy-mm-dd`
 * @throws RangeError when `planStart` is not a real date or `week` is not a whole number
 * @example weekToDate('2024-12-30', 1) // '2025-01-06'
 */
export function weekToDate(planStart: string, week: number): string {
  const start = parseIsoDate(planStart);
  if (start === null) {
    throw new RangeError(
      `"${planStart}" is not a date: give the plan start as yyyy-mm-dd, e.g. 2025-01-06.`,
    );
  }
  if (!Number.isInteger(week)) {
    throw new RangeError(`Week ${week} is not a whole number of weeks.`);
  }
  return toIsoDate(start + week * 7 * DAY_MS);
}

/**
 * The last working day (Monday to Friday) of a stretch of plan weeks that ends, exclusively, at
 * `endWeek`: the day before the next week starts, moved back to the Friday when it falls on a
 * weekend. A plan started on a Monday ends its weeks on a Friday, never on the Sunday a team would
 * not be working; a plan started on a Wednesday ends them on the Tuesday.
 * @param planStart the date of week 0, `yyyy-mm-dd`
 * @returns `yyyy-mm-dd`
 * @throws RangeError as {@link weekToDate}
 * @example lastWorkingDay('2025-01-06', 1) // '2025-01-10', a Friday
 */
export function lastWorkingDay(planStart: string, endWeek: number): string {
  // weekToDate checks both arguments (and throws); its yyyy-mm-dd always parses as UTC midnight.
  const next = Date.parse(`${weekToDate(planStart, endWeek)}T00:00:00Z`);
  const dayBefore = next - DAY_MS;
  // getUTCDay: 0 is Sunday, 6 is Saturday.
  const weekday = new Date(dayBefore).getUTCDay();
  const back = weekday === 0 ? 2 : weekday === 6 ? 1 : 0;
  return toIsoDate(dayBefore - back * DAY_MS);
}
