/** How the decision page writes money, plain numbers, lists and horizons in the UI language. */
import type { Lang } from '../../i18n';
import { format } from '../../i18n/format';
import { getNumberFormat } from '../../domain/format/intl-cache';

/** The currencies offered: the euro, the pound, the dollar and the main Latin American ones. */
export const CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'MXN',
  'COP',
  'ARS',
  'CLP',
  'PEN',
  'UYU',
  'BRL',
] as const;

/** Returns an amount in `currency`, in whole units; `compact` gives "€1.2M" for chart axes. */
export function formatMoney(value: number, lang: Lang, currency: string, compact = false): string {
  const safe = Number.isFinite(value) ? value : 0;
  return getNumberFormat(lang, {
    style: 'currency',
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: compact ? 1 : 0,
    ...(compact && { notation: 'compact' }),
  }).format(safe);
}

/** Returns a number as a user would type it back: no grouping, the language's decimal separator. */
export function formatPlain(value: number, lang: Lang): string {
  const safe = Number.isFinite(value) ? value : 0;
  return getNumberFormat(lang, { useGrouping: false, maximumFractionDigits: 2 }).format(safe);
}

/** Returns a number for reading: grouped, with at most `digits` decimals. */
export function formatReadable(value: number, lang: Lang, digits = 0): string {
  const safe = Number.isFinite(value) ? value : 0;
  return getNumberFormat(lang, { maximumFractionDigits: digits }).format(safe);
}

/** Returns "a, b and c" in the UI language. */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}

/** Returns "1 year" or "5 years" from the `horizon` strings. */
export function formatHorizon(
  years: number,
  lang: Lang,
  strings: { readonly one: string; readonly other: string },
): string {
  const form = new Intl.PluralRules(lang).select(years) === 'one' ? strings.one : strings.other;
  return format(form, { years });
}

/** Returns "EUR — Euro" (the code alone where the platform has no currency names). */
export function getCurrencyLabel(code: string, lang: Lang): string {
  try {
    const name = new Intl.DisplayNames(lang, { type: 'currency' }).of(code);
    return name && name !== code ? `${code} — ${name}` : code;
  } catch {
    return code;
  }
}
