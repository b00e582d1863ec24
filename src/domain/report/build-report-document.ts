/**
 * Prepare, the first step of the PDF export (prepare → render → save): turns an assessment, its
 * scores and its roadmap into the report's document model, in one language, with every number
 * formatted and every colour chosen. Pure: no DOM, no jsPDF; the PDF adapter renders what this
 * returns.
 */
import { toPlanFileName } from '../export/plan-file-name';
import { buildAppendixSection } from './appendix-section';
import { buildChartsSection, buildFindingsSection } from './findings-sections';
import { buildChangeSection, buildKpiSection, buildRoadmapSection } from './plan-sections';
import { buildProgressSections } from './progress-section';
import { createReportContext, fill, type ReportContext } from './report-context';
import type { ReportCover, ReportDocument } from './report-document';
import type { ReportInput } from './report-input';
import { buildSummarySection } from './summary-section';
import { withScanNote } from './scan-note';
import { getDateTimeFormat } from '../format/intl-cache';

export type { ReportInput } from './report-input';

/**
 * Builds the report: cover, executive summary, charts, findings by dimension, roadmap, KPIs,
 * progress against the plan (when there is any), change-management plan, any extra sections, and
 * the appendix with every answer and note.
 * @throws RangeError when `input.now` is not a valid date
 */
export function buildReportDocument(input: ReportInput): ReportDocument {
  if (Number.isNaN(input.now.getTime())) {
    throw new RangeError('The report date is not a valid date: pass `now: new Date()`.');
  }
  const c = createReportContext(input);
  const { organization, assessor } = input.assessment;
  const title = organization.trim()
    ? fill(c.t.header, { title: c.t.title, organization: organization.trim() })
    : c.t.title;
  return {
    lang: input.lang,
    fileName: toReportFileName(input),
    title,
    author: assessor.trim() || organization.trim(),
    header: title,
    pageLabel: c.t.pageLabel,
    cover: buildCover(c),
    sections: [
      withScanNote(buildSummarySection(c), c),
      buildChartsSection(c),
      buildFindingsSection(c),
      buildRoadmapSection(c),
      buildKpiSection(c),
      ...buildProgressSections(c),
      buildChangeSection(c),
      ...(input.extraSections ?? []),
      buildAppendixSection(c),
    ],
  };
}

/** The cover: title, organization, assessment, the date in words, who assessed, logo, method line. */
function buildCover(c: ReportContext): ReportCover {
  const { assessment, lang, now, logo } = c.input;
  const assessor = assessment.assessor.trim();
  return {
    title: c.t.title,
    organization: assessment.organization.trim(),
    assessmentName: assessment.name.trim(),
    // The local calendar day, as in the file name.
    date: getDateTimeFormat(lang, { dateStyle: 'long' }).format(now),
    assessedBy: assessor ? fill(c.t.assessedBy, { name: assessor }) : null,
    logo,
    subtitle: c.t.subtitle,
  };
}

/** `crm-plan-<organization>-<yyyy-mm-dd>.pdf`; see `toPlanFileName`. */
export function toReportFileName(input: Pick<ReportInput, 'assessment' | 'now'>): string {
  return toPlanFileName(input.assessment, input.now, '.pdf');
}
