/** The UI languages, their strings, and the helpers that pick a language's words and paths. */
import type { LocalizedText } from '../domain/schemas/content';
import { en } from './en';
import { es } from './es';
import type { UiStrings } from './types';
import { formatWhole, getNumberFormat } from '../domain/format/intl-cache';

export { format, formatDateTime } from './format';

/** The UI languages; English is the default and has no URL prefix. */
export const LANGS = ['en', 'es'] as const;
/** One UI language. */
export type Lang = (typeof LANGS)[number];
/** The language of unprefixed URLs. */
export const DEFAULT_LANG: Lang = 'en';

const STRINGS: Record<Lang, UiStrings> = { en, es };

/** Returns the UI strings of a language. */
export function getStrings(lang: Lang): UiStrings {
  return STRINGS[lang];
}

/** Returns true when `value` is a supported language code. */
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'es';
}

/** Picks one language's text from an `{en, es}` pair. */
export function localize(text: LocalizedText, lang: Lang): string {
  return text[lang];
}

/**
 * Returns the URL of a route in a language. Routes are the same in both languages (`/method/`),
 * Spanish ones prefixed with `/es`.
 * @example getLocalizedPath('/method/', 'es') // '/es/method/'
 */
export function getLocalizedPath(route: string, lang: Lang): string {
  const clean = route.startsWith('/') ? route : `/${route}`;
  return lang === DEFAULT_LANG ? clean : `/${lang}${clean}`;
}

/** Returns the language-neutral route of a path: `/es/method/` → `/method/`. */
export function getRouteFromPath(path: string): string {
  const match = /^\/(es)(\/.*)?$/.exec(path);
  if (!match) return path || '/';
  return match[2] ?? '/';
}

/** Formats a number for a language, e.g. 83 → "83" and 0.5 → "0,5" in Spanish. */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 0): string {
  return maximumFractionDigits === 0
    ? formatWhole(value, lang)
    : getNumberFormat(lang, { maximumFractionDigits }).format(value);
}
