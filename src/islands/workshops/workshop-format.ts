/** Small formatting helpers of the workshop pages: days, figures, links, the import context. */
import type { SubmissionImportContext } from '../../domain/workshop/import-submission';
import type { QuestionFacts } from '../types';
import { getNumberFormat } from '../../domain/format/intl-cache';

/** The local calendar day of `date` as yyyy-mm-dd (what a date input holds). */
export function toLocalDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export { formatDay } from '../../i18n/format';

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
