/**
 * Shared `Intl` formatters. Making an `Intl.NumberFormat` or `Intl.DateTimeFormat` costs far more
 * than using one (it loads the locale's data): the results page formats a few hundred figures while
 * it draws, and a new formatter for each cost about 200 ms of blocking time on a throttled phone.
 * One formatter per language and option set is made on first use and kept.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** The number formatter for `lang` and `options`, made once. */
export function getNumberFormat(
  lang: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let formatter = numberFormats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang, options);
    numberFormats.set(key, formatter);
  }
  return formatter;
}

/** The date formatter for `lang` and `options`, made once. */
export function getDateTimeFormat(
  lang: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let formatter = dateTimeFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, options);
    dateTimeFormats.set(key, formatter);
  }
  return formatter;
}

/**
 * A number rounded to a whole one, as `Intl.NumberFormat(lang, { maximumFractionDigits: 0 })`
 * writes it. Numbers under 1,000 need no grouping and read the same in English and Spanish, so they
 * skip `Intl` altogether: the first formatter a page makes loads the language's number data, which
 * cost about 150 ms of blocking time on a throttled phone, and the results page's figures are scores
 * from 0 to 100. Halves round away from zero, as `Intl` does.
 */
export function formatWhole(value: number, lang: string): string {
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  if (Math.abs(rounded) < 1000) return String(rounded === 0 ? 0 : rounded);
  return getNumberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}
