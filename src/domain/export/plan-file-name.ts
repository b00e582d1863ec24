/**
 * The name of every file made from a plan: `crm-plan-<organization>-<yyyy-mm-dd><suffix>`, e.g.
 * `crm-plan-acme-2026-12-07.pdf` or `crm-plan-acme-2026-12-07-kpis.csv`. The organization's slug,
 * else the assessment name's, else `assessment`; the day is the local calendar day of `now`, so a file
 * made late in the evening carries the day the user sees. Only lowercase ASCII letters, digits,
 * hyphens and the suffix's dot, so every file system and mail client takes it as it is.
 */
import { toSlug } from '../assessment/export-file';

/** The local calendar day of a date, `yyyy-mm-dd`. */
export function toLocalDay(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `suffix` starts with `.` or `-`, e.g. `.xlsx` or `-initiatives.csv`. */
export function toPlanFileName(
  assessment: { readonly organization: string; readonly name: string },
  now: Date,
  suffix: string,
): string {
  const slug = toSlug(assessment.organization) || toSlug(assessment.name) || 'assessment';
  return `crm-plan-${slug}-${toLocalDay(now)}${suffix}`;
}
