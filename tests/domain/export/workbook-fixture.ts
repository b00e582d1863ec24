/** The realistic plan workbook input of the report fixture, in either language. */
import type { PlanWorkbookInput, WorkbookLabels } from '~/domain/export/plan-workbook';
import type { ReportInput } from '~/domain/report/report-input';
import { getStrings, type Lang } from '~/i18n';
import { toWorkbookLabels } from '~/islands/results/workbook-labels';
import { getReportInput } from '../report/report-fixture';

/** `T` with its properties writable, so the fixture can drop the ones the workbook does not take. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** The workbook's words in one language, as the results page passes them. */
export function getWorkbookLabels(lang: Lang): WorkbookLabels {
  const t = getStrings(lang);
  return toWorkbookLabels(t.workbook, t.roadmap);
}

/** The realistic report input of the fixture with the workbook's words. */
export function getWorkbookInput(lang: Lang): PlanWorkbookInput {
  const input: Partial<Writable<ReportInput>> = { ...getReportInput(lang) };
  delete input.logo;
  delete input.extraSections;
  return { ...(input as ReportInput), labels: getWorkbookLabels(lang) };
}
