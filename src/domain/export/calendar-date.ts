/** Calendar dates written `yyyy-mm-dd`: validation and day arithmetic without time zones. */

/** A day of the Gregorian calendar, 1-based month and day. */
interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a year of the Gregorian calendar has 29 February. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month, 1-based. */
function getDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A `yyyy-mm-dd` date that names a real day from 0001-01-01 to 9999-12-31, or null. */
function parseDay(text: string): CalendarDay | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const isReal =
    year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= getDaysInMonth(year, month);
  return isReal ? { year, month, day } : null;
}

/** `yyyy-mm-dd` of a day. */
function formatDay({ year, month, day }: CalendarDay): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Whether text is a `yyyy-mm-dd` date naming a real day (so 2027-02-29 is not; 2028-02-29 is). */
export function isCalendarDate(text: string): boolean {
  return parseDay(text) !== null;
}

/**
 * The day after a `yyyy-mm-dd` date, across month and year ends; null when the date is not
 * real or the next day would need a five-digit year.
 */
export function getNextDay(text: string): string | null {
  const today = parseDay(text);
  if (!today) return null;
  const { year, month, day } = today;
  if (day < getDaysInMonth(year, month)) return formatDay({ year, month, day: day + 1 });
  if (month < 12) return formatDay({ year, month: month + 1, day: 1 });
  return year < 9999 ? formatDay({ year: year + 1, month: 1, day: 1 }) : null;
}

/** `yyyy-mm-dd` as an RFC 5545 DATE value, `yyyymmdd` (the caller has checked it is real). */
export function toICalDate(text: string): string {
  return text.replaceAll('-', '');
}
