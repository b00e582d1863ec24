/** Small formatting helpers of the workshop pages: days, figures, links, the import context. */
import type { SubmissionImportContext } from '../../domain/workshop/import-submission';
import type { QuestionFacts } from '../types';
import { getDateTimeFormat, getNumberFormat } from '../../domain/format/intl-cache';

/** The local calendar day of `date` as yyyy-mm-dd (what a date input holds). */
export function toLocalDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Formats a yyyy-mm-dd day as a long date in a language ("6 May 2025", "6 de mayo de 2025"),
 * read and shown in UTC; anything else is shown as is. The same rule as i18n/format-day.ts, kept
 * here: importing that file from the workshop pages splits it into a chunk of its own, about
 * 120 B more on each of their first loads.
 */
export function formatDay(day: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const time = new Date(Date.UTC(year, month, date));
  if (time.getUTCMonth() !== month || time.getUTCDate() !== date) return day;
  return getDateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(time);
}

/** Formats a figure with exactly `digits` decimals, so that a column lines up; null becomes `empty`. */
export function formatFigure(
  value: number | null,
  lang: string,
  empty: string,
  digits = 1,
): string {
  if (value === null || !Number.isFinite(value)) return empty;
  return getNumberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * The link a participant opens to join: the join page of this language, the code in the fragment
 * (never sent to a server).
 * @example buildInvitationLink('https://x.example', '/es/join/', 'CRMW1.abc') // 'https://x.example/es/join/#CRMW1.abc'
 */
export function buildInvitationLink(origin: string, joinPath: string, code: string): string {
  return `${new URL(joinPath, origin).href}#${code}`;
}

/** What importing a submission needs to know of the content. */
export function toImportContext(questions: readonly QuestionFacts[]): SubmissionImportContext {
  return {
    questionIds: new Set(questions.map((q) => q.id)),
    // A critical question is a gate: never N/A for it, whatever the content says.
    notApplicableAllowed: new Set(
      questions.filter((q) => q.notApplicable && !q.critical).map((q) => q.id),
    ),
  };
}
